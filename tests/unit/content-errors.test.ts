/**
 * Over 300 lines for a reason: one case per kind of mistake, each a few lines; splitting by kind would scatter the shared expectations.
 *
 * Broken content, one class of mistake at a time: each must fail and name the
 * file, line and field both in the issue and in the message an editor reads.
 * Every case starts from the minimal valid set in helpers.ts and changes one file.
 */
import { describe, expect, it } from "vitest";
import { ContentError, formatIssue, formatIssueReport, type ContentIssue } from "@/lib/content/issues";
import {
  CAREER,
  CERTIFICATIONS,
  GUIDE,
  GUIDE_LINES as L,
  SKILLS,
  SOURCE,
  edit,
  errorsOf,
  load,
  onlyError,
  toContentFiles,
  validFiles,
  type FileSet,
} from "./helpers";

/** A string must equal the text exactly; a RegExp must match it. */
function expectText(actual: string | undefined, want: string | RegExp) {
  if (typeof want === "string") expect(actual).toBe(want);
  else expect(actual).toMatch(want);
}

type Expected = {
  file: string;
  line: number;
  column?: number;
  field: string;
  message: string | RegExp;
  hint?: string | RegExp;
};

/** The issue points at file:line and field, and so does every message built from it. */
function expectLocated(issue: ContentIssue, want: Expected) {
  expect(issue.severity).toBe("error");
  expect(issue.file).toBe(want.file);
  expect(issue.line).toBe(want.line);
  if (want.column !== undefined) expect(issue.column).toBe(want.column);
  expect(issue.field).toBe(want.field);
  expectText(issue.message, want.message);
  if (want.hint !== undefined) expectText(issue.hint, want.hint);

  const formatted = formatIssue(issue);
  expect(formatted.startsWith(`${want.file}:${want.line}:${issue.column ?? 1}`)).toBe(true);
  if (want.field) expect(formatted).toContain(`  ${want.field}  `);
  expect(formatted).toContain(issue.message);
  if (issue.hint) expect(formatted).toContain(issue.hint);

  const error = new ContentError([issue]);
  expect(error.message).toContain(formatted);
}

/** For problems with the whole file (no line or field to point at): the file leads the message. */
function expectWholeFile(
  issue: ContentIssue,
  want: { file: string; message: string | RegExp; hint?: string | RegExp },
) {
  expect(issue.severity).toBe("error");
  expect(issue.file).toBe(want.file);
  expect(issue.field).toBe("");
  expectText(issue.message, want.message);
  if (want.hint !== undefined) expectText(issue.hint, want.hint);
  const formatted = formatIssue(issue);
  expect(formatted.startsWith(want.file)).toBe(true);
  expect(formatted).toContain(issue.message);
  expect(new ContentError([issue]).message).toContain(formatted);
}

const guideWith = (from: string, to: string): FileSet => edit(validFiles(), GUIDE, from, to);

