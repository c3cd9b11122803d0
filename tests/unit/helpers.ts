/**
 * A minimal valid content set, built in memory, for loader tests. Each test
 * starts from `validFiles()`, changes one file, and feeds the set to the pure
 * loader. Line numbers below are relied on by the tests: keep them in step.
 */
import { formatIssue, type ContentIssue } from "@/lib/content/issues";
import { loadContent, type ContentFile, type LoadResult } from "@/lib/content/load";

export type FileSet = Record<string, string>;

export const SKILLS = "content/taxonomy/skills.yaml";
export const CERTIFICATIONS = "content/taxonomy/certifications.yaml";
export const SOURCE = "content/sources/himalayas.yaml";
export const CAREER = "content/careers/backend-developer/career.yaml";
export const GUIDE = "content/careers/backend-developer/himalayas.md";

const skills = `skills:
  - id: python
    name: "Python"
    category: Languages
    type: technical
  - id: sql
    name: "SQL"
    category: Databases
    type: technical
  - id: communication
    name: "Communication"
    category: Soft skills
    type: soft
`;

const certifications = `certifications:
  - id: aws-developer-associate
    name: "AWS Certified Developer – Associate"
    issuer: "Amazon Web Services"
    aliases: ["AWS Developer Associate"]
    category: Cloud
`;

const source = `name: Himalayas
description: A remote-jobs board with career guides.
figures: [salary-survey]
`;

const career = `title: Backend Developer
aliases: ["Back-End Developer"]
summary: Backend developers write the server-side code behind apps.
related: [Web Developer]
`;

/** The guide, line by line; the comment on the right is the line number in the file. */
export const GUIDE_LINES = {
  source: 2, //             source: himalayas
  provenance: 3, //         provenance:
  provenanceTitle: 4, //      title: ...
  added: 5, //                added: 2026-11-23
  summary: 6, //            summary: ...
  salary: 7, //             salary:
  currency: 8, //             currency: USD
  median: 9, //               median: 121000
  min: 10, //                 min: 70000
  max: 11, //                 max: 170000
  outlook: 12, //           outlook:
  growth: 13, //              growthPercent: 22
  tiers: 14, //             tiers:
  tier0: 15, //               - title: Junior Backend Developer
  tier0YearsMin: 16,
  tier0YearsMax: 17,
  tier1: 19, //               - title: Senior Backend Developer
  tier1YearsMin: 20,
  skills: 22, //            skills:
  technical: 23, //           technical: [python, sql]
  soft: 24, //                soft: [communication]
  certifications: 25, //    certifications:
  certificationName: 26, //   - name: AWS Certified Developer - Associate
  closing: 27, //           ---
} as const;

const guide = `---
source: himalayas
provenance:
  title: "Complete Backend Developer Career Guide"
  added: 2026-11-23
summary: A broad guide with pay by level and a career ladder.
salary:
  currency: USD
  median: 121000
  min: 70000
  max: 170000
outlook:
  growthPercent: 22
tiers:
  - title: Junior Backend Developer
    yearsMin: 0
    yearsMax: 2
    summary: Learns the codebase.
  - title: Senior Backend Developer
    yearsMin: 5
    summary: Owns system design.
skills:
  technical: [python, sql]
  soft: [communication]
certifications:
  - name: AWS Certified Developer - Associate
---
An overview paragraph.

## Day to day

Writing APIs.
`;

/** A fresh copy of the minimal valid content set. */
export function validFiles(): FileSet {
  return {
    [SKILLS]: skills,
    [CERTIFICATIONS]: certifications,
    [SOURCE]: source,
    [CAREER]: career,
    [GUIDE]: guide,
  };
}

/** Replaces `from` with `to` in one file; throws when `from` is not there, so a stale edit cannot pass silently. */
export function edit(files: FileSet, path: string, from: string, to: string): FileSet {
  const text = files[path];
  if (text === undefined) throw new Error(`No file ${path} in the set`);
  if (!text.includes(from)) throw new Error(`${path} does not contain ${JSON.stringify(from)}`);
  return { ...files, [path]: text.replace(from, to) };
}

export function toContentFiles(files: FileSet): ContentFile[] {
  return Object.entries(files).map(([path, text]) => ({ path, bytes: new TextEncoder().encode(text) }));
}

export function load(files: FileSet | ContentFile[]): LoadResult {
  return loadContent(Array.isArray(files) ? files : toContentFiles(files));
}

/** Loads a set that must fail and returns its error issues. */
export function errorsOf(files: FileSet | ContentFile[]): ContentIssue[] {
  const result = load(files);
  if (result.ok) throw new Error("Expected the content to fail validation, but it loaded");
  return result.issues.filter((i) => i.severity === "error");
}

/** Loads a set that must fail with exactly one error, and returns it. */
export function onlyError(files: FileSet | ContentFile[]): ContentIssue {
  const errors = errorsOf(files);
  if (errors.length !== 1) {
    throw new Error(
      `Expected exactly one error, got ${errors.length}:\n${errors.map(formatIssue).join("\n")}`,
    );
  }
  return errors[0];
}
