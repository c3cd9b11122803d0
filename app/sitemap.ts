import type { MetadataRoute } from "next";
import { pairSlug, publishedPairs } from "@/lib/compare/pair";
import { getSite } from "@/lib/content";
import { absoluteUrl, routes } from "@/lib/site";

export const dynamic = "force-static";

export default function sitemap(): MetadataRoute.Sitemap {
  const site = getSite();
  const latest = (dates: string[]) => dates.sort().at(-1);
  const page = (path: string, lastModified?: string) => ({
    url: absoluteUrl(path),
    ...(lastModified && { lastModified }),
  });
  const guideDate = (g: (typeof site.careers)[number]["guides"][number]) =>
    g.provenance.updated ?? g.provenance.added;
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
  ];
}
