/**
 * Over 300 lines for a reason: one describe per check family of lib/content/checks/, sharing the clean set built here.
 *
 * Content-quality warnings (lib/content/checks/): each kind fires on the
 * content it is meant for, points at file, line and field, stays quiet on its
 * near misses, and never fails a load.
 */
import { describe, expect, it } from "vitest";
import { loadContentFromDisk } from "@/lib/content/index";
import { formatIssueReport, type ContentIssue } from "@/lib/content/issues";
import { loadContent, type LoadResult } from "@/lib/content/load";
import { countWords } from "@/lib/content/checks/faqs";
import { looksLike } from "@/lib/vocabulary/lookalike";
import { CAREER, GUIDE, SOURCE, edit, toContentFiles, validFiles, type FileSet } from "./helpers";

const NOW = new Date("2026-06-01T00:00:00Z");

function loadAt(files: FileSet, now = NOW): LoadResult {
  return loadContent(toContentFiles(files), { now });
}

function warningsOf(files: FileSet, now = NOW): ContentIssue[] {
  const result = loadAt(files, now);
  const errors = result.issues.filter((i) => i.severity === "error");
  if (errors.length) throw new Error(`Expected no errors, got:\n${formatIssueReport(errors)}`);
  expect(result.ok).toBe(true);
  return result.issues.filter((i) => i.severity === "warning");
}

function onlyWarning(files: FileSet, now = NOW): ContentIssue {
  const warnings = warningsOf(files, now);
  if (warnings.length !== 1)
    throw new Error(`Expected exactly one warning, got ${warnings.length}:\n${formatIssueReport(warnings)}`);
  return warnings[0];
}

/** 1-based line of the first line of `path` in `files` that contains `needle`. */
function lineOf(files: FileSet, path: string, needle: string): number {
  const index = files[path].split("\n").findIndex((line) => line.includes(needle));
  if (index === -1) throw new Error(`${needle} is not in ${path}`);
  return index + 1;
}

/** The minimal set from helpers.ts, with the two things it warns about put right: no warnings at all. */
function clean(): FileSet {
  let files = edit(validFiles(), GUIDE, "  added: 2026-11-23", "  figuresYear: 2025\n  added: 2026-11-23");
  files = edit(files, CAREER, "related: [Web Developer]\n", "");
  return files;
}

const guideWith = (from: string, to: string, files = clean()): FileSet => edit(files, GUIDE, from, to);
const SECOND = "content/careers/backend-developer/jobicy.md";
const JOBICY = "content/sources/jobicy.yaml";
/** The clean set plus a second guide (from Jobicy) for the same career. */
function withSecondGuide(guide = clean()[GUIDE].replace("source: himalayas", "source: jobicy")): FileSet {
  return {
    ...clean(),
    [JOBICY]: "name: Jobicy\ndescription: A job board.\nfigures: [salary-survey]\n",
    [SECOND]: guide,
  };
}

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
      message: expect.stringMatching(/^Guide gives no salary and no tiers/),
    });
    expect(warning.hint).toMatch(/if it gives neither, this is fine/);
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
      message: "Figures are from 2022, more than 3 years before 2026",
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

