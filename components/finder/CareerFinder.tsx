"use client";
/**
 * The careers table, sortable and filterable. Server-rendered in full; without
 * JavaScript the column headers are links to pre-built sorted pages and the
 * filters work through CSS (see finderFilterCss). Once hydrated, headers
 * become buttons that re-sort in place and a status line counts the rows shown.
 * A paged finder (one page of a long list) keeps its header links: re-sorting
 * one page in place would show a wrong order, so each order is its own pages.
 * Its filters, once hydrated, fetch every career's row (/api/finder.json) and
 * show the matches of all pages; without JavaScript, or if that fetch fails,
 * they hide rows of this page only.
 */
import { useState, useSyncExternalStore, type FormEvent } from "react";
import {
  finderColumns,
  finderPath,
  hasFilters,
  matchesFilters,
  matchingRows,
  nextOrder,
  sortRows,
  type ColumnKey,
  type FinderFilters,
  type FinderRow,
  type SortOrder,
} from "@/lib/finder";
import { routes } from "@/lib/site";
import { FinderFilterControls } from "./FinderFilterControls";
import { FinderRowView } from "./FinderRowView";

const noSubscription = () => () => {};

/** Every career's row, fetched once per page view, the first time a paged finder is filtered. */
let everyRowRequest: Promise<FinderRow[]> | undefined;
function fetchEveryRow(): Promise<FinderRow[]> {
  everyRowRequest ??= fetch(routes.finderApi())
    .then((response) => {
      if (!response.ok) throw new Error(`${response.status}`);
      return response.json() as Promise<{ rows: FinderRow[] }>;
    })
    .then((body) => body.rows);
  // A failed fetch may be retried with the next filter change.
  everyRowRequest.catch(() => (everyRowRequest = undefined));
  return everyRowRequest;
}

type EveryRow = FinderRow[] | "loading" | "failed" | undefined;

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
  const [everyRow, setEveryRow] = useState<EveryRow>();
  // False in the server HTML, true once hydrated: only then are the header links swapped for buttons.
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const sortInPlace = hydrated && !paged;

  // A paged finder with a filter chosen shows every page's matches, once every row has come.
  const wantsEveryPage = paged && hasFilters(filters);
  const acrossPages = wantsEveryPage && Array.isArray(everyRow) ? everyRow : undefined;
  const shownRows = acrossPages ? matchingRows(acrossPages, order, filters) : sortRows(rows, order);
  const shown = acrossPages ? shownRows.length : rows.filter((r) => matchesFilters(r, filters)).length;

  function sortBy(column: ColumnKey) {
    const next = nextOrder(order, column);
    setOrder(next);
    window.history.replaceState(null, "", finderPath(next));
  }

  function onFilterChange(event: FormEvent<HTMLFormElement>) {
    const data = new FormData(event.currentTarget);
    const get = (name: string) => (data.get(name) as string | null) || undefined;
    const next = { band: get("band"), education: get("education"), sources: get("sources") };
    setFilters(next);
    if (paged && hasFilters(next) && !Array.isArray(everyRow) && everyRow !== "loading") {
      setEveryRow("loading");
      fetchEveryRow().then(setEveryRow, () => setEveryRow("failed"));
    }
  }

  function status(): string {
    if (!hydrated) return "";
    if (acrossPages) return `${shown} of ${acrossPages.length} careers match, from every page`;
    if (wantsEveryPage && everyRow === "loading") return "Looking through every page…";
    if (wantsEveryPage && everyRow === "failed") {
      return `${shown} of ${rows.length} careers on this page shown; the other pages could not be loaded`;
    }
    return `${shown} of ${rows.length} careers ${paged ? "on this page " : ""}shown`;
  }

  return (
    // Showing every page's matches, the page links below (the next sibling) are hidden by finderFilterCss.
    <div id="finder" data-across-pages={acrossPages ? "" : undefined}>
      <FinderFilterControls onChange={onFilterChange} />
      {/* Empty until hydrated, yet a line tall from the start: filling it must not push the table down. */}
      <p role="status" className="mb-3 min-h-5 text-sm text-muted" data-testid="finder-status">
        {status()}
      </p>
      <div
        className="scroll-shadows relative overflow-x-auto"
        role="region"
        aria-label="Careers table"
        tabIndex={0}
      >
        <table className="finder-table w-full min-w-[45rem] border-collapse text-left">
          <caption className="sr-only">
            Careers with their consensus median pay, the sources&apos; medians, growth, typical entry
            education and number of sources. Column headers sort the table.
          </caption>
          <thead>
            <tr>
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
            {shownRows.map((row) => (
              <FinderRowView key={row.slug} row={row} />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
