/** A publisher: `content/sources/<source>.yaml`. */
import { z } from "zod";
import { doc, httpUrl, markdown, text } from "./fields";

export const figureKindSchema = z.enum([
  "live-job-postings",
  "salary-survey",
  "bls-projections",
  "editorial-estimates",
  "none",
]);

export const sourceFileSchema = z.strictObject({
  name: text.meta(doc("The publisher's name as it writes it.", "Himalayas")),
  homepage: httpUrl.optional().meta(doc("The publisher's home page, an http(s) address.", "https://www.example.com")),
  description: markdown.meta(
    doc(
      "What the publisher is and what it publishes, in our own words (Markdown allowed).",
      "A remote-jobs board with career guides.",
    ),
  ),
  figures: z
    .array(figureKindSchema)
    .min(1)
    .meta(
      doc(
        "The kinds of figures this publisher gives, one or more of: live-job-postings (counts of the job postings it lists), salary-survey (pay from its own data or survey), bls-projections (US Bureau of Labor Statistics figures), editorial-estimates (figures its writers give without a stated basis), none (no figures at all).",
        ["salary-survey", "bls-projections"],
      ),
    ),
  caveat: markdown
    .optional()
    .meta(
      doc(
        "Why a reader should take this publisher's figures with care, if they should, in our own words.",
        "Gives no salary or growth figures.",
      ),
    ),
});
