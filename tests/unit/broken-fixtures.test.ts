/**
 * The broken-content corpus in tests/fixtures/broken: every kind of bad input
 * an editor can send, each a whole content tree with one defect, loaded
 * through the same path as `npm run content:check` and checked against the
 * case's expected.json. See tests/fixtures/broken/README.md.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadContentFromDisk } from "@/lib/content/index";
import type { IssueCode } from "@/lib/content/issue-codes";
import { formatIssue, formatIssueReport, type ContentIssue } from "@/lib/content/issues";
import { loadContent } from "@/lib/content/load";

const PROJECT = path.resolve(import.meta.dirname, "../..");
const FIXTURES = path.join(PROJECT, "tests/fixtures/broken");
/** Fixed, so "figures are more than three years old" does not change with the calendar. */
const NOW = new Date("2026-06-01T00:00:00Z");

type ExpectedIssue = {
  severity: "error" | "warning";
  /** The kind of problem (lib/content/issue-codes.ts): matched instead of the wording, which may change. */
  code: IssueCode;
  file: string;
  line?: number;
  column?: number;
  field?: string;
};
type Expected = {
  description: string;
  ok: boolean;
  generate?: { file: string; bytes: number };
  issues: ExpectedIssue[];
};

const cases = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

function expectedOf(name: string): Expected {
  return JSON.parse(readFileSync(path.join(FIXTURES, name, "expected.json"), "utf8")) as Expected;
}

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the case with its generated file written in, for inputs too big to commit. */
function withGenerated(name: string, generate: NonNullable<Expected["generate"]>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `careerscope-${name}-`));
  temporary.push(dir);
  cpSync(path.join(FIXTURES, name, "content"), path.join(dir, "content"), { recursive: true });
  const target = path.join(dir, generate.file);
  // A valid guide, padded with prose to the size asked for.
  const head = Buffer.from(readFileSync(target, "utf8"));
  const filler = Buffer.from("Backend developers write the server-side code behind apps. ");
  const bytes = Buffer.alloc(generate.bytes, filler);
  head.copy(bytes, 0);
  writeFileSync(target, bytes);
  return dir;
}

function matches(issue: ContentIssue, want: ExpectedIssue): boolean {
  return (
    issue.severity === want.severity &&
    issue.file === want.file &&
    issue.line === want.line &&
    (want.column === undefined || issue.column === want.column) &&
    issue.field === (want.field ?? "") &&
    issue.code === want.code
  );
}

const count = (issues: readonly { severity: string }[], severity: string) =>
  issues.filter((i) => i.severity === severity).length;

it("covers every kind of bad input", () => {
  expect(cases).toEqual(
    expect.arrayContaining([
      "empty-file",
      "no-frontmatter",
      "yaml-bad-indentation",
      "yaml-tab",
      "yaml-unclosed-quote",
      "yaml-duplicate-key",
      "wrong-type",
      "negative-salary",
      "absurd-salary",
      "min-greater-than-max",
      "unknown-source",
      "unknown-skill",
      "unknown-certification",
      "guide-outside-career-folder",
      "invalid-utf8",
      "bom-crlf",
      "too-large",
      "yaml-bomb",
      "many-broken-files",
      "warnings-only",
      "yaml-unknown-tag",
      "yaml-binary-tag",
      "terminal-escape",
      "nul-byte",
      "bidi-override",
      "zero-width-duplicate-title",
      "rtl-text",
      "javascript-url",
      "script-in-title",
      "huge-numbers",
    ]),
  );
});

describe.each(cases)("fixture %s", (name) => {
  const expected = expectedOf(name);
  const root = expected.generate ? withGenerated(name, expected.generate) : path.join(FIXTURES, name);

  it(`${expected.ok ? "loads" : "fails"} with the expected issues: ${expected.description}`, () => {
    const result = loadContentFromDisk(root, { now: NOW });
    const report = formatIssueReport(result.issues) || "(no issues)";

    expect(result.ok, report).toBe(expected.ok);
    for (const want of expected.issues) {
      expect(
        result.issues.some((issue) => matches(issue, want)),
        `expected ${JSON.stringify(want)}\nin:\n${report}`,
      ).toBe(true);
    }
    expect(count(result.issues, "error"), report).toBe(count(expected.issues, "error"));
    expect(count(result.issues, "warning"), report).toBe(count(expected.issues, "warning"));

    // Every issue reads as one line an editor can act on: it leads with the file, and no stack trace.
    for (const issue of result.issues) {
      const line = formatIssue(issue);
      expect(line.startsWith(issue.line === undefined ? issue.file : `${issue.file}:${issue.line}:`)).toBe(
        true,
      );
      expect(line).not.toMatch(/\n|\bat .*\.(ts|js):\d+/);
    }
  });
});

