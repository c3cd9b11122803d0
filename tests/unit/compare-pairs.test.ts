/**
 * Career against career: every pair of careers once, its slug, and what both
 * careers' sources name and what only one's do.
 */
import { describe, expect, it } from "vitest";
import { allPairs, compareCareerPair, pairSlug } from "@/lib/compare/pair";
import { real, realCareer } from "./builders";

describe("pairSlug and allPairs", () => {
  it("orders the two careers alphabetically in the slug", () => {
    expect(pairSlug("backend-engineer", "backend-developer")).toBe("backend-developer-vs-backend-engineer");
    expect(pairSlug("backend-developer", "backend-engineer")).toBe("backend-developer-vs-backend-engineer");
  });

  it("lists every unordered pair once, in slug order", () => {
    const careers = [
      { slug: "web-developer" },
      { slug: "backend-engineer" },
      { slug: "data-engineer" },
      { slug: "backend-developer" },
    ];
    const pairs = allPairs(careers).map(([a, b]) => [a.slug, b.slug]);
    expect(pairs).toEqual([
      ["backend-developer", "backend-engineer"],
      ["backend-developer", "data-engineer"],
      ["backend-developer", "web-developer"],
      ["backend-engineer", "data-engineer"],
      ["backend-engineer", "web-developer"],
      ["data-engineer", "web-developer"],
    ]);
    for (const [a, b] of allPairs(careers)) expect(pairSlug(b.slug, a.slug)).toBe(`${a.slug}-vs-${b.slug}`);
  });

  it("has no pairs for fewer than two careers", () => {
    expect(allPairs([{ slug: "solo" }])).toEqual([]);
    expect(allPairs([])).toEqual([]);
  });

  it("pairs the two real careers", () => {
    if (!real.ok) throw new Error("Real content failed to load");
    expect(allPairs(real.site.careers).map(([a, b]) => pairSlug(a.slug, b.slug))).toEqual([
      "backend-developer-vs-backend-engineer",
    ]);
  });
});

describe("compareCareerPair on the real careers", () => {
  const pair = compareCareerPair(realCareer("backend-developer"), realCareer("backend-engineer"));
  const idsOf = (list: { id: string }[]) => list.map((x) => x.id);

  it("compares each career's salaries and ladders on their own", () => {
    expect(pair.salary.a.consensus?.medianOfMedians).toBe(100000);
    expect(pair.salary.b.consensus?.medianOfMedians).toBe(164201);
    expect(pair.ladder.a.sourcesWithTiers).toBe(4);
    expect(pair.ladder.b.sourcesWithTiers).toBe(1);
  });

  it("splits skills into both, only backend developer and only backend engineer", () => {
    expect(idsOf(pair.skills.both)).toEqual(
      expect.arrayContaining(["docker", "kubernetes", "python", "communication"]),
    );
    expect(idsOf(pair.skills.onlyA)).toEqual(expect.arrayContaining(["php", "terraform", "leadership"]));
    expect(idsOf(pair.skills.onlyB)).toEqual(["dynamodb", "grpc", "serverless"]);
    const total = pair.skills.both.length + pair.skills.onlyA.length + pair.skills.onlyB.length;
    expect(
      new Set([...pair.skills.both, ...pair.skills.onlyA, ...pair.skills.onlyB].map((s) => s.id)).size,
    ).toBe(total);
  });

  it("compares tools apart from skills", () => {
    expect(idsOf(pair.tools.onlyB).sort()).toEqual(["pagerduty", "slack"]);
    expect(idsOf(pair.tools.both).sort()).toEqual(["expressjs", "github", "spring-boot"]);
  });

  it("splits certifications, sorted by name", () => {
    expect(idsOf(pair.certifications.both)).toEqual([
      "aws-developer-associate",
      "docker-certified-associate",
      "google-professional-cloud-developer",
    ]);
    expect(idsOf(pair.certifications.onlyA)).toEqual([
      "aws-solutions-architect",
      "azure-developer-associate",
      "oracle-java-se-programmer",
    ]);
    expect(idsOf(pair.certifications.onlyB)).toEqual(["cka", "oracle-java-se-17-developer"]);
  });
});
