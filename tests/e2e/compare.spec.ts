import { expect, test } from "@playwright/test";
import { axeViolations } from "./axe";

test.describe("career hub comparison", () => {
  test.beforeEach(async ({ page }) => {
    await page.goto("/careers/backend-developer");
  });

  test("salary table, folded under the chart, shows each source's exact figures and the consensus", async ({
    page,
  }) => {
    const table = page.getByTestId("salary-table");
    await expect(table).toBeHidden();
    await page.getByText("Exact figures, as a table").click();
    await expect(table).toBeVisible();
    await expect(table.getByRole("row", { name: /SkillExchange/ })).toContainText("$93,333");
    await expect(table.getByRole("row", { name: /SkillExchange/ })).toContainText("$32,000–$165,000");
    await expect(table.getByRole("row", { name: /SkillExchange/ })).toContainText("2026");
    await expect(table.getByRole("row", { name: /Himalayas/ })).toContainText("$121,000");
    await expect(table.getByRole("row", { name: /Himalayas/ })).toContainText("$70,000–$170,000+");
    await expect(table.getByRole("row", { name: /Jobicy/ })).toContainText("$130,000+");
    const consensus = table.getByRole("row", { name: /Median of sources/ });
    await expect(consensus).toContainText("$100,000");
    await expect(consensus).toContainText("$93,333–$121,000");
    await expect(consensus).toContainText("1.30×");
    await expect(consensus).toContainText("all 3 sources");
    await expect(page.getByText("No salary figures from: Teal")).toBeVisible();
  });

  test("quick facts give pay, outlook, education, sources and review date, each with its backing", async ({
    page,
  }) => {
    const facts = page.getByTestId("quick-facts");
    await expect(facts.getByRole("heading", { level: 2 })).toHaveText("Quick facts: Backend Developer");
    const fact = (label: string) => facts.locator("div", { has: page.locator("dt", { hasText: label }) });
    await expect(fact("Median pay")).toContainText("$100,000 a year");
    await expect(fact("Median pay")).toContainText("$93,000–$121,000");
    await expect(fact("Median pay")).toContainText("3 of 4 sources");
    await expect(fact("Job growth")).toContainText("22–25%");
    await expect(fact("Job growth")).toContainText("Himalayas 22% over 2022–2032");
    await expect(fact("Job growth")).toContainText("2 of 4 sources");
    await expect(fact("Openings a year")).toContainText("≈216,000");
    await expect(fact("Openings a year")).toContainText("single source: Himalayas");
    await expect(fact("Typical entry education")).toContainText("Bachelor's degree · 3 of 4 sources");
    await expect(fact("Sources")).toContainText("4: Himalayas, Jobicy, SkillExchange, Teal");
    await expect(fact("Guides last reviewed")).toContainText("23 November 2026");
  });

  test("HTML charts are titled, write every figure and draw a bar per row", async ({ page }) => {
    const charts = page.locator("[data-chart]");
    await expect(charts).toHaveCount(3);
    for (const chart of await charts.all()) {
      const title = await chart.getAttribute("aria-labelledby");
      await expect(page.locator(`#${title}`)).not.toBeEmpty();
      expect(await chart.locator(".chart-rows > li:not(.group)").count()).toBeGreaterThan(2);
      // Every row that has figures draws them: a track per row.
      expect(await chart.locator(".track").count()).toBeGreaterThanOrEqual(
        await chart.locator(".chart-rows > li:not(.group)").count(),
      );
    }
    const salary = page.getByTestId("salary-chart");
    await expect(salary).toContainText("Median of sources$100k from all 3 sources");
    await expect(salary.locator("li", { hasText: "SkillExchange" })).toContainText("median $93.3k");
    await expect(salary.locator("li", { hasText: "Himalayas" })).toContainText("range $70k–$170k+");
    await expect(page.getByTestId("ladder-chart")).toContainText("Junior Backend Developer, 0–2 years");
    await expect(page.getByTestId("level-chart")).toContainText("Principal Backend Developer10–15 years");
  });

  test("experience table places levels at their sources' years", async ({ page }) => {
    await page.getByText("Exact figures by level, as a table").click();
    const table = page.getByTestId("level-table");
    await expect(table.getByRole("row", { name: /Entry-Level/ })).toContainText("0–2 years");
    await expect(table.getByRole("row", { name: /Entry-Level/ })).toContainText("$79,000");
    await expect(table.getByRole("row", { name: /Principal Backend Developer/ })).toContainText("$195,000");
  });

  test("skills and certifications: what all sources agree on first, the full matrix folded", async ({
    page,
  }) => {
    await expect(page.getByTestId("shared-ladder")).toContainText("Junior / entry level · 0–2 years");
    const skills = page.locator("#skills");
    await expect(skills.locator("[data-band='4']")).toContainText("All 4 sources (22 skills)");
    await expect(skills.locator("[data-band='4']")).toContainText("Docker");
    await expect(skills.locator("[data-band='1']")).toContainText("more, in the full table");
    const table = page.getByTestId("skills-matrix");
    await expect(table).toBeHidden();
    await skills.getByText(/skills by source, as a table/).click();
    const all = table.locator("tr[data-sources='himalayas jobicy skillexchange teal']");
    await expect(all.getByRole("rowheader")).toHaveText(
      "Himalayas, Jobicy, SkillExchange, Teal4 of 4 · 22 skills",
    );
    await expect(all).toContainText("Docker");
    await expect(table.getByRole("columnheader", { name: "Skills" })).toBeVisible();
    // Every skill the summary counts is in the table once, under the sources that name it.
    const rows = await table.locator("tbody td").allTextContents();
    expect(rows.join(" ")).toContain("Kubernetes");
    await page
      .locator("#certifications")
      .getByText(/certifications by source, as a table/)
      .click();
    const aws = page.getByTestId("certifications").locator("tr", { hasText: "AWS Certified Developer" });
    await expect(aws.getByRole("rowheader")).toHaveText(
      "Himalayas, Jobicy, SkillExchange3 of 3 · 3 certifications",
    );
    await expect(aws).toContainText("Amazon Web Services");
    const outlook = page.getByTestId("outlook-table");
    await expect(outlook.getByRole("row", { name: /Himalayas/ })).toContainText("2022–2032");
    await expect(outlook.getByRole("row", { name: /SkillExchange/ })).toContainText("74 live job ads");
    await expect(outlook.getByRole("row", { name: /Teal/ })).toContainText("Not given");
  });

  test("FAQs are grouped by topic with each source's answer", async ({ page }) => {
    const salaryTopic = page.locator("[data-faq-topic='salary']");
    await expect(salaryTopic.getByRole("heading", { level: 3 })).toHaveText("Salary");
    await expect(salaryTopic.locator("details").first()).toBeVisible();
    expect(await salaryTopic.locator("summary").allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining("SkillExchange")]),
    );
  });

  test("links to the career-vs-career comparison", async ({ page }) => {
    await page.getByRole("link", { name: "Compare Backend Developer with Backend Engineer" }).click();
    await expect(page).toHaveURL(/\/compare\/backend-developer-vs-backend-engineer$/);
  });
});

