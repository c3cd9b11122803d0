import { beforeAll, describe, expect, it } from "vitest";
import { loadContentFromDisk, type Guide } from "@/lib/content/index";
import { bodySections, guideDescription, guideSections, searchedOnGuide, splitLead } from "@/lib/guide-page";
import { slugify } from "@/lib/vocabulary/slug";

describe("bodySections", () => {
  it("splits at ## headings, with the text before the first heading as the overview", () => {
    const sections = bodySections(
      "Intro line one.\nIntro line two.\n\n## Day to day\n\nWriting APIs.\n\n## Getting hired\nApply widely.\n",
    );
    expect(sections).toEqual([
      {
        id: "overview",
        title: "Overview",
        kind: "body",
        markdown: "Intro line one.\nIntro line two.",
        lead: "Intro line one.\nIntro line two.",
      },
      {
        id: "day-to-day",
        title: "Day to day",
        kind: "body",
        markdown: "Writing APIs.",
        lead: "Writing APIs.",
      },
      {
        id: "getting-hired",
        title: "Getting hired",
        kind: "body",
        markdown: "Apply widely.",
        lead: "Apply widely.",
      },
    ]);
  });

  it("has no overview when the body starts with a heading", () => {
    const sections = bodySections("## First\nText.");
    expect(sections.map((s) => s.title)).toEqual(["First"]);
  });

  it("keeps ### subheadings inside their section", () => {
    const sections = bodySections("## Skills to learn\n\n### Languages\nPython.\n\n### Databases\nSQL.");
    expect(sections).toHaveLength(1);
    expect(sections[0].kind === "body" && sections[0].markdown).toBe(
      "### Languages\nPython.\n\n### Databases\nSQL.",
    );
  });

  it("drops headings with nothing under them, and strips closing hashes", () => {
    const sections = bodySections("## Empty\n\n## Full ##\nText.");
    expect(sections.map((s) => [s.id, s.title])).toEqual([["full", "Full"]]);
  });

  it("gives an empty body no sections", () => {
    expect(bodySections("")).toEqual([]);
    expect(bodySections("\n\n  \n")).toEqual([]);
  });

  it("gives every section a unique id, even with repeated headings", () => {
    const sections = bodySections("Intro.\n## Overview\nMore.\n## Tips\nA.\n## Tips\nB.\n## Tips 2\nC.");
    const ids = sections.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toBe("overview");
    expect(ids[2]).toBe("tips");
    expect(ids[4]).toBe("tips-2");
    expect(sections.map((s) => s.title)).toEqual(["Overview", "Overview", "Tips", "Tips", "Tips 2"]);
  });
});

describe("slugify", () => {
  it("makes URL fragments from headings", () => {
    expect(slugify("Day-to-day life & pay")).toBe("day-to-day-life-pay");
    expect(slugify("Café résumé")).toBe("cafe-resume");
    expect(slugify("  What's next?  ")).toBe("what-s-next");
    expect(slugify("¿¡!")).toBe("");
  });

  it("gives a heading with no letters or digits the anchor 'section'", () => {
    expect(bodySections("## ¿¡!\n\nSome text.\n").map((s) => s.id)).toEqual(["section"]);
  });
});

describe("guideSections on the real guides", () => {
  let guides: Guide[];
  beforeAll(() => {
    const result = loadContentFromDisk(process.cwd());
    if (!result.ok) throw new Error("real content failed to load");
    guides = result.site.careers.flatMap((c) => c.guides);
  });

  it("gives every guide unique section ids, structured sections first and FAQs last", () => {
    expect(guides).toHaveLength(5);
    for (const guide of guides) {
      const sections = guideSections(guide);
      const ids = sections.map((s) => s.id);
      expect(new Set(ids).size, guide.file).toBe(ids.length);
      if (guide.faqs.length && !guide.related.length) expect(ids.at(-1)).toBe("faqs");
      const firstBody = sections.findIndex((s) => s.kind === "body");
      const lastStructured = sections.map((s) => s.kind).lastIndexOf("pros-cons");
      if (firstBody !== -1 && lastStructured !== -1) expect(lastStructured).toBeLessThan(firstBody);
    }
  });

  it("shows salary by level only for guides that give it", () => {
    const himalayas = guides.find((g) => g.careerSlug === "backend-developer" && g.source.id === "himalayas");
    const teal = guides.find((g) => g.source.id === "teal");
    expect(himalayas && guideSections(himalayas).map((s) => s.id)).toContain("salary-by-level");
    expect(teal && guideSections(teal).map((s) => s.id)).not.toContain("salary-by-level");
  });

  it("keeps a body heading that clashes with a structured section apart", () => {
    const himalayas = guides.find((g) => g.source.id === "himalayas");
    if (!himalayas) throw new Error("no himalayas guide");
    const sections = guideSections({ ...himalayas, body: "## Skills\nMore on skills.\n\n## FAQs\nx" });
    const ids = sections.map((s) => s.id);
    expect(ids).toContain("skills");
    expect(ids).toContain("skills-2");
    expect(sections.find((s) => s.id === "skills-2")?.kind).toBe("body");
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("leaves to the hub's index the sections the hub shows from every source, and keeps the guide's own words", () => {
    const himalayas = guides.find((g) => g.source.id === "himalayas");
    if (!himalayas) throw new Error("no himalayas guide");
    const sections = guideSections(himalayas);
    const searched = (kind: string) => sections.filter((s) => s.kind === kind).map(searchedOnGuide);
    for (const kind of ["salary-by-level", "tiers", "skills", "tools", "certifications", "faqs"]) {
      expect(searched(kind), kind).toEqual([false]);
    }
    for (const kind of ["education", "pros-cons"]) expect(searched(kind), kind).toEqual([true]);
    const body = sections.filter((s) => s.kind === "body");
    expect(body.length).toBeGreaterThan(5);
    expect(body.every(searchedOnGuide)).toBe(true);
  });

  it("describes a guide with its own figures", () => {
    const himalayas = guides.find((g) => g.source.id === "himalayas");
    if (!himalayas) throw new Error("no himalayas guide");
    const description = guideDescription(himalayas);
    expect(description).toContain("What Himalayas says about becoming a backend developer");
    expect(description).toContain("median salary $121,000");
    expect(description).toContain("22% growth");
  });
});

describe("splitLead", () => {
  const words = (n: number, word = "word") => Array.from({ length: n }, () => word).join(" ");

  it("keeps a short section whole", () => {
    const text = `${words(30)}\n\n${words(25)}`;
    expect(splitLead(text)).toEqual({ lead: text });
  });

  it("folds what follows the first paragraph when it is long, losing nothing", () => {
    const lead = words(30, "lead");
    const rest = [words(40, "more"), "- a list item\n- another", words(40, "end")].join("\n\n");
    const split = splitLead(`${lead}\n\n${rest}`);
    expect(split).toEqual({ lead, rest });
    expect(`${split.lead}\n\n${split.rest}`).toBe(`${lead}\n\n${rest}`);
  });

  it("never leaves a lone sub-heading as the lead", () => {
    const split = splitLead(`### Languages\n\n${words(30, "python")}\n\n${words(80, "rest")}`);
    expect(split.lead).toBe(`### Languages\n\n${words(30, "python")}`);
    expect(split.rest).toBe(words(80, "rest"));
  });
});
