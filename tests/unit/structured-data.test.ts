/** JSON-LD built from the real content: required properties per type, the seeds' figures, safe escaping. */
import { afterEach, describe, expect, it, vi } from "vitest";
import { scriptSafeJson } from "@/lib/seo/script-json";
import {
  careerJsonLd,
  datasetJsonLd,
  guideJsonLd,
  homeJsonLd,
  itemListJsonLd,
  type JsonLdBlock,
} from "@/lib/structured-data";
import { real, realCareer } from "./builders";

type Json = Record<string, unknown> & { "@type": string };
const byType = (blocks: JsonLdBlock[], type: string) =>
  blocks.map((b) => b as unknown as Json).find((b) => b["@type"] === type);

afterEach(() => vi.unstubAllEnvs());

describe("career hub", () => {
  const blocks = careerJsonLd(realCareer("backend-developer"));
  const occupation = byType(blocks, "Occupation") as Json & {
    estimatedSalary: Json[];
    occupationLocation: Json;
  };

  it("is an Occupation with one salary distribution per source that gives one", () => {
    expect(occupation.name).toBe("Backend Developer");
    const salaries = occupation.estimatedSalary;
    expect(salaries.map((s) => s.median).sort()).toEqual([100000, 121000, 93333]);
    for (const s of salaries) {
      expect(s).toMatchObject({ "@type": "MonetaryAmountDistribution", currency: "USD", duration: "P1Y" });
    }
    expect(salaries.find((s) => s.median === 93333)).toMatchObject({ minValue: 32000, maxValue: 165000 });
    expect(occupation.occupationLocation).toEqual({ "@type": "Country", name: "United States" });
    expect(occupation.mainEntityOfPage).toEqual({
      "@type": "WebPage",
      "@id": "http://localhost:3000/careers/backend-developer",
    });
    expect(occupation.skills).toContain("SQL");
  });

  it("has a breadcrumb trail Home › Careers › the career", () => {
    const crumbs = byType(blocks, "BreadcrumbList") as Json & { itemListElement: Json[] };
    expect(crumbs.itemListElement.map((i) => i.name)).toEqual(["Home", "Careers", "Backend Developer"]);
    expect(crumbs.itemListElement.map((i) => i.position)).toEqual([1, 2, 3]);
  });
});

describe("guide", () => {
  const career = realCareer("backend-developer");
  const guide = career.guides.find((g) => g.source.id === "skillexchange")!;
  const blocks = guideJsonLd(guide, career);

  it("is an Article about that source's Occupation, based on the source's page", () => {
    const article = byType(blocks, "Article") as Json & {
      about: Json & { estimatedSalary: Json[] };
      isBasedOn: Json;
    };
    expect(article.headline).toBe("Backend Developer, according to SkillExchange");
    expect(article.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(article.about.estimatedSalary).toHaveLength(1);
    expect(article.about.estimatedSalary[0]).toMatchObject({
      median: 93333,
      minValue: 32000,
      maxValue: 165000,
    });
    expect(article.isBasedOn).toMatchObject({ "@type": "WebPage", publisher: { name: "SkillExchange" } });
  });

  it("adds a FAQPage with every question answered", () => {
    const faq = byType(blocks, "FAQPage") as Json & { mainEntity: Json[] };
    expect(faq.mainEntity).toHaveLength(guide.faqs.length);
    for (const q of faq.mainEntity) {
      expect(q["@type"]).toBe("Question");
      expect(String(q.name).length).toBeGreaterThan(5);
      expect((q.acceptedAnswer as Json).text).toBeTruthy();
    }
  });

  it("a guide with no FAQs has no FAQPage", () => {
    expect(byType(guideJsonLd({ ...guide, faqs: [] }, career), "FAQPage")).toBeUndefined();
  });
});

describe("home, lists and the data API", () => {
  it("home has WebSite and Organization", () => {
    const types = homeJsonLd().map((b) => (b as unknown as Json)["@type"]);
    expect(types).toEqual(["WebSite", "Organization"]);
  });

  it("a list page is an ItemList in order with a breadcrumb", () => {
    const [list, crumbs] = itemListJsonLd("Careers", "/careers", [
      { name: "A", path: "/careers/a" },
      { name: "B", path: "/careers/b" },
    ]) as unknown as (Json & { itemListElement: Json[] })[];
    expect(list).toMatchObject({ "@type": "ItemList", numberOfItems: 2 });
    expect(list.itemListElement[1]).toMatchObject({ position: 2, url: "http://localhost:3000/careers/b" });
    expect(crumbs["@type"]).toBe("BreadcrumbList");
  });

  it("the data API is a Dataset with a JSON download", () => {
    if (!real.ok) throw new Error("real content failed to load");
    const dataset = datasetJsonLd(real.site.careers, real.site.sources) as unknown as Json & {
      distribution: Json[];
    };
    expect(String(dataset.description).length).toBeGreaterThan(50);
    expect(dataset.distribution[0]).toMatchObject({
      encodingFormat: "application/json",
      contentUrl: "http://localhost:3000/api/careers.json",
    });
  });

  it("uses SITE_URL for every absolute URL when it is set", () => {
    vi.stubEnv("SITE_URL", "https://careers.example/");
    const json = JSON.stringify(careerJsonLd(realCareer("backend-developer")));
    expect(json).toContain("https://careers.example/careers/backend-developer");
    expect(json).not.toContain("localhost");
  });
});

describe("script-safe JSON", () => {
  it("no text can close the script element, and it parses back unchanged", () => {
    const data = { name: "</script><script>alert(1)</script> <!-- & \u2028" };
    const text = scriptSafeJson(data);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(data);
  });
});
