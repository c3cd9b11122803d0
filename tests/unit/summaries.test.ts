/** Headline figures across sources: medians only compared within one currency and period. */
import { beforeAll, describe, expect, it } from "vitest";
import { growthFigures, medianRange } from "@/lib/careers";
import { compareSalaries } from "@/lib/compare/salary";
import { loadContentFromDisk, type Career } from "@/lib/content/index";
import { summarizeCareer } from "@/lib/summaries";
import { GUIDE, edit, load, validFiles } from "./helpers";

let careers: Career[];
const career = (slug: string) => {
  const found = careers.find((c) => c.slug === slug);
  if (!found) throw new Error(`no ${slug}`);
  return found;
};

beforeAll(() => {
  const result = loadContentFromDisk(process.cwd());
  if (!result.ok) throw new Error("real content failed to load");
  careers = result.site.careers;
});

describe("backend-developer across sources", () => {
  it("has a median range of $93,333–$121,000 from the three sources that give one", () => {
    const range = medianRange(career("backend-developer"));
    expect(range).toEqual({ currency: "USD", period: "year", lowest: 93333, highest: 121000, count: 3 });
    const ids = compareSalaries(career("backend-developer").guides)
      .rows.filter((r) => r.median !== undefined)
      .map((r) => r.guide.source.id)
      .sort();
    expect(ids).toEqual(["himalayas", "jobicy", "skillexchange"]);
  });

  it("has growth figures 22% (Himalayas) and 25% (Jobicy)", () => {
    const growth = growthFigures(career("backend-developer")).map((g) => [
      g.guide.source.id,
      g.growthPercent,
    ]);
    expect(growth).toEqual([
      ["himalayas", 22],
      ["jobicy", 25],
    ]);
  });

  it("summarises as $93,000–$121,000 (rounded) a year and 22–25%", () => {
    const summary = summarizeCareer(career("backend-developer"));
    expect(summary.medianText).toBe("$93,000–$121,000 a year");
    expect(summary.medianSourceCount).toBe(3);
    expect(summary.sourceCount).toBe(4);
    expect(summary.growthText).toBe("22–25%");
  });
});

describe("backend-engineer", () => {
  it("has one median, shown alone, and no growth", () => {
    const summary = summarizeCareer(career("backend-engineer"));
    expect(summary.medianText).toBe("$164,000 a year");
    expect(summary.medianSourceCount).toBe(1);
    expect(summary.growthText).toBeUndefined();
  });
});

describe("careers built in memory", () => {
  const second = "content/careers/backend-developer/jobicy.md";
  const jobicySource = "name: Jobicy\ndescription: A board.\nfigures: [none]\n";

  function careerFrom(files: Record<string, string>): Career {
    const result = load(files);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    return result.site.careers[0];
  }

  it("leaves out a median in another currency rather than mixing it in", () => {
    const files = {
      ...validFiles(),
      "content/sources/jobicy.yaml": jobicySource,
      [second]: validFiles()
        [GUIDE].replace("source: himalayas", "source: jobicy")
        .replace("currency: USD", "currency: EUR")
        .replace("median: 121000", "median: 80000"),
    };
    const c = careerFrom(files);
    expect(medianRange(c)).toEqual({
      currency: "USD",
      period: "year",
      lowest: 121000,
      highest: 121000,
      count: 1,
    });
    expect(summarizeCareer(c).medianText).toBe("$121,000 a year");
  });

  it("uses the most common basis when no source gives USD a year", () => {
    const files = {
      ...edit(validFiles(), GUIDE, "currency: USD", "currency: EUR"),
      "content/sources/jobicy.yaml": jobicySource,
      [second]: validFiles()
        [GUIDE].replace("source: himalayas", "source: jobicy")
        .replace("currency: USD", "currency: EUR")
        .replace("median: 121000", "median: 80000"),
    };
    const summary = summarizeCareer(careerFrom(files));
    expect(summary.medianText).toBe("€80,000–€121,000 a year");
    expect(summary.medianSourceCount).toBe(2);
  });

  it("has no median text when no source gives a median", () => {
    const c = careerFrom(edit(validFiles(), GUIDE, "  median: 121000\n", ""));
    expect(medianRange(c)).toBeUndefined();
    const summary = summarizeCareer(c);
    expect(summary.medianText).toBeUndefined();
    expect(summary.medianSourceCount).toBe(0);
    expect(summary.growthText).toBe("22%");
  });

  it("has no growth text when no source gives growth", () => {
    const c = careerFrom(edit(validFiles(), GUIDE, "outlook:\n  growthPercent: 22\n", ""));
    expect(growthFigures(c)).toEqual([]);
    expect(summarizeCareer(c).growthText).toBeUndefined();
  });
});
