/** @jsxImportSource preact */
import { staticBlock } from "../static-block";
import type { Overlap } from "@/lib/compare/pair";
import { plural } from "@/lib/format";

export type OverlapListsProps<T> = {
  overlap: Overlap<T>;
  titleA: string;
  titleB: string;
  /** How many sources list this kind of entry for each career. */
  sources: { a: number; b: number };
  noun: string;
  testId?: string;
};

/**
 * Three columns: named for both careers, only for A, only for B. When one
 * career has more sources listing entries, its "only" list grows with the
 * source count, not with the career: the note says so.
 */
function OverlapListsMarkup<T extends { id: string; name: string }>({
  overlap,
  titleA,
  titleB,
  sources,
  noun,
  testId,
}: OverlapListsProps<T>) {
  const columns = [
    { key: "both", heading: `Both careers`, items: overlap.both, from: undefined },
    { key: "onlyA", heading: `Only ${titleA}`, items: overlap.onlyA, from: sources.a },
    { key: "onlyB", heading: `Only ${titleB}`, items: overlap.onlyB, from: sources.b },
  ];
  const uneven = sources.a !== sources.b;
  return (
    <div data-testid={testId}>
      {uneven && (
        <p className="mb-2 text-sm" data-testid="overlap-caveat">
          <b>Read with care:</b> {plural(sources.a, "source")} {sources.a === 1 ? "lists" : "list"} {noun}s
          for {titleA}, {plural(sources.b, "source")} for {titleB}. More sources name more {noun}s, so much of
          the difference between the “only” lists reflects the number of sources, not the careers.
        </p>
      )}
      <div className="grid gap-4 md:grid-cols-3">
        {columns.map((c) => (
          <div key={c.key} data-overlap={c.key}>
            <h3 className="mb-1 font-bold">
              {c.heading}{" "}
              <span className="font-normal text-muted">
                ({plural(c.items.length, noun)}
                {c.from !== undefined && `, from ${plural(c.from, "source")}`})
              </span>
            </h3>
            {c.items.length > 0 ? (
              <p className="text-sm">{c.items.map((item) => item.name).join(", ")}</p>
            ) : (
              <p className="text-sm text-muted">None</p>
            )}
          </div>
        ))}
      </div>
    </div>
  );
}

export const OverlapLists = staticBlock(OverlapListsMarkup);