describe("related careers with no career page", () => {
  it("are warned about once per list, saying they show as plain text", () => {
    const files = edit(clean(), CAREER, "summary:", "related: [Web Developer]\nsummary:");
    const warning = onlyWarning(files);
    expect(warning).toMatchObject({
      file: CAREER,
      line: lineOf(files, CAREER, "related:"),
      column: 10,
      field: "related",
      message: 'Related career "Web Developer" has no career page yet, so it is shown as plain text',
    });
    expect(warning.hint).toContain("content/careers/web-developer/career.yaml");
  });

  it("lists every plain-text career of a guide in one warning", () => {
    const files = guideWith(
      "certifications:\n",
      "related: [backend-developer, Web Developer, DevOps Engineer]\ncertifications:\n",
    );
    expect(onlyWarning(files)).toMatchObject({
      file: GUIDE,
      line: lineOf(files, GUIDE, "related:"),
      field: "related",
      message:
        '2 related careers have no career page yet, so they are shown as plain text: "Web Developer", "DevOps Engineer"',
    });
  });

  it("says which career a near miss probably means, at the entry", () => {
    const files = guideWith(
      "certifications:\n",
      "related: [Web Developer, backend-develper]\ncertifications:\n",
    );
    const warnings = warningsOf(files);
    expect(warnings.find((w) => w.field === "related[1]")).toMatchObject({
      message: 'Related career "backend-develper" matches no career, so it is shown as plain text',
      hint: 'did you mean "Backend Developer" (backend-developer)?',
    });
    expect(warnings.map((w) => w.field).sort()).toEqual(["related", "related[1]"]);
  });

  it("matches titles and aliases in any case and with any dash", () => {
    for (const name of ["backend developer", "back–end developer", "BACKEND-DEVELOPER"]) {
      expect(warningsOf(guideWith("certifications:\n", `related: [${name}]\ncertifications:\n`))).toEqual([]);
    }
  });

  it("calls out two entries that look like the same career", () => {
    const files = guideWith(
      "certifications:\n",
      "related: [backend-developer, Web Application Developer, Web Applications Developer]\ncertifications:\n",
    );
    const warnings = warningsOf(files);
    expect(warnings.find((w) => w.field === "related[2]")).toMatchObject({
      message:
        'Related careers "Web Application Developer" and "Web Applications Developer" look like the same career',
      hint: "keep one of the two",
    });
    expect(warnings.find((w) => w.field === "related")?.message).toBe(
      'Related career "Web Application Developer" has no career page yet, so it is shown as plain text',
    );
    const same = guideWith(
      "certifications:\n",
      "related: [backend-developer, Backend Developer]\ncertifications:\n",
    );
    expect(onlyWarning(same)).toMatchObject({
      field: "related[1]",
      message: expect.stringContaining("look like the same career"),
    });
    const alias = guideWith(
      "certifications:\n",
      "related: [backend-developer, back-end developer]\ncertifications:\n",
    );
    expect(onlyWarning(alias)).toMatchObject({
      field: "related[1]",
      message: 'Related careers "backend-developer" and "back-end developer" look like the same career',
    });
  });

  it("calls out a slug with no career folder", () => {
    const files = guideWith("certifications:\n", "related: [frontend-developer]\ncertifications:\n");
    expect(onlyWarning(files)).toMatchObject({
      field: "related[0]",
      message: expect.stringContaining(
        "looks like a career slug, but there is no content/careers/frontend-developer/career.yaml",
      ),
    });
  });
});

describe("a skill label that looks like a canonical skill", () => {
  const withTools = (tools: string) => guideWith("certifications:\n", `tools:\n${tools}certifications:\n`);

  it('is warned about when it nearly names a skill its refs leave out ("Postgress" → sql)', () => {
    const files = withTools("  - label: Pyhton\n    refs: [sql]\n");
    expect(onlyWarning(files)).toMatchObject({
      file: GUIDE,
      line: lineOf(files, GUIDE, "label: Pyhton"),
      column: 12,
      field: "tools[0].label",
      message: 'Skill label "Pyhton" looks like the skill "Python" but does not resolve to it',
      hint: expect.stringContaining("add python to refs"),
    });
  });

  it("is warned about when it names a skill exactly and its refs leave it out", () => {
    const files = withTools("  - label: SQL\n    refs: [python]\n");
    expect(onlyWarning(files)).toMatchObject({
      field: "tools[0].label",
      message: 'Skill label "SQL" names the skill "SQL", but its refs do not include it',
    });
  });

  it("is fine when its refs include the skill it looks like", () => {
    expect(warningsOf(withTools("  - label: Pyhton\n    refs: [python]\n"))).toEqual([]);
    expect(warningsOf(withTools("  - label: Communicaton skills\n    refs: [communication]\n"))).toEqual([]);
  });

  it("checks technical and soft skill labels too", () => {
    const files = guideWith(
      "  soft: [communication]",
      "  soft:\n    - label: Comunication\n      refs: [python]",
    );
    expect(onlyWarning(files).field).toBe("skills.soft[0].label");
  });

  it("leaves short and distant names alone", () => {
    expect(looksLike("Postgress", "Postgres")).toBe(true);
    expect(looksLike("Kubernets", "Kubernetes")).toBe(true);
    expect(looksLike("Comunication skills", "Communication skills")).toBe(true);
    expect(looksLike("BackendDeveloper", "Backend Developer")).toBe(true);
    expect(looksLike("Senoir Backend Developer", "Senior Backend Developer")).toBe(true);
    expect(looksLike("Senior Backend Developer", "Junior Backend Developer")).toBe(false);
    expect(looksLike("Mentoring", "Monitoring")).toBe(false);
    expect(looksLike("Trust", "Rust")).toBe(false);
    expect(looksLike("Go", "Git")).toBe(false);
    expect(looksLike("Mid-Level Backend Developer", "Mid-level Backend Developer")).toBe(false); // the same name
    expect(looksLike("Frontend Developer", "Backend Developer")).toBe(false);
    expect(warningsOf(withTools("  - label: Python web frameworks\n    refs: [python]\n"))).toEqual([]);
  });
});

