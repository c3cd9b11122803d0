/**
 * Salary by level: levels placed on the experience axis, from the sources'
 * own tiers and salary levels.
 */
import { describe, expect, it } from "vitest";
import { compareLevels } from "@/lib/compare/levels";
import { careerWith, guideMd, realCareer } from "./builders";
import { series, tiersYaml } from "./ladder-fixtures";

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
