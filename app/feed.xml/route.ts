import { getSite } from "@/lib/content";
import { atomFeed } from "@/lib/seo/feed";

export const dynamic = "force-static";

/** GET /feed.xml — an Atom feed of new and updated guides, written once at build time. */
export function GET() {
  return new Response(atomFeed(getSite()), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
}
