/**
 * Career ladders: rungs from the sources' own titles and the shared ladder.
 * (Salary by level is in compare-levels.test.ts.)
 */
import { describe, expect, it } from "vitest";
import { compareLadders, rungOf, RUNGS } from "@/lib/compare/ladder";
import { careerWith, guideMd, real, realCareer } from "./builders";
import { tiersYaml } from "./ladder-fixtures";

describe("rungOf", () => {
  it.each([
    ["Backend Architect / CTO", "principal"],
    ["Lead Backend Developer / Backend Architect", "lead"],
    ["Principal Backend Engineer or Engineering Manager", "principal"],
    ["Director of Engineering / Director of Backend Development", "executive"],
    ["VP of Engineering / VP of Backend Development", "executive"],
    ["Chief Technology Officer (CTO)", "executive"],
    ["Backend Developer", "mid"],
    ["Mid-level Backend Engineer", "mid"],
    ["Mid-Level", "mid"],
    ["Entry-Level", "junior"],
    ["Junior Backend Developer", "junior"],
    ["Senior-Level", "senior"],
    ["Senior Backend Developer", "senior"],
    ["Lead Backend Engineer", "lead"],
    ["Backend Architect", "principal"],
    ["Staff Engineer", "principal"],
    ["Backend Intern", "junior"],
  ])("%s → %s", (title, rung) => {
    expect(rungOf(title)).toBe(rung);
  });

  it("reads level words as whole words, not inside other words", () => {
    expect(rungOf("International Backend Developer")).toBe("mid");
    expect(rungOf("Internal Tools Engineer")).toBe("mid");
    expect(rungOf("Leading-Edge Platform Developer")).toBe("mid");
    expect(rungOf("Seniority-Neutral Engineer")).toBe("mid");
  });

  it("places every real tier title on a rung", () => {
    if (!real.ok) throw new Error("Real content failed to load");
    for (const career of real.site.careers) {
      for (const guide of career.guides)
        for (const tier of guide.tiers) expect(RUNGS).toContain(rungOf(tier.title));
    }
  });
});

/* ----------------------------------------------------------------- ladder */

describe("compareLadders on the real backend-developer guides", () => {
  const ladder = compareLadders(realCareer("backend-developer").guides);

  it("has a row for each of the four sources, with every tier on its rung", () => {
    expect(ladder.sourcesWithTiers).toBe(4);
    const rungs = Object.fromEntries(ladder.rows.map((r) => [r.guide.source.id, r.tiers.map((t) => t.rung)]));
    expect(rungs).toEqual({
      himalayas: ["junior", "mid", "mid", "senior", "lead", "principal", "principal"],
      jobicy: ["junior", "mid", "senior", "lead"],
      skillexchange: ["junior", "mid", "senior", "lead", "principal"],
      teal: ["mid", "executive", "executive", "executive"],
    });
  });

  it("shares only the rungs more than half the sources have, at the median of their years", () => {
    // principal: Himalayas and SkillExchange only (2 of 4); executive: Teal only.
    expect(ladder.shared.map((r) => [r.rung, r.sourceCount, r.yearsMin, r.yearsMax])).toEqual([
      ["junior", 3, 0, 2],
      ["mid", 4, 2, 5],
      ["senior", 3, 5, 8],
      ["lead", 3, 8, 12],
    ]);
  });

  it("keeps a rung closed when most of its sources close it (Jobicy's open lead tier is one of three)", () => {
    const lead = ladder.shared.find((r) => r.rung === "lead");
    expect(lead?.yearsMax).toBe(12);
    expect(lead?.titles).toEqual(["Lead Backend Developer", "Lead Backend Developer / Backend Architect"]);
    expect(lead?.label).toBe("Lead");
  });

  it("lists each distinct title once", () => {
    const mid = ladder.shared.find((r) => r.rung === "mid");
    expect(mid?.titles).toEqual([
      "Backend Developer",
      "Mid-level Backend Developer",
      "Mid-Level Backend Developer",
    ]);
  });
});

