import { describe, expect, it } from "vitest";
import { mainSitemap, siteEntries, sitemapChunks, urlSet } from "@/lib/sitemap";
import { real } from "./builders";
import { syntheticSite } from "./scale";

const entries = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ url: `https://example.org/p/${i}` }));
const chunkUrl = (n: number) => `https://example.org/sitemaps/${n}.xml`;

describe("sitemap", () => {
  it("lists every page of the real site once, with dates where content has them", () => {
    if (!real.ok) throw new Error("Real content failed to load");
    const list = siteEntries(real.site);
    const urls = list.map((e) => e.url);
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls.some((u) => u.endsWith("/careers/backend-developer/himalayas"))).toBe(true);
    expect(urls.some((u) => u.endsWith("/compare/backend-developer-vs-backend-engineer"))).toBe(true);
    expect(list.find((e) => e.url.endsWith("/careers/backend-developer"))?.lastModified).toMatch(
      /^\d{4}-\d\d-\d\d/,
    );
  });

  it("is one urlset up to 50,000 URLs", () => {
    const xml = mainSitemap(entries(50_000), chunkUrl);
    expect(xml).toContain("<urlset");
    expect(xml.match(/<url>/g)).toHaveLength(50_000);
  });

  it("becomes an index of files of at most 50,000 URLs past that", () => {
    const many = entries(120_001);
    const xml = mainSitemap(many, chunkUrl);
    expect(xml).toContain("<sitemapindex");
    expect([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual([
      chunkUrl(1),
      chunkUrl(2),
      chunkUrl(3),
    ]);
    const chunks = sitemapChunks(many);
    expect(chunks.map((c) => c.length)).toEqual([50_000, 50_000, 20_001]);
    expect(chunks.flat()).toEqual(many);
  });

  it("escapes what XML needs escaped", () => {
    expect(urlSet([{ url: "https://example.org/?a=1&b=<2>" }])).toContain(
      "https://example.org/?a=1&#38;b=&#60;2&#62;",
    );
  });

  it("fits one file at 1,000 careers: every hub, guide, pair and index page once", () => {
    const site = syntheticSite(1000);
    const list = siteEntries(site);
    const paths = list.map((e) => new URL(e.url).pathname);
    expect(new Set(paths).size).toBe(paths.length);
    const guides = site.careers.reduce((n, c) => n + c.guides.length, 0);
    expect(
      paths.filter((p) => /^\/careers\/[^/]+\/[^/]+$/.test(p) && !p.startsWith("/careers/page/")),
    ).toHaveLength(guides);
    for (const c of site.careers) expect(paths).toContain(`/careers/${c.slug}`);
    // Each career is related to its neighbours: 999 pairs.
    expect(paths.filter((p) => p.includes("-vs-"))).toHaveLength(999);
    const xml = mainSitemap(list, chunkUrl);
    expect(xml).toContain("<urlset");
    expect(xml.match(/<url>/g)).toHaveLength(list.length);
  });

  it("splits a real site past 50,000 URLs (12,000 careers) into an index of files that hold every URL once", () => {
    const list = siteEntries(syntheticSite(12_000));
    expect(list.length).toBeGreaterThan(50_000);
    const xml = mainSitemap(list, chunkUrl);
    expect(xml).toContain("<sitemapindex");
    expect(xml).not.toContain("<url>");
    const chunks = sitemapChunks(list);
    expect(xml.match(/<sitemap>/g)).toHaveLength(chunks.length);
    expect(chunks.length).toBe(Math.ceil(list.length / 50_000));
    expect(chunks.every((c) => c.length <= 50_000)).toBe(true);
    expect(chunks.flat()).toEqual(list);
    const files = chunks.map((c) => urlSet(c));
    expect(files.reduce((n, f) => n + (f.match(/<url>/g)?.length ?? 0), 0)).toBe(list.length);
  });
});