test("backend engineer hub marks the $3,000 minimum as an outlier with the source's caveat", async ({
  page,
}) => {
  await page.goto("/careers/backend-engineer");
  const outliers = page.getByTestId("salary-outliers");
  await expect(outliers).toContainText("$3,000");
  await expect(outliers).toContainText("SkillExchange");
  await expect(
    page.getByRole("link", { name: "Compare Backend Engineer with Backend Developer" }),
  ).toBeVisible();
});

test("compare page shows salary side by side and the overlaps", async ({ page }) => {
  await page.goto("/compare/backend-developer-vs-backend-engineer");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Backend Developer vs Backend Engineer");
  const salary = page.getByTestId("pair-salary");
  await expect(salary).toContainText("$100,000");
  await expect(salary).toContainText("3 of 4 sources");
  // Rounded in the summary (the exact $164,201 is in the hub's table), and marked as one source's figure.
  await expect(salary).toContainText("$164,000");
  await expect(salary).toContainText("single source: SkillExchange");
  const certs = page.getByTestId("certifications-overlap");
  await expect(certs.locator("[data-overlap='both']")).toContainText("AWS Certified Developer – Associate");
  await expect(certs.locator("[data-overlap='onlyB']")).toContainText(
    "Certified Kubernetes Administrator (CKA)",
  );
  await expect(certs.locator("[data-overlap='onlyA']")).toContainText(
    "Microsoft Certified: Azure Developer Associate",
  );
  const skills = page.getByTestId("skills-overlap");
  await expect(skills.locator("[data-overlap='both']")).toContainText("Docker");
  await expect(skills.locator("[data-overlap='onlyB']")).toContainText("gRPC");
  // 4 sources list skills for one career, 1 for the other: the page says the lists reflect that.
  await expect(skills.getByTestId("overlap-caveat")).toContainText(
    "4 sources list skills for Backend Developer, 1 source for Backend Engineer",
  );
  await expect(skills.locator("[data-overlap='onlyA'] h3")).toContainText("from 4 sources");
});

