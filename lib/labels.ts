/** Human labels for the content model's enumerations. */
import type { FaqTopic, FigureKind } from "./content/schema";

const faqTopics: Record<FaqTopic, string> = {
  salary: "Salary",
  "getting-started": "Getting started",
  skills: "Skills",
  remote: "Remote work",
  role: "The role",
  "career-growth": "Career growth",
  "job-market": "Job market",
  education: "Education",
  "work-life": "Work-life balance",
};

const figureKinds: Record<FigureKind, string> = {
  "live-job-postings": "figures from live job postings",
  "salary-survey": "salary survey figures",
  "bls-projections": "BLS-based projections",
  "editorial-estimates": "its own salary estimates",
  none: "no figures",
};

export const faqTopicLabel = (topic: FaqTopic) => faqTopics[topic];
export const figureKindLabel = (kind: FigureKind) => figureKinds[kind];

/**
 * Short, distinct codes for source names, for narrow matrix columns: the
 * shortest prefix (from one letter) that no other name shares, e.g.
 * Himalayas → "H", SkillExchange → "S"; "Teal" and "TechCo" → "Te", "Tec".
 */
export function shortCodes(names: readonly string[]): string[] {
  return names.map((name, i) => {
    for (let length = 1; length < name.length; length++) {
      const code = name.slice(0, length);
      if (names.every((other, j) => j === i || !other.toLowerCase().startsWith(code.toLowerCase())))
        return code;
    }
    return name;
  });
}

/** The agreement bands a summary list shows, most agreed first: "All 4 sources", "3 of 4 sources", … */
export function agreementBand(count: number, total: number): string {
  if (total <= 1) return "The only source";
  if (count === total) return `All ${total} sources`;
  return `${count} of ${total} sources`;
}
