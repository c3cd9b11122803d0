import { readFileSync } from "node:fs";
import path from "node:path";
import satori from "satori";
import sharp from "sharp";
import { getSite } from "@/lib/content";
import { socialCard, socialCards, type SocialCard } from "@/lib/seo/social-card";

/** Social cards, drawn once at build time: /og/<career>.png, /og/<a>-vs-<b>.png, /og/default.png. */
export const dynamic = "force-static";
export const dynamicParams = false;

type Params = { card: string };

type CardFont = { name: string; data: Buffer; weight: 400 | 700; style: "normal" };
let fonts: CardFont[] | undefined;

/**
 * Geist (the `geist` package, SIL Open Font License) in the two weights a card
 * uses. Read once per process, and always the same list: satori parses a list
 * of fonts once. The package is read as files, never imported, so knip.json
 * names it as used.
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

const WIDTH = 1200;
const HEIGHT = 630;

/**
 * satori lays the card out and writes its text as SVG paths; sharp (libvips)
 * draws and encodes the PNG on threads of its own, so the build's worker lays
 * out the next card meanwhile. `next/og` did both on the worker's thread (resvg
 * in WebAssembly): 2,002 cards of a 1,000-career site took 32-45 s to generate
 * that way, 22-24 s this way (BENCHMARKS.md). The card is opaque, so no alpha
 * channel; compression level 3 of 9 encodes in about half the time of the
 * default, for a file 3% larger than `next/og`'s.
 */
async function drawCard(card: SocialCard): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await satori(cardLayout(card), { width: WIDTH, height: HEIGHT, fonts: cardFonts() });
  const png = await sharp(Buffer.from(svg)).removeAlpha().png({ compressionLevel: 3 }).toBuffer();
  return new Uint8Array(png);
}

export async function GET(_request: Request, { params }: { params: Promise<Params> }) {
  const key = (await params).card.replace(/\.png$/, "");
  const card = socialCard(getSite(), key);
  if (!card) return new Response("Not found", { status: 404 });
  return new Response(await drawCard(card), { headers: { "Content-Type": "image/png" } });
}

function cardLayout(card: SocialCard) {
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        // satori sizes boxes as CSS does by default: without this the padding adds to the card's height.
        boxSizing: "border-box",
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
    </div>
  );
}
