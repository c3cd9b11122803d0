/**
 * Career against career: salary consensus side by side, ladders, and which
 * skills and certifications both careers' sources name, or only one's.
 */
import type { Career } from "../content/model";
import type { CertificationEntry, SkillEntry } from "../content/schema";
import type { SkillMatrix } from "./agreement";
import { compareCareer } from "./career";
import type { LadderComparison } from "./ladder";
import type { SalaryComparison } from "./salary";

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

/** Both careers' own comparisons come from compareCareer's per-build memo; only the overlaps are new. */
export function compareCareerPair(a: Career, b: Career): CareerPair {
  const ca = compareCareer(a);
  const cb = compareCareer(b);
  const entries = (m: SkillMatrix, key: "technical" | "soft" | "tools") =>
    m[key].flatMap((g) => g.items.map((i) => i.entry));
  return {
    a,
    b,
    salary: { a: ca.salary, b: cb.salary },
    ladder: { a: ca.ladder, b: cb.ladder },
    skills: overlap(
      [...entries(ca.skills, "technical"), ...entries(ca.skills, "soft")],
      [...entries(cb.skills, "technical"), ...entries(cb.skills, "soft")],
    ),
    tools: overlap(entries(ca.skills, "tools"), entries(cb.skills, "tools")),
    certifications: overlap(
      ca.certifications.map((c) => c.entry),
      cb.certifications.map((c) => c.entry),
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
 * once there are many, only pairs with a related career (either way round), so
 * hubs stay short. The graph is built once per list of careers, in one pass
 * over the related-careers links, so a whole build stays linear in their number.
 */
const ALL_PAIRS_UP_TO = 6;

type Linkable = { slug: string; title: string; related: { slug?: string }[] };

type PairIndex<T> = {
  neighbours: Map<string, T[]>;
  published: [T, T][];
  bySlug: Map<string, [T, T]>;
};

const indexes = new WeakMap<readonly Linkable[], PairIndex<Linkable>>();

function pairIndex<T extends Linkable>(careers: readonly T[]): PairIndex<T> {
  const known = indexes.get(careers) as PairIndex<T> | undefined;
  if (known) return known;
  const position = new Map(careers.map((c, i) => [c.slug, i]));
  const linked = new Map(careers.map((c) => [c.slug, new Set<string>()]));
  const link = (a: string, b: string) => {
    if (a === b || !position.has(a) || !position.has(b)) return;
    linked.get(a)!.add(b);
    linked.get(b)!.add(a);
  };
  if (careers.length <= ALL_PAIRS_UP_TO) {
    for (const [a, b] of allPairs(careers)) link(a.slug, b.slug);
  } else {
    for (const c of careers) for (const r of c.related) if (r.slug) link(c.slug, r.slug);
  }
  // Neighbours keep the order of the careers list, as the hub and /compare show them.
  const neighbours = new Map(
    careers.map((c) => [
      c.slug,
      [...linked.get(c.slug)!]
        .sort((x, y) => position.get(x)! - position.get(y)!)
        .map((s) => careers[position.get(s)!]),
    ]),
  );
  const bySlug = new Map<string, [T, T]>();
  for (const a of careers) {
    for (const b of neighbours.get(a.slug)!) {
      if (a.slug.localeCompare(b.slug) < 0) bySlug.set(pairSlug(a.slug, b.slug), [a, b]);
    }
  }
  const published = [...bySlug.values()].sort(
    ([a1, b1], [a2, b2]) => a1.slug.localeCompare(a2.slug) || b1.slug.localeCompare(b2.slug),
  );
  const index = { neighbours, published, bySlug };
  indexes.set(careers, index as PairIndex<Linkable>);
  return index;
}

export function comparePairsFor<T extends Linkable>(
  career: T,
  careers: readonly T[],
): { slug: string; other: T }[] {
  const others = pairIndex(careers).neighbours.get(career.slug) ?? [];
  return others.map((other) => ({ slug: pairSlug(career.slug, other.slug), other }));
}

/** The pairs that get a static page: all pairs for a few careers, related pairs beyond that. */
export function publishedPairs<T extends Linkable>(careers: readonly T[]): [T, T][] {
  return pairIndex(careers).published;
}

/**
 * The published pair behind a URL slug, compared — in constant time, and
 * compared once per build however many times metadata and page ask for it.
 */
export function findPair(careers: readonly Career[], slug: string): CareerPair | undefined {
  const match = pairIndex(careers).bySlug.get(slug);
  if (!match) return undefined;
  let known = comparedPairs.get(match);
  if (!known) {
    known = compareCareerPair(match[0], match[1]);
    comparedPairs.set(match, known);
  }
  return known;
}

const comparedPairs = new WeakMap<[Career, Career], CareerPair>();

/**
 * Past this many careers, /compare lists each career once (linking to its
 * hub's comparisons) instead of every pair under both careers, so the page
 * stays a few hundred KB at 1,000 careers instead of passing 1 MB.
 */
const INDEX_PAIRS_UP_TO = 60;

export type CompareIndexEntry<T> = { career: T; pairs: { slug: string; other: T }[] | undefined };

/** /compare: careers A to Z by the first letter of their title, with their pairs while the site is small. */
export function compareIndex<T extends Linkable>(careers: readonly T[]): [string, CompareIndexEntry<T>[]][] {
  const withPairs = careers.length <= INDEX_PAIRS_UP_TO;
  const groups = new Map<string, CompareIndexEntry<T>[]>();
  for (const career of [...careers].sort((a, b) => a.title.localeCompare(b.title))) {
    const letter = /^[a-z]/i.test(career.title) ? career.title[0].toUpperCase() : "#";
    const entry = { career, pairs: withPairs ? comparePairsFor(career, careers) : undefined };
    groups.set(letter, [...(groups.get(letter) ?? []), entry]);
  }
  return [...groups];
}
