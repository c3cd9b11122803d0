/**
 * Everything the career hub compares, and the quick facts drawn from it:
 * computed once per career per process (memoised), however many pages,
 * metadata calls, social cards and pairs ask for it during a build.
 */
import type { Career } from "../content/model";
import type { CertificationEntry } from "../content/schema";
import { compareCertifications, compareSkills, type Agreement, type SkillMatrix } from "./agreement";
import { groupFaqs, type FaqGroup } from "./faqs";
import { compareLadders, type LadderComparison } from "./ladder";
import { compareLevels, type LevelSeries } from "./levels";
import { compareOutlook, type OutlookRow } from "./outlook";
import { quickFacts, type QuickFacts } from "./quick-facts";
import { compareSalaries, type SalaryComparison } from "./salary";

export type CareerComparison = {
  salary: SalaryComparison;
  levels: LevelSeries[];
  ladder: LadderComparison;
  skills: SkillMatrix;
  certifications: Agreement<CertificationEntry>[];
  outlook: OutlookRow[];
  faqs: FaqGroup[];
  facts: QuickFacts;
};

const compared = new WeakMap<Career, CareerComparison>();

export function compareCareer(career: Career): CareerComparison {
  let known = compared.get(career);
  if (!known) {
    known = computeComparison(career);
    compared.set(career, known);
  }
  return known;
}

function computeComparison(career: Career): CareerComparison {
  const guides = career.guides;
  const salary = compareSalaries(guides);
  return {
    salary,
    levels: compareLevels(guides),
    ladder: compareLadders(guides),
    skills: compareSkills(guides),
    certifications: compareCertifications(guides),
    outlook: compareOutlook(guides),
    faqs: groupFaqs(guides),
    facts: quickFacts(career, salary),
  };
}
