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
