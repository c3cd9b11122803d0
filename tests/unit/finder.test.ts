/** The occupation finder: rows from the real content, sort orders, filters and their CSS. */
import { describe, expect, it } from "vitest";
import {
  allOrders,
  educationRank,
  finderFilterCss,
  finderRow,
  finderRows,
  hasFilters,
  matchesFilters,
  matchingRows,
  nextOrder,
  orderSlug,
  parseOrder,
  sortRows,
  type FinderRow,
} from "@/lib/finder";
import { realCareer } from "./builders";

const row = (slug: string, extra: Partial<FinderRow>): FinderRow => ({
  slug,
  title: slug,
  sourceCount: 1,
  payBand: "other",
  ...extra,
});

describe("finder rows from the real content", () => {
  it("backend developer: median of the three medians, their range, growth and education", () => {
    const r = finderRow(realCareer("backend-developer"));
    expect(r).toMatchObject({
      medianPay: 100000,
      payText: "$100,000 a year",
      lowestMedian: 93333,
      rangeText: "$93,333–$121,000",
      growth: 23.5,
      educationRank: 3,
      educationText: "Bachelor's degree",
      sourceCount: 4,
      payBand: "100k-150k",
    });
    expect(r.growthText).toBe("23.5% (22–25%)");
  });

  it("backend engineer has one source and no stated education", () => {
    const r = finderRow(realCareer("backend-engineer"));
    expect(r.sourceCount).toBe(1);
    expect(r.educationRank).toBeUndefined();
  });
});

describe("education levels", () => {
  it.each([
    ["Bachelor's degree in Computer Science", 3],
    ["A master's degree is preferred", 4],
    ["High school diploma or equivalent", 1],
    ["PhD in physics", 5],
    ["Associate degree", 2],
    ["No formal degree needed; many are self-taught", 0],
  ])("%s → %i", (text, rank) => expect(educationRank(text)).toBe(rank));

  it("names nothing for text without a level", () => expect(educationRank("Varies")).toBeUndefined());
});

describe("sorting", () => {
  const rows = [
    row("b", { medianPay: 90000, title: "Beta" }),
    row("a", { medianPay: 120000, title: "Alpha" }),
    row("c", { title: "Gamma" }),
    row("d", { medianPay: 50000, title: "Delta" }),
  ];

  it("sorts by pay either way, careers without a figure last both times", () => {
    expect(sortRows(rows, { column: "pay", direction: "desc" }).map((r) => r.slug)).toEqual([
      "a",
      "b",
      "d",
      "c",
    ]);
    expect(sortRows(rows, { column: "pay", direction: "asc" }).map((r) => r.slug)).toEqual([
      "d",
      "b",
      "a",
      "c",
    ]);
  });

  it("sorts titles alphabetically", () => {
    expect(sortRows(rows, { column: "title", direction: "desc" }).map((r) => r.title)).toEqual([
      "Gamma",
      "Delta",
      "Beta",
      "Alpha",
    ]);
  });

  it("a header switches to figures highest first, then reverses", () => {
    const first = nextOrder({ column: "title", direction: "asc" }, "pay");
    expect(first).toEqual({ column: "pay", direction: "desc" });
    expect(nextOrder(first, "pay")).toEqual({ column: "pay", direction: "asc" });
  });

  it("every order has a slug that reads back", () => {
    expect(allOrders()).toHaveLength(12);
    for (const order of allOrders()) expect(parseOrder(orderSlug(order))).toEqual(order);
    expect(parseOrder("pay-sideways")).toBeUndefined();
  });

  it("orders 1,000 careers, each median no higher than the one before", () => {
    const many = Array.from({ length: 1000 }, (_, i) =>
      row(`c${i}`, { title: `Career ${i}`, medianPay: (i * 7919) % 200000 || undefined }),
    );
    const sorted = sortRows(many, { column: "pay", direction: "desc" });
    expect(sorted).toHaveLength(1000);
    for (let i = 1; i < sorted.length; i++) {
      const [a, b] = [sorted[i - 1].medianPay, sorted[i].medianPay];
      if (b !== undefined) expect(a).toBeGreaterThanOrEqual(b);
    }
  });
});

describe("filters", () => {
  const r = row("x", { payBand: "100k-150k", educationRank: 3, sourceCount: 3 });
  it("match pay band, education and at least N sources", () => {
    expect(matchesFilters(r, {})).toBe(true);
    expect(matchesFilters(r, { band: "100k-150k", education: "3", sources: "3" })).toBe(true);
    expect(matchesFilters(r, { band: "150k-plus" })).toBe(false);
    expect(matchesFilters(r, { education: "4" })).toBe(false);
    expect(matchesFilters(r, { sources: "4" })).toBe(false);
  });

  it("the CSS hides non-matching rows for each option", () => {
    const css = finderFilterCss("finder");
    expect(css).toContain(
      '#finder:has(select[name="band"] option[value="150k-plus"]:checked) tbody tr:not([data-band="150k-plus"]){display:none}',
    );
    expect(css).toContain('option[value="3"]:checked) tbody tr:not([data-sources~="3"])');
    expect(css).not.toMatch(/<|\{[^}]*\{/);
  });
});

describe("filtering a paged finder across its pages", () => {
  // Three "pages" of two rows each, as a paged finder would hold them.
  const every = [
    row("a", { title: "Analyst", payBand: "50k-100k", medianPay: 70_000, sourceCount: 2 }),
    row("b", { title: "Baker", payBand: "under-50k", medianPay: 30_000, sourceCount: 1 }),
    row("c", { title: "Coder", payBand: "100k-150k", medianPay: 120_000, sourceCount: 3 }),
    row("d", { title: "Dentist", payBand: "150k-plus", medianPay: 180_000, sourceCount: 2 }),
    row("e", { title: "Editor", payBand: "50k-100k", medianPay: 60_000, sourceCount: 3 }),
    row("f", { title: "Farmer", payBand: "50k-100k", medianPay: 55_000, sourceCount: 1 }),
  ];

  it("knows when a filter is chosen", () => {
    expect(hasFilters({})).toBe(false);
    expect(hasFilters({ band: undefined, education: undefined, sources: undefined })).toBe(false);
    expect(hasFilters({ sources: "2" })).toBe(true);
  });

  it("finds the matches of every page, in the finder's order", () => {
    const byPay = { column: "pay", direction: "desc" } as const;
    expect(matchingRows(every, byPay, { band: "50k-100k" }).map((r) => r.slug)).toEqual(["a", "e", "f"]);
    expect(
      matchingRows(every, { column: "title", direction: "asc" }, { band: "50k-100k", sources: "2" }).map(
        (r) => r.slug,
      ),
    ).toEqual(["a", "e"]);
    expect(matchingRows(every, byPay, { band: "150k-plus", sources: "3" })).toEqual([]);
  });

  it("gives every career one row, the same rows each page is cut from", () => {
    const careers = [realCareer("backend-developer"), realCareer("backend-engineer")];
    const rows = finderRows(careers);
    expect(rows.map((r) => r.slug)).toEqual(["backend-developer", "backend-engineer"]);
    expect(rows[0]).toEqual(finderRow(careers[0]));
    expect(finderRows(careers)).toBe(rows);
  });

  it("hides the links to single pages while the matches of every page are shown", () => {
    expect(finderFilterCss("finder")).toContain("#finder[data-across-pages] + div > nav{display:none}");
  });
});
