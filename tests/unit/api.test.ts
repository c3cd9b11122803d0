/** The public JSON API: documented keys are present, and figures a source does not give are null, never 0. */
import { beforeAll, describe, expect, it } from "vitest";
import { careerToApi, type ApiCareer, type ApiGuide } from "@/lib/api";
import { loadContentFromDisk, type Career } from "@/lib/content/index";
import { faqTopicSchema } from "@/lib/content/schema";

let career: Career;
let api: ApiCareer;

beforeAll(() => {
  const result = loadContentFromDisk(process.cwd());
  if (!result.ok) throw new Error("real content failed to load");
  const found = result.site.careers.find((c) => c.slug === "backend-developer");
  if (!found) throw new Error("no backend-developer");
  career = found;
  api = careerToApi(career);
});

function guide(id: string): ApiGuide {
  const found = api.guides.find((g) => g.source.id === id);
  if (!found) throw new Error(`no ${id} guide in the API output`);
  return found;
}

/** Paths of every undefined value: JSON would silently drop those keys. */
function undefinedPaths(value: unknown, path = "$"): string[] {
  if (value === undefined) return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => undefinedPaths(v, `${path}[${i}]`));
  if (value !== null && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => undefinedPaths(v, `${path}.${k}`));
  return [];
}

describe("careerToApi on the real backend-developer career", () => {
  it("has the career's keys", () => {
    expect(api.slug).toBe("backend-developer");
    expect(api.title).toBe("Backend Developer");
    expect(api.guides.map((g) => g.source.id)).toEqual(["himalayas", "jobicy", "skillexchange", "teal"]);
  });

  it("gives every guide the documented keys", () => {
    for (const g of api.guides) {
      expect(Object.keys(g)).toEqual(
        expect.arrayContaining(["source", "salary", "outlook", "tiers", "skills", "certifications", "faqs"]),
      );
      expect(Object.keys(g.source).sort()).toEqual(["id", "name"]);
      expect(Object.keys(g.outlook)).toEqual(expect.arrayContaining(["growthPercent", "openings"]));
      for (const tier of g.tiers) expect(Object.keys(tier).sort()).toEqual(["title", "yearsMax", "yearsMin"]);
      for (const skill of g.skills) expect(typeof skill).toBe("string");
      for (const cert of g.certifications) expect(Object.keys(cert).sort()).toEqual(["id", "issuer", "name"]);
      for (const faq of g.faqs) expect(Object.keys(faq).sort()).toEqual(["question", "topic"]);
    }
  });

  it("gives salary with currency, period, median, min, max and byLevel", () => {
    const salary = guide("skillexchange").salary;
    expect(salary).toMatchObject({ currency: "USD", period: "year", median: 93333, min: 32000, max: 165000 });
    const levels = guide("himalayas").salary?.byLevel ?? [];
    expect(levels).toHaveLength(7);
    for (const level of levels)
      expect(Object.keys(level).sort()).toEqual(["average", "level", "max", "median", "min"]);
    expect(levels[0]).toEqual({
      level: "Junior Backend Developer",
      median: 75000,
      average: 80000,
      min: null,
      max: null,
    });
  });

  it("names the source", () => {
    expect(guide("himalayas").source).toEqual({ id: "himalayas", name: "Himalayas" });
    expect(guide("skillexchange").source).toEqual({ id: "skillexchange", name: "SkillExchange" });
  });

  it("gives null, not 0, for Teal's missing salary and growth", () => {
    const teal = guide("teal");
    expect(teal.salary).toBeNull();
    expect(teal.outlook.growthPercent).toBeNull();
    expect(teal.outlook.openings).toBeNull();
  });

  it("gives null for by-level figures a source does not give", () => {
    const entry = guide("jobicy").salary?.byLevel.find((l) => l.level === "Entry-Level");
    expect(entry).toEqual({ level: "Entry-Level", median: 79000, average: null, min: null, max: null });
  });

  it("gives the outlook figures a source does give", () => {
    expect(guide("himalayas").outlook).toMatchObject({ growthPercent: 22, openings: 216000 });
    expect(guide("jobicy").outlook).toMatchObject({ growthPercent: 25, openings: null });
    expect(guide("skillexchange").outlook).toMatchObject({ growthPercent: null, livePostings: 74 });
  });

  it("gives an open-ended tier yearsMax null, and closed tiers both ends", () => {
    const tiers = guide("skillexchange").tiers;
    expect(tiers[0]).toEqual({ title: "Junior Backend Developer", yearsMin: 0, yearsMax: 2 });
    expect(tiers.at(-1)).toEqual({ title: "Backend Architect / CTO", yearsMin: 12, yearsMax: null });
  });

  it("lists skills as unique canonical ids", () => {
    const skills = guide("skillexchange").skills;
    expect(skills).toEqual(expect.arrayContaining(["python", "java", "nodejs", "sql", "postgresql"]));
    expect(new Set(skills).size).toBe(skills.length);
  });

  it("lists certifications by canonical id, name and issuer", () => {
    expect(guide("skillexchange").certifications).toContainEqual({
      id: "aws-developer-associate",
      name: "AWS Certified Developer – Associate",
      issuer: "Amazon Web Services",
    });
  });

  it("lists FAQs with question and topic", () => {
    const faqs = guide("jobicy").faqs;
    expect(faqs).toHaveLength(10);
    for (const faq of faqs) {
      expect(faq.question.length).toBeGreaterThan(0);
      expect(faqTopicSchema.options).toContain(faq.topic);
    }
  });

  it("never leaves a value undefined, so no key vanishes from the JSON", () => {
    expect(undefinedPaths(api)).toEqual([]);
    expect(JSON.parse(JSON.stringify(api))).toEqual(api);
  });

  it("never turns a missing figure into 0", () => {
    const himalayasSource = career.guides.find((g) => g.source.id === "himalayas");
    const levels = himalayasSource?.salary?.byLevel ?? [];
    guide("himalayas").salary?.byLevel.forEach((level, i) => {
      expect(level.min).toBe(levels[i].min ?? null);
      expect(level.max).toBe(levels[i].max ?? null);
    });
    expect(guide("teal").figuresYear).toBeNull();
  });
});
