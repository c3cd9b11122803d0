/**
 * Career levels: the rungs comparisons place tiers on, and the words that
 * name each rung. Content checks (a misspelt "Principle" or "Leed") and the
 * ladder comparison read this one list, so they cannot disagree.
 */
import { typoDistance, wordTypo } from "./lookalike";

export const RUNGS = ["junior", "mid", "senior", "lead", "principal", "executive"] as const;
export type Rung = (typeof RUNGS)[number];

/** The words that put a tier on each rung, matched as whole words in any case. */
const RUNG_VOCABULARY: Record<Rung, { words: string[]; plural?: boolean }> = {
  junior: { words: ["junior", "entry", "associate", "graduate", "intern", "internship"], plural: true },
  mid: { words: ["mid"] },
  senior: { words: ["senior"] },
  lead: { words: ["lead", "manager", "head"] },
  principal: { words: ["principal", "architect", "staff", "distinguished"] },
  executive: { words: ["cto", "chief", "vp", "vice president", "director"] },
};

/** Each rung's pattern. Whole words only: "intern" must not match "International" or "Internal". */
export const RUNG_PATTERNS: readonly [Rung, RegExp][] = RUNGS.map((rung) => {
  const { words, plural } = RUNG_VOCABULARY[rung];
  return [rung, new RegExp(`\\b(?:${words.join("|")})${plural ? "s?" : ""}\\b`, "i")];
});

/** Every single-word level word, lowercase. */
const LEVEL_WORDS: readonly string[] = RUNGS.flatMap((rung) =>
  RUNG_VOCABULARY[rung].words.filter((w) => !w.includes(" ")),
);

/**
 * Whether `word` (lowercase) looks like a misspelt `level` word. Level words
 * are few and known, so a long one may be two letters off ("Principle" for
 * "principal"), and a four-letter one one letter inside it ("Leed" for
 * "lead"; not "Lean" or "Read", which keep no outer letters of a level word).
 */
function levelWordTypo(word: string, level: string): boolean {
  const shorter = Math.min(word.length, level.length);
  if (shorter === 4 && word.length === level.length) {
    return word[0] === level[0] && word[3] === level[3] && editDistance1(word, level);
  }
  return wordTypo(word, level, shorter >= 8 ? 2 : typoDistance(shorter));
}

function editDistance1(a: string, b: string): boolean {
  let differing = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) differing++;
  return differing === 1;
}

/** Tier titles repeat the same few words across thousands of guides: each word is compared with the level words once per process. */
const misspelt = new Map<string, string | undefined>();

/** The level word `word` looks like a misspelling of, if any. */
export function misspeltLevelWord(word: string): string | undefined {
  const lower = word.toLowerCase();
  if (misspelt.has(lower)) return misspelt.get(lower);
  const like = LEVEL_WORDS.includes(lower)
    ? undefined
    : LEVEL_WORDS.find((level) => levelWordTypo(lower, level));
  // Bounded, as the name-key memo is: words are short and recur.
  if (misspelt.size > 100_000) misspelt.clear();
  misspelt.set(lower, like);
  return like;
}
