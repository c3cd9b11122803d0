import { describe, expect, it } from "vitest";
import { buildNameIndex } from "@/lib/content/taxonomy";
import { misspeltLevelWord, RUNG_PATTERNS } from "@/lib/vocabulary/levels";
import { LookalikeIndex, looksLike } from "@/lib/vocabulary/lookalike";
import { slugify } from "@/lib/vocabulary/slug";

/** Deterministic pseudo-random names with typos, spacing changes and swaps mixed in. */
function names(count: number): string[] {
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const words = [
    "backend",
    "developer",
    "engineer",
    "senior",
    "postgres",
    "kubernetes",
    "communication",
    "skills",
    "rust",
    "web",
  ];
  const slip = (word: string) => {
    const i = Math.floor(random() * word.length);
    const r = random();
    if (r < 0.25) return word.slice(0, i) + word.slice(i + 1);
    if (r < 0.5) return word.slice(0, i) + "x" + word.slice(i);
    if (r < 0.75 && i + 1 < word.length) return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    return word.slice(0, i) + "q" + word.slice(i + 1);
  };
  return Array.from({ length: count }, () => {
    const n = 1 + Math.floor(random() * 3);
    const picked = Array.from({ length: n }, () => words[Math.floor(random() * words.length)]);
    if (random() < 0.5) {
      const at = Math.floor(random() * n);
      picked[at] = slip(slip(picked[at]));
    }
    return random() < 0.1 ? picked.join("") : picked.join(random() < 0.5 ? " " : "-");
  });
}

describe("LookalikeIndex", () => {
  it("finds exactly the names looksLike accepts, in the order they were added", () => {
    const all = names(400);
    const index = new LookalikeIndex(all.map((name, i) => ({ name, value: i })));
    let found = 0;
    for (const query of names(150)) {
      const brute = all.flatMap((name, i) => (looksLike(query, name) ? [i] : []));
      const indexed = index.find(query).map((e) => e.value);
      expect(indexed).toEqual(brute);
      found += brute.length;
    }
    // The corpus must exercise matches, or the comparison proves nothing.
    expect(found).toBeGreaterThan(50);
  });

  it("finds the same while it holds a few names (compared one by one) and once it outgrows them (buckets)", () => {
    const all = names(40);
    const queries = [...names(60), ...all];
    const index = new LookalikeIndex<number>();
    let found = 0;
    all.forEach((name, size) => {
      index.add(name, size);
      for (const query of queries) {
        const brute = all.slice(0, size + 1).flatMap((n, i) => (looksLike(query, n) ? [i] : []));
        expect(index.find(query).map((e) => e.value)).toEqual(brute);
        found += brute.length;
      }
    });
    expect(found).toBeGreaterThan(20);
  });

  it("matches two-letter slips in long words and swapped neighbours", () => {
    const index = new LookalikeIndex([
      { name: "Communication skills", value: 1 },
      { name: "Senior Backend Developer", value: 2 },
    ]);
    expect(index.find("Comunicaton skills").map((e) => e.value)).toEqual([1]);
    expect(index.find("Senoir Backend Developer").map((e) => e.value)).toEqual([2]);
    expect(index.find("Junior Backend Developer")).toEqual([]);
  });
});

describe("level words", () => {
  it("flags misspelt level words, including the short ones comparisons read", () => {
    expect(misspeltLevelWord("Principle")).toBe("principal");
    expect(misspeltLevelWord("Seniour")).toBe("senior");
    expect(misspeltLevelWord("Leed")).toBe("lead");
    expect(misspeltLevelWord("Lead")).toBeUndefined();
    expect(misspeltLevelWord("Lean")).toBeUndefined();
    expect(misspeltLevelWord("Read")).toBeUndefined();
    expect(misspeltLevelWord("Developer")).toBeUndefined();
  });

  it("gives every rung a whole-word pattern", () => {
    const rungOf = (title: string) => RUNG_PATTERNS.find(([, pattern]) => pattern.test(title))?.[0];
    expect(rungOf("Head of Engineering")).toBe("lead");
    expect(rungOf("VP Engineering")).toBe("executive");
    expect(rungOf("Mid-level Developer")).toBe("mid");
    expect(rungOf("Internal Tools Developer")).toBeUndefined();
    expect(rungOf("Interns")).toBe("junior");
  });
});

describe("slugify", () => {
  it("drops accents and joins words with single hyphens", () => {
    expect(slugify("  Back-End Développeur (Senior) ")).toBe("back-end-developpeur-senior");
    expect(slugify("!!!")).toBe("");
  });
});

describe("buildNameIndex", () => {
  const postgres = { id: "postgresql", name: "PostgreSQL", aliases: ["Postgres"] };
  const architect = { id: "aws-saa", name: "Solutions Architect – Associate", aliases: [] };
  const index = buildNameIndex([postgres, architect]);

  it("finds an entry by its id, name or alias as the taxonomy spells them", () => {
    for (const name of ["postgresql", "PostgreSQL", "Postgres"]) expect(index.find(name)).toBe(postgres);
    expect(index.find("aws-saa")).toBe(architect);
  });

  it("finds the same entry under other cases, dashes and spacing, and nothing for unknown names", () => {
    for (const name of ["POSTGRES", " postgres ", "Postgre\u00adSQL"])
      expect(index.find(name)).toBe(postgres);
    expect(index.find("Solutions Architect - Associate")).toBe(architect);
    expect(index.find("Solutions Architect—Associate")).toBe(architect);
    expect(index.find("MySQL")).toBeUndefined();
  });
});
