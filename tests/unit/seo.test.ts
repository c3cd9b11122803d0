/** Preview mode, page metadata, the Atom feed and social-card text. */
import { afterEach, describe, expect, it, vi } from "vitest";
import { atomFeed } from "@/lib/seo/feed";
import { pageHead, SITE_DESCRIPTION } from "@/lib/seo/metadata";
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
    expect(pageHead({ title: "T", path: "/careers" }).robots).toBe("noindex, nofollow");
    expect(pageHead({ title: "T", noindex: true }).robots).toBe("noindex, nofollow");
  });

  it("with SITE_URL every URL uses it and pages may be indexed", () => {
    vi.stubEnv("SITE_URL", "https://careers.example/");
    expect(isPreview()).toBe(false);
    const head = pageHead({ title: "T", description: "D", path: "/careers/x", career: "x" });
    expect(head).toEqual({
      title: "T | Careerscope",
      description: "D",
      robots: undefined,
      url: "https://careers.example/careers/x",
      feed: { href: "https://careers.example/feed.xml", title: "Careerscope: new and updated career guides" },
      image: {
        url: "https://careers.example/og/x.png",
        width: 1200,
        height: 630,
        type: "image/png",
        alt: "Career summary card: title, median pay and number of sources",
      },
    });
  });

  it("a page may keep its title whole, go without a URL or description, or not be indexed", () => {
    vi.stubEnv("SITE_URL", "https://careers.example/");
    expect(pageHead({ title: "Home", absoluteTitle: true, path: "/" })).toMatchObject({
      title: "Home",
      url: "https://careers.example",
      description: SITE_DESCRIPTION,
      image: { url: "https://careers.example/og/default.png", alt: "Careerscope" },
    });
    const notFound = pageHead({ title: "Page not found", noindex: true });
    expect(notFound.url).toBeUndefined();
    expect(notFound.robots).toBe("noindex");
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
