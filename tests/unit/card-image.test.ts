import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { drawSocialCard, wrapText } from "@/lib/seo/card-image";
import { SOCIAL_CARD_SIZE } from "@/lib/site";
import type { SocialCard } from "@/lib/seo/social-card";

/** The columns and rows with light (text) pixels of a PNG: the ink's bounding box. */
async function inkBox(png: Uint8Array) {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  let left = info.width;
  let right = -1;
  let top = info.height;
  let bottom = -1;
  for (let y = 0; y < info.height; y++) {
    for (let x = 0; x < info.width; x++) {
      const i = (y * info.width + x) * info.channels;
      if (data[i] + data[i + 1] + data[i + 2] < 3 * 160) continue;
      left = Math.min(left, x);
      right = Math.max(right, x);
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
    }
  }
  return { width: info.width, height: info.height, channels: info.channels, left, right, top, bottom };
}

describe("wrapText", () => {
  const fitsIn = (chars: number) => (line: string) => line.length <= chars;

  it("breaks between words, as many words a line as fit", () => {
    expect(wrapText("Backend Developer vs Backend Engineer", fitsIn(20))).toEqual([
      "Backend Developer vs",
      "Backend Engineer",
    ]);
    expect(wrapText("Backend Developer", fitsIn(40))).toEqual(["Backend Developer"]);
  });

  it("keeps a word longer than a line whole, on its own line, and ignores extra spaces", () => {
    expect(wrapText("  a  Supercalifragilistic b ", fitsIn(5))).toEqual(["a", "Supercalifragilistic", "b"]);
    expect(wrapText("", fitsIn(5))).toEqual([]);
  });
});

describe("drawSocialCard", () => {
  const card: SocialCard = {
    key: "test",
    eyebrow: "Career comparison · median pay",
    title: "Machine Learning Operations Engineer vs Site Reliability Engineering Manager",
    lines: [
      "Machine Learning Operations Engineer: $150,000 a year (3 of 4 sources)",
      "Site Reliability Engineering Manager: not given",
    ],
  };

  it("draws an opaque 1200 × 630 PNG", async () => {
    const png = await drawSocialCard({
      key: "x",
      eyebrow: "Career guide",
      title: "Nurse",
      lines: ["One line"],
    });
    expect(Buffer.from(png.subarray(1, 4)).toString("ascii")).toBe("PNG");
    const box = await inkBox(png);
    expect([box.width, box.height, box.channels]).toEqual([1200, 630, 3]);
  });

  it("wraps a long title and long lines inside the card's margins", async () => {
    const box = await inkBox(await drawSocialCard(card));
    // 72 px side margins, 64 px top and bottom; glyphs' side bearings and descenders reach a little into them.
    expect(box.left).toBeGreaterThanOrEqual(70);
    expect(box.right).toBeLessThanOrEqual(SOCIAL_CARD_SIZE.width - 70);
    expect(box.top).toBeGreaterThanOrEqual(56);
    expect(box.bottom).toBeLessThanOrEqual(SOCIAL_CARD_SIZE.height - 56);
  });

  it("draws different cards differently and the same card the same", async () => {
    const a = await drawSocialCard(card);
    const b = await drawSocialCard({ ...card, title: "Nurse" });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
    expect(Buffer.from(await drawSocialCard(card)).equals(Buffer.from(a))).toBe(true);
  });
});
