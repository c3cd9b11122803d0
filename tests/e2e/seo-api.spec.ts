import { expect, test } from "@playwright/test";
import { PAGES } from "./pages";

test("each page has a unique title, a description and a canonical URL", async ({ page }) => {
  const titles = new Set<string>();
  for (const path of PAGES) {
    await page.goto(path);
    const title = await page.title();
    expect(title.length, path).toBeGreaterThan(10);
    titles.add(title);
    const description = await page.locator('meta[name="description"]').getAttribute("content");
    expect(description?.length ?? 0, path).toBeGreaterThan(40);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
    expect(canonical, path).toMatch(new RegExp(`^https?://[^/]+${path === "/" ? "/?" : path}$`));
  }
  expect(titles.size).toBe(PAGES.length);
});

test("guide pages carry schema.org structured data", async ({ page }) => {
  await page.goto("/careers/backend-developer/skillexchange");
  const blocks = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((t) =>
    JSON.parse(t),
  );
  const data = blocks.find((b) => b["@type"] === "Article");
  expect(data.about.estimatedSalary[0].median).toBe(93333);
  expect(data.isBasedOn.publisher.name).toBe("SkillExchange");
});

test("sitemap lists every page and robots.txt points to it", async ({ request }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  for (const path of [
    "/careers/backend-developer/himalayas",
    "/careers/backend-engineer/skillexchange",
    "/sources/teal",
    "/careers",
  ]) {
    expect(sitemap).toContain(`${path}</loc>`);
  }
  // A small site's sitemap is one file; the chunk a large site's index would name holds the same URLs.
  expect(sitemap).toContain("<urlset");
  const chunk = await (await request.get("/sitemaps/1.xml")).text();
  expect(chunk.match(/<loc>/g)?.length).toBe(sitemap.match(/<loc>/g)?.length);
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/Sitemap: https?:\/\/.+\/sitemap\.xml/);
});

test("careers API lists every career with its guides and the documented keys", async ({ request }) => {
  const response = await request.get("/api/careers.json");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/json");
  const body = await response.json();
  expect(body.careers.map((c: { slug: string }) => c.slug).sort()).toEqual([
    "backend-developer",
    "backend-engineer",
  ]);
  const developer = body.careers.find((c: { slug: string }) => c.slug === "backend-developer");
  expect(developer.guides).toHaveLength(4);
});

test("the finder's rows file holds the row of every career the finder shows", async ({ request, page }) => {
  const response = await request.get("/api/finder.json");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/json");
  const { rows } = await response.json();
  await page.goto("/careers");
  const shown = await page.locator("#finder tbody th").allTextContents();
  expect(rows.map((r: { title: string }) => r.title)).toEqual(shown.map((t) => t.trim()));
  const developer = rows.find((r: { slug: string }) => r.slug === "backend-developer");
  expect(developer).toMatchObject({ payText: "$100,000 a year", sourceCount: 4, payBand: "100k-150k" });
});

test("one career's API file carries the seeds' figures, with null for what is not given", async ({
  request,
}) => {
  const career = await (await request.get("/api/careers/backend-developer.json")).json();
  const bySource = Object.fromEntries(career.guides.map((g: { source: { id: string } }) => [g.source.id, g]));
  expect(bySource.skillexchange.salary).toMatchObject({
    currency: "USD",
    period: "year",
    median: 93333,
    min: 32000,
    max: 165000,
  });
  expect(bySource.himalayas.salary.median).toBe(121000);
  expect(bySource.himalayas.salary.byLevel).toHaveLength(7);
  expect(bySource.himalayas.outlook.growthPercent).toBe(22);
  expect(bySource.jobicy.salary.median).toBe(100000);
  expect(bySource.jobicy.outlook.growthPercent).toBe(25);
  expect(bySource.teal.salary).toBeNull();
  expect(bySource.teal.outlook.growthPercent).toBeNull();
  const openTier = bySource.skillexchange.tiers.find((t: { yearsMin: number }) => t.yearsMin === 12);
  expect(openTier.yearsMax).toBeNull();
  expect(bySource.skillexchange.certifications[0]).toEqual(
    expect.objectContaining({ id: expect.any(String), name: expect.any(String), issuer: expect.any(String) }),
  );
  expect(bySource.skillexchange.skills).toContain("python");
  expect(bySource.skillexchange.faqs[0]).toEqual(
    expect.objectContaining({ question: expect.any(String), topic: expect.any(String) }),
  );
});
