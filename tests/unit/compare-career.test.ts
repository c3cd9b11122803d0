/**
 * The career hub's comparison: FAQs by topic, outlook rows that say what they
 * measure, and the quick facts.
 */
import { describe, expect, it } from "vitest";
import { compareCareer } from "@/lib/compare/career";
import { groupFaqs } from "@/lib/compare/faqs";
import { compareOutlook, type OutlookRow } from "@/lib/compare/outlook";
import { faqTopicSchema } from "@/lib/content/schema";
import { careerWith, guideMd, realCareer } from "./builders";

/* ----------------------------------------------------------------- fixtures */

function row(rows: OutlookRow[], sourceId: string): OutlookRow {
  const found = rows.find((r) => r.guide.source.id === sourceId);
  if (!found) throw new Error(`No outlook row for ${sourceId}`);
  return found;
}

/* ----------------------------------------------------------------- faqs */

describe("groupFaqs", () => {
  it("groups the real FAQs by topic, in the schema's topic order", () => {
    const guides = realCareer("backend-developer").guides;
    const groups = groupFaqs(guides);
    const topics = groups.map((g) => g.topic);
    expect(topics).toEqual(faqTopicSchema.options.filter((t) => topics.includes(t)));
    expect(topics).toEqual([
      "salary",
      "getting-started",
      "skills",
      "remote",
      "role",
      "career-growth",
      "job-market",
      "education",
      "work-life",
    ]);
    // Every FAQ appears once, under its own topic.
    const total = guides.reduce((n, g) => n + g.faqs.length, 0);
    expect(groups.reduce((n, g) => n + g.entries.length, 0)).toBe(total);
    for (const group of groups) for (const entry of group.entries) expect(entry.faq.topic).toBe(group.topic);
  });

  it("keeps the guides' order within a topic, and each source's own order", () => {
    const skills = groupFaqs(realCareer("backend-developer").guides).find((g) => g.topic === "skills");
    const jobicy = realCareer("backend-developer").guides.find((g) => g.source.id === "jobicy");
    expect(skills?.entries.map((e) => e.guide.source.id)).toEqual([
      "himalayas",
      ...Array(6).fill("jobicy"),
      "skillexchange",
    ]);
    expect(skills?.entries.filter((e) => e.guide.source.id === "jobicy").map((e) => e.faq.question)).toEqual(
      jobicy?.faqs.filter((f) => f.topic === "skills").map((f) => f.question),
    );
  });

  it("leaves out topics no source answers, and gives nothing for guides without FAQs", () => {
    const career = careerWith({
      alpha: guideMd(
        "alpha",
        `faqs:
  - { question: "Is it remote?", answer: "Often.", topic: remote }
  - { question: "What does it pay?", answer: "Well.", topic: salary }
`,
      ),
      beta: guideMd("beta", `faqs:\n  - { question: "How much?", answer: "Enough.", topic: salary }\n`),
      gamma: guideMd("gamma"),
    });
    const groups = groupFaqs(career.guides);
    expect(
      groups.map((g) => [g.topic, g.entries.map((e) => `${e.guide.source.id}: ${e.faq.question}`)]),
    ).toEqual([
      ["salary", ["alpha: What does it pay?", "beta: How much?"]],
      ["remote", ["alpha: Is it remote?"]],
    ]);
    expect(groupFaqs([])).toEqual([]);
  });
});

/* ----------------------------------------------------------------- outlook */

