/**
 * Over 300 lines for a reason: it is the whole content model in one place,
 * every field with its description, which the JSON Schemas are generated from.
 *
 * The content model. These zod schemas are the single source of truth for
 * every file under `content/`: TypeScript types come from `z.infer`, the
 * loader validates against them, and the editor documentation follows them.
 *
 * Files hold what editors write (the "input" shapes below). Cross-file
 * references — source ids, career slugs, skill and certification names — are
 * resolved later, in `resolve.ts`, because they need every file at once.
 *
 * Every field carries a description (`.describe()`): it is what editors see
 * when they hover a field in VS Code, through the JSON Schemas in `schemas/`
 * that `npm run schemas` generates from this file. Descriptions never change
 * what is valid.
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
  .max(10_000_000, { message: "Over 10,000,000 looks like a typo" })
  // A missing figure is left out, never written as 0: a 0 would be read as a real salary.
  .refine((value) => value !== 0, { message: "0 is not a salary: leave the field out when the source gives no figure" });
const currency = z.string().regex(/^[A-Z]{3}$/, { message: "Use a three-letter ISO currency code, e.g. USD" });
const isoDate = z.iso.date({ message: "Use a date in the form YYYY-MM-DD" });
const years = z.number().int().min(0).max(60);

/* ------------------------------------------------------------------ sources */

const figureKindSchema = z.enum([
  "live-job-postings",
  "salary-survey",
  "bls-projections",
  "editorial-estimates",
  "none",
]);

export const sourceFileSchema = z.strictObject({
  name: text.describe('Required. The publisher\'s name as it writes it, e.g. "Himalayas".'),
  homepage: z
    .url({ protocol: /^https?$/, message: "Must be an http(s) URL" })
    .optional()
    .describe("Optional. The publisher's home page, an http(s) URL, e.g. https://himalayas.app"),
  description: markdown.describe(
    "Required. What the publisher is and what it publishes, in our own words (Markdown allowed), e.g. \"A remote-jobs board with career guides.\"",
  ),
  figures: z
    .array(figureKindSchema)
    .min(1)
    .describe(
      "Required, at least one. What kinds of figures this publisher gives: live-job-postings (counts of job ads it lists), salary-survey (pay from its own data or survey), bls-projections (US Bureau of Labor Statistics figures), editorial-estimates (figures its writers give without a stated basis), none (no figures). E.g. [salary-survey, bls-projections]",
    ),
  caveat: markdown
    .optional()
    .describe(
      "Optional. Why a reader should take this publisher's figures with care, if they should, in our own words, e.g. \"Gives no salary or growth figures.\"",
    ),
});

/* ------------------------------------------------------------------ taxonomy */

const skillTypeSchema = z.enum(["technical", "soft"]);

const skillEntrySchema = z
  .strictObject({
    id: slugSchema.describe("Required. The skill's canonical id: lower-case words and hyphens, never changed once used, e.g. nodejs"),
    name: text.describe('Required. The name shown on the site, e.g. "Node.js".'),
    aliases: z
      .array(text)
      .default([])
      .describe('Optional. Other names guides may use for it (matched in any case), e.g. ["Node", "NodeJS"]. A name or alias may belong to one entry only.'),
    category: text.describe('Required. Grouping for comparison tables, e.g. "Languages", "Databases", "Soft skills".'),
    type: skillTypeSchema.describe("Required. technical or soft."),
  })
  .describe("One canonical skill or tool.");
export const skillTaxonomySchema = z.strictObject({
  skills: z.array(skillEntrySchema).min(1).describe("Every canonical skill and tool that guides may name."),
});

const certificationEntrySchema = z
  .strictObject({
    id: slugSchema.describe("Required. The certification's canonical id: lower-case words and hyphens, e.g. aws-developer-associate"),
    name: text.describe('Required. The official name, e.g. "AWS Certified Developer – Associate".'),
    issuer: text.describe('Required. Who awards it, e.g. "Amazon Web Services".'),
    aliases: z
      .array(text)
      .default([])
      .describe(
        'Optional. Other spellings guides use; matched in any case and with any dash, e.g. ["AWS Developer Associate"]. A name or alias may belong to one entry only.',
      ),
    category: text.describe('Required. Grouping, e.g. "Cloud", "Containers".'),
  })
  .describe("One canonical certification.");
