import { getSite } from "@/lib/content";
import { absoluteUrl } from "@/lib/site";
import { mainSitemap, siteEntries } from "@/lib/sitemap";

export const dynamic = "force-static";

/** GET /sitemap.xml — every page, or past 50,000 URLs an index of /sitemaps/<n>.xml. */
export function GET() {
  const xml = mainSitemap(siteEntries(getSite()), (n) => absoluteUrl(`/sitemaps/${n}.xml`));
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8" } });
}
