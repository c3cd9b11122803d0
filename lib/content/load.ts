/**
 * Reads every content file together, validates each against its schema,
 * resolves references across files, and either returns the whole site model
 * or every problem found — never a half-valid site.
 *
 * This module is pure: it takes file contents, not the file system, so tests
 * can feed it broken content directly. `tree.ts` reads the disk.
 */
import { closest, didYouMean } from "../vocabulary/distance";
import type { ContentIssue } from "./issues";
import type { Career, CertificationMention, Guide, RelatedCareer, Site, SkillMention, Source } from "./model";
import { decodeText, parseMarkdownFile, parseYamlFile, type ParsedFile } from "./parse";
import { checkGuideFigures } from "./rules";
import {
  careerFileSchema,
  certificationTaxonomySchema,
  guideFileSchema,
  skillTaxonomySchema,
  sourceFileSchema,
  type CareerFile,
  type CertificationEntry,
  type GuideFile,
  type SkillEntry,
  type SkillRef,
} from "./schema";
import { nameKey } from "../vocabulary/names";
import { buildNameIndex, type NameIndex } from "./taxonomy";
import { at, validate } from "./validate";
import { checkWarnings } from "./warnings";

export type ContentFile = { path: string; bytes: Uint8Array };

export type LoadOptions = {
  /** "Now", for warnings about the age of figures; the current time unless given (tests fix it). */
  now?: Date;
};

export type LoadResult =
  | { ok: true; site: Site; issues: ContentIssue[] }
  | { ok: false; issues: ContentIssue[] };

const SKILLS_FILE = "content/taxonomy/skills.yaml";
const CERTIFICATIONS_FILE = "content/taxonomy/certifications.yaml";

type FileRole =
  | { kind: "source"; id: string }
  | { kind: "skills" }
  | { kind: "certifications" }
  | { kind: "career"; slug: string }
  | { kind: "guide"; careerSlug: string; sourceId: string; format: "md" | "yaml" }
  | { kind: "misplaced"; hint: string };

/** Decides what a file is from where it stands under content/. */
function classify(path: string): FileRole {
  const parts = path.split("/");
  const name = parts.at(-1) ?? "";
  const stem = name.replace(/\.(md|ya?ml)$/, "");
  const ext = name.endsWith(".md") ? "md" : /\.ya?ml$/.test(name) ? "yaml" : undefined;
  if (parts[0] !== "content" || !ext) {
    return { kind: "misplaced", hint: "content files end in .md or .yaml" };
  }
  if (parts.length === 3 && parts[1] === "sources" && ext === "yaml") return { kind: "source", id: stem };
  if (path === SKILLS_FILE) return { kind: "skills" };
  if (path === CERTIFICATIONS_FILE) return { kind: "certifications" };
  if (parts.length === 4 && parts[1] === "careers") {
    if (stem === "career") return { kind: "career", slug: parts[2] };
    return { kind: "guide", careerSlug: parts[2], sourceId: stem, format: ext };
  }
  if (parts[1] === "careers") {
    return { kind: "misplaced", hint: "a guide goes in its career's folder: content/careers/<career>/<source>.md" };
  }
  return {
    kind: "misplaced",
    hint: "content/ holds sources/<source>.yaml, taxonomy/skills.yaml, taxonomy/certifications.yaml and careers/<career>/…",
  };
}

type Loaded<T> = { parsed: ParsedFile; value: T };
type LoadedGuide = Loaded<GuideFile> & { careerSlug: string; sourceId: string };

