/**
 * Counts of jobs that are valid but hard to believe: the schema refuses only
 * what no occupation could have (over 100 million); these are the figures a
 * slip of the keyboard or a wrong unit (a national total, thousands read as
 * ones) would give.
 */
import type { ContentIssue } from "../issues";
import { warn, type Check } from "./shared";

/** Above the projected openings of any single occupation; the largest are under a million a year. */
const PLAUSIBLE_ANNUAL_OPENINGS = 1_000_000;
/** Above what one job board lists for one career at a time. */
const PLAUSIBLE_LIVE_POSTINGS = 1_000_000;

export const countChecks: Check = (input) =>
  input.guides.flatMap(({ parsed, value }): ContentIssue[] => {
    const { annualOpenings, livePostings } = value.outlook ?? {};
    const issues: ContentIssue[] = [];
    if (annualOpenings !== undefined && annualOpenings > PLAUSIBLE_ANNUAL_OPENINGS) {
      issues.push(
        warn(
          parsed,
          ["outlook", "annualOpenings"],
          "openings-implausible",
          `${annualOpenings.toLocaleString("en-US")} openings a year is more than a single occupation plausibly has`,
          "check the figure against the source: a total for all occupations, or a figure over ten years, is not one career's openings a year",
        ),
      );
    }
    if (livePostings !== undefined && livePostings > PLAUSIBLE_LIVE_POSTINGS) {
      issues.push(
        warn(
          parsed,
          ["outlook", "livePostings"],
          "postings-implausible",
          `${livePostings.toLocaleString("en-US")} live job postings is more than one publisher plausibly lists for one career`,
          "check the figure against the source, and that it counts this career's postings, not all of them",
        ),
      );
    }
    return issues;
  });