describe("inputs too big to commit, built in memory", () => {
  const files = () => {
    const root = path.join(FIXTURES, "bom-crlf", "content");
    const list = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? list(path.join(dir, e.name)) : [path.join(dir, e.name)],
      );
    return Object.fromEntries(
      list(root).map((file) => [
        path.relative(path.dirname(root), file).split(path.sep).join("/"),
        readFileSync(file, "utf8"),
      ]),
    );
  };
  const CAREER_FILE = "content/careers/backend-developer/career.yaml";
  // No timings asserted here (the machine is shared; npm run bench prints speed): a hang or a
  // quadratic blow-up still fails, through the test's own timeout.
  const load = (set: Record<string, string>) => ({
    result: loadContent(
      Object.entries(set).map(([p, text]) => ({ path: p, bytes: new TextEncoder().encode(text) })),
      { now: NOW },
    ),
  });

  it("reports 50,000 unknown keys, listing the first 30 and counting the rest", () => {
    const keys = Array.from({ length: 50_000 }, (_, i) => `k${i}: v`).join("\n");
    const { result } = load({
      ...files(),
      [CAREER_FILE]: `title: Backend Developer\nsummary: x\n${keys}\n`,
    });
    const issues = result.issues.filter((i) => i.file === CAREER_FILE);
    expect(issues).toHaveLength(31);
    expect(issues[0]).toMatchObject({ line: 3, field: "k0", code: "field-unknown" });
    expect(issues[30]).toMatchObject({
      field: "",
      code: "file-too-many-issues",
      message: expect.stringContaining("49970 more"),
    });
  });

  it("reports 20,000 duplicate keys, from the first", () => {
    const keys = Array.from({ length: 20_000 }, () => "title: again").join("\n");
    const { result } = load({
      ...files(),
      [CAREER_FILE]: `title: Backend Developer\nsummary: x\n${keys}\n`,
    });
    const first = result.issues.find((i) => i.file === CAREER_FILE);
    expect(first).toMatchObject({
      line: 3,
      column: 1,
      code: "yaml-invalid",
    });
  });

  it("checks a long related list", () => {
    const related = Array.from({ length: 20_000 }, (_, i) => `Career ${i}`).join(", ");
    const { result } = load({
      ...files(),
      [CAREER_FILE]: `title: Backend Developer\nsummary: x\nrelated: [${related}]\n`,
    });
    expect(result.ok).toBe(true);
  });
});

describe("npm run content:check on the corpus", () => {
  const tsxArgs = ["tsx", path.join(PROJECT, "scripts/content-check.ts")];
  const run = (args: string[], cwd: string) =>
    spawnSync("npx", [...tsxArgs, ...args], {
      cwd,
      encoding: "utf8",
      timeout: 60_000,
      env: { ...process.env, NO_COLOR: "1" },
    });

  it("exits 1 on a broken fixture and prints path:line:col  field  message (--root)", () => {
    const out = run(["--root", path.join(FIXTURES, "wrong-type")], PROJECT);
    expect(out.status, out.stderr).toBe(1);
    expect(out.stdout).toMatch(
      /^ {2}error {4}content\/careers\/backend-developer\/himalayas\.md:10:11 {2}salary\.median {2}.*got "lots"$/m,
    );
    expect(out.stdout).toMatch(/✗ 1 error\(s\), 0 warning\(s\)/);
    expect(out.stdout + out.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it("exits 0 on the warnings-only fixture, run from inside it, and still prints the warnings", () => {
    const dir = path.join(FIXTURES, "warnings-only");
    const out = run([], dir);
    expect(out.status, out.stderr).toBe(0);
    expect(out.stdout).toContain(
      "warning  content/careers/backend-developer/himalayas.md:36:13  faqs[1].answer  FAQ answer is only 2 words long",
    );
    expect(out.stdout).toMatch(/✓ Content is valid: 1 careers, 2 guides, 2 sources, \d+ warning\(s\)/);
  }, 60_000);

  it("refuses a --root with no content folder, without a stack trace", () => {
    const out = run(["--root", FIXTURES], PROJECT);
    expect(out.status).toBe(2);
    expect(out.stderr).toContain("No content/ folder in");
    expect(out.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});

describe("the real content", () => {
  it("is valid", () => {
    expect(existsSync(path.join(PROJECT, "content"))).toBe(true);
    const result = loadContentFromDisk(PROJECT);
    expect(result.ok).toBe(true);
  });
});
