/**
 * Broken content, part 2: references across files (sources, skills,
 * certifications, careers, the taxonomy) and figures out of order.
 * Each case starts from the minimal valid set in helpers.ts, changes one file,
 * and must fail with the right code at the right file, line and field.
 */
import { describe, expect, it } from "vitest";
import { expectLocated, expectWholeFile, guideWith, errorsIn } from "./expect-issue";
import {
  CERTIFICATIONS,
  GUIDE,
  GUIDE_LINES as L,
  SKILLS,
  edit,
  load,
  onlyError,
  validFiles,
} from "./helpers";

describe("cross-file checks", () => {
  it("reports an unknown source id with a did-you-mean hint", () => {
    const error = onlyError(guideWith("source: himalayas", "source: himalaya"));
    expectLocated(error, {
      file: GUIDE,
      line: L.source,
      column: 9,
      field: "source",
      code: "source-unknown",
      message: 'Unknown source "himalaya"',
      hint: 'did you mean "himalayas"?',
    });
  });

  it("reports an unknown source id with no near match, suggesting a source file", () => {
    const error = onlyError(guideWith("source: himalayas", "source: glassdoor"));
    expectLocated(error, {
      file: GUIDE,
      line: L.source,
      field: "source",
      code: "source-unknown",
    });
  });

  it("reports a guide whose source does not match its file name", () => {
    const files = {
      ...validFiles(),
      "content/sources/jobicy.yaml": "name: Jobicy\ndescription: A board.\nfigures: [none]\n",
    };
    const error = onlyError(edit(files, GUIDE, "source: himalayas", "source: jobicy"));
    expectLocated(error, {
      file: GUIDE,
      line: L.source,
      field: "source",
      code: "source-mismatch",
    });
  });

  it("reports min above median, naming both values", () => {
    const error = onlyError(guideWith("min: 70000", "min: 130000"));
    expectLocated(error, {
      file: GUIDE,
      line: L.min,
      field: "salary.min",
      code: "range-order",
      message: "min (130000) is greater than median (121000)",
    });
  });

  it("reports median above max, naming both values", () => {
    const error = onlyError(guideWith("max: 170000", "max: 100000"));
    expectLocated(error, {
      file: GUIDE,
      line: L.median,
      field: "salary.median",
      code: "range-order",
    });
  });

  it("reports tiers out of order of experience", () => {
    const error = onlyError(guideWith("yearsMin: 0\n    yearsMax: 2", "yearsMin: 8\n    yearsMax: 12"));
    expectLocated(error, {
      file: GUIDE,
      line: L.tier1YearsMin,
      column: 15,
      field: "tiers[1].yearsMin",
      code: "tier-order",
      message:
        /"Senior Backend Developer" \(from 5 years\) comes after "Junior Backend Developer" \(from 8 years\)/,
      hint: "list tiers from least to most experienced",
    });
  });

  it("reports a tier whose yearsMax is below its yearsMin", () => {
    const error = onlyError(guideWith("yearsMin: 0\n    yearsMax: 2", "yearsMin: 3\n    yearsMax: 1"));
    expectLocated(error, {
      file: GUIDE,
      line: L.tier0YearsMax,
      field: "tiers[0].yearsMax",
      code: "tier-order",
    });
  });

  it("reports an unknown skill with a did-you-mean hint", () => {
    const error = onlyError(guideWith("technical: [python, sql]", "technical: [python, pyhton]"));
    expectLocated(error, {
      file: GUIDE,
      line: L.technical,
      column: 23,
      field: "skills.technical[1]",
      code: "skill-unknown",
      message: 'Unknown skill "pyhton"',
      hint: /did you mean "python"\?.*content\/taxonomy\/skills\.yaml/,
    });
  });

  it("reports an unknown skill inside a labelled item's refs", () => {
    const files = guideWith(
      "  soft: [communication]",
      "  soft:\n    - label: Talking to people\n      refs: [communication, empathy]",
    );
    const error = onlyError(files);
    expectLocated(error, {
      file: GUIDE,
      line: L.soft + 2,
      field: "skills.soft[0].refs[1]",
      code: "skill-unknown",
    });
  });

  it("reports an unknown certification", () => {
    const error = onlyError(
      guideWith(
        "- name: AWS Certified Developer - Associate",
        "- name: AWS Certified Develooper - Associate",
      ),
    );
    expectLocated(error, {
      file: GUIDE,
      line: L.certificationName,
      column: 11,
      field: "certifications[0].name",
      code: "certification-unknown",
    });
  });

  it("resolves a certification by name or alias, in any case and with any dash", () => {
    for (const name of [
      "aws certified developer — associate",
      "AWS DEVELOPER ASSOCIATE",
      "aws-developer-associate",
    ]) {
      const result = load(guideWith("- name: AWS Certified Developer - Associate", `- name: ${name}`));
      expect(errorsIn(result.issues)).toEqual([]);
      if (result.ok) expect(result.site.careers[0].guides[0].certifications[0].sourceName).toBe(name);
    }
  });

  it("reports a guide in a career folder without career.yaml", () => {
    const path = "content/careers/frontend-developer/himalayas.md";
    const error = onlyError({ ...validFiles(), [path]: validFiles()[GUIDE] });
    expectWholeFile(error, {
      file: path,
      code: "career-missing",
    });
  });

  it("reports a guide directly in content/careers", () => {
    const path = "content/careers/himalayas.md";
    const error = onlyError({ ...validFiles(), [path]: validFiles()[GUIDE] });
    expectWholeFile(error, {
      file: path,
      code: "file-misplaced",
    });
  });

  it("reports a guide outside content/careers", () => {
    const path = "content/guides/himalayas.md";
    const error = onlyError({ ...validFiles(), [path]: validFiles()[GUIDE] });
    expectWholeFile(error, { file: path, code: "file-misplaced" });
  });

  it("reports a skill id listed twice in the taxonomy", () => {
    const error = onlyError(edit(validFiles(), SKILLS, "  - id: sql\n", "  - id: python\n"));
    expectLocated(error, { file: SKILLS, line: 6, field: "skills[1].id", code: "taxonomy-duplicate-id" });
  });

  it("reports a name claimed by two taxonomy entries", () => {
    const error = onlyError(
      edit(validFiles(), SKILLS, '    name: "SQL"\n', '    name: "SQL"\n    aliases: [python]\n'),
    );
    expectLocated(error, {
      file: SKILLS,
      line: 6,
      field: "skills[1]",
      code: "taxonomy-name-conflict",
    });
  });

  it("reports a missing taxonomy file", () => {
    const files = validFiles();
    delete files[CERTIFICATIONS];
    const error = onlyError(files);
    expectWholeFile(error, { file: CERTIFICATIONS, code: "taxonomy-missing" });
  });
});