export const certificationTaxonomySchema = z.strictObject({
  certifications: z.array(certificationEntrySchema).min(1).describe("Every canonical certification that guides may name."),
});

/* ------------------------------------------------------------------ careers */

export const careerFileSchema = z.strictObject({
  title: text.describe('Required. The career\'s usual name, unique across careers, e.g. "Backend Developer".'),
  aliases: z
    .array(text)
    .default([])
    .describe('Optional. Other names for the career, e.g. ["Back-End Developer", "Server-side developer"].'),
  summary: markdown.describe("Required. One to three sentences in our own words on what the career is (Markdown allowed)."),
  related: z
    .array(text)
    .default([])
    .describe(
      "Optional. Related careers: a career slug (linked), or a plain title when we have no guide for it yet, e.g. [backend-engineer, Web Developer].",
    ),
});

/* ------------------------------------------------------------------ guides */

const salaryLevelSchema = z
  .strictObject({
    level: text.describe('Required. The source\'s own name for the level, e.g. "Entry-Level" or "Senior Backend Developer".'),
    yearsMin: years.optional().describe("Optional. Fewest years of experience for the level, as the source gives it, e.g. 0"),
    yearsMax: years.optional().describe("Optional. Most years of experience for the level, as the source gives it, e.g. 2"),
    median: money.optional().describe("Optional. Median pay for the level: a plain number, e.g. 75000"),
    average: money.optional().describe("Optional. Average (mean) pay for the level: a plain number, e.g. 80000"),
    min: money.optional().describe("Optional. Bottom of the level's range: a plain number"),
    max: money.optional().describe("Optional. Top of the level's range: a plain number"),
  })
  .describe("Pay for one experience level, in the guide's salary currency and period.");

const regionalSalarySchema = z
  .strictObject({
    region: text.describe('Required. Country, optionally with city, e.g. "Germany (Berlin)".'),
    roles: text.optional().describe('Optional. Which roles the figure covers, when the source says, e.g. "mid-level".'),
    currency: currency.describe("Required. Three-letter ISO 4217 code of these figures, e.g. EUR"),
    min: money.optional().describe("Optional. Bottom of the range, in this entry's currency."),
    max: money.optional().describe("Optional. Top of the range, in this entry's currency."),
    median: money.optional().describe("Optional. Median, in this entry's currency."),
    usdMin: money.optional().describe("Optional. Bottom of the range in US dollars, only as the source gives it; never converted by us."),
    usdMax: money.optional().describe("Optional. Top of the range in US dollars, only as the source gives it; never converted by us."),
  })
  .describe("Pay in one region, in its own currency.");

const salarySchema = z.strictObject({
  currency: currency.describe("Required in salary. Three-letter ISO 4217 code, e.g. USD"),
  period: z
    .enum(["year", "month", "hour"])
    .default("year")
    .describe("Optional. What the figures are per: year (the default), month or hour."),
  median: money.optional().describe("Optional. Median pay: a plain number, no currency sign or commas, e.g. 121000"),
  average: money.optional().describe("Optional. Average (mean) pay: a plain number, e.g. 125000"),
  min: money.optional().describe("Optional. Bottom of the range the source gives, e.g. 70000"),
  max: money.optional().describe("Optional. Top of the range the source gives, e.g. 170000"),
  maxOpenEnded: z
    .boolean()
    .default(false)
    .describe('Optional. true when the source gives the maximum as open-ended ("$170k+"). Default false.'),
  topDecile: money.optional().describe("Optional. Where the top 10% start, when the source says."),
  note: markdown.optional().describe('Optional. What the range covers, in our words, e.g. "entry-level to senior roles".'),
  byLevel: z.array(salaryLevelSchema).default([]).describe("Optional. Pay by experience level, in the order the source gives."),
  byRegion: z.array(regionalSalarySchema).default([]).describe("Optional. Pay by country or city, each in its own currency."),
});

const demandLevelSchema = z.enum(["low", "moderate", "high", "very-high"]);

