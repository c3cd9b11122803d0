/**
 * The validated, cross-referenced site model the pages read. Built from the
 * schema types: every field an editor writes keeps its inferred type; only
 * references (source ids, skills, certifications, related careers) are
 * replaced by the entries they resolve to.
 */
import type {
  CareerFile,
  CertificationEntry,
  GuideFile,
  SkillEntry,
  SourceFile,
} from "./schema";

export type Source = SourceFile & { id: string; file: string };

/** A skill or tool as the source worded it, with the canonical entries it names. */
export type SkillMention = { label: string; skills: SkillEntry[] };

export type CertificationMention = {
  certification: CertificationEntry;
  /** The name and issuer as the source wrote them. */
  sourceName: string;
  sourceIssuer?: string;
  proves?: string;
};

/** A related career: linked when we have it, plain text when we do not. */
export type RelatedCareer = { title: string; slug?: string };

export type Guide = Omit<GuideFile, "source" | "skills" | "tools" | "certifications" | "related"> & {
  careerSlug: string;
  careerTitle: string;
  source: Source;
  file: string;
  skills: { technical: SkillMention[]; soft: SkillMention[] };
  tools: SkillMention[];
  certifications: CertificationMention[];
  related: RelatedCareer[];
};

export type Career = Omit<CareerFile, "related"> & {
  slug: string;
  file: string;
  related: RelatedCareer[];
  guides: Guide[];
};

export type Site = {
  careers: Career[];
  sources: Source[];
  skills: SkillEntry[];
  certifications: CertificationEntry[];
};
