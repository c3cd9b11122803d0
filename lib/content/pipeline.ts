/**
 * The shapes passed between the loader's steps. Each step takes the last
 * one's value and returns its own with the issues it found, never writing
 * into shared arrays: classify → parse → validate → resolve → checks.
 */
import type { ContentIssue } from "./issues";
import type { Source } from "./model";
import type { ParsedFile } from "./parse";
import type { CareerFile, CertificationEntry, GuideFile, SkillEntry } from "./schema";

export type Step<T> = { value: T; issues: ContentIssue[] };

export type Loaded<T> = { parsed: ParsedFile; value: T };
export type LoadedCareer = Loaded<CareerFile> & { slug: string };
export type LoadedGuide = Loaded<GuideFile> & { careerSlug: string; sourceId: string };

/** Every file that passed its schema, by kind. */
export type ValidContent = {
  sources: Loaded<Source>[];
  careers: LoadedCareer[];
  guides: LoadedGuide[];
  skills?: Loaded<SkillEntry[]>;
  certifications?: Loaded<CertificationEntry[]>;
};

/**
 * Source ids and career slugs that have a file, valid or not: a guide that
 * names a broken one is not told the file is missing.
 */
export type Present = {
  sources: Set<string>;
  careers: Set<string>;
  /** Careers with at least one guide file, valid or not. */
  guided: Set<string>;
};
