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
    <form onChange={onChange} onSubmit={(e) => e.preventDefault()} className="no-print mb-3">
      <fieldset className="grid gap-3 sm:grid-cols-3">
        <legend className="mb-2 font-bold">Filter careers</legend>
        <FilterSelect
          label="Median pay"
          name="band"
          anyLabel="Any pay"
          options={payBands.map((band) => ({ value: band.id, label: band.label }))}
        />
        <FilterSelect
          label="Typical entry education"
          name="education"
          anyLabel="Any education"
          options={educationOptions.map((e) => ({ value: e.id, label: e.label }))}
        />
        <FilterSelect
          label="Number of sources"
          name="sources"
          anyLabel="Any number"
          options={sourceThresholds.map((t) => ({ value: String(t), label: `${t} or more` }))}
        />
      </fieldset>
    </form>
  );
}

/** One labelled filter: an "any" choice first, then the options. */
function FilterSelect({
  label,
  name,
  anyLabel,
  options,
}: {
  label: string;
  name: string;
  anyLabel: string;
  options: { value: string; label: string }[];
}) {
  return (
    <label className="block text-sm font-semibold">
      {label}
      <select name={name} className={selectClass} defaultValue="">
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