const outlookSchema = z.strictObject({
  growthPercent: z
    .number()
    .min(-100)
    .max(1000)
    .optional()
    .describe("Optional. Projected job growth in percent, e.g. 22 for 22%."),
  projectionFrom: year.optional().describe("Optional. First year of the projection period, e.g. 2022"),
  projectionTo: year.optional().describe("Optional. Last year of the projection period, e.g. 2032"),
  basis: text.optional().describe('Optional. What the growth figure is based on, e.g. "BLS projection for Software Developers".'),
  growthLabel: text.optional().describe('Optional. The publisher\'s own wording of the growth, e.g. "much faster than average".'),
  annualOpenings: z
    .number()
    .int()
    .nonnegative()
    .optional()
    .describe("Optional. Projected openings a year (BLS-style), not today's postings, e.g. 216000"),
  annualOpeningsApprox: z
    .boolean()
    .default(false)
    .describe('Optional. true when the source gives openings as an approximation ("≈216k"). Default false.'),
  livePostings: z
    .number()
    .int()
    .nonnegative()
    .optional()
    .describe("Optional. Count of live job postings the publisher listed when it wrote the guide."),
  demand: demandLevelSchema.optional().describe("Optional. The demand the source states: low, moderate, high or very-high."),
  remoteFriendly: z.boolean().optional().describe("Optional. true or false, when the source says whether the work suits remote working."),
});

const tierSalarySchema = z
  .strictObject({
    min: money.optional().describe("Optional. Bottom of the tier's pay band."),
    max: money.optional().describe("Optional. Top of the tier's pay band."),
    median: money.optional().describe("Optional. Median pay for the tier."),
    maxOpenEnded: z
      .boolean()
      .default(false)
      .describe('Optional. true when the source gives the top of the band as open-ended ("$164,000+"). Default false.'),
  })
  .describe("Optional. The tier's pay band, in the guide's salary currency and period.");

const tierSchema = z
  .strictObject({
    title: text.describe('Required. The source\'s name for the stage, e.g. "Junior Backend Developer".'),
    yearsMin: years.describe("Required. Years of experience at which the stage starts, e.g. 0"),
    yearsMax: years.optional().describe('Optional. Years at which it ends; leave out for open-ended tiers such as "12+ years".'),
    summary: markdown.describe("Required. What the work is at this stage, in our own words."),
    salary: tierSalarySchema.optional(),
    focus: z.array(text).default([]).describe('Optional. What to focus on at this stage, as short items, e.g. ["Debugging", "Code review"].'),
  })
  .describe("One stage of the career ladder. List tiers from least to most experienced.");

/** A skill or tool as the source words it, with the canonical taxonomy entries it names. */
const skillRefSchema = z
  .union([
    text,
    z.strictObject({
      label: text.describe('Required. The source\'s wording, e.g. "Database management (SQL like PostgreSQL)".'),
      refs: z
        .array(text)
        .min(1)
        .describe("Required. Canonical skill ids, names or aliases this item covers, e.g. [database-management, postgresql]."),
    }),
  ])
  .describe(
    "A skill or tool: its id, name or alias in content/taxonomy/skills.yaml (e.g. Python), or {label, refs} for an item in the source's own words.",
  );

const certificationRefSchema = z
  .strictObject({
    name: text.describe(
      "Required. The certification's name as the source gives it; must match a name or alias in content/taxonomy/certifications.yaml.",
    ),
    issuer: text.optional().describe('Optional. The issuer as the source gives it, e.g. "Amazon Web Services".'),
    proves: markdown.optional().describe("Optional. What holding it shows an employer, in our words."),
  })
  .describe("A certification the source names.");

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

const faqSchema = z
  .strictObject({
    question: text.describe("Required. The question, as a reader would ask it."),
    answer: markdown.describe("Required. The answer the source gives, in our own words (Markdown allowed)."),
    topic: faqTopicSchema.describe(
      "Required. One of: salary, getting-started, skills, remote, role, career-growth, job-market, education, work-life.",
    ),
  })
  .describe("One question and answer.");

const entryPathSchema = z
  .strictObject({
    title: text.describe('Required. The name of the route in, e.g. "Computer science degree" or "Bootcamp".'),
    detail: markdown.describe("Required. What it involves, in our own words."),
  })
  .describe("One way into the career.");

const workLifeSchema = z.strictObject({
  stressLevel: z.enum(["low", "moderate", "high"]).optional().describe("Optional. As the source rates it: low, moderate or high."),
  balanceRating: z
    .enum(["poor", "fair", "good", "excellent"])
    .optional()
    .describe("Optional. As the source rates it: poor, fair, good or excellent."),
  summary: markdown.optional().describe("Optional. What the source says about hours and balance, in our own words."),
});

