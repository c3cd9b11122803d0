/**
 * Site-wide settings. SITE_URL is the one place canonical URLs, the sitemap,
 * the feed, social cards and structured data take their origin from.
 *
 * A build without SITE_URL is a preview: its URLs point at localhost and its
 * pages carry `noindex`, so a deploy that forgets SITE_URL cannot get
 * localhost canonicals indexed. scripts/site-url-notice.mjs says so at build.
 */
export const SITE_NAME = "Careerscope";
/** A social card's size in pixels: Open Graph's recommended 1.91:1. */
export const SOCIAL_CARD_SIZE = { width: 1200, height: 630 } as const;

export const SITE_TAGLINE = "Career guides from several publishers, side by side";

const PREVIEW_ORIGIN = "http://localhost:3000";

/** True when SITE_URL is not set: the build must not be indexed. */
export function isPreview(): boolean {
  return !process.env.SITE_URL?.trim();
}

export function siteUrl(): string {
  return (process.env.SITE_URL?.trim() || PREVIEW_ORIGIN).replace(/\/+$/, "");
}

export function absoluteUrl(path: string): string {
  return `${siteUrl()}${path.startsWith("/") ? path : `/${path}`}`;
}

/**
 * Path segments under /careers/ that belong to the finder (/careers/by/<order>,
 * /careers/page/<n>): a career with one of these slugs would be hidden behind
 * them, so the content check refuses them as career ids.
 */
export const RESERVED_CAREER_SLUGS: readonly string[] = ["by", "page"];

export const routes = {
  home: () => "/",
  careers: () => "/careers",
  /** The careers finder pre-sorted by one column, for readers without JavaScript. */
  careersSorted: (order: string) => `/careers/by/${order}`,
  career: (slug: string) => `/careers/${slug}`,
  guide: (career: string, source: string) => `/careers/${career}/${source}`,
  sources: () => "/sources",
  source: (id: string) => `/sources/${id}`,
  compareIndex: () => "/compare",
  compare: (pairSlug: string) => `/compare/${pairSlug}`,
  search: () => "/search",
  feed: () => "/feed.xml",
  careersApi: () => "/api/careers.json",
  /** Every row of the careers finder, fetched by a paged finder to filter across its pages. */
  finderApi: () => "/api/finder.json",
  /** The 1200 × 630 social card of a career (its guides share it), or the site default. */
  socialCard: (career?: string) => `/og/${career ?? "default"}.png`,
};
