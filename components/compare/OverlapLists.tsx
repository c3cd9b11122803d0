import type { Overlap } from "@/lib/compare/pair";
import { plural } from "@/lib/format";

/** Three columns: named for both careers, only for A, only for B. */
export function OverlapLists<T extends { id: string; name: string }>({
  overlap,
  titleA,
  titleB,
  noun,
  testId,
}: {
  overlap: Overlap<T>;
  titleA: string;
  titleB: string;
  noun: string;
  testId?: string;
}) {
  const columns = [
    { key: "both", heading: `Both careers`, items: overlap.both },
    { key: "onlyA", heading: `Only ${titleA}`, items: overlap.onlyA },
    { key: "onlyB", heading: `Only ${titleB}`, items: overlap.onlyB },
  ];
  return (
    <div className="grid gap-6 md:grid-cols-3" data-testid={testId}>
      {columns.map((c) => (
        <div key={c.key} data-overlap={c.key}>
          <h3 className="mb-2 font-bold">
            {c.heading} <span className="font-normal text-muted">({plural(c.items.length, noun)})</span>
          </h3>
          {c.items.length > 0 ? (
            <ul className="space-y-1 text-sm">
              {c.items.map((item) => (
                <li key={item.id}>{item.name}</li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-muted">None</p>
          )}
        </div>
      ))}
    </div>
  );
}
