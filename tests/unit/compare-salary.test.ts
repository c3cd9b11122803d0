/**
 * Salary comparison: consensus, outliers, currencies and how one source stands
 * against the rest — on the real content and on small guides fed through the
 * real loader.
 */
import { describe, expect, it } from "vitest";
import { chooseBasis, compareSalaries, findOutliers } from "@/lib/compare/salary";
import { sourceStanding } from "@/lib/compare/standing";
import { median, percentFrom, ratio } from "@/lib/compare/stats";
import type { Guide } from "@/lib/content/index";
import { careerOf, guideMd, realCareer, withGuides } from "./builders";
import { validFiles, type FileSet } from "./helpers";

/* ----------------------------------------------------------------- fixtures */

function salaryYaml(currency: string, period: string, figures: Record<string, number>): string {
  const lines = Object.entries(figures).map(([k, v]) => `  ${k}: ${v}\n`);
  return `salary:\n  currency: ${currency}\n  period: ${period}\n${lines.join("")}`;
}

/** The helper's minimal set, its Himalayas guide kept, plus these guides. */
function withHelperGuide(guides: Record<string, string>): FileSet {
  return withGuides(guides, { keepHelperGuide: true });
}

const ids = (guides: readonly Guide[]) => guides.map((g) => g.source.id);

/* ----------------------------------------------------------------- stats */

describe("stats", () => {
  it("takes the middle value, or the mean of the two middle values", () => {
    expect(median([121000, 93333, 100000])).toBe(100000);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeUndefined();
  });

  it("rounds ratios to two decimals and percentages to whole numbers", () => {
    expect(ratio(121000, 93333)).toBe(1.3);
    expect(ratio(5, 5)).toBe(1);
    expect(percentFrom(93333, 100000)).toBe(-7);
    expect(percentFrom(121000, 100000)).toBe(21);
  });
});

/* ----------------------------------------------------------------- consensus */

describe("salary consensus on the real backend-developer guides", () => {
  const salary = compareSalaries(realCareer("backend-developer").guides);

  it("compares in US dollars a year", () => {
    expect(salary.basis).toEqual({ currency: "USD", period: "year" });
    expect(salary.otherBasis).toEqual([]);
  });

  it("takes the median of 93,333 / 121,000 / 100,000", () => {
    expect(salary.consensus).toEqual({
      medianOfMedians: 100000,
      lowestMedian: 93333,
      highestMedian: 121000,
      spread: 1.3,
      sourceCount: 3,
    });
  });

  it("has a row for each source with a salary, and lists Teal as giving none", () => {
    expect(ids(salary.rows.map((r) => r.guide)).sort()).toEqual(["himalayas", "jobicy", "skillexchange"]);
    expect(ids(salary.withoutSalary)).toEqual(["teal"]);
  });

  it("carries each source's own figures into its row", () => {
    const himalayas = salary.rows.find((r) => r.guide.source.id === "himalayas");
    expect(himalayas).toMatchObject({ median: 121000, min: 70000, max: 170000, maxOpenEnded: true });
    const jobicy = salary.rows.find((r) => r.guide.source.id === "jobicy");
    expect(jobicy?.topDecile).toBe(130000);
  });
});

/* ----------------------------------------------------------------- outliers */

