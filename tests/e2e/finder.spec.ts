import { expect, test, type Page } from "@playwright/test";
import { axeViolations } from "./axe";

const careerNames = (page: Page) => page.locator("#finder tbody tr:visible th").allTextContents();
const header = (page: Page, column: string) => page.locator(`#finder thead th[data-column="${column}"]`);

test("the finder lists every career with pay, range, growth, education and sources", async ({ page }) => {
  await page.goto("/careers");
  const developer = page.locator("#finder tbody tr").filter({ hasText: "Backend Developer" });
  await expect(developer.locator("td")).toHaveText([
    "$100,000 a year",
    "$93,333–$121,000",
    "23.5% (22–25%)",
    "Bachelor's degree",
    "4",
  ]);
  expect(await careerNames(page)).toEqual(["Backend Developer", "Backend Engineer"]);
  await expect(header(page, "title")).toHaveAttribute("aria-sort", "ascending");
});

test("with JavaScript, header buttons sort in place and set aria-sort", async ({ page }) => {
  await page.goto("/careers");
  const sources = header(page, "sources");
  await sources.getByRole("button").click();
  await expect(sources).toHaveAttribute("aria-sort", "descending");
  await expect(header(page, "title")).not.toHaveAttribute("aria-sort", /.+/);
  expect(await careerNames(page)).toEqual(["Backend Developer", "Backend Engineer"]);
  await sources.getByRole("button").click();
  await expect(sources).toHaveAttribute("aria-sort", "ascending");
  expect(await careerNames(page)).toEqual(["Backend Engineer", "Backend Developer"]);
  await expect(page).toHaveURL(/\/careers\/by\/sources-asc$/);
  await header(page, "title").getByRole("button").click();
  await expect(page).toHaveURL(/\/careers$/);
});

test("with JavaScript, filters hide rows and the status counts them", async ({ page }) => {
  await page.goto("/careers");
  const status = page.getByTestId("finder-status");
  await expect(status).toHaveText("2 of 2 careers shown");
  await page.getByLabel("Number of sources").selectOption("2");
  await expect(status).toHaveText("1 of 2 careers shown");
  expect(await careerNames(page)).toEqual(["Backend Developer"]);
  await page.getByLabel("Number of sources").selectOption("");
  await page.getByLabel("Median pay").selectOption("150k-plus");
  await expect(status).toHaveText("1 of 2 careers shown");
  expect(await careerNames(page)).toEqual(["Backend Engineer"]);
  await page.getByLabel("Median pay").selectOption("under-50k");
  await expect(status).toHaveText("0 of 2 careers shown");
  expect(await careerNames(page)).toEqual([]);
  await page.getByLabel("Median pay").selectOption("100k-150k");
  await page.getByLabel("Typical entry education").selectOption({ label: "Bachelor's degree" });
  expect(await careerNames(page)).toEqual(["Backend Developer"]);
});

test("the finder has no axe-core violations, filtered and sorted", async ({ page }) => {
  await page.goto("/careers");
  await header(page, "pay").getByRole("button").click();
  await page.getByLabel("Number of sources").selectOption("2");
  expect(await axeViolations(page)).toEqual([]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("header links open the pre-built sorted pages", async ({ page }) => {
    await page.goto("/careers");
    await header(page, "sources").getByRole("link").click();
    await expect(page).toHaveURL(/\/careers\/by\/sources-desc$/);
    await expect(header(page, "sources")).toHaveAttribute("aria-sort", "descending");
    await header(page, "sources").getByRole("link").click();
    await expect(page).toHaveURL(/\/careers\/by\/sources-asc$/);
    expect(await careerNames(page)).toEqual(["Backend Engineer", "Backend Developer"]);
    // The sorted copies point search engines at /careers.
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/careers$/);
  });

  test("filters still hide rows, through CSS", async ({ page }) => {
    await page.goto("/careers");
    await page.getByLabel("Number of sources").selectOption("2");
    expect(await careerNames(page)).toEqual(["Backend Developer"]);
    await page.getByLabel("Number of sources").selectOption("");
    await page.getByLabel("Typical entry education").selectOption({ label: "Master's degree" });
    expect(await careerNames(page)).toEqual([]);
  });
});

test("printed, the finder is its table: the filters are left off", async ({ page }) => {
  await page.goto("/careers");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("group", { name: "Filter careers" })).toBeHidden();
  await expect(page.getByRole("table")).toBeVisible();
  await expect(page.getByTestId("finder-status")).toBeVisible();
});

test.describe("on a 320 px phone", () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test("the page does not scroll sideways; the table scrolls in its own region", async ({ page }) => {
    await page.goto("/careers");
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.getByRole("region", { name: "Careers table" })).toBeVisible();
    await expect(page.getByLabel("Median pay")).toBeVisible();
  });

  test("scrolled to its last column, the table still shows each career and the heading above them", async ({
    page,
  }) => {
    await page.goto("/careers");
    const region = page.getByRole("region", { name: "Careers table" });
    await region.scrollIntoViewIfNeeded();
    await region.evaluate((el) => (el.scrollLeft = el.scrollWidth));
    const left = async (name: string, role: "columnheader" | "rowheader") =>
      (await region.getByRole(role, { name, exact: true }).boundingBox())?.x;
    const box = await region.boundingBox();
    const heading = await left("Career", "columnheader");
    expect(heading).toBe(box?.x);
    expect(await left("Backend Developer", "rowheader")).toBe(heading);
    await expect(region.getByRole("columnheader", { name: "Sources", exact: true })).toBeInViewport();
  });
});