export function loadContent(files: readonly ContentFile[], options: LoadOptions = {}): LoadResult {
  const issues: ContentIssue[] = [];
  const sources: Loaded<Source>[] = [];
  const careers: (Loaded<CareerFile> & { slug: string })[] = [];
  const guides: LoadedGuide[] = [];
  let skills: Loaded<SkillEntry[]> | undefined;
  let certifications: Loaded<CertificationEntry[]> | undefined;
  // Source ids and career slugs that have a file, valid or not: a guide that
  // names a broken one is not told the file is missing.
  const present = { sources: new Set<string>(), careers: new Set<string>() };

  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const role = classify(file.path);
    if (role.kind === "misplaced") {
      issues.push({ severity: "error", file: file.path, field: "", message: "File is not where content is read from", hint: role.hint });
      continue;
    }
    if (role.kind === "source") present.sources.add(role.id);
    if (role.kind === "career") present.careers.add(role.slug);
    try {
      loadFile(file, role);
    } catch (error) {
      // A bug here must not hide every other file's problems behind a stack trace.
      issues.push({
        severity: "error",
        file: file.path,
        field: "",
        message: `Could not read this file: ${error instanceof Error ? error.message : String(error)}`,
        hint: "this is a bug in the content checks; please report it with the file",
      });
    }
  }

  function loadFile(file: ContentFile, role: Exclude<FileRole, { kind: "misplaced" }>) {
    const decoded = decodeText(file.path, file.bytes);
    if (!decoded.ok) {
      issues.push(...decoded.issues);
      return;
    }
    const isMarkdown = role.kind === "guide" && role.format === "md";
    const result = isMarkdown ? parseMarkdownFile(file.path, decoded.text) : parseYamlFile(file.path, decoded.text);
    if (!result.ok) {
      issues.push(...result.issues);
      return;
    }
    const parsed = result.parsed;
    switch (role.kind) {
      case "source": {
        const v = validate(parsed, sourceFileSchema);
        if (v.ok) sources.push({ parsed, value: { ...v.value, id: role.id, file: file.path } });
        else issues.push(...v.issues);
        break;
      }
      case "skills": {
        const v = validate(parsed, skillTaxonomySchema);
        if (v.ok) skills = { parsed, value: v.value.skills };
        else issues.push(...v.issues);
        break;
      }
      case "certifications": {
        const v = validate(parsed, certificationTaxonomySchema);
        if (v.ok) certifications = { parsed, value: v.value.certifications };
        else issues.push(...v.issues);
        break;
      }
      case "career": {
        const v = validate(parsed, careerFileSchema);
        if (v.ok) careers.push({ parsed, value: v.value, slug: role.slug });
        else issues.push(...v.issues);
        break;
      }
      case "guide": {
        const data = guideData(parsed, issues);
        const v = validate(parsed, guideFileSchema, data);
        if (v.ok) guides.push({ parsed, value: v.value, careerSlug: role.careerSlug, sourceId: role.sourceId });
        else issues.push(...v.issues);
        break;
      }
    }
  }

  for (const [path, loaded] of [[SKILLS_FILE, skills], [CERTIFICATIONS_FILE, certifications]] as const) {
    if (!loaded && !issues.some((i) => i.file === path)) {
      issues.push({ severity: "error", file: path, field: "", message: "Taxonomy file is missing" });
    }
  }
  if (!skills || !certifications) return { ok: false, issues };

  const skillIndex = indexTaxonomy(skills, "skills", issues);
  const certificationIndex = indexTaxonomy(certifications, "certifications", issues);
  const accepted: LoadedGuide[] = [];
  const site = assemble({ sources, careers, guides, skills, certifications, skillIndex, certificationIndex, present, issues, accepted });
  issues.push(
    ...checkWarnings({ sources, careers, guides: accepted, skillIndex, careerIndex: careerNameIndex(careers) }, options.now),
  );
  const failed = issues.some((i) => i.severity === "error");
  return failed ? { ok: false, issues: capPerFile(issues) } : { ok: true, site, issues: capPerFile(issues) };
}

/** No file reports more than this many problems: past it, an editor needs the first ones, not a wall. */
const MAX_ISSUES_PER_FILE = 30;

/** The first MAX_ISSUES_PER_FILE issues of each file, errors first, and a line saying how many more there are. */
function capPerFile(issues: ContentIssue[]): ContentIssue[] {
  const byFile = new Map<string, ContentIssue[]>();
  for (const issue of issues) {
    const list = byFile.get(issue.file);
    if (list) list.push(issue);
    else byFile.set(issue.file, [issue]);
  }
  if ([...byFile.values()].every((list) => list.length <= MAX_ISSUES_PER_FILE)) return issues;
  return [...byFile].flatMap(([file, list]) => {
    if (list.length <= MAX_ISSUES_PER_FILE) return list;
    const ordered = [...list.filter((i) => i.severity === "error"), ...list.filter((i) => i.severity === "warning")];
    const rest = ordered.slice(MAX_ISSUES_PER_FILE);
    const more: ContentIssue = {
      severity: rest.some((i) => i.severity === "error") ? "error" : "warning",
      file,
      field: "",
      message: `…and ${rest.length} more problem(s) in this file, not listed`,
      hint: "fix the ones above and run the check again",
    };
    return [...ordered.slice(0, MAX_ISSUES_PER_FILE), more];
  });
}

