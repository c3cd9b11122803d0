/**
 * The generated parts of CONTRIBUTING.md: a field table per kind of file,
 * built from the schemas' `.meta()` (field-docs.ts), and the issue-code
 * table. Each stands between `<!-- name:start -->` and `<!-- name:end -->`;
 * `npm run schemas` rewrites them and a unit test fails while they are stale.
 *
 * Pure: text in, text out.
 */
import type { CollectionId } from "./collections";
import { fieldDocs, flatten, inlineYaml, unlistedValues, type FieldDoc } from "./field-docs";
import { issueCodeTable } from "./issue-codes";

const TABLES: readonly CollectionId[] = ["source", "career", "guide", "skills", "certifications"];

/** Section name → generated Markdown. */
function sections(): Record<string, string> {
  return {
    ...Object.fromEntries(TABLES.map((c) => [`fields:${c}`, fieldTable(fieldDocs(c))])),
    "issue-codes": issueCodeTable(),
  };
}

/** CONTRIBUTING.md's text with every generated section brought up to date; other text is kept as it is. */
export function refreshContributing(text: string): string {
  let out = text;
  for (const [name, body] of Object.entries(sections())) {
    const start = `<!-- ${name}:start -->\n`;
    const end = `\n<!-- ${name}:end -->`;
    const from = out.indexOf(start);
    const to = out.indexOf(end, from);
    if (from === -1 || to === -1) throw new Error(`CONTRIBUTING.md has no "${name}" section (${start.trim()} … ${end.trim()})`);
    out = out.slice(0, from + start.length) + body + out.slice(to);
  }
  return out;
}

function fieldTable(fields: readonly FieldDoc[]): string {
  const parents = new Map<string, FieldDoc>();
  for (const f of flatten(fields)) for (const child of f.children) parents.set(child.path, f);
  const always = (f: FieldDoc | undefined): boolean => !f || (f.required && f.kind !== "list" && always(parents.get(f.path)));
  const rows = flatten(fields).map((f) => {
    const parent = parents.get(f.path);
    return `| \`${f.path}\` | ${requirement(f, parent, always(parent))} | ${cell(meaning(f))} |`;
  });
  return ["| field | required | what it means |", "| --- | --- | --- |", ...rows].join("\n");
}

function requirement(f: FieldDoc, parent: FieldDoc | undefined, parentAlways: boolean): string {
  if (!f.required) return "no";
  const atLeast = f.minItems ? `, at least ${f.minItems === 1 ? "one" : f.minItems}` : "";
  if (parentAlways || !parent) return `yes${atLeast}`;
  return parent.kind === "list" ? `yes, in each \`${parent.path}[]\`${atLeast}` : `yes, in \`${parent.path}\`${atLeast}`;
}

function meaning(f: FieldDoc): string {
  const parts = [f.description];
  if (f.itemDescription && f.children.length === 0) parts.push(`Each entry: ${f.itemDescription.charAt(0).toLowerCase()}${f.itemDescription.slice(1)}`);
  const values = unlistedValues(f);
  if (values) parts.push(`One of ${values.map((v) => `\`${v}\``).join(", ")}.`);
  if (f.default !== undefined && f.default !== "" && typeof f.default !== "object") parts.push(`Default \`${inlineYaml(f.default)}\`.`);
  const examples = f.examples.filter((e) => !(typeof e === "string" && e.includes("\n")));
  if (examples.length > 0) parts.push(`E.g. ${examples.map((e) => `\`${inlineYaml(e)}\``).join(", ")}`);
  return parts.filter(Boolean).join(" ");
}

/** Text safe inside a Markdown table cell. */
function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}
