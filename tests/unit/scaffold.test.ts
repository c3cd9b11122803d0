/**
 * `npm run content:new`: the scaffolded files parse, fail the content check
 * until their required values are filled, then load with no errors; nothing
 * is overwritten and bad ids are refused. The command line is tested in
 * content-new-args.test.ts.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatIssue } from "@/lib/content/issues";
import { fieldDocs, flatten } from "@/lib/content/field-docs";
import { parseMarkdownFile, parseYamlFile } from "@/lib/content/parse";
import {
  careerTemplate,
  guideTemplate,
  planScaffold,
  sourceTemplate,
  type GuideFormat,
  type ScaffoldFile,
  type ScaffoldRequest,
} from "@/lib/content/scaffold";
import { CAREER, errorsOf, GUIDE, load, SKILLS, SOURCE, validFiles, type FileSet } from "./helpers";

const TODAY = "2026-11-23";
const FORMATS: GuideFormat[] = ["md", "yaml"];

/** The minimal valid set without its guide: career backend-developer and source himalayas exist. */
function baseFiles(): FileSet {
  const files = validFiles();
  delete files[GUIDE];
  return files;
}

function plan(request: Partial<ScaffoldRequest>, files: FileSet = baseFiles()): ScaffoldFile[] {
  const result = planScaffold(
    { career: "data-engineer", source: "coursera", format: "md", today: TODAY, ...request },
    (p) => p in files,
  );
  if (!result.ok) throw new Error(result.errors.join("\n"));
  return result.files;
}

function withFiles(
  files: FileSet,
  added: ScaffoldFile[],
  transform: (f: ScaffoldFile) => string = (f) => f.text,
): FileSet {
  return { ...files, ...Object.fromEntries(added.map((f) => [f.path, transform(f)])) };
}

/** Fills each `key: ""` (or `key: [""]`) placeholder, the first one of each key. */
function fill(text: string, values: Record<string, string>): string {
  let out = text;
  for (const [key, value] of Object.entries(values)) {
    const placeholder = new RegExp(`^(\\s*${key}: )(?:""|\\[""\\])`, "m");
    if (!placeholder.test(out)) throw new Error(`No empty ${key} to fill`);
    out = out.replace(placeholder, `$1${value}`);
  }
  return out;
}

/** What an editor types in for the REQUIRED values of each kind of file. */
function fillRequired(file: ScaffoldFile): string {
  switch (file.what) {
    case "guide":
      return fill(file.text, {
        title: '"Data Engineer Career Guide"',
        summary: "A short guide with pay by level.",
      });
    case "career":
      return fill(file.text, {
        title: '"Data Engineer"',
        summary: "Data engineers build and run data pipelines.",
      });
    case "source":
      return fill(file.text, {
        name: "Coursera",
        description: "An online-course platform with career guides.",
        figures: "[salary-survey]",
      });
  }
}

function loaded(files: FileSet) {
  const result = load(files);
  if (!result.ok)
    throw new Error(`Expected the content to load, got:\n${result.issues.map(formatIssue).join("\n")}`);
  return result;
}

/** The line (1-based) of the first line of `text` that starts with `prefix`. */
function lineOf(text: string, prefix: string): number {
  const i = text.split("\n").findIndex((l) => l.startsWith(prefix));
  if (i === -1) throw new Error(`No line starting with ${prefix}`);
  return i + 1;
}