/** For Markdown guides the body comes from below the frontmatter. */
function guideData(parsed: ParsedFile, issues: ContentIssue[]): unknown {
  if (parsed.body === undefined) return parsed.data;
  const data = parsed.data;
  if (data === null || typeof data !== "object" || Array.isArray(data)) return data;
  if ("body" in data) {
    issues.push(at(parsed, ["body"], "In a Markdown guide the body is the text below the frontmatter", "remove the body field"));
  }
  return { ...data, body: parsed.body };
}

function indexTaxonomy<T extends { id: string; name: string; aliases: string[] }>(
  loaded: Loaded<T[]>,
  /** The top-level key the entries are listed under. */
  key: "skills" | "certifications",
  issues: ContentIssue[],
): NameIndex<T> {
  const index = buildNameIndex(loaded.value);
  const seen = new Set<string>();
  loaded.value.forEach((entry, i) => {
    if (seen.has(entry.id)) issues.push(at(loaded.parsed, [key, i, "id"], `Duplicate id "${entry.id}"`));
    seen.add(entry.id);
  });
  for (const conflict of index.conflicts) {
    if (conflict.ids[0] === conflict.ids[1]) continue;
    const i = loaded.value.findIndex((e) => e.id === conflict.ids[1]);
    issues.push(
      at(loaded.parsed, [key, i], `"${conflict.key}" names both "${conflict.ids[0]}" and "${conflict.ids[1]}"`, "a name or alias may belong to one entry only"),
    );
  }
  return index;
}

type AssembleInput = {
  sources: Loaded<Source>[];
  careers: (Loaded<CareerFile> & { slug: string })[];
  guides: LoadedGuide[];
  skills: Loaded<SkillEntry[]>;
  certifications: Loaded<CertificationEntry[]>;
  skillIndex: NameIndex<SkillEntry>;
  certificationIndex: NameIndex<CertificationEntry>;
  present: { sources: Set<string>; careers: Set<string> };
  issues: ContentIssue[];
  /** Filled with the guides that made it into the site, for the warnings. */
  accepted: LoadedGuide[];
};

function assemble(input: AssembleInput): Site {
  const { issues } = input;
  const sourceById = new Map(input.sources.map((s) => [s.value.id, s.value]));
  const careerBySlug = new Map(input.careers.map((c) => [c.slug, c]));
  const relatedIndex = careerNameIndex(input.careers);
  checkDuplicateTitles(input.careers, issues);

  const guidesByCareer = new Map<string, Guide[]>();
  const seenGuides = new Map<string, string>();
  for (const g of input.guides) {
    const { parsed, value } = g;
    const career = careerBySlug.get(g.careerSlug);
    if (!career) {
      // A career.yaml that is there but invalid has its own errors.
      if (input.present.careers.has(g.careerSlug)) continue;
      issues.push({
        severity: "error",
        file: parsed.file,
        field: "",
        message: `Career folder "${g.careerSlug}" has no career.yaml`,
        hint: `add content/careers/${g.careerSlug}/career.yaml, or move the guide into an existing career folder`,
      });
      continue;
    }
    const key = `${g.careerSlug}/${g.sourceId}`;
    const twin = seenGuides.get(key);
    if (twin) {
      issues.push({ severity: "error", file: parsed.file, field: "", message: `A guide from "${g.sourceId}" for this career already exists in ${twin}`, hint: "keep one of the two files" });
      continue;
    }
    seenGuides.set(key, parsed.file);
    const source = sourceById.get(value.source);
    if (!source) {
      // A source file that is there but invalid has its own errors.
      if (input.present.sources.has(value.source)) continue;
      issues.push(at(parsed, ["source"], `Unknown source "${value.source}"`, didYouMean(value.source, sourceById.keys()) ?? "add a file in content/sources/ first"));
      continue;
    }
    if (value.source !== g.sourceId) {
      issues.push(at(parsed, ["source"], `Source "${value.source}" does not match the file name "${g.sourceId}"`, `rename the file to ${value.source}.md, or correct the source`));
    }
    issues.push(...checkGuideFigures(parsed, value));
    const { source: _id, skills, tools, certifications, related, ...rest } = value;
    const guide: Guide = {
      ...rest,
      careerSlug: g.careerSlug,
      careerTitle: career.value.title,
      source,
      file: parsed.file,
      skills: {
        technical: resolveSkills(parsed, ["skills", "technical"], skills.technical, input.skillIndex, issues),
        soft: resolveSkills(parsed, ["skills", "soft"], skills.soft, input.skillIndex, issues),
      },
      tools: resolveSkills(parsed, ["tools"], tools, input.skillIndex, issues),
      certifications: resolveCertifications(parsed, certifications, input.certificationIndex, issues),
      related: related.map((name) => resolveRelated(name, relatedIndex)),
    };
    input.accepted.push(g);
    const list = guidesByCareer.get(g.careerSlug) ?? [];
    list.push(guide);
    guidesByCareer.set(g.careerSlug, list);
  }

  const careers: Career[] = input.careers
    .map(({ value, slug, parsed }) => ({
      ...value,
      slug,
      file: parsed.file,
      related: value.related.map((name) => resolveRelated(name, relatedIndex)).filter((r) => r.slug !== slug),
      guides: (guidesByCareer.get(slug) ?? []).sort((a, b) => a.source.name.localeCompare(b.source.name)),
    }))
    .sort((a, b) => a.title.localeCompare(b.title));

  return {
    careers,
    sources: input.sources.map((s) => s.value).sort((a, b) => a.name.localeCompare(b.name)),
    skills: input.skills.value,
    certifications: input.certifications.value,
  };
}

