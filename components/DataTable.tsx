/** @jsxImportSource preact */
import type { ComponentChildren, CSSProperties } from "preact";

export type DataRow = { key: string; header: ComponentChildren; cells: ComponentChildren[] };
type RowGroup = { label?: string; rows: DataRow[] };

export type DataTableProps = {
  caption: ComponentChildren;
  /** Column headings: the first heads the row headers. */
  columns: string[];
  groups: RowGroup[];
  footer?: DataRow;
  testId?: string;
  /** Hide the caption visually (it stays for screen readers) when a heading above says the same. */
  captionHidden?: boolean;
};

/** A CSS string literal, for a column name read by `content: var(--cN)`. */
const cssString = (text: string) => `'${text.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;

/**
 * A table of figures: one line per row on wide screens; on phones each row
 * stacks into a card whose cells are labelled with their column, so no table
 * scrolls sideways. The labels are custom properties set once on the table
 * (--c1, --c2, … for the data columns) that app/globals.css writes before each
 * cell, rather than an attribute repeated on every cell of every row.
 * Groups become sections with a heading row.
 */
export function DataTable({ caption, columns, groups, footer, testId, captionHidden }: DataTableProps) {
  const row = (r: DataRow) => (
    <tr key={r.key}>
      <th scope="row">{r.header}</th>
      {r.cells.map((cell, i) => (
        <td key={i}>{cell}</td>
      ))}
    </tr>
  );
  return (
    <table className="data-table stack" data-testid={testId} style={columnLabels(columns)}>
      <caption className={captionHidden ? "sr-only" : "mb-1 text-left text-sm text-muted"}>{caption}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      {groups.map((g, i) => (
        <tbody key={g.label ?? i}>
          {g.label && (
            <tr className="group">
              <th scope="colgroup" colSpan={columns.length}>
                {g.label}
              </th>
            </tr>
          )}
          {g.rows.map(row)}
        </tbody>
      ))}
      {footer && <tfoot>{row(footer)}</tfoot>}
    </table>
  );
}

function columnLabels(columns: string[]): CSSProperties {
  return Object.fromEntries(columns.slice(1).map((c, i) => [`--c${i + 1}`, cssString(c)])) as CSSProperties;
}