describe("the scaffolded guide", () => {
  it.each(FORMATS)("parses as a %s guide", (format) => {
    const [guide] = plan({ format, career: "backend-developer", source: "himalayas" });
    expect(guide.path).toBe(`content/careers/backend-developer/himalayas.${format}`);
    const result =
      format === "md" ? parseMarkdownFile(guide.path, guide.text) : parseYamlFile(guide.path, guide.text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.parsed.data).toEqual({
      source: "himalayas",
      provenance: { title: "", added: TODAY },
      summary: "",
    });
  });

  it.each(FORMATS)(
    "fails the check (%s) until its required values are filled, pointing at each",
    (format) => {
      const [guide] = plan({ format, career: "backend-developer", source: "himalayas" });
      const errors = errorsOf(withFiles(baseFiles(), [guide]));
      expect(errors.map((e) => [e.file, e.line, e.field, e.message])).toEqual([
        [guide.path, lineOf(guide.text, '  title: ""'), "provenance.title", "Must not be empty"],
        [guide.path, lineOf(guide.text, 'summary: ""'), "summary", "Must not be empty"],
      ]);
    },
  );

  it.each(FORMATS)("loads with no errors (%s) once the required values are filled", (format) => {
    const [guide] = plan({ format, career: "backend-developer", source: "himalayas" });
    const result = loaded(withFiles(baseFiles(), [guide], fillRequired));
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
    const page = result.site.careers
      .find((c) => c.slug === "backend-developer")
      ?.guides.find((g) => g.source.id === "himalayas");
    expect(page?.provenance).toEqual({ title: "Data Engineer Career Guide", added: TODAY });
    expect(page?.salary).toBeUndefined();
    expect(page?.body.trim()).toBe("");
  });

  it.each(FORMATS)("has examples (%s) that are valid content once uncommented", (format) => {
    const guide = {
      path: `content/careers/backend-developer/himalayas.${format}`,
      what: "guide" as const,
      text: guideTemplate(
        { career: "backend-developer", source: "himalayas", format, today: TODAY },
        "examples",
      ),
    };
    const files = { ...withFiles(baseFiles(), [guide], fillRequired), [SKILLS]: EXAMPLE_SKILLS };
    const page = loaded(files).site.careers[0].guides[0];
    expect(page.salary?.median).toBe(121000);
    expect(page.tiers).toHaveLength(1);
    expect(page.skills.technical.flatMap((s) => s.skills.map((k) => k.id))).toEqual(["python", "sql"]);
    expect(page.tools.flatMap((s) => s.skills.map((k) => k.id))).toEqual(["git", "docker"]);
    expect(page.certifications.map((c) => c.certification.id)).toEqual(["aws-developer-associate"]);
    expect(page.faqs).toHaveLength(1);
    expect(page.body).toContain("## Day to day");
  });

  it.each(FORMATS)("lists every field of the content model (%s)", (format) => {
    const text = guideTemplate({ career: "backend-developer", source: "himalayas", format, today: TODAY });
    // In a Markdown guide the body is the text below the frontmatter, not a field.
    const names = flatten(fieldDocs("guide"))
      .map((f) => f.name)
      .filter((name) => format === "yaml" || name !== "body");
    expect(names.filter((name) => !new RegExp(`^[ #-]*${name}:`, "m").test(text))).toEqual([]);
  });

  it("puts the schema modeline in YAML guides, and none in Markdown guides", () => {
    const yaml = guideTemplate({
      career: "backend-developer",
      source: "himalayas",
      format: "yaml",
      today: TODAY,
    });
    expect(yaml.split("\n")[0]).toBe("# yaml-language-server: $schema=../../../schemas/guide.schema.json");
    expect(
      guideTemplate({ career: "backend-developer", source: "himalayas", format: "md", today: TODAY }),
    ).not.toContain("yaml-language-server");
  });

  it("quotes a source id that YAML would read as a number", () => {
    const [source, , guide] = plan({ source: "2024", format: "yaml" });
    expect(guide.text).toContain('source: "2024"');
    const files = withFiles(baseFiles(), [source, guide], fillRequired);
    expect(errorsOf(files).map((e) => e.message)).toEqual([
      'Career folder "data-engineer" has no career.yaml',
    ]);
  });
});

