/**
 * The content model. These zod schemas are the single source of truth for
 * every file under `content/`: TypeScript types come from `z.infer`, the
 * loader validates against them, and every field's documentation is its
 * `.meta()` — the JSON Schemas in `schemas/`, CONTRIBUTING.md's field tables
 * and the `npm run content:new` templates are all generated from it.
 *
 * Files hold what editors write (the "input" shapes). Cross-file references —
 * source ids, career slugs, skill and certification names — are resolved
 * later, in `resolve.ts`, because they need every file at once.
 */
import type { z } from "zod";
import type { careerFileSchema } from "./career";
import type { faqTopicSchema, guideFileSchema, skillRefSchema } from "./guide";
import type { salarySchema, tierSchema } from "./guide-figures";
import type { figureKindSchema, sourceFileSchema } from "./source";
import type { certificationEntrySchema, skillEntrySchema } from "./taxonomy";

export { careerFileSchema } from "./career";
export { slugSchema } from "./fields";
export { faqTopicSchema, guideFileSchema } from "./guide";
export { sourceFileSchema } from "./source";
export { certificationTaxonomySchema, skillTaxonomySchema } from "./taxonomy";

export type SourceFile = z.infer<typeof sourceFileSchema>;
export type SkillEntry = z.infer<typeof skillEntrySchema>;
export type CertificationEntry = z.infer<typeof certificationEntrySchema>;
export type CareerFile = z.infer<typeof careerFileSchema>;
export type GuideFile = z.infer<typeof guideFileSchema>;
export type Salary = z.infer<typeof salarySchema>;
export type Tier = z.infer<typeof tierSchema>;
export type SkillRef = z.infer<typeof skillRefSchema>;
export type Faq = z.infer<typeof guideFileSchema>["faqs"][number];
export type FaqTopic = z.infer<typeof faqTopicSchema>;
export type FigureKind = z.infer<typeof figureKindSchema>;
