/**
 * Broken content, part 1: malformed YAML and values that break the schemas.
 * Each case starts from the minimal valid set in helpers.ts, changes one file,
 * and must fail with the right code at the right file, line and field.
 */
import { describe, expect, it } from "vitest";
import { expectLocated, expectWholeFile, guideWith, errorsIn } from "./expect-issue";
import {
  CAREER,
  GUIDE,
  GUIDE_LINES as L,
  SKILLS,
  SOURCE,
  edit,
  errorsOf,
  load,
  onlyError,
  validFiles,
} from "./helpers";

describe("the minimal content set", () => {
  it("is valid, so each broken variant fails for its one change", () => {
    const result = load(validFiles());
    expect(errorsIn(result.issues)).toEqual([]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.site.careers).toHaveLength(1);
    const guide = result.site.careers[0].guides[0];
    expect(guide.source.id).toBe("himalayas");
    expect(guide.salary?.median).toBe(121000);
    expect(guide.skills.technical[0].skills.map((s) => s.id)).toEqual(["python"]);
    expect(guide.certifications[0].certification.id).toBe("aws-developer-associate");
    expect(guide.body).toContain("## Day to day");
  });

  it("refuses to edit text that is not there (so a stale test cannot pass)", () => {
    expect(() => guideWith("no such text", "x")).toThrow(/does not contain/);
  });
});

describe("malformed YAML", () => {
  it("reports a key out of line with its siblings", () => {
    const errors = errorsOf(guideWith("  median: 121000", " median: 121000"));
    expectLocated(errors[0], {
      file: GUIDE,
      line: L.median,
      field: "",
      code: "yaml-invalid",
    });
    expect(errors.every((e) => e.file === GUIDE)).toBe(true);
  });

  it("reports a tab used as indentation", () => {
    const errors = errorsOf(guideWith("  min: 70000", "\tmin: 70000"));
    expectLocated(errors[0], {
      file: GUIDE,
      line: L.min,
      column: 1,
      field: "",
      code: "yaml-invalid",
    });
  });

  it("reports an unclosed quote on the line where it opens", () => {
    const error = onlyError(
      guideWith(
        'title: "Complete Backend Developer Career Guide"',
        'title: "Complete Backend Developer Career Guide',
      ),
    );
    expectLocated(error, {
      file: GUIDE,
      line: L.provenanceTitle,
      column: 10,
      field: "",
      code: "yaml-invalid",
    });
  });

  it("reports an unclosed single quote in a plain YAML file", () => {
    const error = onlyError(edit(validFiles(), CAREER, "summary: Backend", "summary: 'Backend"));
    expectLocated(error, { file: CAREER, line: 3, column: 10, field: "", code: "yaml-invalid" });
  });

  it("reports a duplicate key at its second occurrence", () => {
    const error = onlyError(guideWith("  max: 170000\n", "  max: 170000\n  median: 5\n"));
    expectLocated(error, {
      file: GUIDE,
      line: L.max + 1,
      column: 3,
      field: "",
      code: "yaml-invalid",
    });
  });

  it("reports a duplicate key in a plain YAML file, counting from line 1", () => {
    const error = onlyError(edit(validFiles(), CAREER, "related:", "title: Again\nrelated:"));
    expectLocated(error, { file: CAREER, line: 4, column: 1, field: "", code: "yaml-invalid" });
  });

  it("reports frontmatter that is never closed", () => {
    const error = onlyError(guideWith("\n---\n", "\n"));
    expectWholeFile(error, { file: GUIDE, code: "file-frontmatter" });
  });
});

describe("schema errors", () => {
  it('reports a wrong type ("median: lots")', () => {
    const error = onlyError(guideWith("median: 121000", "median: lots"));
    expectLocated(error, {
      file: GUIDE,
      line: L.median,
      column: 11,
      field: "salary.median",
      code: "field-type",
      message: 'Must be a number, without currency signs or commas, e.g. 93333, got "lots"',
    });
  });

  it("reports a wrong type in a source file", () => {
    const error = onlyError(
      edit(validFiles(), SOURCE, "figures: [salary-survey]", "figures: [salary-survey, rumours]"),
    );
    expectLocated(error, {
      file: SOURCE,
      line: 3,
      column: 26,
      field: "figures[1]",
      code: "field-value",
    });
  });

  it("reports a missing top-level field at the start of the frontmatter", () => {
    const error = onlyError(guideWith("summary: A broad guide with pay by level and a career ladder.\n", ""));
    expectLocated(error, {
      file: GUIDE,
      line: L.source,
      field: "summary",
      code: "field-missing",
    });
  });

  it("reports a missing nested field at its parent's key", () => {
    const error = onlyError(guideWith("  added: 2026-11-23\n", ""));
    expectLocated(error, {
      file: GUIDE,
      line: L.provenance,
      column: 1,
      field: "provenance.added",
      code: "field-missing",
    });
  });

  it("reports a missing field in a list item at that item", () => {
    const error = onlyError(guideWith("    summary: Owns system design.\n", ""));
    expectLocated(error, {
      file: GUIDE,
      line: L.tier1,
      field: "tiers[1].summary",
      code: "field-missing",
    });
  });

  it("reports a missing field in a source file", () => {
    const error = onlyError(edit(validFiles(), SOURCE, "figures: [salary-survey]\n", ""));
    expectLocated(error, { file: SOURCE, line: 1, field: "figures", code: "field-missing" });
  });

  it("reports a negative salary", () => {
    const error = onlyError(guideWith("median: 121000", "median: -5"));
    expectLocated(error, {
      file: GUIDE,
      line: L.median,
      field: "salary.median",
      code: "field-invalid",
    });
  });

  it("reports a negative salary deep in a list", () => {
    const files = guideWith("    yearsMax: 2\n", "    yearsMax: 2\n    salary: { min: -1000, max: 90000 }\n");
    const error = onlyError(files);
    expectLocated(error, {
      file: GUIDE,
      line: L.tier0YearsMax + 1,
      field: "tiers[0].salary.min",
      code: "field-invalid",
    });
  });

  it("reports an unknown top-level field at its key (strict objects)", () => {
    const error = onlyError(guideWith("outlook:\n", "salery:\n  currency: USD\noutlook:\n"));
    expectLocated(error, {
      file: GUIDE,
      line: L.outlook,
      column: 1,
      field: "salery",
      code: "field-unknown",
    });
  });

  it("reports an unknown nested field", () => {
    const error = onlyError(guideWith("  median: 121000", "  medain: 121000"));
    expectLocated(error, {
      file: GUIDE,
      line: L.median,
      field: "salary.medain",
      code: "field-unknown",
    });
  });

  it("reports an unknown field in a source file, and nothing else", () => {
    const error = onlyError(
      edit(validFiles(), SOURCE, "figures:", "homepag: https://himalayas.app\nfigures:"),
    );
    expectLocated(error, { file: SOURCE, line: 3, field: "homepag", code: "field-unknown" });
  });

  it("reports an unknown field in a taxonomy file", () => {
    const error = onlyError(edit(validFiles(), SKILLS, "  - id: sql\n", "  - id: sql\n    kind: database\n"));
    expectLocated(error, { file: SKILLS, line: 7, field: "skills[1].kind", code: "field-unknown" });
  });
});
