import { careerToApi } from "@/lib/api";
import { getCareer, getSite } from "@/lib/content";

export const dynamic = "force-static";
export const dynamicParams = false;

type Params = { file: string };

/** One file per career: /api/careers/<slug>.json */
export function generateStaticParams(): Params[] {
  return getSite().careers.map((c) => ({ file: `${c.slug}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<Params> }) {
  const { file } = await params;
  const career = file.endsWith(".json") ? getCareer(file.slice(0, -".json".length)) : undefined;
  if (!career) return Response.json({ error: "Not found" }, { status: 404 });
  return Response.json(careerToApi(career));
}
