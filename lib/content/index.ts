/**
 * The site's content, loaded and validated once per process. Any error throws
 * a ContentError listing every problem, which fails `next build`.
 */
import { ContentError } from "./issues";
import { loadContent, type LoadOptions, type LoadResult } from "./load";
import type { Career, Guide, Site, Source } from "./model";
import { escapeIssue } from "./text-hygiene";
import { contentFingerprint, readContentTree } from "./tree";

export type { Career, CertificationMention, Guide, Site, SkillMention, Source } from "./model";
export type { Faq, Salary, Tier } from "./schema";

let cached: { key: string; site: Site } | undefined;

export function loadContentFromDisk(root = process.cwd(), options: LoadOptions = {}): LoadResult {
  return loadContent(readContentTree(root), options);
}

/**
 * The validated site. In production it is read once; in development it is
 * read again whenever a content file changes, so an edit shows on reload.
 */
export function getSite(root = process.cwd()): Site {
  const key = process.env.NODE_ENV === "development" ? contentFingerprint(root) : "once";
  if (cached?.key === key) return cached.site;
  const result = loadContentFromDisk(root);
  // The message is printed by `next build`: escape sequences in content must not reach the terminal.
  if (!result.ok) throw new ContentError(result.issues.map(escapeIssue));
  cached = { key, site: result.site };
  return result.site;
}

/**
 * Careers by slug, sources by id, every guide and each source's guides, built once per
 * loaded site. Every page looks up its career: scanning the list instead made
 * a build's lookups grow with the square of the careers (431 ms of the guide
 * pages' generation at 1,000 careers).
 */
type Lookups = {
  careers: Map<string, Career>;
  sources: Map<string, Source>;
  guides: Guide[];
  guidesBySource: Map<string, Guide[]>;
};
const lookups = new WeakMap<Site, Lookups>();

function lookupsOf(site: Site): Lookups {
  let found = lookups.get(site);
  if (!found) {
    const guidesBySource = new Map<string, Guide[]>();
    for (const career of site.careers) {
      for (const guide of career.guides) {
        const list = guidesBySource.get(guide.source.id);
        if (list) list.push(guide);
        else guidesBySource.set(guide.source.id, [guide]);
      }
    }
    found = {
      careers: new Map(site.careers.map((c) => [c.slug, c])),
      sources: new Map(site.sources.map((s) => [s.id, s])),
      guides: site.careers.flatMap((c) => c.guides),
      guidesBySource,
    };
    lookups.set(site, found);
  }
  return found;
}

export function getCareer(slug: string): Career | undefined {
  return lookupsOf(getSite()).careers.get(slug);
}

export function getSource(id: string): Source | undefined {
  return lookupsOf(getSite()).sources.get(id);
}

export function getGuide(careerSlug: string, sourceId: string): Guide | undefined {
  return getCareer(careerSlug)?.guides.find((g) => g.source.id === sourceId);
}

/** Every guide, career by career: the same list for the whole build. */
export function allGuides(): readonly Guide[] {
  return lookupsOf(getSite()).guides;
}

/** A source's guides, in the order of the careers. */
export function guidesBySource(id: string): readonly Guide[] {
  return lookupsOf(getSite()).guidesBySource.get(id) ?? [];
}