const provenanceSchema = z.strictObject({
  title: text.describe('Required. The title of the publisher\'s page this guide is drawn from, exactly, e.g. "Complete Backend Developer Career Guide".'),
  url: z.url({ protocol: /^https?$/, message: "Must be an http(s) URL" }).optional().describe("Optional. The address of that page, an http(s) URL."),
  figuresYear: year
    .optional()
    .describe("Optional, but give it whenever the source has figures: the year the guide's figures refer to, e.g. 2025"),
  added: isoDate.describe("Required. The date this guide was added to Careerscope, YYYY-MM-DD, e.g. 2026-11-23"),
  updated: isoDate.optional().describe("Optional. The date this guide was last brought in line with the source, YYYY-MM-DD."),
});

/**
 * One career as one publisher tells it. In a `.md` guide, everything but
 * `body` is the YAML frontmatter and `body` is the Markdown below it; in a
 * `.yaml` guide, every field, `body` included, is in the YAML.
 */
export const guideFileSchema = z.strictObject({
  source: slugSchema.describe("Required. Id of a file in content/sources (its name without .yaml); must match the guide's file name, e.g. himalayas"),
  provenance: provenanceSchema.describe("Required. Where this guide comes from: the page title, the year of its figures, the date added."),
  summary: markdown.describe("Required. One or two sentences in our own words: what this source's guide stands out for."),
  salary: salarySchema
    .optional()
    .describe("Optional. The source's pay figures, exactly as it gives them. Leave out any figure it does not give; never estimate."),
  outlook: outlookSchema.optional().describe("Optional. The source's job-outlook figures: growth, projection period, openings, demand."),
  tiers: z.array(tierSchema).default([]).describe("Optional. The career ladder as the source gives it, least experienced first."),
  skills: z
    .strictObject({
      technical: z.array(skillRefSchema).default([]).describe("Optional. Technical skills the source names."),
      soft: z.array(skillRefSchema).default([]).describe("Optional. Soft skills the source names."),
    })
    .default({ technical: [], soft: [] })
    .describe("Optional. The skills the source names, each resolved to content/taxonomy/skills.yaml."),
  tools: z
    .array(skillRefSchema)
    .default([])
    .describe("Optional. Tools and technologies the source names, each resolved to content/taxonomy/skills.yaml."),
  certifications: z
    .array(certificationRefSchema)
    .default([])
    .describe("Optional. Certifications the source names, each resolved to content/taxonomy/certifications.yaml."),
  education: z
    .strictObject({
      typical: text.optional().describe("Optional. The usual education, in our words, e.g. \"A bachelor's degree in computer science or similar\"."),
      paths: z.array(entryPathSchema).default([]).describe("Optional. Ways into the career the source describes."),
    })
    .optional()
    .describe("Optional. Education and ways in, as the source describes them."),
  faqs: z.array(faqSchema).default([]).describe("Optional. The source's frequently asked questions, answered in our own words."),
  dayInTheLife: markdown.optional().describe("Optional. A typical working day as the source describes it, in our own words (Markdown)."),
  workLife: workLifeSchema.optional().describe("Optional. Stress and work-life balance, as the source rates them."),
  pros: z.array(text).default([]).describe("Optional. Upsides the source lists, in our own words."),
  cons: z.array(text).default([]).describe("Optional. Downsides the source lists, in our own words."),
  related: z
    .array(text)
    .default([])
    .describe("Optional. Related careers the source names: a career slug, or a plain title, e.g. [backend-engineer, DevOps Engineer]."),
  body: z
    .string()
    .default("")
    .describe(
      "Optional. The narrative sections in Markdown, in our own words: text before the first `## heading` is the overview. In a .md guide this is the text below the frontmatter, never a field.",
    ),
});

export type SourceFile = z.infer<typeof sourceFileSchema>;
export type SkillEntry = z.infer<typeof skillEntrySchema>;
export type CertificationEntry = z.infer<typeof certificationEntrySchema>;
export type CareerFile = z.infer<typeof careerFileSchema>;
export type GuideFile = z.infer<typeof guideFileSchema>;
export type Salary = z.infer<typeof salarySchema>;
export type Tier = z.infer<typeof tierSchema>;
export type SkillRef = z.infer<typeof skillRefSchema>;
export type Faq = z.infer<typeof faqSchema>;
export type FaqTopic = z.infer<typeof faqTopicSchema>;
export type FigureKind = z.infer<typeof figureKindSchema>;
