import { expect, test } from "@playwright/test";

test.describe("page types render their key content", () => {
  test("home page introduces the site and lists careers with figures", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveTitle(/Careerscope/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    const careers = page.getByRole("region", { name: "Careers we cover" });
    await expect(careers.getByRole("link", { name: "Backend Developer" })).toBeVisible();
    await expect(careers.getByRole("link", { name: "Backend Engineer" })).toBeVisible();
    await expect(careers).toContainText("Sources’ medians$93,000–$121,000 a year3 of 4 sources");
    await expect(careers).toContainText("Projected growth22–25%2 of 4 sources");
  });

  test("careers table shows sources, median range and growth", async ({ page }) => {
    await page.goto("/careers");
    await expect(page.getByRole("heading", { level: 1, name: "Careers" })).toBeVisible();
    const row = page.getByRole("row", { name: /Backend Developer/ });
    await expect(row.getByRole("cell").last()).toHaveText("4");
    await expect(row).toContainText("$100,000 a year");
    await expect(row).toContainText("$93,333–$121,000");
    await expect(row).toContainText("22–25%");
    const engineer = page.getByRole("row", { name: /Backend Engineer/ });
    // The finder is a table: exact figures (rounding is for prose); one source is counted as 1.
    await expect(engineer).toContainText("$164,201 a year");
    await expect(engineer.getByRole("cell").last()).toHaveText("1");
    await expect(engineer).not.toContainText("1 of 1");
    await expect(engineer).toContainText("Not given");
  });

  test("career hub shows aliases and links every source's guide", async ({ page }) => {
    await page.goto("/careers/backend-developer");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Backend Developer");
    await expect(page.getByText("Also called:")).toContainText("Back-End Developer");
    const guides = page.getByTestId("source-guides").getByRole("listitem");
    await expect(guides).toHaveCount(4);
    await expect(guides.filter({ hasText: "Himalayas" })).toContainText("figures for 2025");
    await guides.getByRole("link", { name: "Read Teal’s backend developer guide" }).click();
    await expect(page).toHaveURL(/\/careers\/backend-developer\/teal$/);
  });

  test("the contents list is built from the sections, and each section leads back to it", async ({
    page,
  }) => {
    await page.goto("/careers/backend-developer");
    const links = page.locator("#contents a");
    const ids = (await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")))).map((h) =>
      h?.slice(1),
    );
    const sections = await page
      .locator("main section[id]:not(#quick-facts)")
      .evaluateAll((ss) => ss.map((s) => s.id));
    expect(ids).toEqual(sections.filter((id) => id !== ""));
    expect(ids.length).toBeGreaterThan(8);
    await expect(page.locator("#outlook").getByRole("link", { name: /^Contents/ })).toHaveAttribute(
      "href",
      "#contents",
    );
  });

  test("a one-source career never says '1 sources' or 'what 1 publisher say'", async ({ page }) => {
    for (const path of [
      "/careers/backend-engineer",
      "/compare/backend-developer-vs-backend-engineer",
      "/careers",
    ]) {
      await page.goto(path);
      const text =
        (await page.locator("body").innerText()) +
        (await page.locator("meta[name='description']").getAttribute("content"));
      expect(text, path).not.toMatch(/\b1 (sources|publishers|guides|tiers|skills|tools|certifications)\b/);
      expect(text, path).not.toMatch(/\b1 publisher say\b|\bof 1 sources\b|\bsources? of 1\b/);
    }
    await page.goto("/careers/backend-engineer");
    await expect(page.locator("meta[name='description']")).toHaveAttribute(
      "content",
      /What 1 publisher says/,
    );
  });

  test("guide page shows every section with attribution", async ({ page }) => {
    await page.goto("/careers/backend-developer/jobicy");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Backend Developer, according to Jobicy",
    );
    await expect(page.getByTestId("attribution")).toContainText("Jobicy");
    const facts = page.getByRole("region", { name: "Key figures" });
    await expect(facts).toContainText("$100,000");
    await expect(facts).toContainText("$70,000–$130,000");
    await expect(facts).toContainText("$130,000+");
    await expect(facts).toContainText("25%");
    const levels = page.getByRole("region", { name: "Salary by experience" });
    await expect(levels.getByRole("row", { name: /Entry-Level/ })).toContainText("$79,000");
    await expect(levels.getByRole("row", { name: /Senior-Level/ })).toContainText("$121,000");
    const path = page.getByRole("region", { name: "Career path" });
    await expect(path).toContainText("0–2 years");
    await expect(path).toContainText("8+ years");
    await expect(
      page.getByRole("region", { name: "Frequently asked questions" }).locator("details"),
    ).toHaveCount(10);
  });

  test("Himalayas guide shows salary by level and by region", async ({ page }) => {
    await page.goto("/careers/backend-developer/himalayas");
    await expect(page.getByTestId("attribution")).toContainText("figures for 2025");
    const levels = page.getByRole("region", { name: "Salary by experience" });
    await expect(levels.locator("tbody tr")).toHaveCount(7);
    await expect(levels.getByRole("row", { name: /Junior Backend Developer/ })).toContainText("$75,000");
    await expect(levels.getByRole("row", { name: /Backend Architect/ })).toContainText("$215,000");
    await expect(page.getByRole("region", { name: "Salary around the world" })).toContainText("Germany");
  });

  test("SkillExchange engineer guide shows tier salary bands and certifications", async ({ page }) => {
    await page.goto("/careers/backend-engineer/skillexchange");
    const path = page.getByRole("region", { name: "Career path" });
    await expect(path).toContainText("$60,000–$100,000");
    await expect(path).toContainText("12+ years");
    const certs = page.getByRole("region", { name: "Certifications" });
    await expect(certs).toContainText("Certified Kubernetes Administrator (CKA)");
    await expect(certs).toContainText("Cloud Native Computing Foundation (CNCF)");
  });

  test("sources list and source page show what each publisher gives", async ({ page }) => {
    await page.goto("/sources");
    for (const name of ["Himalayas", "Jobicy", "SkillExchange", "Teal"]) {
      await expect(page.getByRole("link", { name, exact: true })).toBeVisible();
    }
    await page.getByRole("link", { name: "SkillExchange", exact: true }).click();
    await expect(page).toHaveURL(/\/sources\/skillexchange$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("SkillExchange");
    await expect(page.getByRole("link", { name: "Backend Developer" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Backend Engineer" })).toBeVisible();
  });
});

test.describe("navigation between pages", () => {
  test("from home to a guide and back up through breadcrumbs", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Careers" }).click();
    await expect(page).toHaveURL(/\/careers$/);
    await page.getByRole("link", { name: "Backend Developer" }).click();
    await expect(page).toHaveURL(/\/careers\/backend-developer$/);
    await page.getByRole("link", { name: /Read Himalayas/ }).click();
    await expect(page).toHaveURL(/\/careers\/backend-developer\/himalayas$/);
    await page
      .getByRole("navigation", { name: "Breadcrumb" })
      .getByRole("link", { name: "Backend Developer" })
      .click();
    await expect(page).toHaveURL(/\/careers\/backend-developer$/);
  });

  test("every internal link on the main pages resolves", async ({ page, request }) => {
    const seen = new Set<string>();
    for (const start of [
      "/",
      "/careers",
      "/careers/backend-developer",
      "/careers/backend-developer/himalayas",
      "/sources",
      "/sources/teal",
    ]) {
      await page.goto(start);
      const hrefs = await page
        .locator("a[href^='/']")
        .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
      for (const href of hrefs) seen.add(href.split("#")[0]);
    }
    expect(seen.size).toBeGreaterThan(10);
    for (const href of seen) {
      const response = await request.get(href);
      expect(response.status(), href).toBe(200);
    }
  });

  test("skip link moves focus to the main content", async ({ page }) => {
    await page.goto("/careers");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to main content" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#main$/);
  });
});

test.describe("not found", () => {
  for (const url of [
    "/no-such-page",
    "/careers/astronaut",
    "/careers/backend-developer/nobody",
    "/sources/nobody",
    "/api/careers/astronaut.json",
  ]) {
    test(`${url} answers 404`, async ({ page }) => {
      const response = await page.goto(url);
      expect(response?.status()).toBe(404);
    });
  }

  test("the 404 page helps the reader on", async ({ page }) => {
    await page.goto("/careers/astronaut");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expect(page.getByRole("link", { name: "Browse all careers" })).toBeVisible();
  });
});
