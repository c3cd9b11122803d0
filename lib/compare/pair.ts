/**
 * Career against career: salary consensus side by side, ladders, and which
 * skills and certifications both careers' sources name, or only one's.
 */
import type { Career } from "../content/model";
import type { CertificationEntry, SkillEntry } from "../content/schema";
import { compareCertifications, compareSkills } from "./agreement";
import { compareLadders, type LadderComparison } from "./ladder";
import { compareSalaries, type SalaryComparison } from "./salary";

export type Overlap<T> = { both: T[]; onlyA: T[]; onlyB: T[] };

export type CareerPair = {
  a: Career;
  b: Career;
  salary: { a: SalaryComparison; b: SalaryComparison };
  ladder: { a: LadderComparison; b: LadderComparison };
  skills: Overlap<SkillEntry>;
  tools: Overlap<SkillEntry>;
  certifications: Overlap<CertificationEntry>;
};

/** The URL slug of a pair: careers in alphabetical order, "a-vs-b". */
export function pairSlug(a: string, b: string): string {
  return [a, b].sort().join("-vs-");
}

/** Every unordered pair of careers, in slug order. */
export function allPairs<T extends { slug: string }>(careers: readonly T[]): [T, T][] {
  const sorted = [...careers].sort((x, y) => x.slug.localeCompare(y.slug));
  return sorted.flatMap((a, i) => sorted.slice(i + 1).map((b): [T, T] => [a, b]));
}

export function compareCareerPair(a: Career, b: Career): CareerPair {
  const skillsA = compareSkills(a.guides);
  const skillsB = compareSkills(b.guides);
  const entries = (m: typeof skillsA, key: "technical" | "soft" | "tools") =>
    m[key].flatMap((g) => g.items.map((i) => i.entry));
  return {
    a,
    b,
    salary: { a: compareSalaries(a.guides), b: compareSalaries(b.guides) },
    ladder: { a: compareLadders(a.guides), b: compareLadders(b.guides) },
    skills: overlap(
      [...entries(skillsA, "technical"), ...entries(skillsA, "soft")],
      [...entries(skillsB, "technical"), ...entries(skillsB, "soft")],
    ),
    tools: overlap(entries(skillsA, "tools"), entries(skillsB, "tools")),
    certifications: overlap(
      compareCertifications(a.guides).map((c) => c.entry),
      compareCertifications(b.guides).map((c) => c.entry),
    ),
  };
}

export function overlap<T extends { id: string; name: string }>(
  a: readonly T[],
  b: readonly T[],
): Overlap<T> {
  const idsA = new Set(a.map((x) => x.id));
  const idsB = new Set(b.map((x) => x.id));
  const byName = (x: T, y: T) => x.name.localeCompare(y.name);
  return {
    both: a.filter((x) => idsB.has(x.id)).sort(byName),
    onlyA: a.filter((x) => !idsB.has(x.id)).sort(byName),
    onlyB: b.filter((x) => !idsA.has(x.id)).sort(byName),
  };
}

/**
 * The pairs a career's hub links to. With few careers every pair is shown;
 * once there are many, only pairs with a related career, so hubs stay short.
 */
const ALL_PAIRS_UP_TO = 6;

export function comparePairsFor<T extends { slug: string; title: string; related: { slug?: string }[] }>(
  career: T,
  careers: readonly T[],
): { slug: string; other: T }[] {
  const related = new Set(career.related.flatMap((r) => (r.slug ? [r.slug] : [])));
  return careers
    .filter((other) => other.slug !== career.slug)
    .filter(
      (other) =>
        careers.length <= ALL_PAIRS_UP_TO ||
        related.has(other.slug) ||
        other.related.some((r) => r.slug === career.slug),
    )
    .map((other) => ({ slug: pairSlug(career.slug, other.slug), other }));
}

/** The pairs that get a static page: all pairs for a few careers, related pairs beyond that. */
export function publishedPairs<T extends { slug: string; title: string; related: { slug?: string }[] }>(
  careers: readonly T[],
): [T, T][] {
  return allPairs(careers).filter(([a, b]) =>
    comparePairsFor(a, careers).some((p) => p.other.slug === b.slug),
  );
}
