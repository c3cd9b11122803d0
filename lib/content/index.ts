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

export function getCareer(slug: string): Career | undefined {
  return getSite().careers.find((c) => c.slug === slug);
}

export function getSource(id: string): Source | undefined {
  return getSite().sources.find((s) => s.id === id);
}

export function getGuide(careerSlug: string, sourceId: string): Guide | undefined {
  return getCareer(careerSlug)?.guides.find((g) => g.source.id === sourceId);
}

export function guidesBySource(id: string): Guide[] {
  return getSite().careers.flatMap((c) => c.guides.filter((g) => g.source.id === id));
}
