/**
 * A Markdown guide: YAML frontmatter between `---` lines, parsed like any
 * YAML file (parse.ts), then the Markdown body with the line it starts on.
 *
 * gray-matter splits the file; it does not parse the YAML. Its own parse (and
 * the cache it keeps when called without options) would read every guide's
 * frontmatter a second time, without the positions parse.ts gives each issue,
 * so a no-op engine stands in for it. The opening line must be exactly `---`,
 * so gray-matter's `---js` front matter, which runs `eval`, is never reached.
 */
import matter from "gray-matter";
import { fail } from "./file-text";
import { parseYamlFile, type ParseResult } from "./parse";

const SPLIT_ONLY = { engines: { yaml: () => ({}) } };

/**
 * The YAML after the opening `---` (its line numbers are the file's: it starts
 * with the rest of that line) up to the first line starting `---`, the body
 * after that line, without the line break that ends it, and the offset where
 * the body starts (the text's length when there is none).
 */
export function splitFrontmatter(text: string): { matter: string; content: string; start: number } {
  // gray-matter copies all it is given into a Buffer (and hashes it as a cache key): a guide's body is
  // most of its bytes, so it gets the text only up to the end of the line its closing `\n---` is on
  // (where it looks for it: from after the opening `---`). What it leaves of that line, plus the rest
  // of the text, is the body it would have returned. tests/unit/frontmatter-split.test.ts checks this
  // against gray-matter given the whole text.
  // gray-matter used to look its input up in its cache even when given options, and V8 makes a
  // string used as a property name a canonical copy, found by hash: past 16,383 characters a string
  // is hashed by its length alone, so every head was compared with every other of the same length
  // (quadratic when many guides' frontmatter has one length, as bench-content's copies do).
  // patches/gray-matter+4.0.3.patch looks it up only when the cache can be used, without options
  // (tests/unit/frontmatter-split.test.ts checks that no lookup happens).
  const close = text.indexOf("\n---", 3);
  const lineEnd = close === -1 ? -1 : text.indexOf("\n", close + 4);
  const head = lineEnd === -1 ? text : text.slice(0, lineEnd + 1);
  const file = matter(head, SPLIT_ONLY);
  const content = head === text ? file.content : file.content + text.slice(head.length);
  const start = text.endsWith(content) ? text.length - content.length : text.length;
  return { matter: file.matter ?? "", content, start };
}

function countLines(text: string, end: number): number {
  let lines = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < end; i = text.indexOf("\n", i + 1)) lines++;
  return lines;
}

/** Parses a Markdown guide: YAML frontmatter between `---` lines, then the body. */
export function parseMarkdownFile(file: string, text: string): ParseResult {
  if (!/\S/.test(text)) return fail(file, "File is empty");
  if (!/^---[ \t]*\n/.test(text)) {
    return {
      ok: false,
      issues: [
        {
          severity: "error",
          file,
          line: 1,
          column: 1,
          field: "",
          message: "Guide has no frontmatter",
          hint: "start the file with a line '---', the guide's YAML fields, then another '---'",
        },
      ],
    };
  }
  const split = splitFrontmatter(text);
  if (!/\n---[ \t]*(\n|$)/.test(text.slice(3))) {
    return fail(file, "Frontmatter is never closed", "add a line '---' after the last YAML field");
  }
  if (!/\S/.test(split.matter)) {
    return fail(file, "Frontmatter is empty", "put the guide's YAML fields between the two '---' lines");
  }
  // `split.matter` starts right after the opening `---`, so its line numbers are the file's.
  // The frontmatter and the line break after it, as a slice: js-yaml would copy the frontmatter to add one.
  const end = 3 + split.matter.length;
  const terminated = text.charCodeAt(end) === 10 ? text.slice(3, end + 1) : undefined;
  const result = parseYamlFile(file, split.matter, 0, terminated);
  if (!result.ok) {
    const onlyComments = result.issues.length === 1 && result.issues[0].message === "File is empty";
    return onlyComments ? fail(file, "Frontmatter is empty", "it has only comments; add the guide's YAML fields") : result;
  }
  // The body is the end of the text; its first line is one past the newlines before it.
  const bodyLine = countLines(text, split.start);
  return {
    ok: true,
    parsed: { ...result.parsed, body: split.content, bodyLine },
  };
}

