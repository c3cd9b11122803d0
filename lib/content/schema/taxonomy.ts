/** The canonical skills and certifications: `content/taxonomy/*.yaml`. */
import { z } from "zod";
import { doc, slugSchema, text } from "./fields";

const skillTypeSchema = z.enum(["technical", "soft"]);

export const skillEntrySchema = z
  .strictObject({
    id: slugSchema.meta(
      doc("The skill's canonical id: lower-case words and hyphens, never changed once guides use it.", "nodejs"),
    ),
    name: text.meta(doc("The name shown on the site.", "Node.js")),
    aliases: z
      .array(text)
      .default([])
      .meta(
        doc(
          "Other names guides may use for it, matched in any case. A name or alias may belong to one entry only.",
          ["Node", "NodeJS"],
        ),
      ),
    category: text.meta(doc("Grouping for comparison tables.", "Languages", "Databases", "Soft skills")),
    type: skillTypeSchema.meta(doc("Whether it is a technical or a soft skill.", "technical")),
  })
  .meta(doc("One canonical skill or tool."));

export const skillTaxonomySchema = z.strictObject({
  skills: z
    .array(skillEntrySchema)
    .min(1)
    .meta(doc("Every canonical skill and tool that guides may name (tools are skills too).")),
});

export const certificationEntrySchema = z
  .strictObject({
    id: slugSchema.meta(
      doc("The certification's canonical id: lower-case words and hyphens.", "aws-developer-associate"),
    ),
    name: text.meta(doc("The official name.", "AWS Certified Developer – Associate")),
    issuer: text.meta(doc("Who awards it.", "Amazon Web Services")),
    aliases: z
      .array(text)
      .default([])
      .meta(
        doc(
          "Other spellings guides use, matched in any case and with any dash. A name or alias may belong to one entry only.",
          ["AWS Developer Associate"],
        ),
      ),
    category: text.meta(doc("Grouping for comparison tables.", "Cloud", "Containers")),
  })
  .meta(doc("One canonical certification."));

export const certificationTaxonomySchema = z.strictObject({
  certifications: z
    .array(certificationEntrySchema)
    .min(1)
    .meta(doc("Every canonical certification that guides may name.")),
});
