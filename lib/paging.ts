/**
 * Index pages that list every career (the finder, /compare, a source's guides)
 * grow by about 1–2 KB of HTML a career, so past a page's worth they are split
 * into numbered static pages (`…/page/<n>`, n ≥ 2; page 1 keeps the index's own
 * URL). Sizes are chosen so a full page stays well under the 150 KB budget.
 * Pure: the routes, the sitemap and the tests share these numbers. The finder's
 * client component imports this module, so it imports nothing that reaches
 * the schemas (zod in a browser bundle asks for `eval`, which the CSP refuses).
 */
import { routes } from "./site";

/** Finder rows a page (each about 1.5 KB of HTML and payload). */
export const FINDER_PAGE_SIZE = 50;
/** Careers a /compare page (each a line, a link and an ItemList entry, about 0.6 KB). */
export const COMPARE_PAGE_SIZE = 100;
/** Guides a source page (each a card of facts, 3–4.5 KB with its payload). */
export const SOURCE_PAGE_SIZE = 20;
/** Career cards on the home page; past this it shows the best covered and links to the finder. */
export const HOME_CAREER_LIMIT = 12;

/** How many pages `count` items fill (at least one, even when empty). */
export function pageCount(count: number, size: number): number {
  return Math.max(1, Math.ceil(count / size));
}

/** The items of page `page` (from 1); empty past the last page. */
export function pageItems<T>(items: readonly T[], page: number, size: number): T[] {
  return items.slice((page - 1) * size, page * size);
}

/** Page numbers from 2 (page 1 is the index itself), for generateStaticParams. */
export function laterPages(count: number, size: number): number[] {
  return Array.from({ length: pageCount(count, size) - 1 }, (_, i) => i + 2);
}

/** A page segment ("2") as a number when it names one of the later pages, else undefined. */
export function parsePage(segment: string, count: number, size: number): number | undefined {
  if (!/^[1-9]\d*$/.test(segment)) return undefined;
  const page = Number(segment);
  return page >= 2 && page <= pageCount(count, size) ? page : undefined;
}

/** The URL of page `page` of an index whose first page is `base`. */
export function pagePath(base: string, page: number): string {
  return page <= 1 ? base : `${base}/page/${page}`;
}

/** The URLs of every later page of the site's paged indexes, for the sitemap (sorted copies excluded). */
export function pagedIndexPaths(careerCount: number, guidesBySource: ReadonlyMap<string, number>): string[] {
  return [
    ...laterPages(careerCount, FINDER_PAGE_SIZE).map((n) => pagePath(routes.careers(), n)),
    ...laterPages(careerCount, COMPARE_PAGE_SIZE).map((n) => pagePath(routes.compareIndex(), n)),
    ...[...guidesBySource].flatMap(([id, count]) =>
      laterPages(count, SOURCE_PAGE_SIZE).map((n) => pagePath(routes.source(id), n)),
    ),
  ];
}

/**
 * The careers the home page shows as cards: all of them while they fit, else
 * the best covered (most guides, then A to Z); the finder lists the rest.
 */
export function featuredCareers<T extends { title: string; guides: readonly unknown[] }>(
  careers: readonly T[],
  limit = HOME_CAREER_LIMIT,
): T[] {
  if (careers.length <= limit) return [...careers];
  return [...careers]
    .sort((a, b) => b.guides.length - a.guides.length || a.title.localeCompare(b.title))
    .slice(0, limit);
}

export type LetterGroup<T> = [letter: string, items: T[]];

/**
 * One page of an A–Z list kept in letter groups (a group may run over two
 * pages), with the page each letter starts on, for a letter index that links
 * across pages.
 */
export function letterGroupsPage<T>(
  groups: readonly LetterGroup<T>[],
  page: number,
  size: number,
): { groups: LetterGroup<T>[]; letters: { letter: string; page: number }[]; pages: number; total: number } {
  const flat = groups.flatMap(([letter, items]) => items.map((item) => ({ letter, item })));
  const letters: { letter: string; page: number }[] = [];
  let start = 0;
  for (const [letter, items] of groups) {
    letters.push({ letter, page: Math.floor(start / size) + 1 });
    start += items.length;
  }
  const shown: LetterGroup<T>[] = [];
  for (const { letter, item } of pageItems(flat, page, size)) {
    const last = shown.at(-1);
    if (last?.[0] === letter) last[1].push(item);
    else shown.push([letter, [item]]);
  }
  return { groups: shown, letters, pages: pageCount(flat.length, size), total: flat.length };
}
