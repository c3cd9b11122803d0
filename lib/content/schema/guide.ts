/**
 * One career as one publisher tells it. In a `.md` guide, everything but
 * `body` is the YAML frontmatter and `body` is the Markdown below it; in a
 * `.yaml` guide, every field, `body` included, is in the YAML.
 */
import { z } from "zod";
import { doc, httpUrl, isoDate, markdown, slugSchema, text, year } from "./fields";
import { outlookSchema, salarySchema, tierSchema } from "./guide-figures";

/** A skill or tool as the source words it, with the canonical taxonomy entries it names. */
export const skillRefSchema = z
  .union([
    text,
    z.strictObject({
      label: text.meta(doc("The source's wording.", "Database management (SQL like PostgreSQL)")),
      refs: z
        .array(text)
        .min(1)
        .meta(doc("Canonical skill ids, names or aliases this item covers.", ["database-management", "postgresql"])),
    }),
  ])
  .meta(
    doc(
      "A skill or tool, given as its id, name or alias in content/taxonomy/skills.yaml, or as {label, refs} for an item in the source's own words (label: the source's wording; refs: the skill ids, names or aliases it covers).",
    ),
  );

const certificationRefSchema = z
  .strictObject({
    name: text.meta(
      doc(
        "The certification's name as the source spells it; must match a name or alias in content/taxonomy/certifications.yaml.",
        "AWS Certified Developer - Associate",
      ),
    ),
    issuer: text.optional().meta(doc("The issuer as the source gives it.", "Amazon Web Services")),
    proves: markdown
      .optional()
      .meta(doc("What holding it shows an employer, in our own words.", "That you can build and run applications on AWS.")),
  })
  .meta(doc("A certification the source names."));

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
    question: text.meta(doc("The question, as a reader would ask it.", "How long does it take to become one?")),
    answer: markdown.meta(
      doc(
        "The answer the source gives, in our own words (Markdown allowed).",
        "The source's answer to the question, in a sentence or two of our own words.",
      ),
    ),
    topic: faqTopicSchema.meta(doc("What the question is about, for grouping questions across sources.", "getting-started")),
  })
  .meta(doc("One question and answer."));

const entryPathSchema = z
  .strictObject({
    title: text.meta(doc("The name of the route in.", "Bootcamp")),
    detail: markdown.meta(
      doc("What it involves, in our own words.", "An intensive course of a few months, in our own words."),
    ),
  })
  .meta(doc("One way into the career."));

const workLifeSchema = z.strictObject({
  stressLevel: z.enum(["low", "moderate", "high"]).optional().meta(doc("Stress, as the source rates it.", "moderate")),
  balanceRating: z
    .enum(["poor", "fair", "good", "excellent"])
    .optional()
    .meta(doc("Work-life balance, as the source rates it.", "good")),
  summary: markdown
    .optional()
    .meta(
      doc(
        "What the source says about hours and balance, in our own words.",
        "What the source says about hours and balance, in our own words.",
      ),
    ),
});

const provenanceSchema = z.strictObject({
  title: text.meta(
    doc(
      "The title of the publisher's page this guide is drawn from, exactly as it gives it.",
      "Complete Backend Developer Career Guide",
    ),
  ),
  url: httpUrl
    .optional()
    .meta(doc("The address of that page, an http(s) address.", "https://www.example.com/careers/backend-developer")),
  figuresYear: year
    .optional()
    .meta(
      doc(
        "The year the guide's figures refer to. Give it whenever the source has figures: the check warns when it is missing.",
        2025,
      ),
    ),
  added: isoDate.meta(doc("The date this guide was added to Careerscope, YYYY-MM-DD.", "2026-11-23")),
  updated: isoDate
    .optional()
    .meta(doc("The date this guide was last brought in line with the source, YYYY-MM-DD.", "2026-12-01")),
});

const skillList = (description: string, ...examples: unknown[]) =>
  z
    .array(skillRefSchema)
    .default([])
    .meta(doc(description, ...examples));

export const guideFileSchema = z.strictObject({
  source: slugSchema.meta(
    doc(
      "The id of a file in content/sources (its name without .yaml); must match the guide's own file name.",
      "himalayas",
    ),
  ),
  provenance: provenanceSchema.meta(
    doc("Where this guide comes from: the page title, the year of its figures, the date it was added."),
  ),
  summary: markdown.meta(
    doc(
      "One or two sentences in our own words on what this source's guide stands out for.",
      "The broadest of the guides, with pay by level and a seven-rung career ladder.",
    ),
  ),
  salary: salarySchema
    .optional()
    .meta(
      doc(
        "The source's pay figures, exactly as it gives them. Leave out any figure it does not give; never estimate one.",
      ),
    ),
  outlook: outlookSchema
    .optional()
    .meta(doc("The source's job-outlook figures: growth, projection period, openings, demand.")),
  tiers: z
    .array(tierSchema)
    .default([])
    .meta(doc("The career ladder as the source gives it, least experienced first.")),
  skills: z
    .strictObject({
      technical: skillList("Technical skills the source names.", [
        "Python",
        { label: "Database management (SQL like PostgreSQL)", refs: ["sql"] },
      ]),
      soft: skillList("Soft skills the source names.", ["Communication"]),
    })
    .default({ technical: [], soft: [] })
    .meta(doc("The skills the source names, each an entry of content/taxonomy/skills.yaml.")),
  tools: skillList("Tools and technologies the source names, named the same way as skills.", ["Git", "Docker"]),
  certifications: z
    .array(certificationRefSchema)
    .default([])
    .meta(doc("Certifications the source names, each an entry of content/taxonomy/certifications.yaml.")),
  education: z
    .strictObject({
      typical: text
        .optional()
        .meta(doc("The usual education, in our own words.", "A bachelor's degree in computer science or a related field")),
      paths: z
        .array(entryPathSchema)
        .default([])
        .meta(doc("Ways into the career the source describes.")),
    })
    .optional()
    .meta(doc("Education and ways in, as the source describes them.")),
  faqs: z
    .array(faqSchema)
    .default([])
    .meta(doc("The source's frequently asked questions, answered in our own words.")),
  dayInTheLife: markdown
    .optional()
    .meta(
      doc(
        "A typical working day as the source describes it, in our own words (Markdown allowed).",
        "A typical day, in our own words.",
      ),
    ),
  workLife: workLifeSchema.optional().meta(doc("Stress and work-life balance, as the source rates them.")),
  pros: z
    .array(text)
    .default([])
    .meta(doc("Upsides the source lists, in our own words.", ["An upside the source lists, in our own words."])),
  cons: z
    .array(text)
    .default([])
    .meta(doc("Downsides the source lists, in our own words.", ["A downside the source lists, in our own words."])),
  related: z
    .array(text)
    .default([])
    .meta(
      doc(
        "Related careers the source names: a career's slug, title or alias (linked), or a plain title.",
        ["backend-engineer", "DevOps Engineer"],
      ),
    ),
  body: z
    .string()
    .default("")
    .meta(
      doc(
        "The narrative sections in Markdown, in our own words: text before the first `## heading` is the overview, and each `## heading` starts a section. In a .md guide it is the text below the frontmatter, never a field.",
        "An overview paragraph, in our own words.\n\n## Day to day\n\nWhat the work involves, in our own words.\n",
      ),
    ),
});
