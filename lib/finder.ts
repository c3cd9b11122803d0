/**
 * The occupation finder: one row of plain data per career (consensus median
 * pay, the sources' medians, growth, typical entry education, source count),
 * the sort orders readers can pick, and the filters. Pure functions, shared by
 * the server-rendered pages (every sort order is a pre-built page, for
 * readers without JavaScript) and the small client component that re-sorts.
 */
import { compareSalaries } from "./compare/salary";
import { median } from "./compare/stats";
import type { Career, Guide } from "./content/model";
import { formatMoney, formatPeriod } from "./format";
import { FINDER_PAGE_SIZE, pageCount, pageItems, pagePath } from "./paging";
import { routes } from "./site";

export type FinderRow = {
  slug: string;
  title: string;
  /** Median of the sources' medians, when every compared source uses one currency and period. */
  medianPay?: number;
  payText?: string;
  lowestMedian?: number;
  rangeText?: string;
  /** Median of the growth figures the sources give, in percent. */
  growth?: number;
  growthText?: string;
  /** 0 (no formal requirement) … 5 (doctorate); undefined when no source says. */
  educationRank?: number;
  educationText?: string;
  sourceCount: number;
  payBand: PayBand;
};

/* ---------------------------------------------------------------- filters */

export const payBands = [
  { id: "under-50k", label: "Under $50,000 a year", below: 50_000 },
  { id: "50k-100k", label: "$50,000–$99,999 a year", below: 100_000 },
  { id: "100k-150k", label: "$100,000–$149,999 a year", below: 150_000 },
  { id: "150k-plus", label: "$150,000 a year or more", below: Infinity },
  { id: "other", label: "Not given, or not in US dollars a year", below: NaN },
] as const;
type PayBand = (typeof payBands)[number]["id"];

const educationLevels = [
  { rank: 0, label: "No formal requirement", pattern: /self[- ]taught|no (formal )?degree|no formal/i },
  { rank: 1, label: "High school diploma", pattern: /high school|diploma|ged\b/i },
  { rank: 2, label: "Associate degree", pattern: /associate/i },
  { rank: 3, label: "Bachelor's degree", pattern: /bachelor/i },
  { rank: 4, label: "Master's degree", pattern: /master/i },
  { rank: 5, label: "Doctoral degree", pattern: /doctora|ph\.?d/i },
];

/** Education filter options: every level, highest first in the text it is matched by. */
export const educationOptions = educationLevels.map(({ rank, label }) => ({ id: String(rank), label }));

/** Source-count thresholds: "2 or more" and so on. */
export const sourceThresholds = [2, 3, 4];

/** The level a guide's "typical" education names; the highest level named wins. */
export function educationRank(text: string): number | undefined {
  const found = [...educationLevels].reverse().find((level) => level.pattern.test(text));
  return found?.rank;
}

