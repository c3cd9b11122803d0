/**
 * What a parsed guide keeps in memory. The loader holds every file's parse
 * until its last check, and the garbage collector goes over all of it again
 * and again while the site loads: at 5,000 guides, kept texts and slices of
 * them made the load's collection a third slower (BENCHMARKS.md, "Content
 * load and validate"). A parse given `again` keeps no text of its file, and
 * its data's strings are their own (lib/content/yaml-fast.ts, ownStrings).
 * Measured as heap kept per character of the guide's file, after a full
 * garbage collection, over many copies of every real guide.
 */
import { readFileSync } from "node:fs";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { decodeText, parseMarkdownFile, type ParsedFile } from "@/lib/content/parse";
import { readContentTree } from "@/lib/content/tree";

setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

const guides = readContentTree(process.cwd()).filter((file) => file.path.endsWith(".md"));

/** `copies` files of each guide, each a text of its own (a comment line with its number in the frontmatter). */
function copiesOfEveryGuide(copies: number): { path: string; bytes: Uint8Array }[] {
  return guides.flatMap((guide) => {
    const text = new TextDecoder().decode(guide.bytes);
    return Array.from({ length: copies }, (_, i) => ({
      path: guide.path,
      bytes: new TextEncoder().encode(text.replace("---\n", `---\n# copy ${i}\n`)),
    }));
  });
}

function parse(file: { path: string; bytes: Uint8Array }): ParsedFile {
  const decoded = decodeText(file.path, file.bytes);
  if (!decoded.ok) throw new Error(`${file.path} did not decode`);
  const again = () => {
    const text = decodeText(file.path, file.bytes);
    return text.ok ? text.text : "";
  };
  const result = parseMarkdownFile(file.path, decoded.text, again);
  if (!result.ok) throw new Error(`${file.path} did not parse`);
  return result.parsed;
}

function heapUsed(): number {
  collectGarbage();
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

describe("a parsed guide's memory", () => {
  it("is less than two bytes of heap per character of its file", () => {
    const files = copiesOfEveryGuide(100);
    const characters = files.reduce((sum, file) => sum + new TextDecoder().decode(file.bytes).length, 0);
    const before = heapUsed();
    const parsed = files.map(parse);
    const kept = heapUsed() - before;
    // Before the parse kept no text, it was 2.9 bytes a character on the real guides (the frontmatter
    // copied by js-yaml, two bytes a character, kept through every string sliced from it); now 1.5.
    expect(parsed).toHaveLength(files.length);
    expect(kept / characters).toBeLessThan(2);
    expect(kept / characters).toBeGreaterThan(0.5);
  });

  it("reads the file again only when a position is asked for, and then finds it", () => {
    const text = readFileSync("content/careers/backend-developer/himalayas.md", "utf8");
    let reads = 0;
    const result = parseMarkdownFile("g.md", text, () => {
      reads++;
      return text;
    });
    if (!result.ok) throw new Error("did not parse");
    expect(reads).toBe(0);
    const line = text.split("\n").findIndex((l) => l.startsWith("source:")) + 1;
    expect(result.parsed.locate(["source"])).toEqual({ line, column: 9 });
    expect(result.parsed.locate(["title"])).toBeDefined();
    expect(reads).toBe(1);
  });
});