/** Errors only: the minimal set has two legitimate warnings (see warnings.test.ts), which never fail a load. */
const errorsIn = (issues: readonly ContentIssue[]) => issues.filter((i) => i.severity === "error");

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
      message: /^Invalid YAML: /,
      hint: "line up the keys of one mapping at the same indentation",
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
      message: /Tabs are not allowed/,
      hint: "indent with spaces, not tabs",
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
      message: /Missing closing "quote/,
      hint: "close the quote, or remove it",
    });
  });

  it("reports an unclosed single quote in a plain YAML file", () => {
    const error = onlyError(edit(validFiles(), CAREER, "summary: Backend", "summary: 'Backend"));
    expectLocated(error, { file: CAREER, line: 3, column: 10, field: "", message: /Missing closing 'quote/ });
  });

  it("reports a duplicate key at its second occurrence", () => {
    const error = onlyError(guideWith("  max: 170000\n", "  max: 170000\n  median: 5\n"));
    expectLocated(error, {
      file: GUIDE,
      line: L.max + 1,
      column: 3,
      field: "",
      message: "Invalid YAML: a key appears twice in the same mapping",
      hint: "remove or rename one of the two",
    });
  });

  it("reports a duplicate key in a plain YAML file, counting from line 1", () => {
    const error = onlyError(edit(validFiles(), CAREER, "related:", "title: Again\nrelated:"));
    expectLocated(error, { file: CAREER, line: 4, column: 1, field: "", message: /a key appears twice/ });
  });

  it("reports frontmatter that is never closed", () => {
    const error = onlyError(guideWith("\n---\n", "\n"));
    expectWholeFile(error, { file: GUIDE, message: "Frontmatter is never closed" });
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
      message: /Expected one of .*"salary-survey".*, got "rumours"/,
    });
  });

  it("reports a missing top-level field at the start of the frontmatter", () => {
    const error = onlyError(guideWith("summary: A broad guide with pay by level and a career ladder.\n", ""));
    expectLocated(error, {
      file: GUIDE,
      line: L.source,
      field: "summary",
      message: "Required field is missing (expected string)",
    });
  });

  it("reports a missing nested field at its parent's key", () => {
    const error = onlyError(guideWith("  added: 2026-11-23\n", ""));
    expectLocated(error, {
      file: GUIDE,
      line: L.provenance,
      column: 1,
      field: "provenance.added",
      message: /^Required field is missing/,
    });
  });

  it("reports a missing field in a list item at that item", () => {
    const error = onlyError(guideWith("    summary: Owns system design.\n", ""));
    expectLocated(error, {
      file: GUIDE,
      line: L.tier1,
      field: "tiers[1].summary",
      message: /^Required field is missing/,
    });
  });

  it("reports a missing field in a source file", () => {
    const error = onlyError(edit(validFiles(), SOURCE, "figures: [salary-survey]\n", ""));
    expectLocated(error, { file: SOURCE, line: 1, field: "figures", message: /^Required field is missing/ });
  });

  it("reports a negative salary", () => {
    const error = onlyError(guideWith("median: 121000", "median: -5"));
    expectLocated(error, {
      file: GUIDE,
      line: L.median,
      field: "salary.median",
      message: "A salary cannot be negative",
    });
  });

  it("reports a negative salary deep in a list", () => {
    const files = guideWith("    yearsMax: 2\n", "    yearsMax: 2\n    salary: { min: -1000, max: 90000 }\n");
    const error = onlyError(files);
    expectLocated(error, {
      file: GUIDE,
      line: L.tier0YearsMax + 1,
      field: "tiers[0].salary.min",
      message: "A salary cannot be negative",
    });
  });

  it("reports an unknown top-level field at its key (strict objects)", () => {
    const error = onlyError(guideWith("outlook:\n", "salery:\n  currency: USD\noutlook:\n"));
    expectLocated(error, {
      file: GUIDE,
      line: L.outlook,
      column: 1,
      field: "salery",
      message: 'Unknown field "salery"',
      hint: "check the spelling, or remove it",
    });
  });

  it("reports an unknown nested field", () => {
    const error = onlyError(guideWith("  median: 121000", "  medain: 121000"));
    expectLocated(error, {
      file: GUIDE,
      line: L.median,
      field: "salary.medain",
      message: 'Unknown field "medain"',
    });
  });

  it("reports an unknown field in a source file, and nothing else", () => {
    const error = onlyError(
      edit(validFiles(), SOURCE, "figures:", "homepag: https://himalayas.app\nfigures:"),
    );
    expectLocated(error, { file: SOURCE, line: 3, field: "homepag", message: 'Unknown field "homepag"' });
  });

  it("reports an unknown field in a taxonomy file", () => {
    const error = onlyError(edit(validFiles(), SKILLS, "  - id: sql\n", "  - id: sql\n    kind: database\n"));
    expectLocated(error, { file: SKILLS, line: 7, field: "skills[1].kind", message: 'Unknown field "kind"' });
  });
});

