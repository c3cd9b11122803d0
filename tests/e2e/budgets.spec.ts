/**
 * Byte budgets, read from the built out/ (bytes do not vary from run to run, so
 * these are ordinary tests; timings live in `npm run bench`). Every page's raw
 * HTML is at most 150 KB, the React Server Components payload Next inlines
 * beside the markup included (issue 9): the career hub and the longest guide,
 * the largest pages, are named per type so a failure says which page grew.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

const OUT = path.resolve("out");
const BUDGET_BYTES = 150 * 1024;

const PAGE_TYPES: [string, string][] = [
  ["home", "index.html"],
  ["careers index", "careers.html"],
  ["career hub", "careers/backend-developer.html"],
  ["guide", "careers/backend-developer/himalayas.html"],
  ["compare index", "compare.html"],
  ["compare pair", "compare/backend-developer-vs-backend-engineer.html"],
  ["sources index", "sources.html"],
  ["source", "sources/himalayas.html"],
  ["404", "404.html"],
];

for (const [name, file] of PAGE_TYPES) {
  test(`${name} HTML is at most ${BUDGET_BYTES / 1024} KB (${file})`, () => {
    const bytes = statSync(path.join(OUT, file)).size;
    expect(bytes, `${file}: ${(bytes / 1024).toFixed(1)} KB`).toBeLessThanOrEqual(BUDGET_BYTES);
  });
}

test(`no page in out/ has more than ${BUDGET_BYTES / 1024} KB of HTML`, () => {
  const pages = readdirSync(OUT, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html"));
  expect(pages.length).toBeGreaterThan(PAGE_TYPES.length);
  const over = pages
    .map((f) => ({ f, bytes: statSync(path.join(OUT, f)).size }))
    .filter((p) => p.bytes > BUDGET_BYTES)
    .map((p) => `${p.f}: ${(p.bytes / 1024).toFixed(1)} KB`);
  expect(over).toEqual([]);
});

test("the sitemap lists every page in out/ once, so it splits only past 50,000 URLs", () => {
  const sitemap = readFileSync(path.join(OUT, "sitemap.xml"), "utf8");
  const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  expect(new Set(urls).size).toBe(urls.length);
  expect(urls.length).toBeGreaterThan(10);
  expect(urls.length).toBeLessThanOrEqual(50_000);
});

// Next's <Link> prefetched the payload of every link that scrolled into view:
// 20 background fetches, 367 KB decoded, for one read of the career hub. Links
// are plain anchors now; a reader's phone fetches a page when they follow it.
test("reading a career hub to the end fetches no other page's payload in the background", async ({
  page,
}) => {
  const payloads: string[] = [];
  page.on("request", (r) => {
    if (/_rsc=|__next\..*\.txt/.test(r.url())) payloads.push(r.url());
  });
  await page.goto("/careers/backend-developer");
  await page.getByRole("contentinfo").scrollIntoViewIfNeeded();
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(500);
  expect(payloads).toEqual([]);
});

// Next gives every page the React runtime and an inlined payload to hydrate it with;
// only pages with a client component of ours have anything to hydrate, so the
// others ship none of it (scripts/strip-runtime.mjs).
const STATIC_PAGES = [
  "/",
  "/careers/backend-developer",
  "/careers/backend-developer/himalayas",
  "/compare/backend-developer-vs-backend-engineer",
  "/sources/himalayas",
];
const INTERACTIVE_PAGES = ["/careers", "/search"];

for (const url of [...STATIC_PAGES, ...INTERACTIVE_PAGES]) {
  const interactive = INTERACTIVE_PAGES.includes(url);
  test(`${url} ${interactive ? "loads its client code" : "loads no JavaScript"}`, async ({ page }) => {
    const scripts: string[] = [];
    const errors: string[] = [];
    page.on("request", (r) => {
      if (r.resourceType() === "script") scripts.push(r.url());
    });
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    await page.goto(url);
    await page.waitForLoadState("networkidle");
    await expect(page.locator("h1")).toHaveCount(1);
    expect(errors).toEqual([]);
    const html = await page.content();
    if (interactive) {
      expect(scripts.length).toBeGreaterThan(0);
      expect(html).toContain("self.__next_f");
      return;
    }
    expect(scripts).toEqual([]);
    expect(html).not.toContain("self.__next_f");
    const file = path.join(OUT, url === "/" ? "index" : url.slice(1));
    expect(existsSync(`${file}.txt`), `${file}.txt is an unused payload`).toBe(false);
  });
}

test("structured data survives on pages without JavaScript", async ({ page }) => {
  await page.goto("/careers/backend-developer");
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const types = blocks.map((b) => (JSON.parse(b) as { "@type": string })["@type"]);
  expect(types).toContain("Occupation");
});
