/**
 * The /compare index, page by page: careers A to Z in letter groups with their
 * published pairs (lib/paging.ts has the page sizes and the letter grouping).
 * Apart from lib/paging.ts because the comparisons import the schemas, which
 * must stay out of the finder's browser bundle.
 */
import type { Career } from "../content/model";
import { COMPARE_PAGE_SIZE, letterGroupsPage, type LetterGroup } from "../paging";
import { routes } from "../site";
import { compareIndex, type CompareIndexEntry } from "./pair";

/** Page `page` of /compare: careers A to Z in letter groups, COMPARE_PAGE_SIZE a page. */
export function compareIndexPage(careers: readonly Career[], page: number) {
  return letterGroupsPage(compareIndex(careers), page, COMPARE_PAGE_SIZE);
}

/** What a /compare page links to, for its ItemList: each pair once, or each career's comparisons. */
export function compareIndexLinks(groups: readonly LetterGroup<CompareIndexEntry<Career>>[]) {
  const links = new Map<string, { name: string; path: string }>();
  for (const [, entries] of groups)
    for (const { career, pairs } of entries) {
      if (pairs === undefined)
        links.set(career.slug, { name: career.title, path: `${routes.career(career.slug)}#related` });
      for (const p of pairs ?? []) {
        const [a, b] = career.slug < p.other.slug ? [career, p.other] : [p.other, career];
        links.set(p.slug, { name: `${a.title} vs ${b.title}`, path: routes.compare(p.slug) });
      }
    }
  return [...links.values()];
}
