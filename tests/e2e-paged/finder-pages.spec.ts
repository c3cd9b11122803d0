/**
 * The finder past one page (60 synthetic careers: every other one a copy of
 * Backend Developer, $100,000 a year from 4 sources, the rest of Backend
 * Engineer, $164,201 from 1). Page 1 holds 50 rows in title order: the 30
 * developers, then 20 engineers; page 2 the last 10 engineers.
 */
import { expect, test, type Page } from "@playwright/test";
import { axeViolations } from "../e2e/axe";

const careerNames = (page: Page) => page.locator("#finder tbody tr:visible th").allTextContents();
const status = (page: Page) => page.getByTestId("finder-status");

test("the finder is split into pages of 50, linked both ways", async ({ page }) => {
  await page.goto("/careers");
  expect(await careerNames(page)).toHaveLength(50);
  await expect(status(page)).toHaveText("50 of 50 careers on this page shown");
  await page.getByTestId("pagination").getByRole("link", { name: "Page 2", exact: true }).click();
  await expect(page).toHaveURL(/\/careers\/page\/2$/);
  const names = await careerNames(page);
  expect(names).toHaveLength(10);
  expect(names.every((name) => name.startsWith("Backend Engineer"))).toBe(true);
});

test("with JavaScript, a filter shows the matches of every page, in the page's order", async ({
  page,
  request,
}) => {
  const { rows } = await (await request.get("/api/finder.json")).json();
  expect(rows).toHaveLength(60);
  const developers = rows
    .filter((r: { payBand: string }) => r.payBand === "100k-150k")
    .map((r: { title: string }) => r.title);
  expect(developers).toHaveLength(30);

  await page.goto("/careers/page/2");
  await expect(status(page)).toHaveText("10 of 10 careers on this page shown");
  await page.getByLabel("Median pay").selectOption("100k-150k");
  await expect(status(page)).toHaveText("30 of 60 careers match, from every page");
  expect(await careerNames(page)).toEqual(developers);
  // The page links no longer apply while every page's matches are shown.
  await expect(page.getByTestId("pagination")).toBeHidden();

  await page.getByLabel("Number of sources").selectOption("2");
  await expect(status(page)).toHaveText("30 of 60 careers match, from every page");
  await page.getByLabel("Median pay").selectOption("150k-plus");
  await expect(status(page)).toHaveText("0 of 60 careers match, from every page");
  expect(await careerNames(page)).toEqual([]);

  await page.getByLabel("Median pay").selectOption("");
  await page.getByLabel("Number of sources").selectOption("");
  await expect(status(page)).toHaveText("10 of 10 careers on this page shown");
  expect(await careerNames(page)).toHaveLength(10);
  await expect(page.getByTestId("pagination")).toBeVisible();
});

test("a filter on a pre-sorted page keeps that page's order", async ({ page, request }) => {
  const { rows } = await (await request.get("/api/finder.json")).json();
  const engineersZtoA = rows
    .filter((r: { payBand: string }) => r.payBand === "150k-plus")
    .map((r: { title: string }) => r.title)
    .reverse();
  await page.goto("/careers/by/title-desc");
  await page.getByLabel("Median pay").selectOption("150k-plus");
  await expect(status(page)).toHaveText("30 of 60 careers match, from every page");
  expect(await careerNames(page)).toEqual(engineersZtoA);
});

test("if the rows cannot be fetched, a filter still applies to the page in hand", async ({ page }) => {
  await page.route("**/api/finder.json", (route) => route.fulfill({ status: 503, body: "" }));
  await page.goto("/careers/page/2");
  await expect(status(page)).toHaveText("10 of 10 careers on this page shown");
  await page.getByLabel("Median pay").selectOption("150k-plus");
  await expect(status(page)).toHaveText(
    "10 of 10 careers on this page shown; the other pages could not be loaded",
  );
  expect(await careerNames(page)).toHaveLength(10);
  await expect(page.getByTestId("pagination")).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a filter hides the rows of the page in hand", async ({ page }) => {
    await page.goto("/careers");
    await page.getByLabel("Median pay").selectOption("150k-plus");
    const names = await careerNames(page);
    expect(names).toHaveLength(20);
    expect(names.every((name) => name.startsWith("Backend Engineer"))).toBe(true);
  });
});

test("a paged finder filtered across its pages has no axe-core violations", async ({ page }) => {
  await page.goto("/careers/page/2");
  await page.getByLabel("Median pay").selectOption("100k-150k");
  await expect(status(page)).toHaveText("30 of 60 careers match, from every page");
  expect(await axeViolations(page)).toEqual([]);
});