function resolveSkills(
  parsed: ParsedFile,
  path: (string | number)[],
  refs: readonly SkillRef[],
  index: NameIndex<SkillEntry>,
  issues: ContentIssue[],
): SkillMention[] {
  return refs.map((ref, i) => {
    const names = typeof ref === "string" ? [ref] : ref.refs;
    const label = typeof ref === "string" ? ref : ref.label;
    const skills = names.flatMap((name, j) => {
      const entry = index.find(name);
      if (entry) return [entry];
      const refPath = typeof ref === "string" ? [...path, i] : [...path, i, "refs", j];
      issues.push(at(parsed, refPath, `Unknown skill "${name}"`, unknownHint(name, index, SKILLS_FILE)));
      return [];
    });
    return { label, skills: dedupe(skills) };
  });
}

function resolveCertifications(
  parsed: ParsedFile,
  refs: GuideFile["certifications"],
  index: NameIndex<CertificationEntry>,
  issues: ContentIssue[],
): CertificationMention[] {
  return refs.flatMap((ref, i) => {
    const certification = index.find(ref.name);
    if (!certification) {
      issues.push(at(parsed, ["certifications", i, "name"], `Unknown certification "${ref.name}"`, unknownHint(ref.name, index, CERTIFICATIONS_FILE)));
      return [];
    }
    return [{ certification, sourceName: ref.name, sourceIssuer: ref.issuer, proves: ref.proves }];
  });
}

/** The nearest entries (not names: "Postgres" and "postgresql" are one skill), or how to add one. */
function unknownHint(name: string, index: NameIndex<{ id: string; name: string; aliases: string[] }>, file: string): string {
  const byEntry = new Map<string, string>();
  for (const candidate of closest(name, index.names(), 12)) {
    const entry = index.find(candidate);
    if (!entry || byEntry.has(entry.id)) continue;
    const same = nameKey(candidate) === nameKey(entry.name) || candidate === entry.id;
    byEntry.set(entry.id, same ? `"${candidate}"` : `"${candidate}" (${entry.name})`);
  }
  const add = `add it (or an alias) to ${file}`;
  if (byEntry.size === 0) return add;
  return `did you mean ${[...byEntry.values()].slice(0, 3).join(" or ")}? Otherwise ${add}`;
}

function careerNameIndex(careers: readonly (Loaded<CareerFile> & { slug: string })[]) {
  return buildNameIndex(careers.map((c) => ({ id: c.slug, name: c.value.title, aliases: c.value.aliases })));
}

function resolveRelated(name: string, index: NameIndex<{ id: string; name: string; aliases: string[] }>): RelatedCareer {
  const career = index.find(name);
  return career ? { title: career.name, slug: career.id } : { title: name };
}

function checkDuplicateTitles(careers: readonly (Loaded<CareerFile> & { slug: string })[], issues: ContentIssue[]) {
  const seen = new Map<string, string>();
  for (const c of careers) {
    const key = c.value.title.toLowerCase();
    const other = seen.get(key);
    if (other) issues.push(at(c.parsed, ["title"], `Career title "${c.value.title}" is already used by ${other}`));
    seen.set(key, c.parsed.file);
  }
}

function dedupe<T extends { id: string }>(items: T[]): T[] {
  return [...new Map(items.map((item) => [item.id, item])).values()];
}
