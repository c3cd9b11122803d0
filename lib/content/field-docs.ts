/**
 * Field documentation read from the content model: the `.meta()` of every
 * field (description, examples), with what the JSON Schema says about it
 * (required, allowed values, default). CONTRIBUTING.md's field tables and the
 * `npm run content:new` templates are built from this one tree, so the three
 * places an editor reads about a field cannot disagree.
 *
 * Read from the generated JSON Schema rather than zod's internals: it is
 * zod's own, documented rendering of the schema and its metadata, and it
 * already knows which fields an editor must write (input shape, defaults
 * optional).
 */
import { stringify } from "yaml";
import type { CollectionId } from "./collections";
import { jsonSchemaOf } from "./json-schema";

type Json = { [key: string]: unknown };

export type FieldDoc = {
  name: string;
  /** Dotted path, `[]` for each list entry, e.g. salary.byLevel[].level */
  path: string;
  /** Must be written whenever its parent is. */
  required: boolean;
  kind: "value" | "object" | "list";
  description: string;
  examples: unknown[];
  /** Allowed values of the field, or of each entry of a list. */
  values?: string[];
  default?: unknown;
  minItems?: number;
  /** Fields of an object, or of each entry of a list. */
  children: FieldDoc[];
  /** What each entry of a list is, when its schema says. */
  itemDescription?: string;
};

/** The documented fields of a kind of file, in schema order. */
export function fieldDocs(collection: CollectionId): FieldDoc[] {
  return fieldsOf(jsonSchemaOf(collection), "");
}

/** The fields of an object schema. A union (a skill given as a name or as {label, refs}) is documented by its own description instead. */
function fieldsOf(node: Json | undefined, at: string): FieldDoc[] {
  if (!node?.properties) return [];
  const required = new Set((node.required as string[] | undefined) ?? []);
  const properties = node.properties as Record<string, Json>;
  return Object.entries(properties).map(([name, schema]) => field(name, schema, required.has(name), at));
}

function field(name: string, schema: Json, required: boolean, parent: string): FieldDoc {
  const path = parent ? `${parent}.${name}` : name;
  const items = schema.items as Json | undefined;
  const kind = schema.type === "array" ? "list" : schema.properties ? "object" : "value";
  const values = (schema.enum ?? items?.enum) as string[] | undefined;
  return {
    name,
    path,
    required,
    kind,
    description: String(schema.description ?? ""),
    examples: (schema.examples as unknown[] | undefined) ?? [],
    ...(values ? { values } : {}),
    ...(schema.default !== undefined ? { default: schema.default } : {}),
    ...(typeof schema.minItems === "number" ? { minItems: schema.minItems } : {}),
    children: kind === "list" ? fieldsOf(items, `${path}[]`) : fieldsOf(schema, path),
    ...(typeof items?.description === "string" ? { itemDescription: items.description } : {}),
  };
}

/** Every field at any depth, parents before their children. */
export function flatten(fields: readonly FieldDoc[]): FieldDoc[] {
  return fields.flatMap((f) => [f, ...flatten(f.children)]);
}

/** A value as YAML on one line: `Himalayas`, `[Node, NodeJS]`, `{label: …, refs: [sql]}`. */
export function inlineYaml(value: unknown): string {
  // Flow style for lists and mappings only: a plain sentence with a comma needs no quotes outside them.
  const style = value !== null && typeof value === "object" ? "flow" : "any";
  return stringify(value, { collectionStyle: style, flowCollectionPadding: false, lineWidth: 0 }).trim();
}

/** The allowed values, when the description does not already name them all. */
export function unlistedValues(field: FieldDoc): string[] | undefined {
  const { values, description } = field;
  return values && !values.every((v) => description.includes(v)) ? values : undefined;
}