describe("cross-file checks", () => {
  it("reports an unknown source id with a did-you-mean hint", () => {
    const error = onlyError(guideWith("source: himalayas", "source: himalaya"));
    expectLocated(error, {
      file: GUIDE,
      line: L.source,
      column: 9,
      field: "source",
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
      message: 'Unknown source "glassdoor"',
      hint: /content\/sources/,
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
      message: /does not match the file name "himalayas"/,
    });
  });

  it("reports min above median, naming both values", () => {
    const error = onlyError(guideWith("min: 70000", "min: 130000"));
    expectLocated(error, {
      file: GUIDE,
      line: L.min,
      field: "salary.min",
      message: "min (130000) is greater than median (121000)",
    });
  });

  it("reports median above max, naming both values", () => {
    const error = onlyError(guideWith("max: 170000", "max: 100000"));
    expectLocated(error, {
      file: GUIDE,
      line: L.median,
      field: "salary.median",
      message: "median (121000) is greater than max (100000)",
    });
  });

  it("reports tiers out of order of experience", () => {
    const error = onlyError(guideWith("yearsMin: 0\n    yearsMax: 2", "yearsMin: 8\n    yearsMax: 12"));
    expectLocated(error, {
      file: GUIDE,
      line: L.tier1YearsMin,
      column: 15,
      field: "tiers[1].yearsMin",
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
      message: "yearsMax (1) is less than yearsMin (3)",
    });
  });

  it("reports an unknown skill with a did-you-mean hint", () => {
    const error = onlyError(guideWith("technical: [python, sql]", "technical: [python, pyhton]"));
    expectLocated(error, {
      file: GUIDE,
      line: L.technical,
      column: 23,
      field: "skills.technical[1]",
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
      message: 'Unknown skill "empathy"',
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
      message: 'Unknown certification "AWS Certified Develooper - Associate"',
      hint: /did you mean "AWS Certified Developer – Associate"\?.*certifications\.yaml/,
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
      message: 'Career folder "frontend-developer" has no career.yaml',
      hint: /content\/careers\/frontend-developer\/career\.yaml/,
    });
  });

  it("reports a guide directly in content/careers", () => {
    const path = "content/careers/himalayas.md";
    const error = onlyError({ ...validFiles(), [path]: validFiles()[GUIDE] });
    expectWholeFile(error, {
      file: path,
      message: "File is not where content is read from",
      hint: /content\/careers\/<career>\/<source>\.md/,
    });
  });

  it("reports a guide outside content/careers", () => {
    const path = "content/guides/himalayas.md";
    const error = onlyError({ ...validFiles(), [path]: validFiles()[GUIDE] });
    expectWholeFile(error, { file: path, message: "File is not where content is read from" });
  });

  it("reports a skill id listed twice in the taxonomy", () => {
    const error = onlyError(edit(validFiles(), SKILLS, "  - id: sql\n", "  - id: python\n"));
    expectLocated(error, { file: SKILLS, line: 6, field: "skills[1].id", message: 'Duplicate id "python"' });
  });

  it("reports a name claimed by two taxonomy entries", () => {
    const error = onlyError(
      edit(validFiles(), SKILLS, '    name: "SQL"\n', '    name: "SQL"\n    aliases: [python]\n'),
    );
    expectLocated(error, {
      file: SKILLS,
      line: 6,
      field: "skills[1]",
      message: '"python" names both "python" and "sql"',
      hint: /one entry only/,
    });
  });

  it("reports a missing taxonomy file", () => {
    const files = validFiles();
    delete files[CERTIFICATIONS];
    const error = onlyError(files);
    expectWholeFile(error, { file: CERTIFICATIONS, message: "Taxonomy file is missing" });
  });
});

describe("whole-file problems", () => {
  it("reports an empty career.yaml as empty, not as missing", () => {
    const error = onlyError({ ...validFiles(), [CAREER]: "" });
    expectWholeFile(error, { file: CAREER, message: "File is empty" });
  });

  it("reports a guide that is only whitespace as empty", () => {
    const error = onlyError({ ...validFiles(), [GUIDE]: "  \n\n" });
    expectWholeFile(error, { file: GUIDE, message: "File is empty" });
  });

  it("reports a guide with no frontmatter at line 1", () => {
    const error = onlyError(guideWith("---\nsource", "source"));
    expectLocated(error, {
      file: GUIDE,
      line: 1,
      column: 1,
      field: "",
      message: "Guide has no frontmatter",
      hint: /start the file with a line '---'/,
    });
  });

  it("reports invalid UTF-8 at the line of the bad byte", () => {
    const files = toContentFiles(validFiles());
    const guide = files.find((f) => f.path === GUIDE);
    if (!guide) throw new Error("no guide");
    const text = new TextDecoder().decode(guide.bytes);
    const at = text.indexOf("A broad guide");
    const bytes = new Uint8Array(guide.bytes.length + 1);
    bytes.set(guide.bytes.subarray(0, at));
    bytes[at] = 0xff; // never valid in UTF-8
    bytes.set(guide.bytes.subarray(at), at + 1);
    guide.bytes = bytes;
    const error = onlyError(files);
    expectLocated(error, {
      file: GUIDE,
      line: L.summary,
      field: "",
      message: "File is not valid UTF-8 text",
      hint: "save it with UTF-8 encoding",
    });
  });

  it("reports a Latin-1 source file as not UTF-8", () => {
    const files = toContentFiles(validFiles()).map((f) =>
      f.path === SOURCE
        ? {
            path: f.path,
            bytes: Uint8Array.from("name: Caf\xe9 Jobs\ndescription: x\nfigures: [none]\n", (c) =>
              c.charCodeAt(0),
            ),
          }
        : f,
    );
    const error = onlyError(files);
    expectLocated(error, { file: SOURCE, line: 1, field: "", message: "File is not valid UTF-8 text" });
  });
});

