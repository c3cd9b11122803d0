/**
 * Content-quality warnings, part 2: related careers and skill labels that
 * look like something we have.
 * Each kind fires on the content it is meant for, with its code at the file,
 * line and field, and stays quiet on its near misses.
 */
import { describe, expect, it } from "vitest";
import { looksLike } from "@/lib/vocabulary/lookalike";
import { CAREER, GUIDE, edit } from "./helpers";
import { warningsOf, onlyWarning, lineOf, clean, guideWith } from "./warning-helpers";

describe("related careers with no career page", () => {
  it("are warned about once per list, saying they show as plain text", () => {
    const files = edit(clean(), CAREER, "summary:", "related: [Web Developer]\nsummary:");
    const warning = onlyWarning(files);
    expect(warning).toMatchObject({
      file: CAREER,
      line: lineOf(files, CAREER, "related:"),
      column: 10,
      field: "related",
      code: "related-unlinked",
    });
  });

  it("lists every plain-text career of a guide in one warning", () => {
    const files = guideWith(
      "certifications:\n",
      "related: [backend-developer, Web Developer, DevOps Engineer]\ncertifications:\n",
    );
    expect(onlyWarning(files)).toMatchObject({
      file: GUIDE,
      line: lineOf(files, GUIDE, "related:"),
      field: "related",
      code: "related-unlinked",
    });
  });

  it("says which career a near miss probably means, at the entry", () => {
    const files = guideWith(
      "certifications:\n",
      "related: [Web Developer, backend-develper]\ncertifications:\n",
    );
    const warnings = warningsOf(files);
    expect(warnings.find((w) => w.field === "related[1]")).toMatchObject({
      code: "related-lookalike",
      message: 'Related career "backend-develper" matches no career, so it is shown as plain text',
      hint: 'did you mean "Backend Developer" (backend-developer)?',
    });
    expect(warnings.map((w) => w.field).sort()).toEqual(["related", "related[1]"]);
  });

  it("matches titles and aliases in any case and with any dash", () => {
    for (const name of ["backend developer", "back–end developer", "BACKEND-DEVELOPER"]) {
      expect(warningsOf(guideWith("certifications:\n", `related: [${name}]\ncertifications:\n`))).toEqual([]);
    }
  });

  it("calls out two entries that look like the same career", () => {
    const files = guideWith(
      "certifications:\n",
      "related: [backend-developer, Web Application Developer, Web Applications Developer]\ncertifications:\n",
    );
    const warnings = warningsOf(files);
    expect(warnings.find((w) => w.field === "related[2]")).toMatchObject({
      code: "related-duplicate",
    });
    expect(warnings.find((w) => w.field === "related")?.code).toBe("related-unlinked");
    const same = guideWith(
      "certifications:\n",
      "related: [backend-developer, Backend Developer]\ncertifications:\n",
    );
    expect(onlyWarning(same)).toMatchObject({
      field: "related[1]",
      code: "related-duplicate",
    });
    const alias = guideWith(
      "certifications:\n",
      "related: [backend-developer, back-end developer]\ncertifications:\n",
    );
    expect(onlyWarning(alias)).toMatchObject({
      field: "related[1]",
      code: "related-duplicate",
    });
  });

  it("calls out a slug with no career folder", () => {
    const files = guideWith("certifications:\n", "related: [frontend-developer]\ncertifications:\n");
    expect(onlyWarning(files)).toMatchObject({
      field: "related[0]",
      code: "related-slug",
    });
  });
});

describe("a skill label that looks like a canonical skill", () => {
  const withTools = (tools: string) => guideWith("certifications:\n", `tools:\n${tools}certifications:\n`);

  it('is warned about when it nearly names a skill its refs leave out ("Postgress" → sql)', () => {
    const files = withTools("  - label: Pyhton\n    refs: [sql]\n");
    expect(onlyWarning(files)).toMatchObject({
      file: GUIDE,
      line: lineOf(files, GUIDE, "label: Pyhton"),
      column: 12,
      field: "tools[0].label",
      code: "skill-label-lookalike",
    });
  });

  it("is warned about when it names a skill exactly and its refs leave it out", () => {
    const files = withTools("  - label: SQL\n    refs: [python]\n");
    expect(onlyWarning(files)).toMatchObject({
      field: "tools[0].label",
      code: "skill-label-unresolved",
    });
  });

  it("is fine when its refs include the skill it looks like", () => {
    expect(warningsOf(withTools("  - label: Pyhton\n    refs: [python]\n"))).toEqual([]);
    expect(warningsOf(withTools("  - label: Communicaton skills\n    refs: [communication]\n"))).toEqual([]);
  });

  it("checks technical and soft skill labels too", () => {
    const files = guideWith(
      "  soft: [communication]",
      "  soft:\n    - label: Comunication\n      refs: [python]",
    );
    expect(onlyWarning(files).field).toBe("skills.soft[0].label");
  });

  it("leaves short and distant names alone", () => {
    expect(looksLike("Postgress", "Postgres")).toBe(true);
    expect(looksLike("Kubernets", "Kubernetes")).toBe(true);
    expect(looksLike("Comunication skills", "Communication skills")).toBe(true);
    expect(looksLike("BackendDeveloper", "Backend Developer")).toBe(true);
    expect(looksLike("Senoir Backend Developer", "Senior Backend Developer")).toBe(true);
    expect(looksLike("Senior Backend Developer", "Junior Backend Developer")).toBe(false);
    expect(looksLike("Mentoring", "Monitoring")).toBe(false);
    expect(looksLike("Trust", "Rust")).toBe(false);
    expect(looksLike("Go", "Git")).toBe(false);
    expect(looksLike("Mid-Level Backend Developer", "Mid-level Backend Developer")).toBe(false); // the same name
    expect(looksLike("Frontend Developer", "Backend Developer")).toBe(false);
    expect(warningsOf(withTools("  - label: Python web frameworks\n    refs: [python]\n"))).toEqual([]);
  });
});
