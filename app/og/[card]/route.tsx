import { getSite } from "@/lib/content";
import { drawSocialCard } from "@/lib/seo/card-image";
import { socialCard, socialCards } from "@/lib/seo/social-card";

/** Social cards, drawn once at build time: /og/<career>.png, /og/<a>-vs-<b>.png, /og/default.png. */
export const dynamic = "force-static";
export const dynamicParams = false;

type Params = { card: string };

export function generateStaticParams(): Params[] {
  return socialCards(getSite()).map((c) => ({ card: `${c.key}.png` }));
}

export async function GET(_request: Request, { params }: { params: Promise<Params> }) {
  const key = (await params).card.replace(/\.png$/, "");
  const card = socialCard(getSite(), key);
  if (!card) return new Response("Not found", { status: 404 });
  return new Response(await drawSocialCard(card), { headers: { "Content-Type": "image/png" } });
}
