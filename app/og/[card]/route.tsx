import { readFileSync } from "node:fs";
import path from "node:path";
import { ImageResponse } from "next/og";
import { getSite } from "@/lib/content";
import { socialCard, socialCards } from "@/lib/seo/social-card";

/** Social cards, drawn once at build time: /og/<career>.png, /og/<a>-vs-<b>.png, /og/default.png. */
export const dynamic = "force-static";
export const dynamicParams = false;

type Params = { card: string };

type CardFont = { name: string; data: Buffer; weight: 400 | 700; style: "normal" };
let fonts: CardFont[] | undefined;

/**
 * Geist (the `geist` package, SIL Open Font License) in the two weights a card
 * uses. Next's own card font is Geist Regular alone, so the bold eyebrow and
 * title came out regular. Read once per process, and always the same list:
 * satori parses a list of fonts once. The package is read as files, never
 * imported, so knip.json names it as used.
 */
function cardFonts(): CardFont[] {
  const dir = path.join(process.cwd(), "node_modules", "geist", "dist", "fonts", "geist-sans");
  const face = (file: string, weight: CardFont["weight"]): CardFont => ({
    name: "Geist",
    data: readFileSync(path.join(dir, file)),
    weight,
    style: "normal",
  });
  fonts ??= [face("Geist-Regular.ttf", 400), face("Geist-Bold.ttf", 700)];
  return fonts;
}

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
        fontFamily: "Geist",
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
    { width: 1200, height: 630, fonts: cardFonts() },
  );
}
