/**
 * Guides that add nothing to the comparisons: no salary and no tiers.
 */
import type { ParsedFile } from "../parse";
import type { GuideFile } from "../schema";
import type { ContentIssue } from "../issues";
import { warn, type Check } from "./shared";

export const coverageChecks: Check = (input) => input.guides.flatMap(({ parsed, value }) => guideCoverage(parsed, value));

function guideCoverage(parsed: ParsedFile, guide: GuideFile): ContentIssue[] {
  if (guide.salary || guide.tiers.length > 0) return [];
  return [
    warn(
      parsed,
      [], "guide-no-figures",
      "Guide gives no salary and no tiers, so it adds nothing to the pay and career-ladder comparisons",
      "add salary or tiers if the source gives them; if it gives neither, this is fine",
    ),
  ];
}

