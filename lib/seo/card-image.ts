/**
 * A social card's image: 1200 × 630 px, the card's eyebrow, title, lines and
 * the site's name in Geist on the brand colour, as a PNG.
 *
 * Skia (`@napi-rs/canvas`) draws the text straight onto pixels and sharp
 * (libvips) encodes them on a thread of its own. Laying the card out as SVG
 * with satori and rasterising that with libvips took about 2.4 times the CPU
 * a card (BENCHMARKS.md): librsvg renders the SVG region by region, and a
 * 1,000-career site has 2,002 cards.
 */
import path from "node:path";
import { type Canvas, createCanvas, GlobalFonts, type SKRSContext2D } from "@napi-rs/canvas";
import sharp from "sharp";
import { SITE_NAME, SOCIAL_CARD_SIZE } from "../site";
import type { SocialCard } from "./social-card";

const { width: CARD_WIDTH, height: CARD_HEIGHT } = SOCIAL_CARD_SIZE;

const PADDING_X = 72;
const PADDING_Y = 64;
const TEXT_WIDTH = CARD_WIDTH - 2 * PADDING_X;
const BACKGROUND = "#0b4f6c";
const TEXT = "#ffffff";
const MUTED = "#cde9f5";
const FAMILY = "Geist";
/** A title longer than this is set smaller, so a comparison's two names fit on two lines. */
const LONG_TITLE = 40;

type TextStyle = { size: number; bold: boolean; color: string; lineHeight?: number };
/** One block of the card's column: its lines of text, in one style, `gap` px apart. */
type Block = { style: TextStyle; lines: string[]; gap: number };

let fontsRegistered = false;

/**
 * Geist (the `geist` package, SIL Open Font License) in the two weights a card
 * uses, registered once per process. The package is read as files, never
 * imported, so knip.json names it as used.
 */
function registerFonts(): void {
  if (fontsRegistered) return;
  const dir = path.join(process.cwd(), "node_modules", "geist", "dist", "fonts", "geist-sans");
  for (const file of ["Geist-Regular.ttf", "Geist-Bold.ttf"]) {
    if (!GlobalFonts.registerFromPath(path.join(dir, file), FAMILY)) {
      throw new Error(`social cards: cannot load the font ${path.join(dir, file)}`);
    }
  }
  fontsRegistered = true;
}

const fontOf = (style: TextStyle) => `${style.bold ? "bold " : ""}${style.size}px ${FAMILY}`;

/** The line box of one line: CSS's `normal` (the font's ascent and descent) unless set. */
function lineMetrics(ctx: SKRSContext2D, style: TextStyle) {
  const m = ctx.measureText("Hg");
  const ascent = m.fontBoundingBoxAscent;
  const descent = m.fontBoundingBoxDescent;
  const height = style.lineHeight ? style.lineHeight * style.size : ascent + descent;
  return { height, baseline: (height - ascent - descent) / 2 + ascent };
}

/** `text` broken between words into lines no wider than the card's text column. */
export function wrapText(text: string, fits: (line: string) => boolean): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && !fits(candidate)) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function cardBlocks(card: SocialCard): Block[] {
  return [
    { style: { size: 34, bold: true, color: MUTED }, lines: [card.eyebrow], gap: 0 },
    {
      style: { size: card.title.length > LONG_TITLE ? 64 : 80, bold: true, color: TEXT, lineHeight: 1.1 },
      lines: [card.title],
      gap: 0,
    },
    { style: { size: 38, bold: false, color: TEXT }, lines: card.lines, gap: 8 },
    { style: { size: 28, bold: false, color: MUTED }, lines: [SITE_NAME], gap: 0 },
  ];
}

/**
 * Draws the card as a column with its four blocks spread from the top
 * margin to the bottom one (CSS's `justify-content: space-between`), each
 * text wrapped to the column's width, a block's texts `gap` px apart.
 */
function drawText(ctx: SKRSContext2D, card: SocialCard): void {
  const laidOut = cardBlocks(card).map((block) => {
    ctx.font = fontOf(block.style);
    const metrics = lineMetrics(ctx, block.style);
    const texts = block.lines.map((text) =>
      wrapText(text, (line) => ctx.measureText(line).width <= TEXT_WIDTH),
    );
    const lineCount = texts.reduce((n, lines) => n + lines.length, 0);
    const height = lineCount * metrics.height + Math.max(0, texts.length - 1) * block.gap;
    return { ...block, texts, metrics, height };
  });
  const free = CARD_HEIGHT - 2 * PADDING_Y - laidOut.reduce((sum, b) => sum + b.height, 0);
  const between = Math.max(0, free / (laidOut.length - 1));
  let top = PADDING_Y;
  for (const block of laidOut) {
    ctx.font = fontOf(block.style);
    ctx.fillStyle = block.style.color;
    let lineTop = top;
    for (const lines of block.texts) {
      for (const line of lines) {
        ctx.fillText(line, PADDING_X, lineTop + block.metrics.baseline);
        lineTop += block.metrics.height;
      }
      lineTop += block.gap;
    }
    top += block.height + between;
  }
}

let sharedCanvas: Canvas | undefined;

/**
 * One canvas for every card of the process: a card is drawn and its pixels
 * copied out in one synchronous run, before any other card can start, and
 * its background covers the whole canvas. With a new 3 MB canvas a card,
 * the 2,002 cards of 1,000 careers took 13.6-16.0 s of `next build` and
 * 37-42 s of CPU; with one, 8.0-8.5 s and 20 s, the PNGs byte for byte the
 * same: fresh memory a card is costly here (the system maps and clears it).
 */
function cardCanvas(): Canvas {
  sharedCanvas ??= createCanvas(CARD_WIDTH, CARD_HEIGHT);
  return sharedCanvas;
}

/** The card as a PNG: opaque, so no alpha channel; compression level 3 of 9 encodes in about half the time of the default. */
export async function drawSocialCard(card: SocialCard): Promise<Uint8Array<ArrayBuffer>> {
  registerFonts();
  const canvas = cardCanvas();
  const ctx = canvas.getContext("2d");
  ctx.fillStyle = BACKGROUND;
  ctx.fillRect(0, 0, CARD_WIDTH, CARD_HEIGHT);
  ctx.textBaseline = "alphabetic";
  drawText(ctx, card);
  const pixels = canvas.data();
  const png = await sharp(pixels, { raw: { width: CARD_WIDTH, height: CARD_HEIGHT, channels: 4 } })
    .removeAlpha()
    .png({ compressionLevel: 3 })
    .toBuffer();
  return new Uint8Array(png);
}
