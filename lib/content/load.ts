/**
 * Reads every content file together, validates each against its schema,
 * resolves references across files, and either returns the whole site model
 * or every problem found — never a half-valid site.
 *
 * A short pipeline, each step in its own function returning
 * `{ value, issues }`: classify (collections.ts) → parse (parse.ts) →
 * validate (validate.ts) → resolve (resolve.ts) → checks (checks/).
 *
 * Pure: it takes file contents, not the file system, so tests can feed it
 * broken content directly. `tree.ts` reads the disk.
 */
import { keepBodyAsBytes } from "./body-bytes";
import { runChecks } from "./checks";
import { classify, collection, collectionPath, type CollectionId } from "./collections";
import { contentIssue, type ContentIssue } from "./issues";
import type { IssueCode } from "./issue-codes";
import type { Site } from "./model";
import { decodeText, parseMarkdownFile, parseYamlFile, type ParsedFile } from "./parse";
import type { Present, Step, ValidContent } from "./pipeline";
import { resolveSite } from "./resolve";
import { checkTextHygiene } from "./text-hygiene";
import { at, validate } from "./validate";

/** `refused`: tree.ts would not read this path (a link, a FIFO…) and says why; `bytes` is then empty. */
export type ContentFile = { path: string; bytes: Uint8Array; refused?: ContentIssue };

export type LoadOptions = {
  /** "Now", for warnings about the age of figures; the current time unless given (tests fix it). */
  now?: Date;
};

export type LoadResult = { ok: true; site: Site; issues: ContentIssue[] } | { ok: false; issues: ContentIssue[] };

type ContentEntry = {
  file: ContentFile;
  collection: CollectionId;
  ids: Record<string, string>;
  markdown: boolean;
};

export function loadContent(files: readonly ContentFile[], options: LoadOptions = {}): LoadResult {
  const classified = classifyFiles(files);
  const parsed = parseFiles(classified.value.entries);
  const validated = validateFiles(parsed.value);
  const issues = [...classified.issues, ...parsed.issues, ...validated.issues];
  issues.push(...missingTaxonomies(validated.value, issues));
  const { skills, certifications } = validated.value;
  if (!skills || !certifications) return { ok: false, issues: capPerFile(issues) };

  const resolved = resolveSite({ ...validated.value, skills, certifications }, classified.value.present);
  const checked = runChecks(resolved.value.checkInput, options.now ?? new Date());
  const all = capPerFile([...issues, ...resolved.issues, ...checked]);
  return all.some((i) => i.severity === "error")
    ? { ok: false, issues: all }
    : { ok: true, site: resolved.value.site, issues: all };
}

/* ----------------------------------------------------------- classify */

function classifyFiles(files: readonly ContentFile[]): Step<{ entries: ContentEntry[]; present: Present }> {
  const issues: ContentIssue[] = [];
  const entries: ContentEntry[] = [];
  const present: Present = { sources: new Set(), careers: new Set(), guided: new Set() };
  // One file per source, career and guide, whatever its extension.
  const taken = new Map<string, string>();
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const role = classify(file.path);
    // tree.ts refused to read it (a link, a FIFO…): that one issue says it all.
    if (file.refused) {
      if (role.kind === "content" && role.collection === "source") present.sources.add(role.ids.source);
      if (role.kind === "content" && role.collection === "career") present.careers.add(role.ids.career);
      if (role.kind === "content" && role.collection === "guide") present.guided.add(role.ids.career);
      issues.push(file.refused);
      continue;
    }
    if (role.kind === "misplaced") {
      issues.push(contentIssue("file-misplaced", { file: file.path }, "File is not where content is read from", role.hint));
      continue;
    }
    if (role.kind === "invalid-id") {
      const message = role.reserved
        ? `"${role.value}" cannot be a ${role.name} id: /careers/${role.value}/… is a page of the careers finder`
        : `"${role.value}" is not a valid ${role.name} id: ids are lowercase letters, digits and hyphens`;
      issues.push(contentIssue("file-invalid-id", { file: file.path }, message, `rename it "${role.suggestion}"`));
      continue;
    }
    if (role.collection === "source") present.sources.add(role.ids.source);
    if (role.collection === "career") present.careers.add(role.ids.career);
    if (role.collection === "guide") present.guided.add(role.ids.career);
    const key = `${role.collection}:${role.ids.career ?? ""}/${role.ids.source ?? ""}`;
    const twin = taken.get(key);
    if (twin) {
      issues.push(duplicateFile(file.path, twin, role.collection, role.ids));
      continue;
    }
    taken.set(key, file.path);
    entries.push({ file, collection: role.collection, ids: role.ids, markdown: role.markdown });
  }
  return { value: { entries, present }, issues };
}

function duplicateFile(file: string, twin: string, kind: CollectionId, ids: Record<string, string>): ContentIssue {
  const message =
    kind === "guide"
      ? `A guide from "${ids.source}" for this career already exists in ${twin}`
      : `This ${kind} already has a file: ${twin}`;
  return contentIssue("file-duplicate", { file }, message, "keep one of the two files");
}

