/** The seed content in content/ loads through the same path as the build, with the figures the sources give. */
import { describe, expect, it } from "vitest";
import {
  getCareer,
  getGuide,
  getSite,
  getSource,
  guidesBySource,
  loadContentFromDisk,
  type Career,
  type Guide,
  type Site,
} from "@/lib/content/index";

const result = loadContentFromDisk(process.cwd());

function site(): Site {
  if (!result.ok)
    throw new Error(
      `Real content failed to load:\n${result.issues.map((i) => `${i.file}:${i.line} ${i.field} ${i.message}`).join("\n")}`,
    );
  return result.site;
}

function career(slug: string): Career {
  const found = site().careers.find((c) => c.slug === slug);
  if (!found) throw new Error(`No career ${slug}`);
  return found;
}

function guide(careerSlug: string, sourceId: string): Guide {
  const found = career(careerSlug).guides.find((g) => g.source.id === sourceId);
  if (!found) throw new Error(`No guide ${careerSlug}/${sourceId}`);
  return found;
}

describe("the real content", () => {
  it("loads with no errors", () => {
    expect(result.ok).toBe(true);
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("has 2 careers, 5 guides and 4 sources", () => {
    expect(
      site()
        .careers.map((c) => c.slug)
        .sort(),
    ).toEqual(["backend-developer", "backend-engineer"]);
    expect(site().careers.reduce((n, c) => n + c.guides.length, 0)).toBe(5);
    expect(
      site()
        .sources.map((s) => s.id)
        .sort(),
    ).toEqual(["himalayas", "jobicy", "skillexchange", "teal"]);
  });

  it("files each guide under its career and source", () => {
    expect(
      career("backend-developer")
        .guides.map((g) => g.source.id)
        .sort(),
    ).toEqual(["himalayas", "jobicy", "skillexchange", "teal"]);
    expect(career("backend-engineer").guides.map((g) => g.source.id)).toEqual(["skillexchange"]);
    for (const c of site().careers)
      for (const g of c.guides) expect(g.file).toBe(`content/careers/${c.slug}/${g.source.id}.md`);
  });

  it("has SkillExchange's backend developer figures", () => {
    const salary = guide("backend-developer", "skillexchange").salary;
    expect(salary?.currency).toBe("USD");
    expect(salary?.median).toBe(93333);
    expect(salary?.min).toBe(32000);
    expect(salary?.max).toBe(165000);
  });

  it("has Himalayas' figures", () => {
    const g = guide("backend-developer", "himalayas");
    expect(g.salary?.median).toBe(121000);
    expect(g.salary?.byLevel).toHaveLength(7);
    expect(g.outlook?.growthPercent).toBe(22);
  });

  it("has Jobicy's figures", () => {
    const g = guide("backend-developer", "jobicy");
    expect(g.salary?.median).toBe(100000);
    const byLevel = Object.fromEntries((g.salary?.byLevel ?? []).map((l) => [l.level, l.median]));
    expect(byLevel["Entry-Level"]).toBe(79000);
    expect(byLevel["Senior-Level"]).toBe(121000);
    expect(g.outlook?.growthPercent).toBe(25);
  });

  it("gives Teal no salary", () => {
    const g = guide("backend-developer", "teal");
    expect(g.salary).toBeUndefined();
    expect(g.outlook?.growthPercent).toBeUndefined();
  });

  it("has SkillExchange's backend engineer median", () => {
    expect(guide("backend-engineer", "skillexchange").salary?.median).toBe(164201);
  });

  it("resolves skills and certifications to taxonomy entries", () => {
    const g = guide("backend-developer", "skillexchange");
    const ids = g.skills.technical.flatMap((m) => m.skills.map((s) => s.id));
    expect(ids).toEqual(expect.arrayContaining(["python", "java", "nodejs", "postgresql"]));
    const skillIds = new Set(site().skills.map((s) => s.id));
    for (const id of ids) expect(skillIds.has(id)).toBe(true);
    expect(g.certifications.map((c) => c.certification.id)).toContain("aws-developer-associate");
  });

  it("links related careers it has and keeps the rest as text", () => {
    const related = career("backend-developer").related;
    expect(related).toContainEqual({ title: "Backend Engineer", slug: "backend-engineer" });
    expect(related).toContainEqual({ title: "Web Developer" });
  });
});

describe("the site's lookups (what every page calls)", () => {
  const loaded = getSite();

  it("find each career, source and guide by its slug or id, and nothing for an unknown one", () => {
    for (const c of loaded.careers) {
      expect(getCareer(c.slug)).toBe(c);
      for (const g of c.guides) expect(getGuide(c.slug, g.source.id)).toBe(g);
    }
    for (const s of loaded.sources) expect(getSource(s.id)).toBe(s);
    expect(getCareer("no-such-career")).toBeUndefined();
    expect(getSource("no-such-source")).toBeUndefined();
    expect(getGuide(loaded.careers[0].slug, "no-such-source")).toBeUndefined();
  });

  it("list each source's guides in the careers' order, and none for an unknown source", () => {
    for (const s of loaded.sources) {
      const expected = loaded.careers.flatMap((c) => c.guides.filter((g) => g.source.id === s.id));
      expect(guidesBySource(s.id)).toEqual(expected);
      expect(expected.length).toBeGreaterThan(0);
    }
    expect(guidesBySource("no-such-source")).toEqual([]);
  });
});
