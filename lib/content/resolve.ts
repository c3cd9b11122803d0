/**
 * Resolves references across files: guides to their career and source,
 * skill and certification names to taxonomy entries, related careers to
 * career pages. Reports what does not resolve, with the nearest names.
 */
import { closest, didYouMean } from "../vocabulary/distance";
import { comparableText, nameKey } from "../vocabulary/names";
import type { CheckInput } from "./checks";
import { bodyReader } from "./body-bytes";
import { collectionPath } from "./collections";
import { contentIssue, type ContentIssue } from "./issues";
import type { Career, CertificationMention, Guide, RelatedCareer, Site, SkillMention } from "./model";
import type { ParsedFile } from "./parse";
import type { Loaded, LoadedCareer, LoadedGuide, Present, Step, ValidContent } from "./pipeline";
import { checkGuideFigures } from "./rules";
import type { CertificationEntry, GuideFile, SkillEntry, SkillRef } from "./schema";
import { buildNameIndex, type NameIndex } from "./taxonomy";
import { at } from "./validate";

type Resolvable = ValidContent & Required<Pick<ValidContent, "skills" | "certifications">>;

const SKILLS_FILE = collectionPath("skills", {});
const CERTIFICATIONS_FILE = collectionPath("certifications", {});

export function resolveSite(content: Resolvable, present: Present): Step<{ site: Site; checkInput: CheckInput }> {
  const issues: ContentIssue[] = [];
  const skillIndex = indexTaxonomy(content.skills, "skills", issues);
  const certificationIndex = indexTaxonomy(content.certifications, "certifications", issues);
  const accepted: LoadedGuide[] = [];
  const site = assemble({ ...content, skillIndex, certificationIndex, present, issues, accepted });
  const careerIndex = careerNameIndex(content.careers);
  const checkInput = { sources: content.sources, careers: content.careers, guides: accepted, skillIndex, careerIndex, guided: present.guided };
  return { value: { site, checkInput }, issues };
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
    if (seen.has(entry.id)) {
      issues.push(at(loaded.parsed, [key, i, "id"], "taxonomy-duplicate-id", `Duplicate id "${entry.id}"`));
    }
    seen.add(entry.id);
  });
  for (const conflict of index.conflicts) {
    if (conflict.ids[0] === conflict.ids[1]) continue;
    const i = loaded.value.findIndex((e) => e.id === conflict.ids[1]);
    const message = `"${conflict.key}" names both "${conflict.ids[0]}" and "${conflict.ids[1]}"`;
    issues.push(
      at(loaded.parsed, [key, i], "taxonomy-name-conflict", message, "a name or alias may belong to one entry only"),
    );
  }
  return index;
}

type AssembleInput = Resolvable & {
  skillIndex: NameIndex<SkillEntry>;
  certificationIndex: NameIndex<CertificationEntry>;
  present: Present;
  issues: ContentIssue[];
  /** Filled with the guides that made it into the site, for the checks. */
  accepted: LoadedGuide[];
};

function assemble(input: AssembleInput): Site {
  const { issues } = input;
  const sourceById = new Map(input.sources.map((s) => [s.value.id, s.value]));
  const careerBySlug = new Map(input.careers.map((c) => [c.slug, c]));
  const relatedIndex = careerNameIndex(input.careers);
  checkDuplicateTitles(input.careers, issues);

  const guidesByCareer = new Map<string, Guide[]>();
  for (const g of input.guides) {
    const { parsed, value } = g;
    const career = careerBySlug.get(g.careerSlug);
    if (!career) {
      // A career.yaml that is there but invalid has its own errors.
      if (input.present.careers.has(g.careerSlug)) continue;
      const path = collectionPath("career", { career: g.careerSlug });
      const message = `Career folder "${g.careerSlug}" has no career.yaml`;
      const hint = `add ${path}, or move the guide into an existing career folder`;
      issues.push(contentIssue("career-missing", { file: parsed.file }, message, hint));
      continue;
    }
    const source = sourceById.get(value.source);
    if (!source) {
      // A source file that is there but invalid has its own errors.
      if (input.present.sources.has(value.source)) continue;
      issues.push(at(parsed, ["source"], "source-unknown", `Unknown source "${value.source}"`, didYouMean(value.source, sourceById.keys()) ?? "add a file in content/sources/ first"));
      continue;
    }
    if (value.source !== g.sourceId) {
      issues.push(at(parsed, ["source"], "source-mismatch", `Source "${value.source}" does not match the file name "${g.sourceId}"`, `rename the file to ${value.source}.md, or correct the source`));
    }
    issues.push(...checkGuideFigures(parsed, value));
    const { source: _id, skills, tools, certifications, related, body, ...rest } = value;
    // A Markdown guide's body is read from its file's bytes, kept outside the JS heap (body-bytes.ts).
    const readBody = bodyReader(parsed, body);
    const guide: Guide = {
      ...rest,
      get body() {
        return readBody();
      },
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
      issues.push(at(parsed, refPath, "skill-unknown", `Unknown skill "${name}"`, unknownHint(name, index, SKILLS_FILE)));
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
      issues.push(at(parsed, ["certifications", i, "name"], "certification-unknown", `Unknown certification "${ref.name}"`, unknownHint(ref.name, index, CERTIFICATIONS_FILE)));
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

function careerNameIndex(careers: readonly LoadedCareer[]) {
  return buildNameIndex(careers.map((c) => ({ id: c.slug, name: c.value.title, aliases: c.value.aliases })));
}

function resolveRelated(name: string, index: NameIndex<{ id: string; name: string; aliases: string[] }>): RelatedCareer {
  const career = index.find(name);
  return career ? { title: career.name, slug: career.id } : { title: name };
}

function checkDuplicateTitles(careers: readonly LoadedCareer[], issues: ContentIssue[]) {
  const seen = new Map<string, string>();
  for (const c of careers) {
    const key = comparableText(c.value.title);
    const other = seen.get(key);
    if (other) issues.push(at(c.parsed, ["title"], "career-title-duplicate", `Career title "${c.value.title}" is already used by ${other}`));
    seen.set(key, c.parsed.file);
  }
}

function dedupe<T extends { id: string }>(items: T[]): T[] {
  return [...new Map(items.map((item) => [item.id, item])).values()];
}