describe("a tier title that looks like a canonical one", () => {
  it("is warned about when it nearly matches a career title", () => {
    const files = guideWith("- title: Senior Backend Developer", "- title: Backend Develper");
    expect(onlyWarning(files)).toMatchObject({
      file: GUIDE,
      line: lineOf(files, GUIDE, "Backend Develper"),
      field: "tiers[1].title",
      message: 'Tier title "Backend Develper" looks like "Backend Developer" (a career title)',
    });
  });

  it("is warned about when it nearly matches a salary level of the same guide", () => {
    const files = guideWith(
      "  max: 170000\n",
      "  max: 170000\n  byLevel:\n    - level: Junior Backend Developer\n      median: 80000\n",
      clean(),
    );
    expect(warningsOf(files)).toEqual([]);
    const typo = edit(files, GUIDE, "- title: Junior Backend Developer", "- title: Junior Backend Develoepr");
    expect(onlyWarning(typo)).toMatchObject({
      field: "tiers[0].title",
      message: expect.stringContaining("(a salary level in this guide)"),
    });
  });

  it("is warned about when it nearly matches a title more guides use", () => {
    const typo = clean()
      [GUIDE].replace("source: himalayas", "source: jobicy")
      .replace("Senior Backend Developer", "Senoir Backend Developer");
    const third = "content/careers/backend-developer/teal.md";
    const files = {
      ...withSecondGuide(typo),
      "content/sources/teal.yaml": "name: Teal\ndescription: Career tools.\nfigures: [none]\n",
      [third]: clean()[GUIDE].replace("source: himalayas", "source: teal"),
    };
    expect(onlyWarning(files)).toMatchObject({
      file: SECOND,
      field: "tiers[1].title",
      message:
        'Tier title "Senoir Backend Developer" looks like "Senior Backend Developer" (used in 2 guides)',
    });
  });

  it("does not pick a side between two titles used equally often", () => {
    const typo = clean()
      [GUIDE].replace("source: himalayas", "source: jobicy")
      .replace("Senior Backend Developer", "Senior Backend Develoepr");
    expect(warningsOf(withSecondGuide(typo))).toEqual([]);
  });

  it("is warned about when a level word is misspelt", () => {
    const files = guideWith("- title: Senior Backend Developer", "- title: Principle Backend Developer");
    expect(onlyWarning(files)).toMatchObject({
      field: "tiers[1].title",
      message: 'Tier title "Principle Backend Developer": "Principle" looks like the level word "principal"',
    });
  });

  it("accepts differently cased titles and titles of other careers", () => {
    expect(
      warningsOf(guideWith("- title: Senior Backend Developer", "- title: SENIOR backend developer")),
    ).toEqual([]);
    expect(
      warningsOf(guideWith("- title: Senior Backend Developer", "- title: Senior Backend Engineer")),
    ).toEqual([]);
    expect(
      warningsOf(guideWith("- title: Senior Backend Developer", "- title: Head of Engineering")),
    ).toEqual([]);
  });
});

