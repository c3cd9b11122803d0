import { expect, test, type Page } from "@playwright/test";
import { axeViolations } from "./axe";

/** Types a query on /search and waits for Pagefind's answer. */
async function search(page: Page, query: string) {
  await page.goto("/search");
  await page.getByRole("searchbox", { name: "Search terms" }).fill(query);
  // Pagefind's first load (script, WebAssembly, index chunks) can be slow on a busy machine.
  await expect(page.getByTestId("search-status")).toContainText(`for “${query}”`, { timeout: 15_000 });
  return page.getByTestId("search-results").locator("li");
}

for (const [query, career, source] of [
  ["staff engineer", "Backend Developer", "Teal"], // a career stage named in a guide
  ["kubernetes", "Backend Developer", "Himalayas"], // a tool
  ["back-end", "Backend Developer", "All sources compared"], // an alias, on the hub
  ["Certified Kubernetes Administrator", "Backend Developer", ""], // a certification
  ["Backend Engineer", "Backend Engineer", "SkillExchange"], // a title
] as const) {
  test(`searching “${query}” finds ${career}${source ? ` (${source})` : ""}, naming career and source`, async ({
    page,
  }) => {
    const results = await search(page, query);
    const match = results.filter({ hasText: `${career} · ${source}` });
    await expect(match.first()).toBeVisible();
    // Every result says which career and which source it is.
    for (const text of await results.locator("p.text-sm").allTextContents())
      expect(text).toMatch(/^.+ · .+$/);
  });
}

test("a certification is found on the hub, and on a guide only where the guide's own words name it", async ({
  page,
}) => {
  // Oracle's Java certification: in the certification lists of Himalayas and SkillExchange for Backend
  // Developer, which the hub shows side by side; only Himalayas names it in its own words (education).
  const results = await search(page, "oracle");
  const backend = results.filter({ hasText: "Backend Developer · " });
  await expect(backend.filter({ hasText: "Backend Developer · All sources compared" })).toHaveCount(1);
  await expect(backend.filter({ hasText: "Backend Developer · Himalayas" })).toHaveCount(1);
  await expect(backend).toHaveCount(2);
});

test("following a result opens that page", async ({ page }) => {
  const results = await search(page, "staff engineer");
  const teal = results.filter({ hasText: "Backend Developer · Teal" }).first();
  await teal.getByRole("link").click();
  await expect(page).toHaveURL(/\/careers\/backend-developer\/teal$/);
  await expect(page.locator("h1")).toContainText("Backend Developer");
});

test("the header box searches from any page, and the query is kept in the URL", async ({ page }) => {
  await page.goto("/sources");
  const box = page.getByRole("banner").getByRole("searchbox", { name: "Search careers and guides" });
  await box.fill("kubernetes");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=kubernetes$/);
  await expect(page.getByTestId("search-status")).toContainText("for “kubernetes”", { timeout: 15_000 });
  await expect(page.getByTestId("search-results").locator("li").first()).toBeVisible();
});

test("search code loads only on /search, not with other pages", async ({ page }) => {
  const pagefind: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("/pagefind/")) pagefind.push(r.url());
  });
  await page.goto("/careers/backend-developer");
  await page.getByRole("banner").getByRole("searchbox").focus();
  await page.waitForLoadState("networkidle");
  expect(pagefind).toEqual([]);
  await search(page, "kubernetes");
  expect(pagefind.some((u) => u.endsWith("/pagefind/pagefind.js"))).toBe(true);
});

test("an unknown word says there are no results", async ({ page }) => {
  const results = await search(page, "xylophonist");
  await expect(page.getByTestId("search-status")).toHaveText("No results for “xylophonist”.");
  await expect(results).toHaveCount(0);
});

test("the search page with results has no axe-core violations", async ({ page }) => {
  await search(page, "kubernetes");
  expect(await axeViolations(page)).toEqual([]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the header box leads to /search, which says search needs JavaScript and links to the index", async ({
    page,
  }) => {
    await page.goto("/");
    const box = page.getByRole("banner").getByRole("searchbox", { name: "Search careers and guides" });
    await box.fill("kubernetes");
    await box.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=kubernetes$/);
    await page.getByRole("link", { name: "careers index" }).click();
    await expect(page).toHaveURL(/\/careers$/);
    await expect(page.locator("h1")).toHaveText("Careers");
  });

  test("/search says search needs JavaScript and links to the index", async ({ page }) => {
    await page.goto("/search");
    await page.getByRole("link", { name: "careers index" }).click();
    await expect(page).toHaveURL(/\/careers$/);
  });
});
