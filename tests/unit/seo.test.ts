/** Preview mode, page metadata, the Atom feed and social-card text. */
import { afterEach, describe, expect, it, vi } from "vitest";
import { atomFeed } from "@/lib/seo/feed";
import { pageMetadata, siteMetadata } from "@/lib/seo/metadata";
import { socialCards } from "@/lib/seo/social-card";
import { plainText } from "@/lib/seo/text";
import { absoluteUrl, isPreview } from "@/lib/site";
import { real } from "./builders";

afterEach(() => vi.unstubAllEnvs());

const site = () => {
  if (!real.ok) throw new Error("real content failed to load");
  return real.site;
};

describe("preview builds", () => {
  it("without SITE_URL a build is a preview: localhost URLs and noindex", () => {
    vi.stubEnv("SITE_URL", "");
    expect(isPreview()).toBe(true);
    expect(absoluteUrl("/careers")).toBe("http://localhost:3000/careers");
    expect(siteMetadata("d").robots).toEqual({ index: false, follow: false });
  });

  it("with SITE_URL every URL uses it and pages may be indexed", () => {
    vi.stubEnv("SITE_URL", "https://careers.example/");
    expect(isPreview()).toBe(false);
    expect(siteMetadata("d")).not.toHaveProperty("robots");
    const meta = pageMetadata({ title: "T", description: "D", path: "/careers/x", career: "x" });
    expect(meta.openGraph.url).toBe("https://careers.example/careers/x");
    expect(meta.openGraph.images[0]).toMatchObject({ url: "https://careers.example/og/x.png", width: 1200 });
    expect(meta.twitter.card).toBe("summary_large_image");
    expect(meta.alternates.types["application/atom+xml"][0].url).toBe("/feed.xml");
  });
});

describe("Atom feed", () => {
  it("has one entry per guide, dated from the guide's own dates, newest first", () => {
    vi.stubEnv("SITE_URL", "https://careers.example");
    const xml = atomFeed(site());
    const guides = site().careers.flatMap((c) => c.guides);
    const entries = xml.match(/<entry>/g) ?? [];
    expect(entries).toHaveLength(guides.length);
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(xml).toContain("<id>https://careers.example/careers/backend-developer/himalayas</id>");
    const updated = [...xml.matchAll(/<entry>[\s\S]*?<updated>([^<]+)<\/updated>/g)].map((m) => m[1]);
    expect(updated).toEqual([...updated].sort().reverse());
    const dates = new Set(guides.map((g) => `${g.provenance.updated ?? g.provenance.added}T00:00:00.000Z`));
    for (const d of updated) expect(dates.has(d)).toBe(true);
  });
});

describe("social cards", () => {
  it("one per career and comparison plus the default, with consensus pay and source count", () => {
    const cards = socialCards(site());
    expect(cards.map((c) => c.key)).toEqual(
      expect.arrayContaining([
        "default",
        "backend-developer",
        "backend-engineer",
        "backend-developer-vs-backend-engineer",
      ]),
    );
    const dev = cards.find((c) => c.key === "backend-developer")!;
    expect(dev.title).toBe("Backend Developer");
    expect(dev.lines[0]).toBe("Median pay $100,000 a year, from 3 of 4 sources");
    const pair = cards.find((c) => c.key === "backend-developer-vs-backend-engineer")!;
    expect(pair.eyebrow).toBe("Career comparison · median pay");
    expect(pair.lines).toEqual([
      "Backend Developer: $100,000 a year (3 of 4 sources)",
      "Backend Engineer: $164,201 a year (1 of 1 source)",
    ]);
  });
});

describe("plain text", () => {
  it("drops Markdown and HTML but keeps words", () => {
    expect(plainText("**Bold** [link](https://x.y) <b>tag</b>\n`code`")).toBe("Bold link tag code");
  });
});
