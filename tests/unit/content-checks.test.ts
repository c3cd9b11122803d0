/**
 * Issue codes, ids from paths, the sanity warnings and the raw-HTML check's
 * worst cases. Each case starts from the minimal valid set in helpers.ts.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findHtmlTags } from "@/lib/content/checks/raw-html";
import { ISSUE_CODES, issueCodeTable } from "@/lib/content/issue-codes";
import type { ContentIssue } from "@/lib/content/issues";
import { loadContent } from "@/lib/content/load";
import { CAREER, GUIDE, SOURCE, edit, load, toContentFiles, validFiles, type FileSet } from "./helpers";

/** 1-based line of the first line of `path` in `files` that contains `needle`. */
function lineOf(files: FileSet, path: string, needle: string): number {
  const index = files[path].split("\n").findIndex((line) => line.includes(needle));
  if (index === -1) throw new Error(`${needle} is not in ${path}`);
  return index + 1;
}

const NOW = new Date("2026-11-26T00:00:00Z");
const issuesOf = (files: FileSet) => loadContent(toContentFiles(files), { now: NOW }).issues;
const withCode = (files: FileSet, code: string) => issuesOf(files).filter((i) => i.code === code);
const guideWith = (from: string, to: string) => edit(validFiles(), GUIDE, from, to);
const FAQS = `faqs:
  - question: Is the work remote?
    answer: Often, since most backend teams work remotely for part of the week.
    topic: remote
  - question: is the work remote
    answer: Yes, in many companies it can be done from home most of the time.
    topic: remote
`;

describe("issue codes", () => {
  it("are listed in CONTRIBUTING.md exactly as issue-codes.ts defines them", () => {
    const text = readFileSync(path.resolve(import.meta.dirname, "../../CONTRIBUTING.md"), "utf8");
    const listed = /<!-- issue-codes:start -->\n([\s\S]*?)\n<!-- issue-codes:end -->/.exec(text)?.[1];
    expect(listed, "regenerate the table with issueCodeTable()").toBe(issueCodeTable());
  });

  it("are on every issue the loader reports", () => {
    const broken: FileSet = {
      ...guideWith("  median: 121000", '  median: "lots"'),
      "content/careers/Back_End/career.yaml": "title: X\n",
      "content/stray.md": "x",
    };
    const issues = issuesOf(broken);
    expect(issues.length).toBeGreaterThan(3);
    for (const issue of issues) {
      expect(issue.code, issue.message).toBeDefined();
      expect(ISSUE_CODES[issue.code as keyof typeof ISSUE_CODES].severity).toBe(issue.severity);
    }
  });
});

describe("ids from paths", () => {
  it("refuses a career folder that is not an id, suggesting one", () => {
    const files = {
      ...validFiles(),
      "content/careers/Backend Engineer/career.yaml": "title: Backend Engineer\n",
    };
    expect(withCode(files, "file-invalid-id")).toEqual([
      expect.objectContaining({
        file: "content/careers/Backend Engineer/career.yaml",
        hint: 'rename it "backend-engineer"',
      }),
    ]);
  });

  it.each(["by", "page"])("refuses the career id %s, which the careers finder's pages use", (slug) => {
    const files = { ...validFiles(), [`content/careers/${slug}/career.yaml`]: "title: Odd\n" };
    expect(withCode(files, "file-invalid-id")).toEqual([
      expect.objectContaining({
        file: `content/careers/${slug}/career.yaml`,
        message: expect.stringContaining(`/careers/${slug}/`),
        hint: `rename it "${slug}-career"`,
      }),
    ]);
  });

  it("refuses a source file name with capitals or accents", () => {
    const files = { ...validFiles(), "content/sources/Téal.yaml": "name: Teal\n" };
    const [issue] = withCode(files, "file-invalid-id");
    expect(issue).toMatchObject({ severity: "error", hint: 'rename it "teal"' });
  });

  it("refuses a second file for one career, source or guide whatever its extension", () => {
    const files: FileSet = {
      ...validFiles(),
      "content/careers/backend-developer/career.yml": validFiles()[CAREER],
      "content/sources/himalayas.yml": validFiles()[SOURCE],
      "content/careers/backend-developer/himalayas.yaml": "source: himalayas\n",
    };
    expect(
      withCode(files, "file-duplicate")
        .map((i) => i.file)
        .sort(),
    ).toEqual(
      [
        "content/careers/backend-developer/himalayas.yaml",
        "content/careers/backend-developer/career.yml",
        "content/sources/himalayas.yml",
      ].sort(),
    );
  });
});

