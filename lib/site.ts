/**
 * Site-wide settings. SITE_URL is the one place canonical URLs, the sitemap
 * and structured data take their origin from; set it at build time.
 */
export const SITE_NAME = "Careerscope";
export const SITE_TAGLINE = "Career guides from several publishers, side by side";

export function siteUrl(): string {
  return (process.env.SITE_URL ?? "http://localhost:3000").replace(/\/+$/, "");
}

export function absoluteUrl(path: string): string {
  return `${siteUrl()}${path.startsWith("/") ? path : `/${path}`}`;
}

export const routes = {
  home: () => "/",
  careers: () => "/careers",
  career: (slug: string) => `/careers/${slug}`,
  guide: (career: string, source: string) => `/careers/${career}/${source}`,
  sources: () => "/sources",
  source: (id: string) => `/sources/${id}`,
  compareIndex: () => "/compare",
  compare: (pairSlug: string) => `/compare/${pairSlug}`,
};