describe("compareLadders on small guides", () => {
  it("leaves a 12+ tier open-ended when most sources leave it open", () => {
    const career = careerWith({
      alpha: guideMd(
        "alpha",
        tiersYaml([
          ["Junior Engineer", 0, 2],
          ["Senior Engineer", 5, 8],
          ["Principal Engineer", 12],
        ]),
      ),
      beta: guideMd(
        "beta",
        tiersYaml([
          ["Junior Engineer", 0, 3],
          ["Senior Engineer", 5, 9],
          ["Staff Engineer", 12],
        ]),
      ),
      gamma: guideMd(
        "gamma",
        tiersYaml([
          ["Junior Engineer", 0, 2],
          ["Senior Engineer", 4, 8],
          ["Principal Engineer", 12, 15],
        ]),
      ),
    });
    const shared = compareLadders(career.guides).shared;
    expect(shared.map((r) => r.rung)).toEqual(["junior", "senior", "principal"]);
    const principal = shared.find((r) => r.rung === "principal");
    expect(principal).toMatchObject({ sourceCount: 3, yearsMin: 12 });
    expect(principal?.yearsMax).toBeUndefined();
    expect(shared.find((r) => r.rung === "senior")).toMatchObject({ yearsMin: 5, yearsMax: 8 });
  });

  it("closes it at the median of the closed ends when most sources close it", () => {
    const career = careerWith({
      alpha: guideMd(
        "alpha",
        tiersYaml([
          ["Junior Engineer", 0, 2],
          ["Principal Engineer", 12],
        ]),
      ),
      beta: guideMd(
        "beta",
        tiersYaml([
          ["Junior Engineer", 0, 2],
          ["Principal Engineer", 10, 16],
        ]),
      ),
      gamma: guideMd(
        "gamma",
        tiersYaml([
          ["Junior Engineer", 0, 2],
          ["Principal Engineer", 12, 15],
        ]),
      ),
    });
    const principal = compareLadders(career.guides).shared.find((r) => r.rung === "principal");
    expect(principal).toMatchObject({ sourceCount: 3, yearsMin: 12, yearsMax: 15.5 });
  });

  it("drops a rung exactly half the sources have, and ignores sources with no ladder", () => {
    const career = careerWith({
      alpha: guideMd(
        "alpha",
        tiersYaml([
          ["Junior Engineer", 0, 2],
          ["Lead Engineer", 8, 12],
        ]),
      ),
      beta: guideMd(
        "beta",
        tiersYaml([
          ["Junior Engineer", 0, 2],
          ["Lead Engineer", 7, 10],
        ]),
      ),
      gamma: guideMd("gamma", tiersYaml([["Junior Engineer", 0, 3]])),
      delta: guideMd("delta", tiersYaml([["Junior Engineer", 1, 2]])),
      noladder: guideMd("noladder"),
    });
    const ladder = compareLadders(career.guides);
    expect(ladder.sourcesWithTiers).toBe(4);
    expect(ladder.rows.map((r) => r.guide.source.id)).not.toContain("noladder");
    expect(ladder.shared.map((r) => [r.rung, r.sourceCount, r.yearsMin, r.yearsMax])).toEqual([
      ["junior", 4, 0, 2],
    ]);
  });

  it("spans all of a source's tiers on one rung", () => {
    const career = careerWith({
      alpha: guideMd(
        "alpha",
        tiersYaml([
          ["Junior Engineer", 0, 1],
          ["Associate Engineer", 1, 3],
        ]),
      ),
    });
    const [junior] = compareLadders(career.guides).shared;
    expect(junior).toMatchObject({
      rung: "junior",
      sourceCount: 1,
      yearsMin: 0,
      yearsMax: 3,
      titles: ["Junior Engineer", "Associate Engineer"],
    });
  });
});

/* ----------------------------------------------------------------- levels */