describe("outlier marking", () => {
  it("flags backend-engineer's $3,000 minimum, and nothing else there", () => {
    const salary = compareSalaries(realCareer("backend-engineer").guides);
    expect(salary.rows).toHaveLength(1);
    const [row] = salary.rows;
    expect(row.guide.source.id).toBe("skillexchange");
    expect(row.outliers).toEqual([{ field: "min", value: 3000, reason: expect.stringContaining("quarter") }]);
  });

  it("does not flag SkillExchange's $32,000 backend-developer minimum (a quarter of 100,000 is 25,000)", () => {
    const salary = compareSalaries(realCareer("backend-developer").guides);
    const skillexchange = salary.rows.find((r) => r.guide.source.id === "skillexchange");
    expect(skillexchange?.min).toBe(32000);
    expect(skillexchange?.outliers).toEqual([]);
    for (const row of salary.rows) expect(row.outliers).toEqual([]);
  });

  it("flags a maximum more than three times the typical median, alone", () => {
    const files = withHelperGuide({
      lonemax: guideMd("lonemax", salaryYaml("USD", "year", { median: 110000, min: 60000, max: 400000 })),
    });
    const salary = compareSalaries(careerOf(files).guides);
    // Medians 121,000 and 110,000: the reference is 115,500, three times that 346,500.
    expect(salary.consensus?.medianOfMedians).toBe(115500);
    const lonemax = salary.rows.find((r) => r.guide.source.id === "lonemax");
    expect(lonemax?.outliers).toEqual([
      { field: "max", value: 400000, reason: expect.stringContaining("three times") },
    ]);
    const himalayas = salary.rows.find((r) => r.guide.source.id === "himalayas");
    expect(himalayas?.outliers).toEqual([]);
  });

  it("marks only figures past the thresholds, not at them", () => {
    expect(findOutliers({ min: 25000, max: 300000 }, 100000, 1)).toEqual([]);
    expect(findOutliers({ min: 24999, max: 300001 }, 100000, 1).map((f) => f.field)).toEqual(["min", "max"]);
  });

  it("marks a far-off median only when at least three sources give one", () => {
    expect(findOutliers({ median: 400000 }, 100000, 2)).toEqual([]);
    expect(findOutliers({ median: 400000 }, 100000, 3)).toEqual([
      { field: "median", value: 400000, reason: expect.stringContaining("50%") },
    ]);
    expect(findOutliers({ median: 150000 }, 100000, 3)).toEqual([]);
  });

  it("through the loader: a lone far median is flagged among three sources, not between two", () => {
    const two = withHelperGuide({ far: guideMd("far", salaryYaml("USD", "year", { median: 400000 })) });
    const twoRows = compareSalaries(careerOf(two).guides).rows;
    expect(twoRows.flatMap((r) => r.outliers)).toEqual([]);

    const three = withHelperGuide({
      far: guideMd("far", salaryYaml("USD", "year", { median: 400000 })),
      near: guideMd("near", salaryYaml("USD", "year", { median: 110000 })),
    });
    const salary = compareSalaries(careerOf(three).guides);
    expect(salary.consensus?.medianOfMedians).toBe(121000);
    const flagged = salary.rows.filter((r) => r.outliers.length > 0);
    expect(ids(flagged.map((r) => r.guide))).toEqual(["far"]);
    expect(flagged[0].outliers).toEqual([{ field: "median", value: 400000, reason: expect.any(String) }]);
  });
});

/* ----------------------------------------------------------------- currencies */

describe("mixed currencies and periods", () => {
  it("keeps a EUR/year and a USD/month source out of a USD/year consensus", () => {
    const files = withHelperGuide({
      euro: guideMd("euro", salaryYaml("EUR", "year", { median: 60000 })),
      monthly: guideMd("monthly", salaryYaml("USD", "month", { median: 9000 })),
    });
    const salary = compareSalaries(careerOf(files).guides);
    expect(salary.basis).toEqual({ currency: "USD", period: "year" });
    expect(ids(salary.rows.map((r) => r.guide))).toEqual(["himalayas"]);
    expect(salary.consensus).toEqual({
      medianOfMedians: 121000,
      lowestMedian: 121000,
      highestMedian: 121000,
      spread: 1,
      sourceCount: 1,
    });
    expect(salary.otherBasis.map((o) => [o.guide.source.id, o.basis])).toEqual([
      ["euro", { currency: "EUR", period: "year" }],
      ["monthly", { currency: "USD", period: "month" }],
    ]);
  });

  it("uses the most common basis when no source pays in USD a year", () => {
    const files = withGuides({
      de: guideMd("de", salaryYaml("EUR", "year", { median: 60000 })),
      fr: guideMd("fr", salaryYaml("EUR", "year", { median: 50000 })),
      uk: guideMd("uk", salaryYaml("GBP", "year", { median: 55000 })),
    });
    const salary = compareSalaries(careerOf(files).guides);
    expect(salary.basis).toEqual({ currency: "EUR", period: "year" });
    expect(ids(salary.rows.map((r) => r.guide)).sort()).toEqual(["de", "fr"]);
    expect(salary.consensus).toMatchObject({
      medianOfMedians: 55000,
      lowestMedian: 50000,
      highestMedian: 60000,
      spread: 1.2,
      sourceCount: 2,
    });
    expect(salary.otherBasis.map((o) => o.guide.source.id)).toEqual(["uk"]);
  });

  it("prefers USD a year over a more common basis", () => {
    const files = withHelperGuide({
      de: guideMd("de", salaryYaml("EUR", "year", { median: 60000 })),
      fr: guideMd("fr", salaryYaml("EUR", "year", { median: 50000 })),
    });
    const salaries = careerOf(files).guides.flatMap((g) => (g.salary ? [g.salary] : []));
    expect(chooseBasis(salaries)).toEqual({ currency: "USD", period: "year" });
  });

  it("defaults a salary's period to a year", () => {
    const files = withHelperGuide({
      noperiod: guideMd("noperiod", "salary:\n  currency: USD\n  median: 99000\n"),
    });
    const salary = compareSalaries(careerOf(files).guides);
    expect(salary.consensus?.sourceCount).toBe(2);
    expect(salary.otherBasis).toEqual([]);
  });
});

