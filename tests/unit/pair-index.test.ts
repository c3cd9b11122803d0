import { describe, expect, it } from "vitest";
import { compareIndex, comparePairsFor, findPair, pairSlug, publishedPairs } from "@/lib/compare/pair";
import { real } from "./builders";

/** Careers linked only through `related`, as a site of many careers is. */
function chain(count: number, extra: [number, number][] = []) {
  const slug = (i: number) => `career-${String(i).padStart(4, "0")}`;
  const careers = Array.from({ length: count }, (_, i) => ({
    slug: slug(i),
    title: `Career ${i}`,
    related: [] as { slug?: string }[],
  }));
  // Each career names the next one; the pair must appear once whichever side names it.
  for (let i = 0; i + 1 < count; i++) careers[i].related.push({ slug: slug(i + 1) });
  for (const [a, b] of extra) careers[a].related.push({ slug: slug(b) });
  return careers;
}

describe("publishedPairs and comparePairsFor from the related-careers graph", () => {
  it("publishes every pair for a few careers", () => {
    const careers = chain(4);
    expect(publishedPairs(careers)).toHaveLength(6);
    expect(comparePairsFor(careers[0], careers).map((p) => p.other.slug)).toEqual([
      "career-0001",
      "career-0002",
      "career-0003",
    ]);
  });

  it("publishes only related pairs past six careers, once each, in slug order", () => {
    const careers = chain(8, [
      [3, 2], // names its neighbour back: still one pair
      [0, 7],
      [5, 5], // itself: no pair
    ]);
    careers[6].related.push({}, { slug: "not-a-career" });
    const slugs = publishedPairs(careers).map(([a, b]) => pairSlug(a.slug, b.slug));
    expect(slugs).toEqual([
      "career-0000-vs-career-0001",
      "career-0000-vs-career-0007",
      "career-0001-vs-career-0002",
      "career-0002-vs-career-0003",
      "career-0003-vs-career-0004",
      "career-0004-vs-career-0005",
      "career-0005-vs-career-0006",
      "career-0006-vs-career-0007",
    ]);
    // A career named by another links back to it, in the order of the careers list.
    expect(comparePairsFor(careers[7], careers).map((p) => p.other.slug)).toEqual([
      "career-0000",
      "career-0006",
    ]);
  });

  it("handles thousands of careers (the graph is built once, not per pair)", () => {
    const careers = chain(5000);
    expect(publishedPairs(careers)).toHaveLength(4999);
    expect(comparePairsFor(careers[2500], careers)).toHaveLength(2);
  });
});

describe("findPair", () => {
  if (!real.ok) throw new Error("Real content failed to load");
  const careers = real.site.careers;

  it("finds a published pair by its slug and compares it once", () => {
    const first = findPair(careers, "backend-developer-vs-backend-engineer");
    expect(first?.a.slug).toBe("backend-developer");
    expect(first?.b.slug).toBe("backend-engineer");
    expect(findPair(careers, "backend-developer-vs-backend-engineer")).toBe(first);
  });

  it("finds nothing for the reversed slug or an unknown one", () => {
    expect(findPair(careers, "backend-engineer-vs-backend-developer")).toBeUndefined();
    expect(findPair(careers, "backend-developer-vs-nobody")).toBeUndefined();
    expect(findPair(careers, "%E0")).toBeUndefined();
  });
});

describe("compareIndex", () => {
  it("groups careers A to Z by title with their pairs while the site is small", () => {
    const careers = chain(8);
    careers[3].title = "Zoologist";
    careers[5].title = "3D artist";
    const groups = compareIndex(careers);
    expect(groups.map(([letter]) => letter)).toEqual(["#", "C", "Z"]);
    const zoologist = groups[2][1][0];
    expect(zoologist.career.slug).toBe("career-0003");
    expect(zoologist.pairs?.map((p) => p.other.slug)).toEqual(["career-0002", "career-0004"]);
  });

  it("lists each career once, without pairs, past 60 careers", () => {
    const groups = compareIndex(chain(1000));
    const entries = groups.flatMap(([, group]) => group);
    expect(entries).toHaveLength(1000);
    expect(entries.every((e) => e.pairs === undefined)).toBe(true);
  });
});
