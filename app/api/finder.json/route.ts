import { getSite } from "@/lib/content";
import { DEFAULT_ORDER, finderRows, sortRows } from "@/lib/finder";

export const dynamic = "force-static";

/**
 * GET /api/finder.json — every career's finder row, in the finder's default
 * order. A paged finder fetches it when a reader picks a filter, to show the
 * matches of every page, not only those of the page in hand.
 */
export function GET() {
  return Response.json({ rows: sortRows(finderRows(getSite().careers), DEFAULT_ORDER) });
}