describe("raw HTML in Markdown", () => {
  it("is warned about in the body, at the line of the first tag", () => {
    const files = guideWith("Writing APIs.\n", "Writing APIs.\n\nOn call <b>one week</b> in four.<br>\n");
    expect(onlyWarning(files)).toMatchObject({
      file: GUIDE,
      line: lineOf(files, GUIDE, "On call"),
      column: 1,
      field: "body",
      message: "Raw HTML <b>, </b>, <br> is stripped from the page",
      hint: expect.stringContaining("Markdown"),
    });
  });

  it("ignores tags in code spans and code blocks, as the page does", () => {
    expect(
      warningsOf(
        guideWith("Writing APIs.\n", "Writing APIs with `<T>` generics.\n\n```html\n<div>x</div>\n```\n"),
      ),
    ).toEqual([]);
  });

  it("finds a tag below a code block that contains one", () => {
    const files = guideWith("Writing APIs.\n", "```html\n<div>x</div>\n```\n\nThen <i>this</i>.\n");
    expect(onlyWarning(files)).toMatchObject({ field: "body", line: lineOf(files, GUIDE, "Then <i>") });
  });

  it("is warned about in Markdown fields of guides, careers and sources", () => {
    const guide = guideWith("summary: A broad guide", "summary: A <em>broad</em> guide");
    expect(onlyWarning(guide)).toMatchObject({
      file: GUIDE,
      field: "summary",
      line: lineOf(guide, GUIDE, "summary: A <em>"),
    });
    const tier = guideWith("summary: Owns system design.", "summary: Owns <u>system</u> design.");
    expect(onlyWarning(tier).field).toBe("tiers[1].summary");
    const career = edit(clean(), CAREER, "summary: Backend developers", "summary: <p>Backend developers");
    expect(onlyWarning(career)).toMatchObject({ file: CAREER, field: "summary", line: 3 });
    const source = edit(
      clean(),
      SOURCE,
      "description: A remote-jobs board",
      "description: A <a href='x'>remote-jobs</a> board",
    );
    expect(onlyWarning(source)).toMatchObject({ file: SOURCE, field: "description", line: 2 });
  });

  it("is warned about in the body field of a YAML guide, at the field", () => {
    const yamlGuide = "content/careers/backend-developer/himalayas.yaml";
    const text = clean()
      [GUIDE].replace(/^---\n/, "")
      .replace(/\n---\n[\s\S]*$/, "\nbody: |\n  An overview.\n\n  <div>Boxed</div>\n");
    const files: FileSet = { ...clean(), [yamlGuide]: text };
    delete files[GUIDE];
    expect(onlyWarning(files)).toMatchObject({
      file: yamlGuide,
      field: "body",
      line: lineOf(files, yamlGuide, "body: |"),
    });
  });

  it("does not count comparisons and arrows as tags", () => {
    expect(warningsOf(guideWith("Writing APIs.\n", "Latency < 100 ms and 3 > 2; a -> b.\n"))).toEqual([]);
  });
});

describe("the real content", () => {
  const result = loadContentFromDisk(process.cwd(), { now: NOW });

  it("has no errors, and no warnings of the kinds that would be false alarms", () => {
    expect(result.ok).toBe(true);
    const suspicious = result.issues.filter((i) =>
      /looks like|names the skill|Raw HTML|FAQ answer/.test(i.message),
    );
    expect(suspicious, formatIssueReport(suspicious)).toEqual([]);
  });

  it("only warns at a handful of places", () => {
    expect(result.issues.length).toBeLessThanOrEqual(10);
    expect(result.issues.every((i) => i.severity === "warning")).toBe(true);
  });
});