describe("sanity warnings", () => {
  const expectWarning = (issues: ContentIssue[], want: Partial<ContentIssue>) => {
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: "warning", ...want });
    expect(issues[0].hint).toBeTruthy();
  };

  it("flags figures dated in the future", () => {
    const files = guideWith("  added: 2026-11-23", "  figuresYear: 2031\n  added: 2026-11-23");
    expectWarning(withCode(files, "figures-future"), {
      file: GUIDE,
      field: "provenance.figuresYear",
      line: lineOf(files, GUIDE, "figuresYear: 2031"),
    });
    expect(
      withCode(
        guideWith("  added: 2026-11-23", "  figuresYear: 2026\n  added: 2026-11-23"),
        "figures-future",
      ),
    ).toEqual([]);
  });

  it("flags updated before added", () => {
    const files = guideWith("  added: 2026-11-23", "  added: 2026-11-23\n  updated: 2026-01-02");
    expectWarning(withCode(files, "dates-order"), {
      field: "provenance.updated",
      line: lineOf(files, GUIDE, "updated:"),
    });
  });

  it("flags the same FAQ question twice, whatever its case and final mark", () => {
    const files = guideWith("---\nAn overview", `${FAQS}---\nAn overview`);
    expectWarning(withCode(files, "faq-duplicate"), {
      field: "faqs[1].question",
      line: lineOf(files, GUIDE, "is the work remote"),
    });
  });

  it("flags a skill listed twice in different case", () => {
    const files = guideWith("technical: [python, sql]", "technical: [python, sql, Python]");
    expectWarning(withCode(files, "skill-duplicate"), {
      field: "skills.technical[2]",
      line: lineOf(files, GUIDE, "technical:"),
    });
  });

  it("flags a career with no guide, at its career.yaml", () => {
    const files: FileSet = {
      ...validFiles(),
      "content/careers/data-engineer/career.yaml": "title: Data Engineer\nsummary: Builds pipelines.\n",
    };
    expectWarning(withCode(files, "career-no-guide"), {
      file: "content/careers/data-engineer/career.yaml",
      field: "",
    });
    expect(withCode(validFiles(), "career-no-guide")).toEqual([]);
  });

  it("flags a well-formed currency code that is not ISO 4217", () => {
    const files = guideWith("  currency: USD", "  currency: ABC");
    expectWarning(withCode(files, "currency-unknown"), {
      field: "salary.currency",
      line: lineOf(files, GUIDE, "currency: ABC"),
    });
    expect(withCode(guideWith("  currency: USD", "  currency: INR"), "currency-unknown")).toEqual([]);
  });

  it("flags pay implausible for its period", () => {
    const hourly = guideWith("  currency: USD", "  currency: USD\n  period: hour");
    const flagged = withCode(hourly, "pay-implausible");
    expect(flagged.map((i) => i.field)).toEqual(["salary.min", "salary.median", "salary.max"]);
    expect(flagged[1]).toMatchObject({ severity: "warning", line: lineOf(hourly, GUIDE, "median: 121000") });
    expect(withCode(validFiles(), "pay-implausible")).toEqual([]);
    // Other currencies vary too widely for one scale: 121000 a year is plausible in yen or rupees.
    expect(
      withCode(guideWith("  currency: USD", "  currency: JPY\n  period: hour"), "pay-implausible"),
    ).toEqual([]);
  });
});

describe("deeply nested Markdown", () => {
  it("is refused at the field, in one linear pass, before remark would stall on it", () => {
    const files = guideWith("Writing APIs.\n", `${"- ".repeat(5_000)}x\n`);
    const issues = withCode(files, "markdown-too-complex");
    expect(issues).toEqual([expect.objectContaining({ severity: "error", file: GUIDE, field: "body" })]);
    const deepSummary = guideWith(
      "summary: A broad guide with pay by level and a career ladder.",
      `summary: "${"- ".repeat(50)}x"`,
    );
    expect(withCode(deepSummary, "markdown-too-complex")).toEqual([
      expect.objectContaining({ severity: "error", file: GUIDE, field: "summary" }),
    ]);
    const nestedOk = guideWith("Writing APIs.\n", "- a\n  - b\n    > - c\n");
    expect([
      ...withCode(nestedOk, "markdown-too-deep"),
      ...withCode(nestedOk, "markdown-too-complex"),
    ]).toEqual([]);
  });
});

describe("raw HTML check", () => {
  it("reads tags from the syntax tree, with their lines, and not in code", () => {
    expect(findHtmlTags("Text <b>bold</b>\n\n`<i>`\n\n```\n<pre>\n```\n\nx<br>")).toEqual([
      { tag: "<b>", line: 1 },
      { tag: "</b>", line: 1 },
      { tag: "<br>", line: 9 },
    ]);
    expect(findHtmlTags("a < b and c > d; <!-- a comment -->")).toEqual([]);
  });

  it("takes time linear in crafted worst cases up to the size limit", () => {
    // Shapes that make backtracking regexes or recursive walkers slow, at 30 kB and at 300 kB.
    const crafted: ((size: number) => string)[] = [
      (n) => `<a ${" ".repeat(n)}`, // an attribute list that never closes: quadratic for the old regex
      (n) => "`".repeat(n),
      (n) => `${"<b>".repeat(n / 6)}${"`<i>".repeat(n / 8)}`,
      (n) => `${"> ".repeat(n / 4)}<b>x</b>`, // nested block quotes
      (n) => `${"- ".repeat(n / 4)}<b>x</b>`, // nested lists
    ];
    const timeLoad = (body: string) => {
      const files = guideWith("Writing APIs.\n", `${body}\n`);
      const started = performance.now();
      const result = load(files);
      const ms = performance.now() - started;
      // Lists and quotes nested this deep are refused (remark's time grows faster than linearly with nesting).
      const limits = ["markdown-too-complex"];
      expect(result.issues.filter((i) => i.severity === "error" && !limits.includes(i.code ?? ""))).toEqual(
        [],
      );
      return ms;
    };
    for (const make of crafted) {
      const small = Math.max(timeLoad(make(30_000)), 5);
      const large = timeLoad(make(300_000));
      // Ten times the input: linear is about 10× the time, quadratic 100×. Absolute time is left to the
      // benchmark figures (remark itself parses tag-dense Markdown at a few hundred kB/s); the cap guards a hang.
      expect(large / small, make(20)).toBeLessThan(30);
      expect(large, make(20)).toBeLessThan(30_000);
    }
  }, 120_000);
});
