/**
 * Sitemap XML. The sitemap protocol allows 50,000 URLs a file: up to that the
 * site has one sitemap; past it, /sitemap.xml becomes a sitemap index naming
 * /sitemaps/<n>.xml files of at most 50,000 URLs each.
 */
import { pairSlug, publishedPairs } from "./compare/pair";
import type { Site } from "./content";
import { pagedIndexPaths } from "./paging";
import { absoluteUrl, routes } from "./site";

export type SitemapEntry = { url: string; lastModified?: string };

const SITEMAP_LIMIT = 50_000;

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function urlSet(entries: readonly SitemapEntry[]): string {
  const urls = entries.map(
    (e) =>
      `<url><loc>${escapeXml(e.url)}</loc>${e.lastModified ? `<lastmod>${escapeXml(e.lastModified)}</lastmod>` : ""}</url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("\n")}\n</urlset>\n`;
}

function sitemapIndex(files: readonly string[]): string {
  const items = files.map((f) => `<sitemap><loc>${escapeXml(f)}</loc></sitemap>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join("\n")}\n</sitemapindex>\n`;
}

/** The entries split into files of at most `limit` URLs (always at least one file). */
export function sitemapChunks<T>(entries: readonly T[], limit = SITEMAP_LIMIT): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < entries.length; i += limit) chunks.push(entries.slice(i, i + limit));
  return chunks.length > 0 ? chunks : [[]];
}

/**
 * What /sitemap.xml holds: every URL while they fit one file, else an index of
 * the chunk files, whose URLs `chunkUrl(n)` gives (n from 1).
 */
export function mainSitemap(
  entries: readonly SitemapEntry[],
  chunkUrl: (n: number) => string,
  limit = SITEMAP_LIMIT,
): string {
  const chunks = sitemapChunks(entries, limit);
  return chunks.length === 1 ? urlSet(entries) : sitemapIndex(chunks.map((_, i) => chunkUrl(i + 1)));
}

/** Every page of the site, with the date its content last changed where there is one. */
export function siteEntries(site: Site): SitemapEntry[] {
  const page = (path: string, lastModified?: string): SitemapEntry => ({
    url: absoluteUrl(path),
    ...(lastModified && { lastModified }),
  });
  const guideDate = (g: Site["careers"][number]["guides"][number]) =>
    g.provenance.updated ?? g.provenance.added;
  const latest = (dates: string[]) => dates.sort().at(-1);
  const guidesBySource = new Map(site.sources.map((s) => [s.id, 0]));
  for (const career of site.careers)
    for (const g of career.guides)
      guidesBySource.set(g.source.id, (guidesBySource.get(g.source.id) ?? 0) + 1);
  return [
    page(routes.home()),
    page(routes.careers()),
    page(routes.sources()),
    ...site.careers.flatMap((career) => [
      page(routes.career(career.slug), latest(career.guides.map(guideDate))),
      ...career.guides.map((g) => page(routes.guide(career.slug, g.source.id), guideDate(g))),
    ]),
    ...site.sources.map((s) => page(routes.source(s.id))),
    page(routes.compareIndex()),
    ...publishedPairs(site.careers).map(([a, b]) => page(routes.compare(pairSlug(a.slug, b.slug)))),
    // The later pages of the finder (A to Z), /compare and long source pages.
    ...pagedIndexPaths(site.careers.length, guidesBySource).map((path) => page(path)),
  ];
}