test("compare page has an outlook section with each figure's backing", async ({ page }) => {
  await page.goto("/compare/backend-developer-vs-backend-engineer");
  const outlook = page.locator("#outlook");
  await expect(outlook.getByRole("heading", { level: 2 })).toHaveText("Job outlook");
  const [developer, engineer] = await outlook.getByTestId("pair-outlook").all();
  await expect(developer).toContainText("22–25%");
  await expect(developer).toContainText("2 of 4 sources");
  await expect(engineer).toContainText("Not given by any source");
  await expect(engineer).toContainText("375");
  await expect(engineer).toContainText("1 source");
});

test("the reversed compare URL sends the reader to the canonical pair", async ({ page }) => {
  await page.goto("/compare/backend-engineer-vs-backend-developer");
  await expect(page).toHaveURL(/\/compare\/backend-developer-vs-backend-engineer$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Backend Developer vs Backend Engineer");
});

test("favicon and touch icons are served", async ({ request, page }) => {
  for (const [path, type] of [
    ["/favicon.ico", "image/"],
    ["/icon.svg", "image/svg+xml"],
    ["/apple-touch-icon.png", "image/png"],
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toContain(type);
  }
  await page.goto("/");
  await expect(page.locator("link[rel='apple-touch-icon']")).toHaveAttribute("href", "/apple-touch-icon.png");
});

test("compare index works as plain links", async ({ page }) => {
  await page.goto("/compare");
  await page.getByRole("link", { name: "Backend Engineer vs Backend Developer" }).click();
  await expect(page).toHaveURL(/\/compare\/backend-developer-vs-backend-engineer$/);
});

test("source page says how its figures stand against the consensus", async ({ page }) => {
  await page.goto("/sources/skillexchange");
  await expect(page.getByTestId("standing").first()).toContainText("7% below the median of 3 sources");
});

test("career API carries the comparison", async ({ request }) => {
  const career = await (await request.get("/api/careers/backend-developer.json")).json();
  expect(career.comparison.salary).toMatchObject({
    medianOfMedians: 100000,
    lowestMedian: 93333,
    highestMedian: 121000,
    spread: 1.3,
  });
  const docker = career.comparison.skills.find((s: { id: string }) => s.id === "docker");
  expect(docker).toEqual({ id: "docker", name: "Docker", sourceCount: 4 });
  expect(career.comparison.certifications[0]).toMatchObject({
    id: "aws-developer-associate",
    sourceCount: 3,
  });
});

for (const path of [
  "/careers/backend-developer",
  "/compare",
  "/compare/backend-developer-vs-backend-engineer",
]) {
  test(`${path} has no axe-core violations`, async ({ page }) => {
    // axe on a long page takes a while on a loaded 2-core machine.
    test.setTimeout(90_000);
    await page.goto(path);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test("the hub with every disclosure open (matrices, tables, FAQ answers) has no axe-core violations", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto("/careers/backend-developer");
  await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
  expect(await axeViolations(page)).toEqual([]);
});
