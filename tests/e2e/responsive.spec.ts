import { expect, test, type Page } from "@playwright/test";

/** Every page type: home, indexes, hubs, guides, source, compare, the reversed compare URL and a 404. */
const paths = [
  "/",
  "/careers",
  "/careers/backend-developer",
  "/careers/backend-engineer",
  "/careers/backend-developer/himalayas",
  "/careers/backend-developer/jobicy",
  "/careers/backend-developer/teal",
  "/careers/backend-engineer/skillexchange",
  "/sources",
  "/sources/skillexchange",
  "/compare",
  "/compare/backend-developer-vs-backend-engineer",
  "/no-such-page",
];

/** The phone project checks the phone widths, the desktop project tablet and desktop. */
const widthsFor = (project: string) => (project === "phone" ? [320, 390] : [768, 1280]);

type Layout = { pageOverflow: number; charts: string[]; tables: string[]; smallText: string[] };

/** What sticks out: the page itself, any chart, any table wider than its container; chart or table text under 12 px. */
async function measure(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const name = (el: Element) =>
      el.getAttribute("data-testid") ?? el.id ?? el.querySelector("caption")?.textContent ?? el.tagName;
    const wider = (el: Element) => {
      const box = el.getBoundingClientRect();
      const parent = el.parentElement?.getBoundingClientRect();
      return (
        box.width > 0 && (box.right > root.clientWidth + 0.5 || (!!parent && box.width > parent.width + 0.5))
      );
    };
    const charts = [...document.querySelectorAll("[data-chart]")].filter(
      (c) => wider(c) || c.scrollWidth > c.clientWidth + 0.5 || [...c.querySelectorAll("*")].some(wider),
    );
    const tables = [...document.querySelectorAll("main table")].filter(wider);
    const smallText = [...document.querySelectorAll("[data-chart] *, main table *")]
      .filter(
        (el) =>
          el.getBoundingClientRect().width > 0 &&
          [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim()),
      )
      .filter((el) => parseFloat(getComputedStyle(el).fontSize) < 12)
      .map((el) => `${el.tagName} "${el.textContent?.slice(0, 30)}"`);
    return {
      pageOverflow: root.scrollWidth - root.clientWidth,
      charts: charts.map(name),
      tables: tables.map(name),
      smallText,
    };
  });
}

for (const path of paths) {
  test(`${path}: no sideways scroll, no chart and at most one table overflowing, text ≥ 12 px`, async ({
    page,
  }, testInfo) => {
    for (const width of widthsFor(testInfo.project.name)) {
      await page.setViewportSize({ width, height: 844 });
      await page.goto(path);
      await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
      // Closed, then with every disclosure open (full matrices, table equivalents, FAQ answers).
      for (const state of ["closed", "open"]) {
        if (state === "open")
          await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
        const layout = await measure(page);
        const where = `${path} at ${width} px, disclosures ${state}`;
        expect(layout.pageOverflow, where).toBeLessThanOrEqual(0);
        expect(layout.charts, where).toEqual([]);
        expect(layout.tables.length, `${where}: ${layout.tables.join(", ")}`).toBeLessThanOrEqual(1);
        expect(layout.smallText, where).toEqual([]);
      }
    }
  });
}

/** The pages whose scripts change what is on screen after the first paint, and what they show once done. */
const scriptedPages = [
  { path: "/careers", done: { testId: "finder-status", text: /^2 of 2 careers shown$/ } },
  { path: "/search?q=kubernetes", done: { testId: "search-status", text: /results? for/ } },
];

for (const { path, done } of scriptedPages) {
  // A shift under a reader's finger turns a tap into a miss; CLS is also what search engines score.
  test(`${path}: nothing in view moves when its script runs (no layout shift)`, async ({
    page,
  }, testInfo) => {
    for (const width of widthsFor(testInfo.project.name)) {
      await page.setViewportSize({ width, height: 844 });
      await page.goto(path);
      await expect(page.getByTestId(done.testId)).toHaveText(done.text);
      const shift = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let total = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries()) total += (entry as unknown as { value: number }).value;
            }).observe({ type: "layout-shift", buffered: true });
            // Buffered entries reach the observer before the second frame.
            requestAnimationFrame(() => requestAnimationFrame(() => resolve(total)));
          }),
      );
      expect(shift, `${path} at ${width} px`).toBe(0);
    }
  });
}

// The header's box on every page, and the search page's own box.
const SEARCH_BOXES: [string, string, "banner" | "main"][] = [
  ["the header's search box", "/", "banner"],
  ["the search page's box", "/search", "main"],
];
for (const [name, path, region] of SEARCH_BOXES) {
  test(`${name} shows its whole placeholder at every width`, async ({ page }, testInfo) => {
    for (const width of widthsFor(testInfo.project.name)) {
      await page.setViewportSize({ width, height: 844 });
      await page.goto(path);
      const box = page.getByRole(region).getByRole("searchbox");
      // The placeholder's width in the box's own font, against the room inside its padding.
      const fit = await box.evaluate((input: HTMLInputElement) => {
        const style = getComputedStyle(input);
        const context = document.createElement("canvas").getContext("2d");
        if (!context) throw new Error("no 2D canvas");
        context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return { text: context.measureText(input.placeholder).width, room };
      });
      expect(fit.text, `at ${width} px`).toBeGreaterThan(0);
      expect(fit.text, `at ${width} px`).toBeLessThanOrEqual(fit.room);
    }
  });
}

test("the hub's first phone screen holds the quick facts, and the hub is at most 10 phone screens", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const career of ["backend-developer", "backend-engineer"]) {
    await page.goto(`/careers/${career}`);
    const facts = page.getByTestId("quick-facts");
    await expect(facts).toBeInViewport({ ratio: 1 });
    const box = await facts.boundingBox();
    expect(box && box.y + box.height, career).toBeLessThanOrEqual(844);
    await expect(facts).toContainText("Median pay");
    await expect(facts).toContainText("Guides last reviewed");
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height / 844, `${career} hub, screens`).toBeLessThanOrEqual(10);
  }
});

test("the longest guide is at most 20 phone screens", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const guide of [
    "backend-developer/himalayas",
    "backend-developer/jobicy",
    "backend-developer/skillexchange",
    "backend-developer/teal",
    "backend-engineer/skillexchange",
  ]) {
    await page.goto(`/careers/${guide}`);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height / 844, `${guide}, screens`).toBeLessThanOrEqual(20);
  }
});

test("a hub prints on at most 6 A4 pages, without site navigation and with FAQ answers open", async ({
  page,
  browserName,
}) => {
  expect(browserName).toBe("chromium");
  await page.goto("/careers/backend-developer");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.locator("footer")).toBeHidden();
  await expect(page.locator("[data-faq-topic='salary'] details .prose-guide").first()).toBeVisible();
  const pdf = await page.pdf({ format: "A4" });
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThan(0);
  expect(pages).toBeLessThanOrEqual(6);
});
