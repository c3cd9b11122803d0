import { expect, test } from "@playwright/test";
import { axeViolations } from "./axe";

const pageTypes = {
  home: "/",
  careers: "/careers",
  "career hub": "/careers/backend-developer",
  guide: "/careers/backend-developer/himalayas",
  "guide without figures": "/careers/backend-developer/teal",
  sources: "/sources",
  source: "/sources/skillexchange",
  "not found": "/no-such-page",
};

for (const [name, path] of Object.entries(pageTypes)) {
  test(`${name} page has no axe-core violations and one h1`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator("h1")).toHaveCount(1);
    expect(await axeViolations(page)).toEqual([]);
  });
}
