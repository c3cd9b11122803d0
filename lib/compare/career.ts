/**
 * Everything the career hub compares, computed once per career, and the short
 * "at a glance" summary drawn from it.
 */
import type { Career } from "../content/model";
import type { CertificationEntry, SkillEntry } from "../content/schema";
import { compareCertifications, compareSkills, type Agreement, type SkillMatrix } from "./agreement";
import { groupFaqs, type FaqGroup } from "./faqs";
import { compareLadders, type LadderComparison } from "./ladder";
import { compareLevels, type LevelSeries } from "./levels";
import { compareOutlook, type OutlookRow } from "./outlook";
import { compareSalaries, type SalaryComparison } from "./salary";

export type CareerComparison = {
  salary: SalaryComparison;
  levels: LevelSeries[];
  ladder: LadderComparison;
  skills: SkillMatrix;
  certifications: Agreement<CertificationEntry>[];
  outlook: OutlookRow[];
  faqs: FaqGroup[];
  glance: AtAGlance;
};

export type AtAGlance = {
  sourceCount: number;
  salary?: SalaryComparison["consensus"] & { currency: string };
  /** Skills every source that lists skills names (when at least two do). */
  skillsAllAgree: SkillEntry[];
  skillSourceCount: number;
  topCertification?: Agreement<CertificationEntry>;
};

export function compareCareer(career: Career): CareerComparison {
  const guides = career.guides;
  const salary = compareSalaries(guides);
  const skills = compareSkills(guides);
  const certifications = compareCertifications(guides);
  const comparison = {
    salary,
    levels: compareLevels(guides),
    ladder: compareLadders(guides),
    skills,
    certifications,
    outlook: compareOutlook(guides),
    faqs: groupFaqs(guides),
  };
  return { ...comparison, glance: atAGlance(guides.length, salary, skills, certifications) };
}

function atAGlance(
  sourceCount: number,
  salary: SalaryComparison,
  skills: SkillMatrix,
  certifications: Agreement<CertificationEntry>[],
): AtAGlance {
  const skillSourceCount = skills.sources.length;
  const all = [...skills.technical, ...skills.soft].flatMap((g) => g.items);
  return {
    sourceCount,
    salary:
      salary.consensus && salary.basis ? { ...salary.consensus, currency: salary.basis.currency } : undefined,
    skillsAllAgree:
      skillSourceCount >= 2
        ? all
            .filter((a) => a.sourceCount === skillSourceCount)
            .map((a) => a.entry)
            .sort((x, y) => x.name.localeCompare(y.name))
        : [],
    skillSourceCount,
    topCertification: certifications[0],
  };
}