/* ----------------------------------------------------------------- one source */

describe("a single source", () => {
  it("is its own consensus, with a spread of 1", () => {
    const salary = compareSalaries(careerOf(validFiles()).guides);
    expect(salary.consensus).toEqual({
      medianOfMedians: 121000,
      lowestMedian: 121000,
      highestMedian: 121000,
      spread: 1,
      sourceCount: 1,
    });
    expect(salary.rows).toHaveLength(1);
    expect(salary.withoutSalary).toEqual([]);
  });

  it("with no salary gives no basis, rows or consensus, and is listed as without salary", () => {
    const files = withHelperGuide({ himalayas: guideMd("himalayas") });
    const salary = compareSalaries(careerOf(files).guides);
    expect(salary.basis).toBeUndefined();
    expect(salary.consensus).toBeUndefined();
    expect(salary.rows).toEqual([]);
    expect(salary.otherBasis).toEqual([]);
    expect(ids(salary.withoutSalary)).toEqual(["himalayas"]);
  });

  it("with a range but no median gives a row but no consensus", () => {
    const files = withHelperGuide({
      himalayas: guideMd("himalayas", salaryYaml("USD", "year", { min: 50000, max: 90000 })),
    });
    const salary = compareSalaries(careerOf(files).guides);
    expect(salary.consensus).toBeUndefined();
    expect(salary.rows).toHaveLength(1);
    expect(salary.rows[0]).toMatchObject({ min: 50000, max: 90000, outliers: [] });
  });
});

/* ----------------------------------------------------------------- standing */

describe("sourceStanding", () => {
  it("puts SkillExchange's 93,333 at 7% below the 100,000 median of sources", () => {
    const standing = sourceStanding(realCareer("backend-developer"), "skillexchange");
    expect(standing).toMatchObject({
      median: 93333,
      medianOfMedians: 100000,
      currency: "USD",
      percentFromConsensus: -7,
      sourceCount: 3,
    });
    expect(standing.text).toBe("Median 7% below the median of 3 sources.");
  });

  it("puts Himalayas above and Jobicy in line", () => {
    expect(sourceStanding(realCareer("backend-developer"), "himalayas").text).toBe(
      "Median 21% above the median of 3 sources.",
    );
    const jobicy = sourceStanding(realCareer("backend-developer"), "jobicy");
    expect(jobicy.percentFromConsensus).toBe(0);
    expect(jobicy.text).toBe("Median in line with the median of 3 sources.");
  });

  it("gives Teal no median and no percentage", () => {
    const teal = sourceStanding(realCareer("backend-developer"), "teal");
    expect(teal.median).toBeUndefined();
    expect(teal.percentFromConsensus).toBeUndefined();
    expect(teal.text).toBe("Gives no median salary for this career.");
  });

  it("calls a sole source the only one", () => {
    const standing = sourceStanding(realCareer("backend-engineer"), "skillexchange");
    expect(standing).toMatchObject({ median: 164201, medianOfMedians: 164201, sourceCount: 1 });
    expect(standing.percentFromConsensus).toBeUndefined();
    expect(standing.text).toBe("The only source with a median salary for this career so far.");
  });

  it("does not compare a source in another currency", () => {
    const files = withHelperGuide({ euro: guideMd("euro", salaryYaml("EUR", "year", { median: 60000 })) });
    const standing = sourceStanding(careerOf(files), "euro");
    expect(standing.percentFromConsensus).toBeUndefined();
    expect(standing.text).toBe("Its salary is in another currency or period, so it is not compared.");
  });
});
