/**
 * The frontmatter split (lib/content/frontmatter.ts) gives gray-matter only the
 * text up to the closing `---` line, not the whole guide: on every real and
 * fixture guide, and on crafted edge cases, it must give what gray-matter gives
 * for the whole text, and the body must start on the line the loader reports.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { splitFrontmatter } from "@/lib/content/frontmatter";
import { decodeText, parseMarkdownFile } from "@/lib/content/parse";

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) return [];
    return stat.isDirectory() ? markdownFiles(path) : name.endsWith(".md") ? [path] : [];
  });
}

/** What gray-matter gave with the no-op engine the loader used to pass it. */
function grayMatter(text: string): { matter: string; content: string } {
  const file = matter(text, { engines: { yaml: () => ({}) } });
  return { matter: file.matter ?? "", content: file.content };
}

/** The body's first line as the old code found it: one past the newlines before gray-matter's body. */
function grayMatterBodyLine(text: string): number {
  const { content } = grayMatter(text);
  const start = text.endsWith(content) ? text.length - content.length : text.length;
  return text.slice(0, start).split("\n").length;
}

const real = [...markdownFiles("content"), ...markdownFiles("tests/fixtures")].map((path) => {
  const decoded = decodeText(path, readFileSync(path));
  return { path, text: decoded.ok ? decoded.text : "" };
});

/** Texts that open with a `---` line (the split is only asked about those), each an edge case. */
const crafted: Record<string, string> = {
  "plain guide": "---\nsource: a\n---\nBody\n",
  "no body": "---\nsource: a\n---\n",
  "closing line at the end, no newline": "---\nsource: a\n---",
  "never closed": "---\nsource: a\nbody\n",
  "`---` inside the body": "---\nsource: a\n---\nIntro\n\n---\n\nMore\n---\n",
  "`----` as the closing line": "---\nsource: a\n----\nBody\n",
  "`---x` as the closing line": "---\nsource: a\n---x\nBody\n",
  "closing line with trailing spaces": "---\nsource: a\n---  \t\nBody\n",
  "CRLF kept in the text": "---\r\nsource: a\r\n---\r\nBody\r\n",
  "blank line after the closing line": "---\nsource: a\n---\n\nBody\n",
  "empty frontmatter": "---\n---\nBody\n",
  "opening line with trailing spaces": "---  \nsource: a\n---\nBody\n",
  "`---` in a YAML block scalar": "---\nsummary: |\n  a\n  ---\n  b\n---\nBody\n",
  "only the opening line": "---\n",
  "non-ASCII text": "---\ntitle: Café ✓\n---\nBody 😀 ✓\n",
};

describe("the frontmatter split", () => {
  it("reads every real and fixture guide", () => {
    expect(real.length).toBeGreaterThan(20);
  });

  it.each(real)("gives gray-matter's YAML and body for $path", ({ text }) => {
    if (!/^---[ \t]*\n/.test(text)) return expect(parseMarkdownFile("g.md", text).ok).toBe(false);
    const { matter: yaml, content } = splitFrontmatter(text);
    expect({ matter: yaml, content }).toEqual(grayMatter(text));
  });

  it.each(Object.entries(crafted))("gives gray-matter's YAML and body: %s", (_, text) => {
    const { matter: yaml, content, start } = splitFrontmatter(text);
    expect({ matter: yaml, content }).toEqual(grayMatter(text));
    expect(text.slice(start)).toBe(content);
  });

  it.each([...real.map((r) => [r.path, r.text]), ...Object.entries(crafted)])(
    "starts the body on the line the old code found: %s",
    (_, text) => {
      const result = parseMarkdownFile("g.md", text);
      if (result.ok) expect(result.parsed.bodyLine).toBe(grayMatterBodyLine(text));
      else expect(result.issues[0].severity).toBe("error");
    },
  );

  it.each([
    ...real.map((r) => [r.path, r.text]),
    ...Object.entries(crafted),
    ["lone surrogates and astral characters in the body", "---\nsource: a\n---\nA \ud800 b \udfff c 😀 ✓\n"],
    ["a body shorter than a slice", "---\nsource: a\n---\nab\n"],
  ])("keeps the body (copied out of the file's text) character for character: %s", (_, text) => {
    const result = parseMarkdownFile("g.md", text);
    if (!result.ok) return expect(result.issues[0].severity).toBe("error");
    const body = result.parsed.body ?? "";
    expect(body.length).toBe(grayMatter(text).content.length);
    expect(body === grayMatter(text).content).toBe(true);
    expect(text.endsWith(body)).toBe(true);
  });

  it("splits a guide with a `---` line in its body at the first one", () => {
    const result = parseMarkdownFile("g.md", crafted["`---` inside the body"]);
    expect(result.ok && result.parsed.body).toBe("Intro\n\n---\n\nMore\n---\n");
    expect(result.ok && result.parsed.bodyLine).toBe(4);
  });

  it("reads a BOM and CRLF file (once decoded) as the same guide as its plain twin", () => {
    const bytes = new TextEncoder().encode("\uFEFF---\r\nsource: a\r\n---\r\n\r\nBody\r\n");
    const decoded = decodeText("g.md", bytes);
    if (!decoded.ok) throw new Error("did not decode");
    const result = parseMarkdownFile("g.md", decoded.text);
    expect(
      result.ok && { data: result.parsed.data, body: result.parsed.body, line: result.parsed.bodyLine },
    ).toEqual({
      data: { source: "a" },
      body: "\nBody\n",
      line: 4,
    });
  });

  it("refuses a guide with no frontmatter, or a BOM left in front of it, at line 1", () => {
    for (const text of [
      "Just a body\n---\n",
      "\uFEFF---\nsource: a\n---\nBody\n",
      "--- \tx\nsource: a\n---\n",
    ]) {
      const result = parseMarkdownFile("g.md", text);
      expect(!result.ok && result.issues[0]).toMatchObject({ line: 1, message: "Guide has no frontmatter" });
    }
  });

  it("refuses frontmatter that is never closed, even with a `---x` line gray-matter would close it at", () => {
    for (const text of [
      crafted["never closed"],
      crafted["`---x` as the closing line"],
      crafted["only the opening line"],
    ]) {
      const result = parseMarkdownFile("g.md", text);
      expect(!result.ok && result.issues[0].message).toBe("Frontmatter is never closed");
    }
  });

  // patches/gray-matter+4.0.3.patch: gray-matter used to look every input up in its cache, keyed
  // by the whole text, even when given options. With many long frontmatters of one length that
  // lookup was quadratic (lib/content/frontmatter.ts says why); `npm install` applies the patch.
  it("makes gray-matter look nothing up in its cache when splitting a guide", () => {
    const cache = (matter as unknown as { cache: Record<string, unknown> }).cache;
    const lookups: PropertyKey[] = [];
    const recording = new Proxy(
      {},
      {
        get: (target, key) => (lookups.push(key), Reflect.get(target, key)),
        set: (target, key, value) => (lookups.push(key), Reflect.set(target, key, value)),
      },
    );
    (matter as unknown as { cache: object }).cache = recording;
    try {
      for (const { text } of real.slice(0, 5)) splitFrontmatter(text);
      expect(lookups).toEqual([]);
      // Without options it still caches, as before the patch.
      matter("---\nsource: a\n---\nBody\n");
      expect(lookups.length).toBeGreaterThan(0);
    } finally {
      (matter as unknown as { cache: object }).cache = cache;
    }
  });
});
