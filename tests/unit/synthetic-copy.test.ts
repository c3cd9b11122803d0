import { describe, expect, it } from "vitest";
import { splitFrontmatter } from "@/lib/content/frontmatter";
import { loadContent } from "@/lib/content/load";
import { readContentTree } from "@/lib/content/tree";
import { markdownToHtml } from "@/lib/markdown";
import { withCopyNumber } from "../../scripts/synthetic-site";

const root = process.cwd();
const files = readContentTree(root);
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const guides = files
  .filter((f) => f.path.endsWith(".md"))
  .map((f) => ({ path: f.path, text: text(f.bytes) }));
const himalayas = guides.find((g) => g.path.endsWith("backend-developer/himalayas.md"));

const bodyOf = (guide: string) => guide.slice(splitFrontmatter(guide).start);
const frontmatterOf = (guide: string) => guide.slice(0, splitFrontmatter(guide).start);
/** What a reader sees of HTML: runs of spaces are one space. */
const seen = (html: string) => html.replace(/ {2,}/g, " ");

describe("synthetic copies of a guide (the bench's sites)", () => {
  it("have a different body for each copy number, and the same frontmatter", () => {
    if (!himalayas) throw new Error("the Himalayas guide is missing");
    const copies = [0, 1, 2, 999].map((n) => withCopyNumber(himalayas.text, n));
    expect(new Set(copies.map(bodyOf)).size).toBe(4);
    for (const copy of copies) expect(frontmatterOf(copy)).toBe(frontmatterOf(himalayas.text));
    expect(bodyOf(copies[0])).not.toBe(bodyOf(himalayas.text));
  });

  it("differ paragraph by paragraph, so each section the page renders apart is a text of its own", () => {
    if (!himalayas) throw new Error("the Himalayas guide is missing");
    const paragraphs = (t: string) => bodyOf(t).split(/\n\s*\n/);
    const [a, b] = [withCopyNumber(himalayas.text, 4), withCopyNumber(himalayas.text, 5)].map(paragraphs);
    const prose = a.filter((p, i) => /\w \w.*\w \w/.test(p) && !p.trimStart().startsWith("#") && p === b[i]);
    expect(prose).toEqual([]);
  });

  it("render to what a reader sees of the original, for every real guide", () => {
    for (const guide of guides) {
      const copy = withCopyNumber(guide.text, 37);
      expect(seen(markdownToHtml(bodyOf(copy))), guide.path).toBe(seen(markdownToHtml(bodyOf(guide.text))));
    }
  });

  it("leave headings, code and hard line breaks alone", () => {
    const guide =
      "---\ntitle: x\n---\n## A heading here\n\n```\nconst a = b c;\n```\n\nOne two  \nthree four five\n";
    const copy = withCopyNumber(guide, 0b1110);
    expect(copy).toContain("## A heading here\n");
    expect(copy).toContain("```\nconst a = b c;\n```");
    expect(copy).toContain("One  two  \n");
    expect(copy).toContain("three  four  five\n");
  });

  it("load as the originals do: valid, with the same number of issues", () => {
    const copied = files.map((f) =>
      f.path.endsWith(".md")
        ? { ...f, bytes: new TextEncoder().encode(withCopyNumber(text(f.bytes), 123)) }
        : f,
    );
    const now = new Date("2026-11-26T00:00:00Z");
    const [original, copy] = [loadContent(files, { now }), loadContent(copied, { now })];
    expect(copy.ok).toBe(true);
    expect(copy.issues.length).toBe(original.issues.length);
  });
});
