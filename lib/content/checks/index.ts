/**
 * Content checks run after resolution: things that are allowed but probably
 * not meant, or that make a guide less useful. Warnings never fail the build
 * or `npm run content:check`; they point at the file, line and field like
 * errors. One module per family, one signature (`Check`), run in this order.
 */
import type { ContentIssue } from "../issues";
import { countChecks } from "./counts";
import { coverageChecks } from "./coverage";
import { faqChecks } from "./faqs";
import { figuresChecks } from "./figures";
import { rawHtmlChecks } from "./raw-html";
import { relatedChecks } from "./related";
import { sanityChecks } from "./sanity";
import { checkContext, type Check, type CheckInput } from "./shared";
import { skillChecks } from "./skills";
import { tierChecks } from "./tiers";

export type { CheckInput } from "./shared";

const CHECKS: readonly Check[] = [
  coverageChecks,
  figuresChecks,
  faqChecks,
  relatedChecks,
  skillChecks,
  tierChecks,
  rawHtmlChecks,
  sanityChecks,
  countChecks,
];

export function runChecks(input: CheckInput, now: Date): ContentIssue[] {
  const context = checkContext(input, now);
  const issues = CHECKS.flatMap((check) => check(input, context));
  // File by file, in load order, each file's issues in registry order: a stable sort keeps the report steady.
  const files = [...input.sources, ...input.careers, ...input.guides].map((f) => f.parsed.file);
  const order = new Map(files.map((file, i) => [file, i]));
  return issues
    .map((issue, i) => ({ issue, i }))
    .sort((a, b) => (order.get(a.issue.file) ?? 0) - (order.get(b.issue.file) ?? 0) || a.i - b.i)
    .map((x) => x.issue);
}
