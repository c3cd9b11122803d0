import { careerToApi } from "@/lib/api";
import { getSite } from "@/lib/content";

export const dynamic = "force-static";

/** GET /api/careers.json — every career with its guides. Keys documented in the README. */
export function GET() {
  return Response.json({ careers: getSite().careers.map(careerToApi) });
}
