/** A source's page past 20 guides (tests/e2e-paged/finder-pages.spec.ts says what the synthetic site holds). */
import { expect, test } from "@playwright/test";
import { axeViolations } from "../e2e/axe";

test("a source's guides are split into pages of 20, each guide on exactly one page", async ({
  page,
  request,
}) => {
  const { careers } = await (await request.get("/api/careers.json")).json();
  const withHimalayas = careers
    .filter((c: { guides: { source: { id: string } }[] }) =>
      c.guides.some((g) => g.source.id === "himalayas"),
    )
    .map((c: { title: string }) => c.title);
  expect(withHimalayas.length).toBeGreaterThan(20);

  const titles = () => page.locator("main li h3").allTextContents();
  await page.goto("/sources/himalayas");
  const first = await titles();
  expect(first).toHaveLength(20);
  await page.getByTestId("pagination").getByRole("link", { name: "Page 2", exact: true }).click();
  await expect(page).toHaveURL(/\/sources\/himalayas\/page\/2$/);
  const second = await titles();
  expect([...first, ...second].sort()).toEqual([...withHimalayas].sort());
  await page.getByTestId("pagination").getByRole("link", { name: "Previous" }).click();
  await expect(page).toHaveURL(/\/sources\/himalayas$/);
});

test("page 1 of a paged index answers with a redirect to the index itself", async ({ request }) => {
  for (const [from, to] of [
    ["/careers/page/1", "/careers"],
    ["/sources/himalayas/page/1", "/sources/himalayas"],
  ]) {
    const response = await request.get(from, { maxRedirects: 0 });
    expect(response.status(), from).toBe(301);
    expect(new URL(response.headers().location, "http://x").pathname, from).toBe(to);
  }
});

test("a source's second page has no axe-core violations", async ({ page }) => {
  await page.goto("/sources/himalayas/page/2");
  expect(await axeViolations(page)).toEqual([]);
});
