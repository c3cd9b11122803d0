/**
 * Look-alike names: "Backend Develper" for "Backend Developer", "Postgress"
 * for "Postgres". `looksLike` compares two names; `LookalikeIndex` finds every
 * indexed name a query looks like without comparing it with each of them
 * (content grows to thousands of careers, and all-pairs comparison is
 * quadratic): names are bucketed by their letters without spaces, and by
 * each word's deletion neighbourhood with the other words fixed, so a query
 * only meets names that share a bucket, which `looksLike` then confirms.
 */
import { editDistance } from "./distance";
import { nameKey } from "./names";

/**
 * How far apart two names may be and still look like one misspelt: one edit
 * for short names, two for longer ones; never for names under five letters,
 * where one edit makes a different word ("Rust", "Trust"). Two only from ten
 * letters: "Mentoring" and "Monitoring" are two apart.
 */
export function typoDistance(length: number): number {
  if (length < 5) return 0;
  if (length < 10) return 1;
  return 2;
}

/** Past a word's length, edit distance only costs time (it is quadratic). */
const MAX_WORD = 64;

/** Whether two words are one slip apart: a few letters wrong, or two neighbours swapped ("Senoir"). */
export function wordTypo(a: string, b: string, limit = typoDistance(Math.min(a.length, b.length))): boolean {
  if (limit === 0 || Math.abs(a.length - b.length) > limit || Math.max(a.length, b.length) > MAX_WORD)
    return false;
  if (editDistance(a, b) <= limit) return true;
  if (a.length !== b.length) return false;
  const diff = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
  return (
    diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]]
  );
}

type Prepared = { key: string; squashed: string; words: string[] };

/** Names are compared many times over (each label against every skill name): normalise each once. */
const preparedNames = new Map<string, Prepared>();
function prepared(name: string): Prepared {
  let found = preparedNames.get(name);
  if (!found) {
    const key = nameKey(name);
    found = { key, squashed: key.replace(/[^\p{L}\p{N}]+/gu, ""), words: key.split(/[^\p{L}\p{N}]+/u) };
    if (preparedNames.size > 100_000) preparedNames.clear();
    preparedNames.set(name, found);
  }
  return found;
}

/**
 * Whether `a` looks like a misspelling of `b`: not the same name, but the
 * same words but for one slip in one of them ("Backend Develper", "Postgress"),
 * or the same letters spaced differently ("BackendDeveloper"). Word by word,
 * so "Senior …" and "Junior …", two letters apart, stay different stages.
 */
export function looksLike(a: string, b: string): boolean {
  const pa = prepared(a);
  const pb = prepared(b);
  if (pa.key === pb.key) return false;
  if (pa.squashed === pb.squashed) return pa.squashed !== "";
  if (pa.words.length !== pb.words.length) return false;
  let differing: [string, string] | undefined;
  for (let i = 0; i < pa.words.length; i++) {
    if (pa.words[i] === pb.words[i]) continue;
    if (differing) return false;
    differing = [pa.words[i], pb.words[i]];
  }
  return differing !== undefined && wordTypo(differing[0], differing[1]);
}

/**
 * The word with up to `depth` letters deleted, every way. Two words within
 * edit distance d (or one swap of neighbours) share a variant with at most d
 * deletions from each: the symmetric-delete trick, linear in the names.
 */
function deletions(word: string, depth: number): Set<string> {
  const out = new Set([word]);
  let frontier = [word];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const w of frontier) {
      for (let i = 0; i < w.length; i++) {
        const shorter = w.slice(0, i) + w.slice(i + 1);
        if (!out.has(shorter)) {
          out.add(shorter);
          next.push(shorter);
        }
      }
    }
    frontier = next;
  }
  return out;
}

/** The buckets a name falls in: any two look-alike names share at least one. Names recur (tier titles, skills): each is worked out once. */
const bucketKeyCache = new Map<string, string[]>();
function bucketKeys(name: string): string[] {
  let keys = bucketKeyCache.get(name);
  if (!keys) {
    keys = [...new Set(computeBucketKeys(name))];
    if (bucketKeyCache.size > 100_000) bucketKeyCache.clear();
    bucketKeyCache.set(name, keys);
  }
  return keys;
}

function computeBucketKeys(name: string): string[] {
  const { squashed, words } = prepared(name);
  const keys = squashed === "" ? [] : [`s\u0000${squashed}`];
  words.forEach((word, i) => {
    const depth = typoDistance(word.length);
    if (depth === 0 || word.length > MAX_WORD) return;
    const context = `w\u0000${words.length}\u0000${i}\u0000${words.slice(0, i).join(" ")}\u0000${words.slice(i + 1).join(" ")}`;
    for (const variant of deletions(word, depth)) keys.push(`${context}\u0000${variant}`);
  });
  return keys;
}

/**
 * Up to this many names, a query is compared with each (the buckets give the
 * same answer: any two look-alikes share one). A guide's list of related
 * careers is a small index of its own, and building its buckets (about 18 a
 * name) cost more than comparing each name with those before it: 3% of
 * loading 5,000 guides, 0.6% with this threshold.
 */
const FEW = 32;

/** Names, each with a value (the entry it names), searchable for look-alikes of a query. */
export class LookalikeIndex<T> {
  private readonly buckets = new Map<string, number[]>();
  private readonly entries: { name: string; value: T }[] = [];

  constructor(entries: Iterable<{ name: string; value: T }> = []) {
    for (const entry of entries) this.add(entry.name, entry.value);
  }

  /** Answers by query since the last add: guides ask the same names again and again (tier titles, skill labels). */
  private readonly answers = new Map<string, { name: string; value: T }[]>();

  add(name: string, value: T): void {
    this.answers.clear();
    this.entries.push({ name, value });
    // Buckets for every name once the index outgrows a few: before that, a query is compared with each.
    if (this.entries.length === FEW + 1) this.entries.forEach((_, position) => this.bucket(position));
    else if (this.entries.length > FEW) this.bucket(this.entries.length - 1);
  }

  private bucket(position: number): void {
    for (const key of bucketKeys(this.entries[position].name)) {
      const bucket = this.buckets.get(key);
      if (bucket) bucket.push(position);
      else this.buckets.set(key, [position]);
    }
  }

  /** Every indexed name `query` looks like, in the order they were added. */
  find(query: string): { name: string; value: T }[] {
    if (this.entries.length <= FEW) return this.entries.filter((entry) => looksLike(query, entry.name));
    let found = this.answers.get(query);
    if (found === undefined) {
      found = this.search(query);
      if (this.answers.size > 100_000) this.answers.clear();
      this.answers.set(query, found);
    }
    return found.slice();
  }

  private search(query: string): { name: string; value: T }[] {
    const positions = new Set<number>();
    for (const key of bucketKeys(query)) {
      const bucket = this.buckets.get(key);
      if (bucket) for (const p of bucket) positions.add(p);
    }
    if (positions.size === 0) return [];
    return [...positions]
      .sort((a, b) => a - b)
      .map((p) => this.entries[p])
      .filter((entry) => looksLike(query, entry.name));
  }
}
