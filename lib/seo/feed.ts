/**
 * The Atom feed: one entry per guide, dated from the guide's own `added` and
 * `updated` dates, newest first. Readers follow new and refreshed guides.
 */
import { Feed } from "feed";
import type { Guide, Site } from "../content/model";
import { absoluteUrl, routes, SITE_NAME, SITE_TAGLINE } from "../site";
import { FEED_TITLE } from "./metadata";

function guideDate(guide: Guide): string {
  return guide.provenance.updated ?? guide.provenance.added;
}

export function atomFeed(site: Site): string {
  const guides = site.careers
    .flatMap((c) => c.guides)
    .sort((a, b) => guideDate(b).localeCompare(guideDate(a)) || a.careerTitle.localeCompare(b.careerTitle));
  const newest = guides[0] ? new Date(guideDate(guides[0])) : new Date(0);
  const feed = new Feed({
    id: absoluteUrl("/"),
    title: FEED_TITLE,
    description: SITE_TAGLINE,
    link: absoluteUrl("/"),
    language: "en",
    updated: newest,
    generator: false,
    feedLinks: { atom: absoluteUrl(routes.feed()) },
    author: { name: SITE_NAME, link: absoluteUrl("/") },
    copyright: `${SITE_NAME}; figures belong to the publishers named in each guide`,
  });
  for (const guide of guides) {
    const url = absoluteUrl(routes.guide(guide.careerSlug, guide.source.id));
    const updated = guide.provenance.updated;
    feed.addItem({
      id: url,
      link: url,
      title: `${guide.careerTitle}, according to ${guide.source.name}${updated ? " (updated)" : ""}`,
      description: guide.summary,
      date: new Date(guideDate(guide)),
      published: new Date(guide.provenance.added),
      author: [{ name: SITE_NAME }],
      category: [{ name: guide.careerTitle }, { name: guide.source.name }],
    });
  }
  return feed.atom1();
}
