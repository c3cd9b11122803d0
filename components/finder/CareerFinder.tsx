"use client";
/**
 * The careers table, sortable and filterable. Server-rendered in full; without
 * JavaScript the column headers are links to pre-built sorted pages and the
 * filters work through CSS (see finderFilterCss). Once hydrated, headers
 * become buttons that re-sort in place and a status line counts the rows shown.
 * A paged finder (one page of a long list) keeps its header links: re-sorting
 * one page in place would show a wrong order, so each order is its own pages.
 */
import { useState, useSyncExternalStore, type FormEvent } from "react";
import {
  finderColumns,
  finderPath,
  matchesFilters,
  nextOrder,
  sortRows,
  type ColumnKey,
  type FinderFilters,
  type FinderRow,
  type SortOrder,
} from "@/lib/finder";
import { FinderFilterControls } from "./FinderFilterControls";
import { FinderRowView } from "./FinderRowView";

const noSubscription = () => () => {};

export function CareerFinder({
  rows,
  initialOrder,
  paged,
}: {
  rows: FinderRow[];
  initialOrder: SortOrder;
  paged: boolean;
}) {
  const [order, setOrder] = useState(initialOrder);
  const [filters, setFilters] = useState<FinderFilters>({});
  // False in the server HTML, true once hydrated: only then are the header links swapped for buttons.
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const sortInPlace = hydrated && !paged;

  const sorted = sortRows(rows, order);
  const shown = rows.filter((r) => matchesFilters(r, filters)).length;

  function sortBy(column: ColumnKey) {
    const next = nextOrder(order, column);
    setOrder(next);
    window.history.replaceState(null, "", finderPath(next));
  }

  function onFilterChange(event: FormEvent<HTMLFormElement>) {
    const data = new FormData(event.currentTarget);
    const get = (name: string) => (data.get(name) as string | null) || undefined;
    setFilters({ band: get("band"), education: get("education"), sources: get("sources") });
  }

  return (
    <div id="finder">
      <FinderFilterControls onChange={onFilterChange} />
      <p role="status" className="mb-3 text-sm text-muted" data-testid="finder-status">
        {hydrated && `${shown} of ${rows.length} careers ${paged ? "on this page " : ""}shown`}
      </p>
      <div className="relative overflow-x-auto" role="region" aria-label="Careers table" tabIndex={0}>
        <table className="w-full min-w-[44rem] border-collapse text-left">
          <caption className="sr-only">
            Careers with their consensus median pay, the sources&apos; medians, growth, typical entry
            education and number of sources. Column headers sort the table.
          </caption>
          <thead>
            <tr className="border-b-2 border-ink align-bottom">
              {finderColumns.map((column) => {
                const active = order.column === column.key;
                const next = nextOrder(order, column.key);
                const arrow = active ? (order.direction === "asc" ? "▲" : "▼") : "↕";
                const label = (
                  <>
                    {column.label}
                    <span aria-hidden="true" className="ml-1 text-xs">
                      {arrow}
                    </span>
                  </>
                );
                return (
                  <th
                    key={column.key}
                    scope="col"
                    data-column={column.key}
                    aria-sort={active ? (order.direction === "asc" ? "ascending" : "descending") : undefined}
                    className="py-2 pr-3 text-sm"
                  >
                    {sortInPlace ? (
                      <button
                        type="button"
                        onClick={() => sortBy(column.key)}
                        className="text-left font-bold text-link underline underline-offset-2"
                      >
                        {label}
                      </button>
                    ) : (
                      <a href={finderPath(next)} className="font-bold" rel="nofollow">
                        {label}
                        <span className="sr-only">
                          {" "}
                          (sort {next.direction === "asc" ? "ascending" : "descending"})
                        </span>
                      </a>
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {sorted.map((row) => (
              <FinderRowView key={row.slug} row={row} />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
