/**
 * The content model. These zod schemas are the single source of truth for
 * every file under `content/`: TypeScript types come from `z.infer`, the
 * loader validates against them, and the editor documentation follows them.
 *
 * Files hold what editors write (the "input" shapes below). Cross-file
 * references — source ids, career slugs, skill and certification names — are
 * resolved later, in `resolve.ts`, because they need every file at once.
 */
import { z } from "zod";

/** Lower-case words joined by hyphens: used for every id and slug. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message: "Use lower-case letters, digits and single hyphens, e.g. backend-developer",
  });

const text = z.string().trim().min(1, { message: "Must not be empty" });
/** Prose written in our own words; may use Markdown (inline or blocks). */
const markdown = text;

const year = z.number().int().min(1990).max(2100);
/** A yearly or monthly pay figure. Above 10 million is surely a typo. */
const money = z
  .number({ message: "Must be a number, without currency signs or commas, e.g. 93333" })
  .nonnegative({ message: "A salary cannot be negative" })
  .max(10_000_000, { message: "Over 10,000,000 looks like a typo" });
const currency = z.string().regex(/^[A-Z]{3}$/, { message: "Use a three-letter ISO currency code, e.g. USD" });
const isoDate = z.iso.date({ message: "Use a date in the form YYYY-MM-DD" });
const years = z.number().int().min(0).max(60);

/* ------------------------------------------------------------------ sources */

export const figureKindSchema = z.enum([
  "live-job-postings",
  "salary-survey",
  "bls-projections",
  "editorial-estimates",
  "none",
]);

export const sourceFileSchema = z.strictObject({
  name: text,
  homepage: z.url({ protocol: /^https?$/, message: "Must be an http(s) URL" }).optional(),
  description: markdown,
  /** What kinds of figures this publisher gives. */
  figures: z.array(figureKindSchema).min(1),
  /** Why a reader should take this publisher's figures with care, if they should. */
  caveat: markdown.optional(),
});

/* ------------------------------------------------------------------ taxonomy */

export const skillTypeSchema = z.enum(["technical", "soft"]);

export const skillEntrySchema = z.strictObject({
  id: slugSchema,
  name: text,
  aliases: z.array(text).default([]),
  /** Grouping for comparison tables, e.g. "Languages", "Databases", "Soft skills". */
  category: text,
  type: skillTypeSchema,
});
export const skillTaxonomySchema = z.strictObject({ skills: z.array(skillEntrySchema).min(1) });

export const certificationEntrySchema = z.strictObject({
  id: slugSchema,
  name: text,
  issuer: text,
  aliases: z.array(text).default([]),
  category: text,
});
export const certificationTaxonomySchema = z.strictObject({
  certifications: z.array(certificationEntrySchema).min(1),
});

/* ------------------------------------------------------------------ careers */

export const careerFileSchema = z.strictObject({
  title: text,
  aliases: z.array(text).default([]),
  summary: markdown,
  /** Related careers: a career slug, or a plain title when we have no guide for it yet. */
  related: z.array(text).default([]),
});

/* ------------------------------------------------------------------ guides */

const salaryLevelSchema = z.strictObject({
  /** The source's own name for the level, e.g. "Entry-Level" or "Senior Backend Developer". */
  level: text,
  yearsMin: years.optional(),
  yearsMax: years.optional(),
  median: money.optional(),
  average: money.optional(),
  min: money.optional(),
  max: money.optional(),
});

const regionalSalarySchema = z.strictObject({
  /** Country, optionally with city: "Germany (Berlin)". */
  region: text,
  /** Which roles the figure covers, when the source says, e.g. "mid-level". */
  roles: text.optional(),
  currency,
  min: money.optional(),
  max: money.optional(),
  median: money.optional(),
  /** USD equivalents as the source gives them; never converted by us. */
  usdMin: money.optional(),
  usdMax: money.optional(),
});

export const salarySchema = z.strictObject({
  currency,
  period: z.enum(["year", "month", "hour"]).default("year"),
  median: money.optional(),
  average: money.optional(),
  min: money.optional(),
  max: money.optional(),
  /** True when the source gives the maximum as open-ended ("$170k+"). */
  maxOpenEnded: z.boolean().default(false),
  /** Where the top 10% start, when the source says. */
  topDecile: money.optional(),
  /** What the range covers, in our words, e.g. "entry-level to senior roles". */
  note: markdown.optional(),
  byLevel: z.array(salaryLevelSchema).default([]),
  byRegion: z.array(regionalSalarySchema).default([]),
});

export const demandLevelSchema = z.enum(["low", "moderate", "high", "very-high"]);

