import { expect, test } from "@playwright/test";

const paths = [
  "/",
  "/careers",
  "/careers/backend-developer",
  "/careers/backend-developer/himalayas",
  "/sources/teal",
  "/compare/backend-developer-vs-backend-engineer",
];

for (const path of paths) {
  test(`${path} fits the viewport without sideways page scroll`, async ({ page }) => {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  });
}
