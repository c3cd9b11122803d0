/**
 * The age of a guide's figures: undated, or older than readers should rely on.
 */
import type { ContentIssue } from "../issues";
import type { ParsedFile } from "../parse";
import type { GuideFile } from "../schema";
import { warn, type Check } from "./shared";

/** Figures older than this many years before the current year are flagged as stale. */
const MAX_FIGURES_AGE_YEARS = 3;

export const figuresChecks: Check = (input, { now }) =>
  input.guides.flatMap(({ parsed, value }) => figuresYear(parsed, value, now));

function hasNumber(value: unknown): boolean {
  if (typeof value === "number") return true;
  if (Array.isArray(value)) return value.some(hasNumber);
  if (value !== null && typeof value === "object") return Object.values(value).some(hasNumber);
  return false;
}

/** Salary or outlook numbers: what a reader would want dated. */
function hasFigures(guide: GuideFile): boolean {
  const { outlook } = guide;
  return (
    hasNumber(guide.salary) ||
    guide.tiers.some((t) => hasNumber(t.salary)) ||
    outlook?.growthPercent !== undefined ||
    outlook?.annualOpenings !== undefined ||
    outlook?.livePostings !== undefined
  );
}

function figuresYear(parsed: ParsedFile, guide: GuideFile, now: Date): ContentIssue[] {
  const year = guide.provenance.figuresYear;
  if (year === undefined) {
    if (!hasFigures(guide)) return [];
    return [
      warn(
        parsed,
        ["provenance"], "figures-undated",
        "Guide has salary or outlook figures but no provenance.figuresYear, so readers cannot tell how old they are",
        "add figuresYear under provenance: the year the source's figures refer to, e.g. figuresYear: 2025",
      ),
    ];
  }
  const current = now.getUTCFullYear();
  if (current - year <= MAX_FIGURES_AGE_YEARS) return [];
  return [
    warn(
      parsed,
      ["provenance", "figuresYear"], "figures-stale",
      `Figures are from ${year}, more than ${MAX_FIGURES_AGE_YEARS} years before ${current}`,
      "check the source for newer figures; update them and figuresYear, or keep them if the source has none newer",
    ),
  ];
}

