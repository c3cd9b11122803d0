/**
 * Index pages at scale: at 1,000 careers the finder, /compare and a source's
 * guides are split into pages of a fixed size, the home page shows a dozen
 * careers, and every later page is in the sitemap. Byte budgets of the built
 * pages are in tests/e2e/budgets.spec.ts; here, the counts that set them.
 */
import { describe, expect, it } from "vitest";
import { compareIndexLinks, compareIndexPage } from "@/lib/compare/index-page";
import { DEFAULT_ORDER, finderPage, finderPath, parseOrder } from "@/lib/finder";
import {
  COMPARE_PAGE_SIZE,
  featuredCareers,
  FINDER_PAGE_SIZE,
  HOME_CAREER_LIMIT,
  laterPages,
  letterGroupsPage,
  pageCount,
  pagedIndexPaths,
  pageItems,
  pagePath,
  parsePage,
  SOURCE_PAGE_SIZE,
} from "@/lib/paging";
import { siteEntries } from "@/lib/sitemap";
import { real } from "./builders";
import { syntheticSite } from "./scale";

const big = syntheticSite(1000);

describe("paging", () => {
  it("splits a list into pages of a fixed size, the last one shorter", () => {
    expect(pageCount(0, 50)).toBe(1);
    expect(pageCount(50, 50)).toBe(1);
    expect(pageCount(51, 50)).toBe(2);
    const items = Array.from({ length: 120 }, (_, i) => i);
    expect(pageItems(items, 1, 50)).toEqual(items.slice(0, 50));
    expect(pageItems(items, 3, 50)).toEqual(items.slice(100));
    expect(laterPages(120, 50)).toEqual([2, 3]);
    expect(laterPages(10, 50)).toEqual([]);
  });

  it("accepts only the later pages that exist as page segments", () => {
    expect(parsePage("2", 120, 50)).toBe(2);
    expect(parsePage("3", 120, 50)).toBe(3);
    for (const bad of ["1", "4", "0", "02", "2x", "", "-1"]) expect(parsePage(bad, 120, 50)).toBeUndefined();
  });

  it("keeps page 1 at the index's own URL", () => {
    expect(pagePath("/compare", 1)).toBe("/compare");
    expect(pagePath("/compare", 2)).toBe("/compare/page/2");
    expect(finderPath(DEFAULT_ORDER, 1)).toBe("/careers");
    expect(finderPath(DEFAULT_ORDER, 3)).toBe("/careers/page/3");
    expect(finderPath(parseOrder("pay-desc")!, 2)).toBe("/careers/by/pay-desc/page/2");
  });

  it("pages an A–Z list in letter groups and says where each letter starts", () => {
    const groups: [string, number[]][] = [
      ["A", [1, 2, 3]],
      ["B", [4, 5]],
      ["C", [6]],
    ];
    const second = letterGroupsPage(groups, 2, 2);
    expect(second.groups).toEqual([
      ["A", [3]],
      ["B", [4]],
    ]);
    expect(second.letters).toEqual([
      { letter: "A", page: 1 },
      { letter: "B", page: 2 },
      { letter: "C", page: 3 },
    ]);
    expect(second.pages).toBe(3);
    expect(second.total).toBe(6);
  });
});

describe("index pages at 1,000 careers", () => {
  it("the finder: every career once across 20 pages of 50, in each order", () => {
    for (const order of [DEFAULT_ORDER, parseOrder("pay-desc")!, parseOrder("growth-asc")!]) {
      const first = finderPage(big.careers, order, 1);
      expect(first.pages).toBe(1000 / FINDER_PAGE_SIZE);
      expect(first.total).toBe(1000);
      const slugs = Array.from({ length: first.pages }, (_, i) =>
        finderPage(big.careers, order, i + 1).rows.map((r) => r.slug),
      );
      expect(slugs.every((page) => page.length === FINDER_PAGE_SIZE)).toBe(true);
      expect(new Set(slugs.flat()).size).toBe(1000);
    }
    const titles = finderPage(big.careers, DEFAULT_ORDER, 2).rows.map((r) => r.title);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b)));
  });

  it("/compare: 1,000 careers on 10 pages of at most 100, each career once, letters linked across pages", () => {
    const pages = Array.from({ length: pageCount(1000, COMPARE_PAGE_SIZE) }, (_, i) =>
      compareIndexPage(big.careers, i + 1),
    );
    expect(pages).toHaveLength(10);
    const shown = pages.map((p) => p.groups.flatMap(([, entries]) => entries.map((e) => e.career.slug)));
    expect(shown.every((s) => s.length <= COMPARE_PAGE_SIZE)).toBe(true);
    expect(new Set(shown.flat()).size).toBe(1000);
    // Past 60 careers an entry links to its hub's comparisons instead of listing pairs.
    expect(compareIndexLinks(pages[1].groups)).toHaveLength(shown[1].length);
    expect(compareIndexLinks(pages[1].groups)[0].path).toMatch(/^\/careers\/[a-z0-9-]+#related$/);
    const letters = pages[0].letters.map((l) => l.letter);
    expect(letters).toEqual([...new Set(big.careers.map((c) => c.title[0].toUpperCase()))].sort());
    for (const { letter, page } of pages[0].letters)
      expect(pages[page - 1].groups.map(([l]) => l)).toContain(letter);
  });

  it("the home page shows the 12 best-covered careers, and all of them on a small site", () => {
    const shown = featuredCareers(big.careers);
    expect(shown).toHaveLength(HOME_CAREER_LIMIT);
    const most = Math.max(...big.careers.map((c) => c.guides.length));
    expect(shown.every((c) => c.guides.length === most)).toBe(true);
    if (!real.ok) throw new Error("Real content failed to load");
    expect(featuredCareers(real.site.careers)).toEqual(real.site.careers);
  });

  it("the sitemap lists every later page of the paged indexes, and no page 1 twice", () => {
    const urls = siteEntries(big).map((e) => new URL(e.url).pathname);
    expect(new Set(urls).size).toBe(urls.length);
    for (const n of laterPages(1000, FINDER_PAGE_SIZE)) expect(urls).toContain(`/careers/page/${n}`);
    for (const n of laterPages(1000, COMPARE_PAGE_SIZE)) expect(urls).toContain(`/compare/page/${n}`);
    expect(urls).not.toContain("/careers/page/1");
    const perSource = new Map(big.sources.map((s) => [s.id, 0]));
    for (const c of big.careers)
      for (const g of c.guides) perSource.set(g.source.id, perSource.get(g.source.id)! + 1);
    const sourcePages = pagedIndexPaths(0, perSource).filter((p) => p.startsWith("/sources/"));
    const expected = [...perSource.values()].reduce(
      (n, count) => n + pageCount(count, SOURCE_PAGE_SIZE) - 1,
      0,
    );
    expect(sourcePages).toHaveLength(expected);
    expect(expected).toBeGreaterThan(0);
    for (const p of sourcePages) expect(urls).toContain(p);
  });
});
