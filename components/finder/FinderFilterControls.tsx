import type { FormEvent } from "react";
import { educationOptions, payBands, sourceThresholds } from "@/lib/finder";

const selectClass = "mt-1 block w-full border-2 border-ink bg-white px-2 py-1.5";

/** The finder's filters: plain selects, matched by CSS (they need no submit and no JavaScript). */
export function FinderFilterControls({
  onChange,
}: {
  onChange: (event: FormEvent<HTMLFormElement>) => void;
}) {
  return (
    <form onChange={onChange} onSubmit={(e) => e.preventDefault()} className="mb-3">
      <fieldset className="grid gap-3 sm:grid-cols-3">
        <legend className="mb-2 font-bold">Filter careers</legend>
        <label className="block text-sm font-semibold">
          Median pay
          <select name="band" className={selectClass} defaultValue="">
            <option value="">Any pay</option>
            {payBands.map((b) => (
              <option key={b.id} value={b.id}>
                {b.label}
              </option>
            ))}
          </select>
        </label>
        <label className="block text-sm font-semibold">
          Typical entry education
          <select name="education" className={selectClass} defaultValue="">
            <option value="">Any education</option>
            {educationOptions.map((e) => (
              <option key={e.id} value={e.id}>
                {e.label}
              </option>
            ))}
          </select>
        </label>
        <label className="block text-sm font-semibold">
          Number of sources
          <select name="sources" className={selectClass} defaultValue="">
            <option value="">Any number</option>
            {sourceThresholds.map((t) => (
              <option key={t} value={t}>
                {t} or more
              </option>
            ))}
          </select>
        </label>
      </fieldset>
    </form>
  );
}
