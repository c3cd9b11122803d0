import { ImageResponse } from "next/og";
import { getSite } from "@/lib/content";
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
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "64px 72px",
        background: "#0b4f6c",
        color: "#ffffff",
        fontFamily: "sans-serif",
      }}
    >
      <div style={{ display: "flex", fontSize: 34, fontWeight: 700, color: "#cde9f5" }}>{card.eyebrow}</div>
      <div
        style={{
          display: "flex",
          fontSize: card.title.length > 40 ? 64 : 80,
          fontWeight: 700,
          lineHeight: 1.1,
        }}
      >
        {card.title}
      </div>
      <div style={{ display: "flex", flexDirection: "column", fontSize: 38, gap: 8 }}>
        {card.lines.map((line) => (
          <div key={line} style={{ display: "flex" }}>
            {line}
          </div>
        ))}
      </div>
      <div style={{ display: "flex", fontSize: 28, color: "#cde9f5" }}>Careerscope</div>
    </div>,
    { width: 1200, height: 630 },
  );
}
