/**
 * The clean content set and expectations shared by the warnings-*.test.ts
 * files: warnings are checked by code, file, line and field.
 */
import { expect } from "vitest";
import { formatIssueReport, type ContentIssue } from "@/lib/content/issues";
import { loadContent, type LoadResult } from "@/lib/content/load";
import { CAREER, GUIDE, edit, toContentFiles, validFiles, type FileSet } from "./helpers";

export const NOW = new Date("2026-06-01T00:00:00Z");

export function loadAt(files: FileSet, now = NOW): LoadResult {
  return loadContent(toContentFiles(files), { now });
}

export function warningsOf(files: FileSet, now = NOW): ContentIssue[] {
  const result = loadAt(files, now);
  const errors = result.issues.filter((i) => i.severity === "error");
  if (errors.length) throw new Error(`Expected no errors, got:\n${formatIssueReport(errors)}`);
  expect(result.ok).toBe(true);
  return result.issues.filter((i) => i.severity === "warning");
}

export function onlyWarning(files: FileSet, now = NOW): ContentIssue {
  const warnings = warningsOf(files, now);
  if (warnings.length !== 1)
    throw new Error(`Expected exactly one warning, got ${warnings.length}:\n${formatIssueReport(warnings)}`);
  return warnings[0];
}

/** 1-based line of the first line of `path` in `files` that contains `needle`. */
export function lineOf(files: FileSet, path: string, needle: string): number {
  const index = files[path].split("\n").findIndex((line) => line.includes(needle));
  if (index === -1) throw new Error(`${needle} is not in ${path}`);
  return index + 1;
}

/** The minimal set from helpers.ts, with the two things it warns about put right: no warnings at all. */
export function clean(): FileSet {
  let files = edit(validFiles(), GUIDE, "  added: 2026-11-23", "  figuresYear: 2025\n  added: 2026-11-23");
  files = edit(files, CAREER, "related: [Web Developer]\n", "");
  return files;
}

export const guideWith = (from: string, to: string, files = clean()): FileSet => edit(files, GUIDE, from, to);
export const SECOND = "content/careers/backend-developer/jobicy.md";
export const JOBICY = "content/sources/jobicy.yaml";
/** The clean set plus a second guide (from Jobicy) for the same career. */
export function withSecondGuide(
  guide = clean()[GUIDE].replace("source: himalayas", "source: jobicy"),
): FileSet {
  return {
    ...clean(),
    [JOBICY]: "name: Jobicy\ndescription: A job board.\nfigures: [salary-survey]\n",
    [SECOND]: guide,
  };
}