describe("compareOutlook", () => {
  const rows = compareOutlook(realCareer("backend-developer").guides);

  it("has a row for every source, in the guides' order", () => {
    expect(rows.map((r) => r.guide.source.id)).toEqual(["himalayas", "jobicy", "skillexchange", "teal"]);
  });

  it("describes Himalayas' growth as a projection over its period, and its openings as projected", () => {
    const himalayas = row(rows, "himalayas");
    expect(himalayas).toMatchObject({
      growthPercent: 22,
      period: "2022–2032",
      annualOpenings: 216000,
      annualOpeningsApprox: true,
    });
    expect(himalayas.livePostings).toBeUndefined();
    expect(himalayas.measures).toEqual([
      "Growth is a projection of employment change over 2022–2032 (BLS projection for Software Developers).",
      "Openings are projected vacancies a year, from growth and people leaving the field.",
    ]);
  });

  it("says when a growth rate comes with no period", () => {
    const jobicy = row(rows, "jobicy");
    expect(jobicy.period).toBeUndefined();
    expect(jobicy.measures).toEqual([
      "Growth is a projected rate credited to U.S. Bureau of Labor Statistics; the source gives no period.",
    ]);
  });

  it("calls live postings a snapshot, not a forecast", () => {
    const skillexchange = row(rows, "skillexchange");
    expect(skillexchange.livePostings).toBe(74);
    expect(skillexchange.growthPercent).toBeUndefined();
    expect(skillexchange.measures).toHaveLength(1);
    expect(skillexchange.measures[0]).toMatch(/^Live postings .*snapshot, not a forecast\.$/);
    expect(skillexchange.measures[0]).not.toMatch(/projection|projected/);
  });

  it("says so when a source gives no outlook figures", () => {
    const teal = row(rows, "teal");
    expect(teal.measures).toEqual(["Gives no outlook figures."]);
    expect(teal.demand).toBe("high");
  });

  it("handles a guide with no outlook at all, and a growth rate with no basis or period", () => {
    const career = careerWith({
      alpha: guideMd("alpha"),
      beta: guideMd("beta", "outlook:\n  growthPercent: 10\n"),
    });
    const [alpha, beta] = compareOutlook(career.guides);
    expect(alpha).toMatchObject({
      growthPercent: undefined,
      annualOpeningsApprox: false,
      measures: ["Gives no outlook figures."],
    });
    expect(beta.measures).toEqual(["Growth is a projected rate; the source gives no period."]);
  });
});

/* ----------------------------------------------------------------- quick facts */

describe("compareCareer().facts (quick facts)", () => {
  const career = realCareer("backend-developer");
  const comparison = compareCareer(career);
  const facts = comparison.facts;

  it("gives the consensus median pay and the range of medians, backed by 3 of 4 sources", () => {
    expect(facts.pay).toEqual({
      median: 100000,
      lowest: 93333,
      highest: 121000,
      currency: "USD",
      period: "year",
      backing: { count: 3, total: 4, names: ["Himalayas", "Jobicy", "SkillExchange"] },
    });
  });

  it("gives growth from the two sources that project it, with no single period since they differ", () => {
    expect(facts.growth).toMatchObject({ lowest: 22, highest: 25, period: undefined });
    expect(facts.growth?.backing).toMatchObject({ count: 2, total: 4 });
    expect(facts.growth?.bySource).toEqual([
      {
        name: "Himalayas",
        percent: 22,
        period: "2022–2032",
        basis: "BLS projection for Software Developers",
      },
      { name: "Jobicy", percent: 25, period: undefined, basis: "U.S. Bureau of Labor Statistics" },
    ]);
  });

  it("credits single-source openings and live postings to their one source", () => {
    expect(facts.openings).toMatchObject({ value: 216000, approx: true, period: "2022–2032" });
    expect(facts.openings?.backing).toEqual({ count: 1, total: 4, names: ["Himalayas"] });
    expect(facts.postings).toMatchObject({ value: 74, backing: { count: 1, names: ["SkillExchange"] } });
  });

  it("names the degree most sources give as typical, with the sources naming it", () => {
    expect(facts.education?.text).toBe("Bachelor's degree");
    expect(facts.education?.backing.count).toBe(3);
  });

  it("lists every source and the latest review date", () => {
    expect(facts.sources.map((s) => s.id)).toEqual(["himalayas", "jobicy", "skillexchange", "teal"]);
    expect(facts.reviewed).toBe("2026-11-23");
  });

  it("carries every section of the comparison", () => {
    expect(comparison.salary.consensus?.medianOfMedians).toBe(100000);
    expect(comparison.levels.map((s) => s.guide.source.id)).toEqual(["himalayas", "jobicy"]);
    expect(comparison.ladder.shared.map((r) => r.rung)).toEqual(["junior", "mid", "senior", "lead"]);
    expect(comparison.outlook).toHaveLength(4);
    expect(comparison.faqs.length).toBeGreaterThan(0);
  });

  it("has no pay, growth or education facts when no source gives them", () => {
    const small = compareCareer(
      careerWith({ alpha: guideMd("alpha", "skills:\n  technical: [python, sql]\n"), beta: guideMd("beta") }),
    );
    expect(small.facts).toMatchObject({
      pay: undefined,
      growth: undefined,
      openings: undefined,
      education: undefined,
    });
    expect(small.facts.sources).toHaveLength(2);
  });

  it("backs a lone median with one source", () => {
    const small = compareCareer(
      careerWith({
        alpha: guideMd("alpha", "salary:\n  currency: USD\n  median: 90000\n"),
        beta: guideMd("beta"),
      }),
    );
    expect(small.facts.pay).toMatchObject({ median: 90000, backing: { count: 1, total: 2 } });
  });
});