describe("a new career and a new source", () => {
  it("are scaffolded with the guide", () => {
    const files = plan({});
    expect(files.map((f) => [f.path, f.what])).toEqual([
      ["content/sources/coursera.yaml", "source"],
      ["content/careers/data-engineer/career.yaml", "career"],
      ["content/careers/data-engineer/coursera.md", "guide"],
    ]);
  });

  it("fail the check until filled, then load with no errors", () => {
    const files = plan({});
    const errors = errorsOf(withFiles(baseFiles(), files));
    expect(errors.map((e) => `${e.file} ${e.field}`)).toEqual([
      "content/careers/data-engineer/career.yaml title",
      "content/careers/data-engineer/career.yaml summary",
      "content/careers/data-engineer/coursera.md provenance.title",
      "content/careers/data-engineer/coursera.md summary",
      "content/sources/coursera.yaml name",
      "content/sources/coursera.yaml description",
      "content/sources/coursera.yaml figures[0]",
    ]);
    expect(errors.at(-1)?.message).toMatch(/^Expected one of "live-job-postings", .*"none", got ""$/);

    const site = loaded(withFiles(baseFiles(), files, fillRequired)).site;
    const career = site.careers.find((c) => c.slug === "data-engineer");
    expect(career?.title).toBe("Data Engineer");
    expect(career?.guides.map((g) => g.source.name)).toEqual(["Coursera"]);
  });

  it("have examples that are valid once uncommented", () => {
    const files = withFiles(
      baseFiles(),
      [
        {
          path: "content/sources/coursera.yaml",
          what: "source",
          text: sourceTemplate("coursera", "examples"),
        },
        {
          path: "content/careers/data-engineer/career.yaml",
          what: "career",
          text: careerTemplate("data-engineer", "examples"),
        },
      ],
      fillRequired,
    );
    const site = loaded(files).site;
    expect(site.sources.find((s) => s.id === "coursera")?.caveat).toBe("Gives no salary or growth figures.");
    expect(site.careers.find((c) => c.slug === "data-engineer")?.aliases).toHaveLength(2);
  });

  it("carry schema modelines that point at the generated schemas", () => {
    for (const file of plan({ format: "yaml" })) {
      const modeline = /^# yaml-language-server: \$schema=(\S+)$/m.exec(file.text);
      expect(modeline, file.path).not.toBeNull();
      const target = path.resolve(process.cwd(), path.dirname(file.path), modeline![1]);
      expect(existsSync(target), `${file.path} → ${modeline![1]}`).toBe(true);
      expect(path.basename(target)).toBe(
        { guide: "guide.schema.json", career: "career.schema.json", source: "source.schema.json" }[file.what],
      );
    }
  });

  it("are not created when they exist", () => {
    const files = plan({ career: "backend-developer", source: "himalayas" }, baseFiles());
    expect(files.map((f) => f.path)).toEqual(["content/careers/backend-developer/himalayas.md"]);
    expect(Object.keys(baseFiles())).toEqual(expect.arrayContaining([CAREER, SOURCE]));
    const yml = { ...baseFiles(), "content/sources/coursera.yml": "name: x\n" };
    expect(plan({}, yml).map((f) => f.what)).toEqual(["career", "guide"]);
  });
});

describe("refusals", () => {
  it.each(FORMATS)("refuses to overwrite an existing guide in either form (asked for %s)", (format) => {
    for (const existing of ["md", "yaml"]) {
      const path = `content/careers/backend-developer/himalayas.${existing}`;
      const result = planScaffold(
        { career: "backend-developer", source: "himalayas", format, today: TODAY },
        (p) => p === path,
      );
      expect(result).toEqual({ ok: false, errors: [expect.stringContaining(`${path} already exists`)] });
    }
  });

  it.each([
    ["Backend-Developer", "himalayas", 'The career "Backend-Developer" is not a valid id'],
    ["backend_developer", "himalayas", 'The career "backend_developer" is not a valid id'],
    ["backend-developer", "-teal", 'The source "-teal" is not a valid id'],
    ["backend-developer", "te--al", 'The source "te--al" is not a valid id'],
    ["../etc", "himalayas", 'The career "../etc" is not a valid id'],
    ["backend-developer", "career", 'The source cannot be called "career"'],
  ])("rejects career %j with source %j", (career, source, message) => {
    const result = planScaffold({ career, source, format: "md", today: TODAY }, () => false);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toContain(message);
    if (message.includes("valid id"))
      expect(result.errors[0]).toContain("Use lower-case letters, digits and single hyphens");
  });
});

/** The helpers' taxonomy plus the tools the template's examples name. */
const EXAMPLE_SKILLS = `${validFiles()[SKILLS]}  - id: git
    name: "Git"
    category: Tools
    type: technical
  - id: docker
    name: "Docker"
    category: Tools
    type: technical
`;
