import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

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
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
      .analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    ).toEqual([]);
  });
}
