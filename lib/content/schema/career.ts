/** A career, shared by every source's guide to it: `content/careers/<career>/career.yaml`. */
import { z } from "zod";
import { doc, markdown, text } from "./fields";

export const careerFileSchema = z.strictObject({
  title: text.meta(doc("The career's usual name; no two careers may share a title.", "Backend Developer")),
  aliases: z
    .array(text)
    .default([])
    .meta(doc("Other names for the career.", ["Back-End Developer", "Server-side developer"])),
  summary: markdown.meta(
    doc(
      "One to three sentences in our own words on what the career is (Markdown allowed).",
      "Backend developers write and run the server-side code behind websites and apps.",
    ),
  ),
  related: z
    .array(text)
    .default([])
    .meta(
      doc(
        "Related careers: a career's slug, title or alias (shown as a link), or a plain title when we have no guide for it yet (shown as text).",
        ["backend-engineer", "Web Developer"],
      ),
    ),
});