/** The level most sources name; a tie goes to the lower level (the easier way in). */
function typicalEducation(guides: readonly Guide[]): number | undefined {
  const counts = new Map<number, number>();
  for (const g of guides) {
    const rank = g.education?.typical ? educationRank(g.education.typical) : undefined;
    if (rank !== undefined) counts.set(rank, (counts.get(rank) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return ranked[0]?.[0];
}

function payBandOf(pay: number | undefined, usdYear: boolean): PayBand {
  if (pay === undefined || !usdYear) return "other";
  return payBands.find((b) => pay < b.below)?.id ?? "other";
}

/* ---------------------------------------------------------------- rows */

function range(low: number, high: number, format: (v: number) => string): string {
  return low === high ? format(low) : `${format(low)}–${format(high)}`;
}

export function finderRow(career: Career): FinderRow {
  const { consensus, basis } = compareSalaries(career.guides);
  const growths = career.guides.flatMap((g) =>
    g.outlook?.growthPercent !== undefined ? [g.outlook.growthPercent] : [],
  );
  const growth = median(growths);
  const edu = typicalEducation(career.guides);
  const money = (v: number) => formatMoney(v, basis?.currency);
  const pay = consensus?.medianOfMedians;
  return {
    slug: career.slug,
    title: career.title,
    sourceCount: career.guides.length,
    ...(consensus &&
      basis && {
        medianPay: pay,
        payText: `${money(consensus.medianOfMedians)} ${formatPeriod(basis.period)}`,
        lowestMedian: consensus.lowestMedian,
        rangeText: range(consensus.lowestMedian, consensus.highestMedian, money),
      }),
    ...(growth !== undefined && {
      growth,
      growthText: `${growth}%${growths.length > 1 ? ` (${range(Math.min(...growths), Math.max(...growths), String)}%)` : ""}`,
    }),
    ...(edu !== undefined && { educationRank: edu, educationText: educationLevels[edu].label }),
    payBand: payBandOf(pay, basis?.currency === "USD" && basis.period === "year"),
  };
}

/* ---------------------------------------------------------------- sorting */

export const finderColumns = [
  { key: "title", label: "Career", value: (r: FinderRow) => r.title },
  { key: "pay", label: "Median pay", value: (r: FinderRow) => r.medianPay },
  { key: "range", label: "Sources' medians", value: (r: FinderRow) => r.lowestMedian },
  { key: "growth", label: "Growth", value: (r: FinderRow) => r.growth },
  { key: "education", label: "Entry education", value: (r: FinderRow) => r.educationRank },
  { key: "sources", label: "Sources", value: (r: FinderRow) => r.sourceCount },
] as const;
export type ColumnKey = (typeof finderColumns)[number]["key"];
type Direction = "asc" | "desc";
export type SortOrder = { column: ColumnKey; direction: Direction };

/** The finder's search description, the same on every page and sorted copy of it. */
export const FINDER_DESCRIPTION =
  "Every career Careerscope covers, sortable and filterable by consensus median pay, growth, typical entry education and number of sources.";

export const DEFAULT_ORDER: SortOrder = { column: "title", direction: "asc" };

/** "pay-desc": the path segment of a pre-built sorted page. */
export function orderSlug(order: SortOrder): string {
  return `${order.column}-${order.direction}`;
}

/** Page `page` of the finder in `order`: /careers, /careers/page/2, /careers/by/pay-desc/page/2… */
export function finderPath(order: SortOrder, page = 1): string {
  const base =
    orderSlug(order) === orderSlug(DEFAULT_ORDER) ? routes.careers() : routes.careersSorted(orderSlug(order));
  return pagePath(base, page);
}

export function allOrders(): SortOrder[] {
  return finderColumns.flatMap(({ key }) =>
    (["asc", "desc"] as const).map((direction) => ({ column: key, direction })),
  );
}

export function parseOrder(slug: string): SortOrder | undefined {
  return allOrders().find((o) => orderSlug(o) === slug);
}

/** The slugs of every order but the default one (that is /careers itself), for /careers/by/<order>. */
export function sortedOrders(): string[] {
  return allOrders()
    .map(orderSlug)
    .filter((slug) => slug !== orderSlug(DEFAULT_ORDER));
}

/** "Median pay, highest first": an order in words, for page titles. */
export function describeOrder(slug: string): string {
  const order = parseOrder(slug);
  const column = finderColumns.find((c) => c.key === order?.column);
  const words = order?.column === "title" ? ["A to Z", "Z to A"] : ["lowest first", "highest first"];
  return `${column?.label ?? "Career"}, ${words[order?.direction === "desc" ? 1 : 0]}`;
}

/** The order a column's header switches to: its natural first direction, or the reverse when already sorted by it. */
export function nextOrder(current: SortOrder, column: ColumnKey): SortOrder {
  if (current.column === column) return { column, direction: current.direction === "asc" ? "desc" : "asc" };
  // Words read A–Z first; figures read highest first.
  return { column, direction: column === "title" ? "asc" : "desc" };
}

/** Rows in the given order; careers without the figure always come last, then by title. */
export function sortRows(rows: readonly FinderRow[], order: SortOrder): FinderRow[] {
  const column = finderColumns.find((c) => c.key === order.column) ?? finderColumns[0];
  const sign = order.direction === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = column.value(a);
    const vb = column.value(b);
    if (va === undefined || vb === undefined) {
      if (va !== vb) return va === undefined ? 1 : -1;
    } else if (va !== vb) {
      return sign * (typeof va === "string" ? va.localeCompare(String(vb)) : va - Number(vb));
    }
    return a.title.localeCompare(b.title);
  });
}

/** One page of the finder: its rows in `order`, which page it is and of how many. */
export type FinderPageData = { rows: FinderRow[]; page: number; pages: number; total: number };

// Every finder page of a build sorts the same rows: compute them once per careers list.
const rowsOf = new WeakMap<readonly Career[], FinderRow[]>();

/** Every career's row, unsorted: the pages' rows, and /api/finder.json for filtering across pages. */
export function finderRows(careers: readonly Career[]): FinderRow[] {
  let rows = rowsOf.get(careers);
  if (!rows) {
    rows = careers.map(finderRow);
    rowsOf.set(careers, rows);
  }
  return rows;
}

export function finderPage(careers: readonly Career[], order: SortOrder, page = 1): FinderPageData {
  const rows = finderRows(careers);
  const sorted = sortRows(rows, order);
  return {
    rows: pageItems(sorted, page, FINDER_PAGE_SIZE),
    page,
    pages: pageCount(rows.length, FINDER_PAGE_SIZE),
    total: rows.length,
  };
}

/* ---------------------------------------------------------------- filtering */

export type FinderFilters = { band?: string; education?: string; sources?: string };

/** The same test the finder's CSS applies, for counting what is shown. */
export function matchesFilters(row: FinderRow, filters: FinderFilters): boolean {
  if (filters.band && row.payBand !== filters.band) return false;
  if (filters.education && String(row.educationRank ?? "") !== filters.education) return false;
  if (filters.sources && row.sourceCount < Number(filters.sources)) return false;
  return true;
}

/** Whether any filter is chosen. */
export function hasFilters(filters: FinderFilters): boolean {
  return Boolean(filters.band || filters.education || filters.sources);
}

/**
 * What a paged finder shows once filtered: the matching rows of every page, in
 * the page's order. Without JavaScript the CSS filters can only hide rows of
 * the page in hand; the client component fetches every row to do better.
 */
export function matchingRows(
  rows: readonly FinderRow[],
  order: SortOrder,
  filters: FinderFilters,
): FinderRow[] {
  return sortRows(
    rows.filter((row) => matchesFilters(row, filters)),
    order,
  );
}

/** Source-count thresholds a row meets, for its data-sources attribute: "2 3" for three sources. */
export function sourceThresholdsMet(row: FinderRow): string {
  return sourceThresholds.filter((t) => row.sourceCount >= t).join(" ");
}

/**
 * The filters as CSS: each chosen option hides the rows that do not match,
 * through :has(). They work the same with and without JavaScript; the client
 * component only counts what is left. `scope` is the finder's element id.
 */
export function finderFilterCss(scope: string): string {
  const rule = (select: string, value: string, keep: string) =>
    `#${scope}:has(select[name="${select}"] option[value="${value}"]:checked) tbody tr:not(${keep}){display:none}`;
  return [
    ...payBands.map((b) => rule("band", b.id, `[data-band="${b.id}"]`)),
    ...educationOptions.map((e) => rule("education", e.id, `[data-education="${e.id}"]`)),
    ...sourceThresholds.map((t) => rule("sources", String(t), `[data-sources~="${t}"]`)),
    // Filtered across every page (CareerFinder), the links to single pages no longer apply.
    // They follow the finder, in the <div> of a static block (components/paging/Pagination.tsx).
    `#${scope}[data-across-pages] + div > nav{display:none}`,
  ].join("\n");
}
