/**
 * A Markdown guide: YAML frontmatter between `---` lines, parsed like any
 * YAML file (parse.ts), then the Markdown body with the line it starts on.
 *
 * The split is done here, on the text, as gray-matter (with a no-op engine)
 * used to do it: the same YAML and body for every input, checked against
 * gray-matter itself in tests/unit/frontmatter-split.test.ts. gray-matter cost
 * a quarter of loading 5,000 guides: it copies its input into a Buffer and
 * looks the text up as a key in its cache. The opening line must be exactly
 * `---` (parseMarkdownFile checks it), so `---js` front matter, which
 * gray-matter would `eval`, is never a case.
 */
import { fail } from "./file-text";
import { parseYamlFile, type ParseResult } from "./parse";

/**
 * The YAML after the opening `---` (its line numbers are the file's: it starts
 * with the rest of that line) up to the first `\n---` after it, and the body
 * after the rest of that line's `\r`/`\n` (at most one of each), with the
 * offset where the body starts (the text's length when there is no body).
 */
export function splitFrontmatter(text: string): { matter: string; content: string; start: number } {
  const close = text.indexOf("\n---", 3);
  if (close === -1) return { matter: text.slice(3), content: "", start: text.length };
  let start = close + 4;
  if (text.charCodeAt(start) === 13) start++;
  if (text.charCodeAt(start) === 10) start++;
  return { matter: text.slice(3, close), content: text.slice(start), start };
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
