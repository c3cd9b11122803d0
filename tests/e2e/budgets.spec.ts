/**
 * Byte budgets, read from the built out/ (bytes do not vary from run to run, so
 * these are ordinary tests; timings live in `npm run bench`). Every page type's
 * HTML stays under 150 KB raw; index pages stay small as the site grows.
 */
import { readFileSync, statSync } from "node:fs";
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
  test(`${name} HTML is at most 150 KB (${file})`, () => {
    const bytes = statSync(path.join(OUT, file)).size;
    expect(bytes, `${file}: ${(bytes / 1024).toFixed(1)} KB`).toBeLessThanOrEqual(BUDGET_BYTES);
  });
}

test("the sitemap lists every page in out/ once, so it splits only past 50,000 URLs", () => {
  const sitemap = readFileSync(path.join(OUT, "sitemap.xml"), "utf8");
  const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  expect(new Set(urls).size).toBe(urls.length);
  expect(urls.length).toBeGreaterThan(10);
  expect(urls.length).toBeLessThanOrEqual(50_000);
});
