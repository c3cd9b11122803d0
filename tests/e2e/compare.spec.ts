import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

test.describe("career hub comparison", () => {
  test.beforeEach(async ({ page }) => {
    await page.goto("/careers/backend-developer");
  });

  test("salary table shows each source's figures and the consensus", async ({ page }) => {
    const table = page.getByTestId("salary-table");
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
    await expect(page.getByText("No salary figures from: Teal")).toBeVisible();
  });

  test("at a glance summarises sources, salary consensus, shared skills and top certification", async ({
    page,
  }) => {
    const glance = page.getByTestId("at-a-glance");
    await expect(glance).toContainText("4 sources cover");
    await expect(glance).toContainText("$100,000");
    await expect(glance).toContainText("1.30×");
    await expect(glance).toContainText("Docker");
    await expect(glance).toContainText("AWS Certified Developer – Associate");
  });

  test("SVG charts render with accessible names and axis labels", async ({ page }) => {
    const charts = page.locator("svg[role='img']");
    await expect(charts).toHaveCount(3);
    for (const chart of await charts.all()) {
      await expect(chart.locator(":scope > title")).not.toBeEmpty();
      expect(await chart.locator("text").count()).toBeGreaterThan(5);
    }
    await expect(page.locator("#salary svg")).toContainText("Median of sources");
    await expect(page.locator("#career-ladder svg")).toContainText("Junior Backend Developer");
  });

  test("experience table places levels at their sources' years", async ({ page }) => {
    const table = page.getByTestId("level-table");
    await expect(table.getByRole("row", { name: /Entry-Level/ })).toContainText("0–2 years");
    await expect(table.getByRole("row", { name: /Entry-Level/ })).toContainText("$79,000");
    await expect(table.getByRole("row", { name: /Principal Backend Developer/ })).toContainText("$195,000");
  });

  test("shared ladder, skills matrix, certifications and outlook", async ({ page }) => {
    await expect(page.getByTestId("shared-ladder")).toContainText("Junior / entry level · 0–2 years");
    const docker = page.getByTestId("technical-skills").locator("tr[data-entry='docker']");
    await expect(docker).toContainText("4 of 4");
    const aws = page.getByTestId("certifications").locator("tr[data-entry='aws-developer-associate']");
    await expect(aws).toContainText("3 of 3");
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
  await expect(salary).toContainText("$164,201");
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
    await page.goto(path);
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
      .analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    ).toEqual([]);
  });
}
