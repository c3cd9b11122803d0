/**
 * What every page's <head> says about it: title, description, canonical URL,
 * the feed link, Open Graph and Twitter cards, and `noindex` where a page must
 * not be indexed. components/PageHead.tsx writes these as tags, which React
 * places in the document's <head>.
 *
 * Why not Next's Metadata API (`metadata`, `generateMetadata`): it resolves
 * and merges every layout's and page's metadata for every page, about 0.8 ms
 * a page of generation at 1,000 careers (BENCHMARKS.md), for tags that are
 * the same few strings on every page. Plain data here, so the unit tests read
 * it without React.
 */
import { absoluteUrl, isPreview, routes, SITE_NAME, siteUrl, SOCIAL_CARD_SIZE } from "../site";

export const FEED_TITLE = `${SITE_NAME}: new and updated career guides`;

/** The site's description: the home page's, and any page's that has none of its own. */
export const SITE_DESCRIPTION =
  "Career guides from several publishers, checked and compared: salaries, career ladders, skills and certifications, each credited to its source.";

export type PageInput = {
  /** The page title; " | Careerscope" is added unless `absoluteTitle`. */
  title: string;
  absoluteTitle?: boolean;
  description?: string;
  /** The page's path, e.g. "/careers/backend-developer"; none for the 404 page, which has no URL of its own. */
  path?: string;
  /** The career or comparison whose social card the page shows; the site default otherwise. */
  career?: string;
  /** Never indexed: the 404 page, a comparison's reversed URL. */
  noindex?: boolean;
};

export type HeadTags = {
  title: string;
  description: string;
  /** The `robots` meta tag's content, or undefined for none. */
  robots?: string;
  /** The canonical URL, also the Open Graph URL. */
  url?: string;
  feed: { href: string; title: string };
  image: { url: string; width: number; height: number; type: string; alt: string };
};

function socialImage(career?: string): HeadTags["image"] {
  return {
    url: absoluteUrl(routes.socialCard(career)),
    ...SOCIAL_CARD_SIZE,
    type: "image/png",
    alt: career ? "Career summary card: title, median pay and number of sources" : SITE_NAME,
  };
}

/** A preview build (no SITE_URL) is never indexed, nor followed. */
function robotsOf(noindex: boolean | undefined): string | undefined {
  if (isPreview()) return "noindex, nofollow";
  return noindex ? "noindex" : undefined;
}

export function pageHead({ title, absoluteTitle, description, path, career, noindex }: PageInput): HeadTags {
  return {
    title: absoluteTitle ? title : `${title} | ${SITE_NAME}`,
    description: description ?? SITE_DESCRIPTION,
    robots: robotsOf(noindex),
    // The home page's URL is the bare origin, as it was under Next's Metadata API.
    url: path === undefined ? undefined : path === routes.home() ? siteUrl() : absoluteUrl(path),
    feed: { href: absoluteUrl(routes.feed()), title: FEED_TITLE },
    image: socialImage(career),
  };
}