describe("encodings that are fine", () => {
  const bom = (text: string) => `\uFEFF${text}`;
  const crlf = (text: string) => text.replace(/\n/g, "\r\n");

  it("loads files that start with a byte-order mark", () => {
    const files = Object.fromEntries(Object.entries(validFiles()).map(([path, text]) => [path, bom(text)]));
    const result = load(files);
    expect(errorsIn(result.issues)).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("loads files with CRLF line endings, and the body has no carriage returns", () => {
    const files = Object.fromEntries(Object.entries(validFiles()).map(([path, text]) => [path, crlf(text)]));
    const result = load(files);
    expect(errorsIn(result.issues)).toEqual([]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const guide = result.site.careers[0].guides[0];
    expect(guide.body).toContain("## Day to day");
    expect(guide.body).not.toContain("\r");
    expect(guide.summary).toBe("A broad guide with pay by level and a career ladder.");
  });

  it("keeps line numbers right with a BOM and CRLF", () => {
    const files = {
      ...validFiles(),
      [GUIDE]: bom(crlf(validFiles()[GUIDE].replace("median: 121000", "median: lots"))),
    };
    const error = onlyError(files);
    expectLocated(error, {
      file: GUIDE,
      line: L.median,
      column: 11,
      field: "salary.median",
      message: /Must be a number/,
    });
  });
});

describe("several broken files in one run", () => {
  it("reports every broken file, not just the first", () => {
    let files = guideWith("median: 121000", "median: lots");
    files = edit(files, CAREER, "title: Backend Developer", "title: 'Backend Developer");
    files = edit(files, SKILLS, "    type: technical\n  - id: sql", "    type: tecnical\n  - id: sql");
    const errors = errorsOf(files);
    const byFile = new Set(errors.map((e) => e.file));
    expect(byFile).toEqual(new Set([GUIDE, CAREER, SKILLS]));
    expect(errors.find((e) => e.file === GUIDE)).toMatchObject({ line: L.median, field: "salary.median" });
    expect(errors.find((e) => e.file === SKILLS)).toMatchObject({ line: 5, field: "skills[0].type" });
    expect(errors.find((e) => e.file === CAREER)).toMatchObject({
      line: 1,
      field: "",
      message: expect.stringMatching(/Missing closing 'quote/),
    });
  });

  it("reports parse errors, schema errors and cross-file errors together", () => {
    let files = guideWith("technical: [python, sql]", "technical: [python, pyhton]");
    files = edit(files, SOURCE, "figures:", "homepag: x\nfigures:");
    files = { ...files, "content/careers/himalayas.md": "---\nsource: himalayas\n---\n" };
    const errors = errorsOf(files);
    expect(errors.map((e) => `${e.file}|${e.field}`).sort()).toEqual(
      ["content/careers/himalayas.md|", `${SOURCE}|homepag`].sort(),
    );
    // With its source broken the guide cannot be checked further; fix the source and the skill shows up.
    const second = errorsOf(edit(files, SOURCE, "homepag: x\n", ""));
    expect(second.map((e) => `${e.file}|${e.field}`).sort()).toEqual(
      ["content/careers/himalayas.md|", `${GUIDE}|skills.technical[1]`].sort(),
    );
  });

  it("reports two guides' cross-file errors in one run", () => {
    const second = "content/careers/backend-developer/jobicy.md";
    const files = {
      ...guideWith("min: 70000", "min: 130000"),
      "content/sources/jobicy.yaml": "name: Jobicy\ndescription: A board.\nfigures: [none]\n",
      [second]: validFiles()
        [GUIDE].replace("source: himalayas", "source: jobicy")
        .replace("[python, sql]", "[python, sqll]"),
    };
    const errors = errorsOf(files);
    expect(errors.map((e) => [e.file, e.line, e.field])).toEqual(
      expect.arrayContaining([
        [GUIDE, L.min, "salary.min"],
        [second, L.technical, "skills.technical[1]"],
      ]),
    );
    expect(errors).toHaveLength(2);
  });

  it("lists every error in the ContentError message, grouped by file", () => {
    let files = guideWith("median: 121000", "median: lots");
    files = edit(files, SOURCE, "figures:", "homepag: x\nfigures:");
    const errors = errorsOf(files);
    const error = new ContentError(errors);
    expect(error.message).toMatch(/^Content has 2 error\(s\); nothing was published\./);
    expect(error.message).toContain(
      `${GUIDE}:${L.median}:11  salary.median  Must be a number, without currency signs or commas, e.g. 93333, got "lots"`,
    );
    expect(error.message).toContain(`${SOURCE}:3:10  homepag  Unknown field "homepag"`);
    const report = formatIssueReport(errors);
    expect(report.split("\n\n")).toHaveLength(2);
    expect(report).toContain(`${GUIDE}\n  error    ${GUIDE}:${L.median}:11`);
  });
});
