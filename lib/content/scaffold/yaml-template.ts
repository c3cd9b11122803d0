/**
 * Writes a kind of file's fields as a commented YAML template, from the
 * field documentation (field-docs.ts): every field in schema order, each
 * with its description, required values left empty, optional ones as their
 * `.meta()` examples.
 *
 * Lines starting with `?` are optional examples: `render` comments each run
 * of them out the way VS Code's Ctrl+/ does, so the same keys uncomment it.
 */
import { parseDocument, stringify, visit, isScalar, type YAMLSeq } from "yaml";
import { inlineYaml, unlistedValues, type FieldDoc } from "../field-docs";

const WIDTH = 80;
/** An inline comment longer than this goes on the lines above its field instead. */
const INLINE_LIMIT = 110;

/** Values filled in for the editor (a guide's source and date added), by field path. */
export type Presets = Record<string, string>;

/**
 * `commented` (what editors get): optional fields are commented out.
 * `examples`: every optional example is live, so tests can check that the
 * examples themselves are valid content.
 */
export type TemplateMode = "commented" | "examples";

/** The top-level fields: required ones first, then the optional ones under a note saying how to use them. */
export function fieldsTemplate(fields: readonly FieldDoc[], presets: Presets): string {
  const required = fields.filter((f) => f.required);
  const optional = fields.filter((f) => !f.required);
  const blocks = [
    ...required.map((f) => topLevel(f, presets)),
    [
      "# ---------------------------------------------------------------- optional",
      ...comment(
        "Give a field only when the source covers it: select its lines, uncomment them (Ctrl+/ or Cmd+/ in VS Code), and replace the example with the source's own figures or our own words. Leave out any figure the source does not give; never estimate one. Amounts are plain numbers: no currency signs or commas (93333, not $93,333).",
        "",
      ),
    ],
    ...optional.map((f) => topLevel(f, presets)),
  ];
  return blocks.map((lines) => lines.join("\n")).join("\n\n") + "\n";
}

function topLevel(f: FieldDoc, presets: Presets): string[] {
  const preset = presets[f.path];
  const label = f.required ? (preset === undefined ? "REQUIRED" : "REQUIRED, filled in for you") : "optional";
  return [...comment(`${f.name} (${label}): ${about(f)}`, ""), ...valueLines(f, 0, !f.required, presets)];
}

/** The field's description, with its allowed values when it does not name them. */
function about(f: FieldDoc): string {
  const values = unlistedValues(f);
  return values ? `${f.description} One of: ${values.join(", ")}.` : f.description;
}

/** The lines of one field at an indent; `optional` when it is (or stands inside) an optional part. */
function valueLines(f: FieldDoc, indent: number, optional: boolean, presets: Presets): string[] {
  const pad = " ".repeat(indent);
  const mark = optional ? "?" : "";
  const preset = presets[f.path];
  if (preset !== undefined) return [`${pad}${f.name}: ${preset}`];
  if (!optional && f.kind === "object") {
    return [`${pad}${f.name}:`, ...f.children.flatMap((c) => nested(c, indent + 2, !c.required, presets))];
  }
  if (!optional) return [`${pad}${f.name}: ${f.kind === "list" ? '[""]' : '""'}`];
  if (f.examples.length > 0) return exampleLines(f.name, f.examples[0], pad).map((l) => mark + l);
  if (f.kind === "object") {
    return [`${mark}${pad}${f.name}:`, ...f.children.flatMap((c) => nested(c, indent + 2, true, presets))];
  }
  if (f.kind === "list" && f.children.length > 0) {
    // One entry, its first field after the list's "- " (and any comment on that field above the dash).
    const entry = f.children.flatMap((c) => nested(c, indent + 4, true, presets));
    const first = entry.findIndex((l) => !l.slice(1).trimStart().startsWith("#"));
    const inner = 1 + indent + 4;
    const dash = entry.slice(0, first).map((l) => `${mark}${pad}  ${l.slice(inner)}`);
    const head = `${mark}${pad}  - ${entry[first].slice(inner)}`;
    return [`${mark}${pad}${f.name}:`, ...dash, head, ...entry.slice(first + 1)];
  }
  return [`${mark}${pad}${f.name}: ""`];
}

/** A field inside another, with its description as a comment beside it (or above, when long). */
function nested(f: FieldDoc, indent: number, optional: boolean, presets: Presets): string[] {
  const lines = valueLines(f, indent, optional, presets);
  const label = f.required ? (presets[f.path] !== undefined ? "REQUIRED, filled in for you: " : optional ? "required: " : "REQUIRED: ") : optional ? "" : "optional: ";
  const note = `${label}${about(f)}`;
  const beside = `${lines[0]}   # ${note}`;
  if (beside.length - (optional ? 1 : 0) <= INLINE_LIMIT) return [beside, ...lines.slice(1)];
  const above = comment(note, " ".repeat(indent)).map((l) => (optional ? `?${l}` : l));
  return [...above, ...lines];
}

/** A field and its example value: on one line when it fits, as a YAML block when not. */
function exampleLines(name: string, value: unknown, pad: string): string[] {
  const multiline = typeof value === "string" && value.includes("\n");
  const hasMapping = Array.isArray(value) && value.some((v) => v !== null && typeof v === "object");
  if (!multiline && !hasMapping) return [`${pad}${name}: ${inlineYaml(value)}`];
  return [`${pad}${name}:${multiline ? " |" : ""}`, ...blockYaml(value, multiline).map((l) => (l ? `${pad}  ${l}` : ""))];
}

/** Block YAML for a value, with lists of plain values kept on one line ([sql, nosql]). */
function blockYaml(value: unknown, multiline: boolean): string[] {
  if (multiline) return String(value).replace(/\n$/, "").split("\n");
  const document = parseDocument(stringify(value));
  visit(document, {
    Seq(_, node: YAMLSeq) {
      if (node.items.every((item) => isScalar(item))) node.flow = true;
    },
  });
  return document.toString({ flowCollectionPadding: false, lineWidth: 0 }).trimEnd().split("\n");
}

/** Text as `# ` comment lines wrapped at the template's width, as one string. */
export function commentLines(text: string): string {
  return comment(text, "").join("\n");
}

/** Text as `# ` comment lines wrapped at the template's width. */
function comment(text: string, pad: string): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && pad.length + 2 + line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.map((l) => `${pad}# ${l}`);
}

/**
 * Comments out each run of `?` lines at the run's smallest indentation (as
 * Ctrl+/ does), or, for `examples`, keeps them live. Other lines are kept.
 */
export function render(template: string, mode: TemplateMode): string {
  const lines = template.split("\n");
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    if (!lines[i].startsWith("?")) {
      out.push(lines[i++]);
      continue;
    }
    const run: string[] = [];
    while (i < lines.length && lines[i].startsWith("?")) run.push(lines[i++].slice(1));
    if (mode === "examples") {
      out.push(...run);
      continue;
    }
    const indent = Math.min(...run.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
    const pad = " ".repeat(indent);
    out.push(...run.map((l) => (l.trim() ? `${pad}# ${l.slice(indent)}` : `${pad}#`)));
  }
  return out.join("\n");
}
