/**
 * Edit distance and "did you mean" suggestions, for hints on mistyped ids
 * and names.
 */

/** Levenshtein distance. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

/** The candidates closest to `input`, nearest first, within a typo's distance. */
export function closest(input: string, candidates: Iterable<string>, limit = 3): string[] {
  const needle = input.toLowerCase();
  const best = new Map<string, { candidate: string; distance: number }>();
  for (const candidate of candidates) {
    const hay = candidate.toLowerCase();
    // A containment match ("postgres" in "postgresql") only counts for longer words, so "go" does not match "django".
    const contains =
      Math.min(hay.length, needle.length) >= 4 && (hay.includes(needle) || needle.includes(hay));
    const distance = contains ? 1 : editDistance(needle, hay);
    const seen = best.get(hay);
    if (distance <= Math.max(2, Math.floor(needle.length / 3)) && (!seen || seen.distance > distance)) {
      best.set(hay, { candidate, distance });
    }
  }
  return [...best.values()]
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map((s) => s.candidate);
}

export function didYouMean(input: string, candidates: Iterable<string>): string | undefined {
  const near = closest(input, candidates);
  if (near.length === 0) return undefined;
  return `did you mean ${near.map((c) => `"${c}"`).join(" or ")}?`;
}