/* -------------------------------------------------------------- parse */

type ParsedEntry = ContentEntry & { parsed: ParsedFile };

function parseFiles(entries: readonly ContentEntry[]): Step<ParsedEntry[]> {
  const issues: ContentIssue[] = [];
  const value: ParsedEntry[] = [];
  for (const entry of entries) {
    const { path, bytes } = entry.file;
    try {
      const decoded = decodeText(path, bytes);
      const result = !decoded.ok
        ? decoded
        : entry.markdown
          ? parseMarkdownFile(path, decoded.text)
          : parseYamlFile(path, decoded.text);
      if (result.ok) {
        issues.push(...checkTextHygiene(result.parsed, decoded.ok ? decoded.text : undefined));
        value.push({ ...entry, parsed: keepBodyAsBytes(result.parsed, bytes, decoded.ok && decoded.endingsChanged) });
      }
      else issues.push(...result.issues.map(withParseCode));
    } catch (error) {
      // A bug here must not hide every other file's problems behind a stack trace.
      const message = `Could not read this file: ${error instanceof Error ? error.message : String(error)}`;
      const hint = "this is a bug in the content checks; please report it with the file";
      issues.push(contentIssue("file-unreadable", { file: path }, message, hint));
    }
  }
  return { value, issues };
}

/** parse.ts names its problems in words; until it gives codes itself, they are read from the wording here, in one place. */
const PARSE_CODES: [RegExp, IssueCode][] = [
  [/^Invalid YAML/, "yaml-invalid"],
  [/^File is .* MB/, "file-too-large"],
  [/UTF-8/, "file-encoding"],
  [/empty/i, "file-empty"],
  [/frontmatter/i, "file-frontmatter"],
];

function withParseCode(issue: ContentIssue): ContentIssue {
  if (issue.code) return issue;
  const code = PARSE_CODES.find(([pattern]) => pattern.test(issue.message))?.[1] ?? "file-unreadable";
  return { ...issue, code };
}

/* ----------------------------------------------------------- validate */

function validateFiles(entries: readonly ParsedEntry[]): Step<ValidContent> {
  const issues: ContentIssue[] = [];
  const value: ValidContent = { sources: [], careers: [], guides: [] };
  for (const { parsed, collection: id, ids } of entries) {
    const file = parsed.file;
    const fail = (v: { ok: false; issues: ContentIssue[] }) => issues.push(...v.issues);
    if (id === "source") {
      const v = validate(parsed, collection(id).schema);
      if (v.ok) value.sources.push({ parsed, value: { ...v.value, id: ids.source, file } });
      else fail(v);
    } else if (id === "skills") {
      const v = validate(parsed, collection(id).schema);
      if (v.ok) value.skills = { parsed, value: v.value.skills };
      else fail(v);
    } else if (id === "certifications") {
      const v = validate(parsed, collection(id).schema);
      if (v.ok) value.certifications = { parsed, value: v.value.certifications };
      else fail(v);
    } else if (id === "career") {
      const v = validate(parsed, collection(id).schema);
      if (v.ok) value.careers.push({ parsed, value: v.value, slug: ids.career });
      else fail(v);
    } else {
      const v = validate(parsed, collection(id).schema, guideData(parsed, issues));
      if (v.ok) value.guides.push({ parsed, value: v.value, careerSlug: ids.career, sourceId: ids.source });
      else fail(v);
    }
  }
  return { value, issues };
}

/** For Markdown guides the body comes from below the frontmatter. */
function guideData(parsed: ParsedFile, issues: ContentIssue[]): unknown {
  // Only a Markdown guide has a body line; its body is not read here (that would decode it: body-bytes.ts).
  if (parsed.bodyLine === undefined) return parsed.data;
  const data = parsed.data;
  if (data === null || typeof data !== "object" || Array.isArray(data)) return data;
  if ("body" in data) {
    const message = "In a Markdown guide the body is the text below the frontmatter";
    issues.push(at(parsed, ["body"], "body-in-markdown", message, "remove the body field"));
  }
  // Any text is a body, so the schema has nothing to check in it: the guide gets it, as bytes, when resolved (resolve.ts).
  return { ...data, body: "" };
}

function missingTaxonomies(content: ValidContent, issues: readonly ContentIssue[]): ContentIssue[] {
  return (["skills", "certifications"] as const).flatMap((id) => {
    const file = collectionPath(id, {});
    if (content[id] || issues.some((i) => i.file === file)) return [];
    return [contentIssue("taxonomy-missing", { file }, "Taxonomy file is missing")];
  });
}

/* --------------------------------------------------------------- cap */

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
      ...contentIssue(
        "file-too-many-issues",
        { file },
        `…and ${rest.length} more problem(s) in this file, not listed`,
        "fix the ones above and run the check again",
      ),
      severity: rest.some((i) => i.severity === "error") ? "error" : "warning",
    };
    return [...ordered.slice(0, MAX_ISSUES_PER_FILE), more];
  });
}
