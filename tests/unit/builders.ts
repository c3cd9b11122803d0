/**
 * Careers for the comparison tests: the real ones from content/, and small
 * ones built in memory from helpers.ts's minimal set plus a few test guides,
 * fed through the real loader.
 */
import { loadContentFromDisk, type Career } from "@/lib/content/index";
import { GUIDE, load, validFiles, type FileSet } from "./helpers";

/** The real content, loaded once per test file. */
export const real = loadContentFromDisk(process.cwd());

/** A real career by slug; throws when the real content fails to load or has no such career. */
export function realCareer(slug: string): Career {
  if (!real.ok)
    throw new Error(
      `Real content failed to load: ${real.issues.map((i) => `${i.file} ${i.message}`).join("; ")}`,
    );
  const career = real.site.careers.find((c) => c.slug === slug);
  if (!career) throw new Error(`No career ${slug}`);
  return career;
}

/** Where the helper's career keeps its guides. */
export const CAREER_DIR = "content/careers/backend-developer";

/** A minimal valid guide from `source`, with extra frontmatter lines (indented YAML). */
export function guideMd(source: string, frontmatter = ""): string {
  return `---
source: ${source}
provenance:
  title: "Test guide"
  added: 2026-11-23
summary: A test guide.
${frontmatter}---
Body.
`;
}

export type GuidesOptions = {
  /** Keep the helper's own Himalayas guide beside the new ones (dropped by default). */
  keepHelperGuide?: boolean;
  /** Files that replace or join the helper's set, such as fuller taxonomies. */
  files?: FileSet;
};

/**
 * The helper's minimal set plus one guide per source id in `guides` (guide
 * text by id), each with its own source file; "himalayas" reuses the helper's.
 */
export function withGuides(
  guides: Record<string, string>,
  { keepHelperGuide = false, files: extra = {} }: GuidesOptions = {},
): FileSet {
  const files: FileSet = { ...validFiles(), ...extra };
  if (!keepHelperGuide) delete files[GUIDE];
  for (const [id, text] of Object.entries(guides)) {
    if (id !== "himalayas")
      files[`content/sources/${id}.yaml`] =
        `name: ${id.toUpperCase()}\ndescription: A test publisher.\nfigures: [salary-survey]\n`;
    files[`${CAREER_DIR}/${id}.md`] = text;
  }
  return files;
}

/** Loads a set that must load, and returns its backend-developer career. */
export function careerOf(files: FileSet): Career {
  const result = load(files);
  if (!result.ok)
    throw new Error(
      `Fixture failed to load: ${result.issues.map((i) => `${i.file}:${i.line} ${i.message}`).join("; ")}`,
    );
  const career = result.site.careers.find((c) => c.slug === "backend-developer");
  if (!career) throw new Error("No backend-developer career in the fixture");
  return career;
}

/** The helper's career with these guides: careerOf(withGuides(guides, options)). */
export function careerWith(guides: Record<string, string>, options?: GuidesOptions): Career {
  return careerOf(withGuides(guides, options));
}
