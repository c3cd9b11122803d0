/**
 * Career ladders and salary by level: rungs from the sources' own titles, the
 * shared ladder, and levels placed on the experience axis.
 */
import { describe, expect, it } from "vitest";
import { compareLadders, rungOf, RUNGS } from "@/lib/compare/ladder";
import { compareLevels, type LevelSeries } from "@/lib/compare/levels";
import { careerWith, guideMd, real, realCareer } from "./builders";

/* ----------------------------------------------------------------- fixtures */

type TierSpec = [title: string, yearsMin: number, yearsMax?: number, salary?: string];

function tiersYaml(tiers: TierSpec[]): string {
  const items = tiers.map(([title, min, max, salary]) =>
    [
      `  - title: "${title}"`,
      `    yearsMin: ${min}`,
      max === undefined ? "" : `    yearsMax: ${max}`,
      "    summary: Does the work.",
      salary ? `    salary: ${salary}` : "",
    ]
      .filter(Boolean)
      .join("\n"),
  );
  return `tiers:\n${items.join("\n")}\n`;
}

function series(all: LevelSeries[], sourceId: string): LevelSeries {
  const found = all.find((s) => s.guide.source.id === sourceId);
  if (!found) throw new Error(`No level series for ${sourceId}`);
  return found;
}

/* ----------------------------------------------------------------- rungOf */

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

describe("compareLevels on the real content", () => {
  const levels = compareLevels(realCareer("backend-developer").guides);

  it("has a series only for sources with pay by level or tier bands", () => {
    expect(levels.map((s) => s.guide.source.id)).toEqual(["himalayas", "jobicy"]);
    for (const s of levels) {
      expect(s.currency).toBe("USD");
      expect(s.unplaced).toEqual([]);
    }
  });

  it("places Himalayas' seven levels at the years of its own tiers of the same title", () => {
    const himalayas = series(levels, "himalayas");
    const tiers = himalayas.guide.tiers;
    expect(himalayas.points).toHaveLength(7);
    expect(himalayas.points.map((p) => p.label)).toEqual(tiers.map((t) => t.title));
    for (const point of himalayas.points) {
      const tier = tiers.find((t) => t.title === point.label);
      expect([point.yearsMin, point.yearsMax]).toEqual([tier?.yearsMin, tier?.yearsMax]);
    }
    expect(himalayas.points.map((p) => [p.label, p.yearsMin, p.yearsMax, p.median])).toEqual([
      ["Junior Backend Developer", 0, 2, 75000],
      ["Backend Developer", 1, 3, 90000],
      ["Mid-level Backend Developer", 3, 5, 115000],
      ["Senior Backend Developer", 5, 8, 145000],
      ["Lead Backend Developer", 7, 12, 165000],
      ["Principal Backend Developer", 10, 15, 195000],
      ["Backend Architect", 12, undefined, 205000],
    ]);
    expect(himalayas.points[0].average).toBe(80000);
  });

  it("places Jobicy's Entry/Mid/Senior-Level at its Junior (0–2), Mid-Level (2–5) and Senior (5–8) tiers", () => {
    const jobicy = series(levels, "jobicy");
    expect(jobicy.points.map((p) => [p.label, p.yearsMin, p.yearsMax, p.median])).toEqual([
      ["Entry-Level", 0, 2, 79000],
      ["Mid-Level", 2, 5, 100000],
      ["Senior-Level", 5, 8, 121000],
    ]);
    expect(jobicy.guide.tiers.slice(0, 3).map((t) => [t.title, t.yearsMin, t.yearsMax])).toEqual([
      ["Junior Backend Developer", 0, 2],
      ["Mid-Level Backend Developer", 2, 5],
      ["Senior Backend Developer", 5, 8],
    ]);
  });

  it("shows SkillExchange backend-engineer's tier bands as points with min and max", () => {
    const [skillexchange] = compareLevels(realCareer("backend-engineer").guides);
    expect(skillexchange.guide.source.id).toBe("skillexchange");
    expect(
      skillexchange.points.map((p) => [p.label, p.yearsMin, p.yearsMax, p.min, p.max, p.maxOpenEnded]),
    ).toEqual([
      ["Junior Backend Developer", 0, 2, 60000, 100000, false],
      ["Mid-level Backend Engineer", 2, 5, 120000, 180000, false],
      ["Senior Backend Developer", 5, 8, 164000, undefined, true],
      ["Lead Backend Engineer", 8, 12, 200000, 300000, false],
      ["Principal Backend Engineer or Engineering Manager", 12, undefined, 300000, 360000, false],
    ]);
    expect(skillexchange.unplaced).toEqual([]);
  });
});

describe("compareLevels on small guides", () => {
  const levelsYaml = (levels: string[]) =>
    `salary:\n  currency: USD\n  byLevel:\n${levels.map((l) => `    - ${l}\n`).join("")}`;

  it("lists a level with no tier on its rung as unplaced", () => {
    const career = careerWith({
      alpha: guideMd(
        "alpha",
        levelsYaml(["{ level: Junior, median: 70000 }", "{ level: Staff Engineer, median: 200000 }"]) +
          tiersYaml([
            ["Junior Engineer", 0, 2],
            ["Senior Engineer", 5],
          ]),
      ),
    });
    const [alpha] = compareLevels(career.guides);
    expect(alpha.points.map((p) => [p.label, p.yearsMin, p.yearsMax])).toEqual([["Junior", 0, 2]]);
    expect(alpha.unplaced).toEqual(["Staff Engineer"]);
  });

  it("lists every level as unplaced when the source has no ladder, unless the level gives its own years", () => {
    const career = careerWith({
      alpha: guideMd(
        "alpha",
        levelsYaml([
          "{ level: Entry-Level, median: 60000 }",
          "{ level: Senior, yearsMin: 6, yearsMax: 9, median: 130000 }",
        ]),
      ),
    });
    const [alpha] = compareLevels(career.guides);
    expect(alpha.points.map((p) => [p.label, p.yearsMin, p.yearsMax, p.median])).toEqual([
      ["Senior", 6, 9, 130000],
    ]);
    expect(alpha.unplaced).toEqual(["Entry-Level"]);
  });

  it("shows a tier's band once when a level of the same title (in any case) already gives the pay", () => {
    const career = careerWith({
      alpha: guideMd(
        "alpha",
        levelsYaml(["{ level: senior backend developer, median: 150000 }"]) +
          tiersYaml([
            ["Junior Backend Developer", 0, 2, "{ min: 60000, max: 90000 }"],
            ["Senior Backend Developer", 5, 8, "{ min: 120000, max: 180000 }"],
          ]),
      ),
    });
    const [alpha] = compareLevels(career.guides);
    expect(alpha.points.map((p) => [p.label, p.yearsMin, p.median, p.min])).toEqual([
      ["Junior Backend Developer", 0, undefined, 60000],
      ["senior backend developer", 5, 150000, undefined],
    ]);
  });

  it("gives no series for a source with neither levels nor tier bands", () => {
    const career = careerWith({ alpha: guideMd("alpha", tiersYaml([["Junior Engineer", 0, 2]])) });
    expect(compareLevels(career.guides)).toEqual([]);
  });
});
