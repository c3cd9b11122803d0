/**
 * Content-quality warnings, part 1: warnings never fail a load; guides with
 * no figures, short FAQ answers, undated or stale figures.
 * Each kind fires on the content it is meant for, with its code at the file,
 * line and field, and stays quiet on its near misses.
 */
import { describe, expect, it } from "vitest";
import { countWords } from "@/lib/content/checks/faqs";
import { formatIssueReport } from "@/lib/content/issues";
import { CAREER, GUIDE, edit, validFiles } from "./helpers";
import { loadAt, warningsOf, onlyWarning, lineOf, clean, guideWith } from "./warning-helpers";

describe("the minimal content set", () => {
  it("warns about exactly what it lacks: the figures' year and a page for Web Developer", () => {
    const warnings = warningsOf(validFiles());
    expect(warnings.map((w) => [w.file, w.field])).toEqual([
      [CAREER, "related"],
      [GUIDE, "provenance"],
    ]);
  });

  it("has no warnings once those are put right", () => {
    expect(warningsOf(clean())).toEqual([]);
  });
});

describe("warnings never fail a load", () => {
  it("loads content that has warnings", () => {
    const result = loadAt(validFiles());
    expect(result.ok).toBe(true);
    expect(result.issues.length).toBeGreaterThan(0);
    expect(result.issues.every((i) => i.severity === "warning")).toBe(true);
  });

  it("still reports warnings next to errors", () => {
    const files = edit(validFiles(), GUIDE, "technical: [python, sql]", "technical: [python, pyhton]");
    const result = loadAt(files);
    expect(result.ok).toBe(false);
    expect(result.issues.filter((i) => i.severity === "error").map((i) => i.field)).toEqual([
      "skills.technical[1]",
    ]);
    expect(result.issues.filter((i) => i.severity === "warning").map((i) => i.field)).toEqual([
      "related",
      "provenance",
    ]);
  });

  it("labels them as warnings in the content:check report", () => {
    const report = formatIssueReport(warningsOf(validFiles()));
    expect(report).toContain(
      `  warning  ${GUIDE}:3:1  provenance  Guide has salary or outlook figures but no provenance.figuresYear`,
    );
  });
});

describe("a guide with no salary and no tiers", () => {
  const bare = () => {
    const files = clean();
    const text = files[GUIDE];
    const cut = text.slice(text.indexOf("salary:\n"), text.indexOf("skills:\n"));
    return { ...files, [GUIDE]: text.replace(cut, "") };
  };

  it("is warned about, at the top of the frontmatter", () => {
    const warning = onlyWarning(bare());
    expect(warning).toMatchObject({
      file: GUIDE,
      line: 2,
      field: "",
      code: "guide-no-figures",
    });
  });

  it("is fine with either", () => {
    const tiersOnly = guideWith(
      "salary:\n  currency: USD\n  median: 121000\n  min: 70000\n  max: 170000\n",
      "",
    );
    expect(warningsOf(tiersOnly)).toEqual([]);
    const text = clean()[GUIDE];
    const salaryOnly = {
      ...clean(),
      [GUIDE]: text.replace(text.slice(text.indexOf("tiers:\n"), text.indexOf("skills:\n")), ""),
    };
    expect(warningsOf(salaryOnly)).toEqual([]);
  });
});

describe("a short FAQ answer", () => {
  const withAnswer = (answer: string) =>
    guideWith(
      "certifications:\n",
      `faqs:\n  - question: Is it remote-friendly?\n    answer: ${answer}\n    topic: remote\ncertifications:\n`,
    );

  it("is warned about at the answer, with its word count", () => {
    const files = withAnswer("Often, yes.");
    const warning = onlyWarning(files);
    expect(warning).toMatchObject({
      file: GUIDE,
      line: lineOf(files, GUIDE, "answer: Often"),
      column: 13,
      field: "faqs[0].answer",
      code: "faq-short",
      message: "FAQ answer is only 2 words long",
    });
  });

  it("counts words, not punctuation or Markdown marks", () => {
    expect(countWords("Often — **yes**, *mostly* - remote.")).toBe(4);
    expect(onlyWarning(withAnswer("Yes — about seven words in all here.")).message).toBe(
      "FAQ answer is only 7 words long",
    );
  });

  it("accepts eight words or more", () => {
    expect(warningsOf(withAnswer("Yes, most teams hire remotely for this role now."))).toEqual([]);
  });
});

describe("figures without provenance.figuresYear", () => {
  const undated = (files = clean()) => edit(files, GUIDE, "  figuresYear: 2025\n", "");

  it("is warned about at provenance when the guide has a salary", () => {
    const files = undated();
    expect(onlyWarning(files)).toMatchObject({
      file: GUIDE,
      line: lineOf(files, GUIDE, "provenance:"),
      column: 1,
      field: "provenance",
    });
  });

  it("counts outlook numbers and tier pay bands as figures", () => {
    const noSalary = guideWith(
      "salary:\n  currency: USD\n  median: 121000\n  min: 70000\n  max: 170000\n",
      "",
    );
    expect(onlyWarning(undated(noSalary)).field).toBe("provenance"); // outlook.growthPercent
    const bandOnly = edit(
      edit(noSalary, GUIDE, "  growthPercent: 22\n", "  demand: high\n"),
      GUIDE,
      "    yearsMax: 2\n",
      "    yearsMax: 2\n    salary: { min: 60000, max: 90000 }\n",
    );
    expect(onlyWarning(undated(bandOnly)).field).toBe("provenance");
  });

  it("is not asked for when the guide has no figures", () => {
    const noFigures = edit(
      guideWith("salary:\n  currency: USD\n  median: 121000\n  min: 70000\n  max: 170000\n", ""),
      GUIDE,
      "  growthPercent: 22\n",
      "  demand: high\n",
    );
    expect(warningsOf(undated(noFigures))).toEqual([]);
  });
});

describe("figures more than three years old", () => {
  const fromYear = (year: number) => guideWith("figuresYear: 2025", `figuresYear: ${year}`);

  it("is warned about at figuresYear, against the given now", () => {
    const files = fromYear(2022);
    expect(onlyWarning(files)).toMatchObject({
      file: GUIDE,
      line: lineOf(files, GUIDE, "figuresYear"),
      column: 16,
      field: "provenance.figuresYear",
      code: "figures-stale",
    });
  });

  it("accepts figures up to three years old", () => {
    expect(warningsOf(fromYear(2023))).toEqual([]);
    expect(warningsOf(fromYear(2026))).toEqual([]);
  });

  it("moves with now", () => {
    expect(warningsOf(fromYear(2023), new Date("2027-01-01T00:00:00Z"))).toHaveLength(1);
    expect(warningsOf(fromYear(2022), new Date("2025-12-31T00:00:00Z"))).toEqual([]);
  });
});
