/**
 * Field documentation has one source, the schemas' `.meta()`: CONTRIBUTING.md's
 * field tables are generated from it (and fail here when stale), and every
 * field carries what the tables and the scaffold need.
 */
import type { CollectionId } from "@/lib/content/collections";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { refreshContributing } from "@/lib/content/contributing";
import { fieldDocs, flatten } from "@/lib/content/field-docs";
import { guideTemplate } from "@/lib/content/scaffold";

const CONTRIBUTING = path.resolve(import.meta.dirname, "../../CONTRIBUTING.md");
const COLLECTIONS: CollectionId[] = ["source", "career", "guide", "skills", "certifications"];

describe("CONTRIBUTING.md", () => {
  const text = readFileSync(CONTRIBUTING, "utf8");

  it("is up to date with the schemas' field documentation and the issue codes", () => {
    const stale =
      "CONTRIBUTING.md is out of date with lib/content/schema/: run `npm run schemas` and commit the result";
    expect(refreshContributing(text), stale).toBe(text);
  });

  it.each(COLLECTIONS)("has a row for every %s field, with its description", (collection) => {
    const table = new RegExp(
      `<!-- fields:${collection}:start -->\\n([\\s\\S]*?)\\n<!-- fields:${collection}:end -->`,
    ).exec(text)?.[1];
    expect(table, `no fields:${collection} section`).toBeDefined();
    for (const field of flatten(fieldDocs(collection))) {
      expect(table).toContain(`| \`${field.path}\` |`);
      expect(table).toContain(field.description);
    }
  });

  it("finds a stale table and rewrites only the generated parts", () => {
    const edited = text
      .replace("| `salary.median` | no |", "| `salary.median` | yes |")
      .replace("## The rules", "## Rules");
    const refreshed = refreshContributing(edited);
    expect(refreshed).not.toBe(edited);
    expect(refreshed).toContain("| `salary.median` | no |");
    expect(refreshed).toContain("## Rules");
  });

  it("refuses a file whose markers are gone, rather than dropping a table", () => {
    expect(() => refreshContributing(text.replace("<!-- fields:guide:end -->", ""))).toThrow(/fields:guide/);
  });
});

describe("the field documentation", () => {
  it.each(COLLECTIONS)("describes every %s field", (collection) => {
    const undescribed = flatten(fieldDocs(collection)).filter((f) => f.description.trim() === "");
    expect(
      undescribed.map((f) => f.path),
      "add .meta(doc(…)) to these fields",
    ).toEqual([]);
  });

  it.each(COLLECTIONS)("gives an example for every %s value an editor types", (collection) => {
    // Objects and lists of objects are shown through their fields' examples.
    const typed = flatten(fieldDocs(collection)).filter((f) => f.kind === "value" || f.children.length === 0);
    const missing = typed.filter((f) => f.examples.length === 0);
    expect(missing.map((f) => f.path)).toEqual([]);
  });

  it("knows which fields are required, with defaults and allowed values from the schema", () => {
    const guide = flatten(fieldDocs("guide"));
    const byPath = new Map(guide.map((f) => [f.path, f]));
    expect(guide.filter((f) => !f.path.includes(".") && f.required).map((f) => f.path)).toEqual([
      "source",
      "provenance",
      "summary",
    ]);
    expect(byPath.get("salary.currency")?.required).toBe(true);
    expect(byPath.get("salary.period")).toMatchObject({
      required: false,
      default: "year",
      values: ["year", "month", "hour"],
    });
    expect(byPath.get("tiers[].yearsMin")).toMatchObject({ required: true, kind: "value" });
    expect(byPath.get("outlook.livePostings")?.description).toMatch(/job postings/);
  });

  it("reaches the scaffold: each description appears in the guide template's comments", () => {
    const template = guideTemplate({
      career: "backend-developer",
      source: "himalayas",
      format: "yaml",
      today: "2026-11-23",
    });
    // Comment text only, its "#" marks and line breaks taken out.
    const comments = template
      .split("\n")
      .map((l) => (/^\s*#/.test(l) ? l.replace(/^[\s#]*/, "") : (l.split("   # ")[1] ?? "")))
      .join(" ")
      .replace(/\s+/g, " ");
    for (const field of flatten(fieldDocs("guide")))
      expect(comments, field.path).toContain(field.description.replace(/\s+/g, " "));
  });
});