export const outlookSchema = z.strictObject({
  growthPercent: z.number().min(-100).max(1000).optional(),
  projectionFrom: year.optional(),
  projectionTo: year.optional(),
  /** What the growth figure is based on, e.g. "BLS projection for Software Developers". */
  basis: text.optional(),
  /** The publisher's own wording of the growth, e.g. "much faster than average". */
  growthLabel: text.optional(),
  /** Projected openings a year (BLS-style), not today's postings. */
  annualOpenings: z.number().int().nonnegative().optional(),
  /** True when the source gives openings as an approximation ("≈216k"). */
  annualOpeningsApprox: z.boolean().default(false),
  /** Count of live job postings the publisher listed when it wrote the guide. */
  livePostings: z.number().int().nonnegative().optional(),
  demand: demandLevelSchema.optional(),
  remoteFriendly: z.boolean().optional(),
});

const tierSalarySchema = z.strictObject({
  min: money.optional(),
  max: money.optional(),
  median: money.optional(),
  /** True when the source gives the top of the band as open-ended ("$164,000+"). */
  maxOpenEnded: z.boolean().default(false),
});

export const tierSchema = z.strictObject({
  title: text,
  yearsMin: years,
  /** Absent for open-ended tiers such as "12+ years". */
  yearsMax: years.optional(),
  summary: markdown,
  /** In the guide's salary currency and period. */
  salary: tierSalarySchema.optional(),
  focus: z.array(text).default([]),
});

/** A skill or tool as the source words it, with the canonical taxonomy entries it names. */
export const skillRefSchema = z.union([
  text,
  z.strictObject({
    /** The source's wording, e.g. "Database management (SQL like PostgreSQL)". */
    label: text,
    /** Canonical skill ids or aliases this item covers. */
    refs: z.array(text).min(1),
  }),
]);

export const certificationRefSchema = z.strictObject({
  /** The certification's name as the source gives it; resolved by taxonomy name or alias. */
  name: text,
  /** The issuer as the source gives it. */
  issuer: text.optional(),
  /** What holding it shows an employer, in our words. */
  proves: markdown.optional(),
});

export const faqTopicSchema = z.enum([
  "salary",
  "getting-started",
  "skills",
  "remote",
  "role",
  "career-growth",
  "job-market",
  "education",
  "work-life",
]);

export const faqSchema = z.strictObject({
  question: text,
  answer: markdown,
  topic: faqTopicSchema,
});

export const entryPathSchema = z.strictObject({
  title: text,
  detail: markdown,
});

export const workLifeSchema = z.strictObject({
  stressLevel: z.enum(["low", "moderate", "high"]).optional(),
  balanceRating: z.enum(["poor", "fair", "good", "excellent"]).optional(),
  summary: markdown.optional(),
});

export const provenanceSchema = z.strictObject({
  /** The title of the publisher's page this guide is drawn from. */
  title: text,
  url: z.url({ protocol: /^https?$/ }).optional(),
  /** The year the guide's figures refer to. */
  figuresYear: year.optional(),
  /** The date this guide was added to Careerscope. */
  added: isoDate,
  updated: isoDate.optional(),
});

/**
 * One career as one publisher tells it. In a `.md` guide, everything but
 * `body` is the YAML frontmatter and `body` is the Markdown below it; in a
 * `.yaml` guide, every field, `body` included, is in the YAML.
 */
export const guideFileSchema = z.strictObject({
  /** Id of a file in content/sources; must match the guide's file name. */
  source: slugSchema,
  provenance: provenanceSchema,
  /** One or two sentences in our words: what this source's guide stands out for. */
  summary: markdown,
  salary: salarySchema.optional(),
  outlook: outlookSchema.optional(),
  tiers: z.array(tierSchema).default([]),
  skills: z
    .strictObject({
      technical: z.array(skillRefSchema).default([]),
      soft: z.array(skillRefSchema).default([]),
    })
    .default({ technical: [], soft: [] }),
  tools: z.array(skillRefSchema).default([]),
  certifications: z.array(certificationRefSchema).default([]),
  education: z
    .strictObject({
      typical: text.optional(),
      paths: z.array(entryPathSchema).default([]),
    })
    .optional(),
  faqs: z.array(faqSchema).default([]),
  dayInTheLife: markdown.optional(),
  workLife: workLifeSchema.optional(),
  pros: z.array(text).default([]),
  cons: z.array(text).default([]),
  related: z.array(text).default([]),
  /** Narrative sections in Markdown, `##` headings and all. */
  body: z.string().default(""),
});

export type SourceFile = z.infer<typeof sourceFileSchema>;
export type SkillEntry = z.infer<typeof skillEntrySchema>;
export type CertificationEntry = z.infer<typeof certificationEntrySchema>;
export type CareerFile = z.infer<typeof careerFileSchema>;
export type GuideFile = z.infer<typeof guideFileSchema>;
export type Salary = z.infer<typeof salarySchema>;
export type SalaryLevel = z.infer<typeof salaryLevelSchema>;
export type RegionalSalary = z.infer<typeof regionalSalarySchema>;
export type Outlook = z.infer<typeof outlookSchema>;
export type Tier = z.infer<typeof tierSchema>;
export type SkillRef = z.infer<typeof skillRefSchema>;
export type Faq = z.infer<typeof faqSchema>;
export type FaqTopic = z.infer<typeof faqTopicSchema>;
export type FigureKind = z.infer<typeof figureKindSchema>;
