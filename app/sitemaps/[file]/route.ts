import { getSite } from "@/lib/content";
import { siteEntries, sitemapChunks, urlSet } from "@/lib/sitemap";

export const dynamic = "force-static";
export const dynamicParams = false;

type Params = { file: string };

/** /sitemaps/1.xml, 2.xml, …: the files a large site's sitemap index names (one file for a small site). */
export function generateStaticParams(): Params[] {
  return sitemapChunks(siteEntries(getSite())).map((_, i) => ({ file: `${i + 1}.xml` }));
}

export async function GET(_request: Request, { params }: { params: Promise<Params> }) {
  const n = Number((await params).file.replace(/\.xml$/, ""));
  const chunk = sitemapChunks(siteEntries(getSite()))[n - 1] ?? [];
  return new Response(urlSet(chunk), { headers: { "Content-Type": "application/xml; charset=utf-8" } });
}
