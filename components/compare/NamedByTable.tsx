/** @jsxImportSource preact */
import { staticBlock } from "../static-block";
import type { CSSProperties } from "preact";
import { bySourceSet, type AgreementGroup } from "@/lib/compare/agreement";
import { plural } from "@/lib/format";

type Entry = { id: string; name: string; issuer?: string };

export type NamedByTableProps<T extends Entry> = {
  label: string;
  /** What the entries are, for the column heading and counts: "skill", "tool". */
  noun: string;
  sources: { id: string; name: string }[];
  groups: AgreementGroup<T>[];
  testId?: string;
};

const entryName = (e: Entry) => (e.issuer ? `${e.name} (${e.issuer})` : e.name);

/**
 * Every entry with the sources that name it, as a table with one row per set
 * of sources ("Himalayas, Jobicy, Teal": the entries those three, and only
 * they, name), most sources first. It says what an entries × sources matrix of
 * ticks says with a tenth of the elements, reads as plain text to a screen
 * reader, and fits a phone without scrolling sideways.
 */
function NamedByTableMarkup<T extends Entry>({ label, noun, sources, groups, testId }: NamedByTableProps<T>) {
  const names = new Map(sources.map((s) => [s.id, s.name]));
  const column = `${noun[0].toUpperCase()}${noun.slice(1)}s`;
  const withCategories = groups.length > 1;
  return (
    // On phones the cell is labelled with its column, as in DataTable: `--c1` is read by app/globals.css.
    <table
      className="data-table stack named-by"
      data-testid={testId}
      style={{ "--c1": `'${column}'` } as CSSProperties}
    >
      <caption className="sr-only">{`${label}: which sources name which`}</caption>
      <thead>
        <tr>
          <th scope="col">Named by</th>
          <th scope="col">{column}</th>
        </tr>
      </thead>
      <tbody>
        {bySourceSet(groups, [...names.keys()]).map((set) => {
          const count = set.groups.reduce((n, g) => n + g.items.length, 0);
          return (
            <tr key={set.sourceIds.join(" ")} data-sources={set.sourceIds.join(" ")}>
              <th scope="row">
                {set.sourceIds.map((id) => names.get(id)).join(", ")}
                <small>{`${set.sourceIds.length} of ${sources.length} · ${plural(count, noun)}`}</small>
              </th>
              <td>
                {withCategories
                  ? set.groups.map((g) => [
                      <b key={g.category}>{`${g.category}:`}</b>,
                      ` ${g.items.map((i) => entryName(i.entry)).join(", ")}. `,
                    ])
                  : set.groups.flatMap((g) => g.items.map((i) => entryName(i.entry))).join(", ")}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export const NamedByTable = staticBlock(NamedByTableMarkup);
