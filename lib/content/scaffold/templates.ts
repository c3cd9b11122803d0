/**
 * The files `npm run content:new` writes: a guide, and the career and source
 * files when they are new. Only the opening comments are written here; every
 * field, its comment and its example come from the schemas' `.meta()`.
 */
import { parse } from "yaml";
import { fieldDocs } from "../field-docs";
import { commentLines, fieldsTemplate, render, type TemplateMode } from "./yaml-template";

export type GuideFormat = "md" | "yaml";

const HOW_TO = `# Fill in every value marked REQUIRED: \`npm run content:check\` reports each one
# still empty ("Must not be empty") until you do. Lines starting with # are
# comments: the site ignores them, and you may delete them.
# Field reference: CONTRIBUTING.md`;

/** A slug as a YAML value: plain when YAML reads it back as that string, quoted when it would be a number or the like ("2024"). */
function yamlString(value: string): string {
  return parse(value) === value ? value : JSON.stringify(value);
}

const schemaLine = (depth: number, file: string) =>
  `# yaml-language-server: $schema=${"../".repeat(depth)}schemas/${file}`;

export function sourceTemplate(source: string, mode: TemplateMode = "commented"): string {
  const intro = `${schemaLine(2, "source.schema.json")}
# Source "${source}": one file per publisher. Its page is /sources/${source}.
${HOW_TO}`;
  return render(`${intro}\n\n${fieldsTemplate(fieldDocs("source"), {})}`, mode);
}

export function careerTemplate(career: string, mode: TemplateMode = "commented"): string {
  const intro = `${schemaLine(3, "career.schema.json")}
# Career "${career}": one file per career, shared by every source's guide to
# it. Its page is /careers/${career}.
${HOW_TO}`;
  return render(`${intro}\n\n${fieldsTemplate(fieldDocs("career"), {})}`, mode);
}

export type GuideTemplateInput = { career: string; source: string; format: GuideFormat; today: string };

export function guideTemplate(input: GuideTemplateInput, mode: TemplateMode = "commented"): string {
  const { career, source, format, today } = input;
  const intro = `# Guide: the career "${career}" as the source "${source}" tells it.
# Its page is /careers/${career}/${source}.
${HOW_TO}`;
  const presets = { source: yamlString(source), "provenance.added": today };
  const all = fieldDocs("guide");
  if (format === "yaml") {
    return render(`${schemaLine(3, "guide.schema.json")}\n${intro}\n\n${fieldsTemplate(all, presets)}`, mode);
  }
  // In a Markdown guide the body is the text below the frontmatter, not a field.
  const body = all.find((f) => f.name === "body");
  const fields = fieldsTemplate(
    all.filter((f) => f !== body),
    presets,
  );
  const bodyNote = `\n${commentLines(`body (optional), below the closing --- line: ${body?.description ?? ""}`)}\n`;
  const example = mode === "examples" ? `\n${String(body?.examples[0] ?? "")}` : "";
  return render(`---\n${intro}\n\n${fields}${bodyNote}---\n${example}`, mode);
}
