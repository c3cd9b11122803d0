/**
 * Expectations shared by the content-errors-*.test.ts files: every broken
 * variant must fail with the right code (kind of problem) at the right file,
 * line and field, and the message an editor reads must lead with that place.
 * Tests match codes, not wording; the few about wording pass `message`.
 */
import { expect } from "vitest";
import type { IssueCode } from "@/lib/content/issue-codes";
import { ContentError, formatIssue, type ContentIssue } from "@/lib/content/issues";
import { GUIDE, edit, validFiles, type FileSet } from "./helpers";

/** A string must equal the text exactly; a RegExp must match it. */
function expectText(actual: string | undefined, want: string | RegExp) {
  if (typeof want === "string") expect(actual).toBe(want);
  else expect(actual).toMatch(want);
}

type Expected = {
  file: string;
  line: number;
  column?: number;
  field: string;
  /** What kind of problem: tests match codes, not wording. */
  code: IssueCode;
  /** Only where a test is about the wording itself (a few, on purpose). */
  message?: string | RegExp;
  hint?: string | RegExp;
};

/** The issue points at file:line and field, and so does every message built from it. */
export function expectLocated(issue: ContentIssue, want: Expected) {
  expect(issue.severity).toBe("error");
  expect(issue.file).toBe(want.file);
  expect(issue.line).toBe(want.line);
  if (want.column !== undefined) expect(issue.column).toBe(want.column);
  expect(issue.field).toBe(want.field);
  expect(issue.code).toBe(want.code);
  if (want.message !== undefined) expectText(issue.message, want.message);
  if (want.hint !== undefined) expectText(issue.hint, want.hint);

  const formatted = formatIssue(issue);
  expect(formatted.startsWith(`${want.file}:${want.line}:${issue.column ?? 1}`)).toBe(true);
  if (want.field) expect(formatted).toContain(`  ${want.field}  `);
  expect(formatted).toContain(issue.message);
  if (issue.hint) expect(formatted).toContain(issue.hint);

  const error = new ContentError([issue]);
  expect(error.message).toContain(formatted);
}

/** For problems with the whole file (no line or field to point at): the file leads the message. */
export function expectWholeFile(issue: ContentIssue, want: { file: string; code: IssueCode }) {
  expect(issue.severity).toBe("error");
  expect(issue.file).toBe(want.file);
  expect(issue.field).toBe("");
  expect(issue.code).toBe(want.code);
  const formatted = formatIssue(issue);
  expect(formatted.startsWith(want.file)).toBe(true);
  expect(formatted).toContain(issue.message);
  expect(new ContentError([issue]).message).toContain(formatted);
}

export const guideWith = (from: string, to: string): FileSet => edit(validFiles(), GUIDE, from, to);

/** Errors only: the minimal set has two legitimate warnings (see warnings-figures.test.ts), which never fail a load. */
export const errorsIn = (issues: readonly ContentIssue[]) => issues.filter((i) => i.severity === "error");
