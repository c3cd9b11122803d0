/**
 * Broken content, part 3: whole-file problems, encodings, and several broken
 * files in one run.
 * Each case starts from the minimal valid set in helpers.ts, changes one file,
 * and must fail with the right code at the right file, line and field.
 */
import { describe, expect, it } from "vitest";
import { ContentError, formatIssueReport } from "@/lib/content/issues";
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
  toContentFiles,
  validFiles,
} from "./helpers";

describe("whole-file problems", () => {
  it("reports an empty career.yaml as empty, not as missing", () => {
    const error = onlyError({ ...validFiles(), [CAREER]: "" });
    expectWholeFile(error, { file: CAREER, code: "file-empty" });
  });

  it("reports a guide that is only whitespace as empty", () => {
    const error = onlyError({ ...validFiles(), [GUIDE]: "  \n\n" });
    expectWholeFile(error, { file: GUIDE, code: "file-empty" });
  });

  it("reports a guide with no frontmatter at line 1", () => {
    const error = onlyError(guideWith("---\nsource", "source"));
    expectLocated(error, {
      file: GUIDE,
      line: 1,
      column: 1,
      field: "",
      code: "file-frontmatter",
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
      code: "file-encoding",
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
    expectLocated(error, { file: SOURCE, line: 1, field: "", code: "file-encoding" });
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
      code: "field-type",
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
      code: "yaml-invalid",
    });
  });

  it("reports parse errors, schema errors and cross-file errors together", () => {
    let files = guideWith("technical: [python, sql]", "technical: [python, pyhton]");
    files = edit(files, SOURCE, "figures:", "homepag: x\nfigures:");
    files = { ...files, "content/careers/himalayas.md": "---\nsource: himalayas\n---\n" };
    const errors = errorsOf(files);
    expect(errors.map((e) => `${e.file}|${e.field}|${e.code}`).sort()).toEqual(
      ["content/careers/himalayas.md||file-misplaced", `${SOURCE}|homepag|field-unknown`].sort(),
    );
    // With its source broken the guide cannot be checked further; fix the source and the skill shows up.
    const second = errorsOf(edit(files, SOURCE, "homepag: x\n", ""));
    expect(second.map((e) => `${e.file}|${e.field}|${e.code}`).sort()).toEqual(
      ["content/careers/himalayas.md||file-misplaced", `${GUIDE}|skills.technical[1]|skill-unknown`].sort(),
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
