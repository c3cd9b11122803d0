/**
 * Checks on a guide's figures that a schema cannot express field by field:
 * ranges in order, tiers in order of experience, projection periods forward.
 */
import type { ContentIssue } from "./issues";
import type { ParsedFile } from "./parse";
import type { GuideFile } from "./schema";
import { at } from "./validate";

type Path = (string | number)[];
type Figures = { min?: number; median?: number; average?: number; max?: number };

export function checkGuideFigures(parsed: ParsedFile, guide: GuideFile): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const { salary, outlook, tiers } = guide;
  if (salary) {
    issues.push(...checkRange(parsed, ["salary"], salary));
    if (salary.topDecile !== undefined && salary.median !== undefined && salary.topDecile < salary.median) {
      issues.push(at(parsed, ["salary", "topDecile"], "range-order", `topDecile (${salary.topDecile}) is below the median (${salary.median})`));
    }
    salary.byLevel.forEach((level, i) => issues.push(...checkRange(parsed, ["salary", "byLevel", i], level)));
    salary.byRegion.forEach((region, i) => {
      issues.push(...checkRange(parsed, ["salary", "byRegion", i], region));
      issues.push(...checkRange(parsed, ["salary", "byRegion", i], { min: region.usdMin, max: region.usdMax }, ["usdMin", "usdMax"]));
    });
  }
  tiers.forEach((tier, i) => {
    if (tier.yearsMax !== undefined && tier.yearsMax < tier.yearsMin) {
      issues.push(at(parsed, ["tiers", i, "yearsMax"], "tier-order", `yearsMax (${tier.yearsMax}) is less than yearsMin (${tier.yearsMin})`));
    }
    if (tier.salary) issues.push(...checkRange(parsed, ["tiers", i, "salary"], tier.salary));
    const previous = tiers[i - 1];
    if (previous && tier.yearsMin < previous.yearsMin) {
      issues.push(
        at(
          parsed,
          ["tiers", i, "yearsMin"],
          "tier-order",
          `Tiers must be in order of experience: "${tier.title}" (from ${tier.yearsMin} years) comes after "${previous.title}" (from ${previous.yearsMin} years)`,
          "list tiers from least to most experienced",
        ),
      );
    }
  });
  if (outlook?.projectionFrom !== undefined && outlook.projectionTo !== undefined && outlook.projectionTo <= outlook.projectionFrom) {
    issues.push(at(parsed, ["outlook", "projectionTo"], "projection-order", `projectionTo (${outlook.projectionTo}) must be after projectionFrom (${outlook.projectionFrom})`));
  }
  return issues;
}

/** min ≤ median ≤ max, and min ≤ average ≤ max, naming both values when not. */
function checkRange(parsed: ParsedFile, path: Path, figures: Figures, names: [string, string] = ["min", "max"]): ContentIssue[] {
  const [minName, maxName] = names;
  // min against max first: when the two are swapped, that is what to say.
  const pairs: [string, number | undefined, string, number | undefined][] = [
    [minName, figures.min, maxName, figures.max],
    [minName, figures.min, "median", figures.median],
    ["median", figures.median, maxName, figures.max],
    [minName, figures.min, "average", figures.average],
    ["average", figures.average, maxName, figures.max],
  ];
  for (const [lowName, low, highName, high] of pairs) {
    if (low !== undefined && high !== undefined && low > high) {
      return [at(parsed, [...path, lowName], "range-order", `${lowName} (${low}) is greater than ${highName} (${high})`, `check both figures against the source`)];
    }
  }
  return [];
}
