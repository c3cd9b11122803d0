/**
 * Content-quality warnings, part 3: tier titles, raw HTML in Markdown, and
 * the real content's warnings.
 * Each kind fires on the content it is meant for, with its code at the file,
 * line and field, and stays quiet on its near misses.
 */
import { describe, expect, it } from "vitest";
import type { IssueCode } from "@/lib/content/issue-codes";
import { loadContentFromDisk } from "@/lib/content/index";
import { formatIssueReport } from "@/lib/content/issues";
import { CAREER, GUIDE, SOURCE, edit, type FileSet } from "./helpers";
import {
  NOW,
  warningsOf,
  onlyWarning,
  lineOf,
  clean,
  guideWith,
  SECOND,
  withSecondGuide,
} from "./warning-helpers";

describe("a tier title that looks like a canonical one", () => {
  it("is warned about when it nearly matches a career title", () => {
    const files = guideWith("- title: Senior Backend Developer", "- title: Backend Develper");
    expect(onlyWarning(files)).toMatchObject({
      file: GUIDE,
      line: lineOf(files, GUIDE, "Backend Develper"),
      field: "tiers[1].title",
      code: "tier-title-lookalike",
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
      code: "tier-title-lookalike",
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
      code: "tier-title-lookalike",
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
      code: "tier-level-word",
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
      code: "raw-html",
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
    const falseAlarms = new Set<IssueCode>([
      "skill-label-lookalike",
      "skill-label-unresolved",
      "tier-title-lookalike",
      "tier-level-word",
      "related-lookalike",
      "raw-html",
      "faq-short",
    ]);
    const suspicious = result.issues.filter((i) => i.code !== undefined && falseAlarms.has(i.code));
    expect(suspicious, formatIssueReport(suspicious)).toEqual([]);
  });

  it("only warns at a handful of places", () => {
    expect(result.issues.length).toBeLessThanOrEqual(10);
    expect(result.issues.every((i) => i.severity === "warning")).toBe(true);
  });
});
