import type { MetadataRoute } from "next";
import { absoluteUrl, isPreview } from "@/lib/site";

export const dynamic = "force-static";

/** A preview build (no SITE_URL) asks crawlers to stay away, as its pages' noindex does. */
export default function robots(): MetadataRoute.Robots {
  const rule = isPreview() ? { userAgent: "*", disallow: "/" } : { userAgent: "*", allow: "/" };
  return { rules: [rule], sitemap: absoluteUrl("/sitemap.xml") };
}
