/**
 * JSON Schemas for the content files, generated from the zod schemas in
 * `schema/` so that editors get completion, hover help and inline errors in
 * VS Code (redhat.vscode-yaml). The zod schemas stay the single source of
 * truth: `npm run schemas` writes these into `schemas/`, and a unit test fails
 * when the committed files fall behind.
 *
 * Pure: builds objects and text, touches no files.
 */
import { z } from "zod";
import { collection, type CollectionId } from "./collections";
import { guideFileSchema } from "./schema";

/** Folder, relative to the project root, that holds the generated files. */
export const SCHEMAS_DIR = "schemas";

type JsonObject = { [key: string]: unknown };

type SchemaSpec = { schema: z.ZodType; title: string; description: string };

const GENERATED_NOTE = "Generated from lib/content/schema/ by `npm run schemas`. Do not edit by hand.";

/** A collection's schema, saying where its files stand. */
function spec(id: CollectionId, what: string): SchemaSpec {
  const { schema, title, pattern } = collection(id);
  return { schema, title, description: `${what}: ${pattern}` };
}

/** The files written to `schemas/`, by file name: `<collection>.schema.json`, and the Markdown guide's frontmatter. */
const SPECS: Record<string, SchemaSpec> = {
  "source.schema.json": spec("source", "One publisher"),
  "career.schema.json": spec("career", "One career, shared by every source's guide"),
  "skills.schema.json": spec("skills", "Canonical skills and tools"),
  "certifications.schema.json": spec("certifications", "Canonical certifications"),
  "guide.schema.json": {
    schema: collection("guide").schema,
    title: `${collection("guide").title} (YAML form)`,
    description:
      "One career as one publisher tells it, every field including body in YAML: content/careers/<career>/<source>.yaml",
  },
  "guide-frontmatter.schema.json": {
    schema: guideFileSchema.omit({ body: true }),
    title: "Careerscope guide frontmatter (Markdown form)",
    description:
      "The YAML frontmatter of content/careers/<career>/<source>.md; the Markdown below it is the body. For reference: the YAML extension does not check frontmatter, `npm run content:check` does.",
  },
};

/** The JSON Schema of a kind of file editors write. */
export function jsonSchemaOf(id: CollectionId): JsonObject {
  return buildJsonSchemas()[`${id}.schema.json`];
}

/** Every generated JSON Schema, by file name, in a stable key order. */
export function buildJsonSchemas(): Record<string, JsonObject> {
  const out: Record<string, JsonObject> = {};
  for (const [file, spec] of Object.entries(SPECS)) {
    const generated = z.toJSONSchema(spec.schema, {
      // Editors write the input shape: fields with a default are optional.
      io: "input",
      // redhat.vscode-yaml supports JSON Schema draft-07 and below.
      target: "draft-07",
      override: ({ zodSchema, jsonSchema }) => addPatternMessage(zodSchema, jsonSchema as JsonObject),
    }) as JsonObject;
    out[file] = canonical({
      ...generated,
      $comment: GENERATED_NOTE,
      title: spec.title,
      description: spec.description,
    }) as JsonObject;
  }
  return out;
}

/** The exact text of a schema file: two-space JSON with a trailing newline. */
function formatJsonSchema(schema: JsonObject): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/** File name → file text, ready to write or compare. */
export function renderJsonSchemaFiles(): Record<string, string> {
  return Object.fromEntries(Object.entries(buildJsonSchemas()).map(([file, schema]) => [file, formatJsonSchema(schema)]));
}

/**
 * The YAML extension shows `patternErrorMessage` instead of a bare regex when
 * a value does not match. It is taken from the zod schema's own message, so
 * the editor and `npm run content:check` say the same thing.
 */
function addPatternMessage(zodSchema: unknown, jsonSchema: JsonObject) {
  if (typeof jsonSchema.pattern !== "string" && typeof jsonSchema.format !== "string") return;
  const def = (zodSchema as { _zod?: { def?: ZodDefLike } })._zod?.def;
  if (!def) return;
  const checks = (def.checks ?? []).map((c) => c._zod?.def).filter((c): c is ZodDefLike => !!c);
  const message = [def, ...checks].map((d) => staticMessage(d.error)).find((m) => m !== undefined);
  if (message) jsonSchema.patternErrorMessage = message;
}

type ZodDefLike = { error?: unknown; checks?: { _zod?: { def?: ZodDefLike } }[] };

/** The message of an error set as a plain string (zod stores it as a function returning it). */
function staticMessage(error: unknown): string | undefined {
  if (typeof error !== "function") return undefined;
  try {
    const out = (error as (issue?: unknown) => unknown)();
    return typeof out === "string" ? out : undefined;
  } catch {
    return undefined;
  }
}

/** Schema keywords first in this order, then any others alphabetically. */
const KEYWORD_ORDER = [
  "$schema",
  "$id",
  "$comment",
  "title",
  "description",
  "type",
  "const",
  "enum",
  "default",
  "examples",
  "format",
  "pattern",
  "patternErrorMessage",
  "minLength",
  "maxLength",
  "minimum",
  "exclusiveMinimum",
  "maximum",
  "exclusiveMaximum",
  "items",
  "minItems",
  "maxItems",
  "properties",
  "required",
  "additionalProperties",
  "anyOf",
  "oneOf",
  "allOf",
  "definitions",
  "$defs",
];

/** Keywords whose value maps names to schemas: the names keep their order (field order in the schemas). */
const SCHEMA_MAPS = new Set(["properties", "definitions", "$defs", "patternProperties"]);
/** Keywords whose value is data, not schemas: left exactly as they are. */
const DATA = new Set(["default", "examples", "enum", "const", "required"]);

/** Orders keywords the same way on every run and every zod version, so regenerating gives the same bytes. */
function canonical(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(canonical);
  if (node === null || typeof node !== "object") return node;
  const input = node as JsonObject;
  const rank = (key: string) => {
    const i = KEYWORD_ORDER.indexOf(key);
    return i === -1 ? KEYWORD_ORDER.length : i;
  };
  const keys = Object.keys(input).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  const out: JsonObject = {};
  for (const key of keys) {
    const value = input[key];
    if (DATA.has(key)) out[key] = value;
    else if (SCHEMA_MAPS.has(key) && value && typeof value === "object" && !Array.isArray(value)) {
      out[key] = Object.fromEntries(Object.entries(value as JsonObject).map(([name, schema]) => [name, canonical(schema)]));
    } else out[key] = canonical(value);
  }
  return out;
}
