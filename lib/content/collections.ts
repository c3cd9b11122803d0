/**
 * The kinds of content file, in one table: where each stands, how it is
 * written, the schema it is checked against and how editors see it named.
 * The loader classifies files by it, the JSON Schema generator and the
 * scaffold read their paths and titles from it.
 */
import type { z } from "zod";
import { RESERVED_CAREER_SLUGS } from "../site";
import { isId, slugify } from "../vocabulary/slug";
import {
  careerFileSchema,
  certificationTaxonomySchema,
  guideFileSchema,
  skillTaxonomySchema,
  sourceFileSchema,
} from "./schema";

export type CollectionId = "source" | "skills" | "certifications" | "career" | "guide";

type Collection = {
  id: CollectionId;
  /** Where its files stand, with <placeholders> for the ids the path carries. */
  pattern: string;
  /** Markdown (YAML frontmatter and a body) or YAML; a guide may be either. */
  format: "yaml" | "md-or-yaml";
  schema: z.ZodType;
  title: string;
  /** Names the placeholders capture, each an id. */
  ids: readonly string[];
  match: RegExp;
};

/** In classification order: a career's own career.yaml before the guides beside it. */
const COLLECTIONS = [
  {
    id: "source",
    pattern: "content/sources/<source>.yaml",
    format: "yaml",
    schema: sourceFileSchema,
    title: "Careerscope source",
    ids: ["source"],
    match: /^content\/sources\/(?<source>[^/]+)\.ya?ml$/,
  },
  {
    id: "skills",
    pattern: "content/taxonomy/skills.yaml",
    format: "yaml",
    schema: skillTaxonomySchema,
    title: "Careerscope skills taxonomy",
    ids: [],
    match: /^content\/taxonomy\/skills\.yaml$/,
  },
  {
    id: "certifications",
    pattern: "content/taxonomy/certifications.yaml",
    format: "yaml",
    schema: certificationTaxonomySchema,
    title: "Careerscope certifications taxonomy",
    ids: [],
    match: /^content\/taxonomy\/certifications\.yaml$/,
  },
  {
    id: "career",
    pattern: "content/careers/<career>/career.yaml",
    format: "yaml",
    schema: careerFileSchema,
    title: "Careerscope career",
    ids: ["career"],
    match: /^content\/careers\/(?<career>[^/]+)\/career\.(?:md|ya?ml)$/,
  },
  {
    id: "guide",
    pattern: "content/careers/<career>/<source>.md",
    format: "md-or-yaml",
    schema: guideFileSchema,
    title: "Careerscope guide",
    ids: ["career", "source"],
    match: /^content\/careers\/(?<career>[^/]+)\/(?<source>[^/]+)\.(?:md|ya?ml)$/,
  },
] as const satisfies readonly Collection[];

type CollectionOf<K extends CollectionId> = Extract<(typeof COLLECTIONS)[number], { id: K }>;

export function collection<K extends CollectionId>(id: K): CollectionOf<K> {
  const found = COLLECTIONS.find((c): c is CollectionOf<K> => c.id === id);
  if (!found) throw new Error(`No collection "${id}"`);
  return found;
}

/** A collection's path with its placeholders filled in, e.g. content/careers/backend-developer/career.yaml. */
export function collectionPath(id: CollectionId, ids: Record<string, string>, extension?: "md" | "yaml"): string {
  const path = (collection(id).pattern as string).replace(/<(\w+)>/g, (_, name: string) => ids[name] ?? `<${name}>`);
  return extension ? path.replace(/\.(md|yaml)$/, `.${extension}`) : path;
}

export type Classified =
  | { kind: "content"; collection: CollectionId; ids: Record<string, string>; markdown: boolean }
  | { kind: "misplaced"; hint: string }
  | { kind: "invalid-id"; name: string; value: string; suggestion: string; reserved?: boolean };

/** Decides what a file is from where it stands under content/. */
export function classify(path: string): Classified {
  const found = COLLECTIONS.map((c: Collection) => ({ c, m: c.match.exec(path) })).find((x) => x.m);
  if (!found?.m) return { kind: "misplaced", hint: misplacedHint(path) };
  const ids = { ...found.m.groups };
  for (const name of found.c.ids) {
    const value = ids[name] ?? "";
    if (!isId(value)) return { kind: "invalid-id", name, value, suggestion: suggestId(value) };
    if (name === "career" && RESERVED_CAREER_SLUGS.includes(value))
      return { kind: "invalid-id", name, value, suggestion: `${value}-career`, reserved: true };
  }
  const markdown = found.c.format === "md-or-yaml" && path.endsWith(".md");
  return { kind: "content", collection: found.c.id, ids, markdown };
}

function misplacedHint(path: string): string {
  const parts = path.split("/");
  if (parts[0] !== "content" || !/\.(md|ya?ml)$/.test(path)) return "content files end in .md or .yaml";
  if (parts[1] === "careers") {
    return "a guide goes in its career's folder: content/careers/<career>/<source>.md";
  }
  return "content/ holds sources/<source>.yaml, taxonomy/skills.yaml, taxonomy/certifications.yaml and careers/<career>/…";
}

/** The id an editor probably meant: "Backend_Engineer" → "backend-engineer". */
function suggestId(value: string): string {
  return slugify(value) || "a-name";
}
