/**
 * Page metadata in one shape for every page: canonical URL, the feed link,
 * Open Graph and Twitter cards. Next merges metadata key by key, so a page
 * that sets `alternates` or `openGraph` replaces the layout's whole object:
 * building both here keeps the feed link and site name on every page.
 *
 * Plain objects (lib/ never imports Next); pages assign them to `Metadata`,
 * which checks the shape.
 */
import { absoluteUrl, isPreview, routes, SITE_NAME } from "../site";

export const FEED_TITLE = `${SITE_NAME}: new and updated career guides`;

type PageInput = {
  /** The page title; the layout's template adds " | Careerscope" unless `absoluteTitle`. */
  title: string;
  absoluteTitle?: boolean;
  description: string;
  /** The page's path, e.g. "/careers/backend-developer". */
  path: string;
  /** The career whose social card the page shows; the site default otherwise. */
  career?: string;
};

const feedAlternate = { "application/atom+xml": [{ url: routes.feed(), title: FEED_TITLE }] };

function socialImage(career?: string) {
  return {
    url: absoluteUrl(routes.socialCard(career)),
    width: 1200,
    height: 630,
    type: "image/png",
    alt: career ? "Career summary card: title, median pay and number of sources" : SITE_NAME,
  };
}

/** Metadata every page inherits from the layout: preview noindex, feed link, default card. */
export function siteMetadata(description: string) {
  return {
    ...(isPreview() && { robots: { index: false, follow: false } }),
    alternates: { types: feedAlternate },
    openGraph: { siteName: SITE_NAME, type: "website" as const, locale: "en_US", images: [socialImage()] },
    twitter: { card: "summary_large_image" as const, images: [socialImage().url] },
    description,
  };
}

export function pageMetadata({ title, absoluteTitle, description, path, career }: PageInput) {
  const image = socialImage(career);
  const fullTitle = absoluteTitle ? title : `${title} | ${SITE_NAME}`;
  return {
    title: absoluteTitle ? { absolute: title } : title,
    description,
    alternates: { canonical: path, types: feedAlternate },
    openGraph: {
      url: absoluteUrl(path),
      siteName: SITE_NAME,
      type: "website" as const,
      locale: "en_US",
      title: fullTitle,
      description,
      images: [image],
    },
    twitter: { card: "summary_large_image" as const, title: fullTitle, description, images: [image.url] },
  };
}
