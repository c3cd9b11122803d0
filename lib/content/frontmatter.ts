/**
 * A Markdown guide: YAML frontmatter between `---` lines, parsed like any
 * YAML file (parse.ts), then the Markdown body with the line it starts on.
 */
import matter from "gray-matter";
import { fail } from "./file-text";
import { parseYamlFile, type ParseResult } from "./parse";

function refuseEngine(): never {
  throw new Error("front matter in a language other than YAML is not read");
}

/** Parses a Markdown guide: YAML frontmatter between `---` lines, then the body. */
export function parseMarkdownFile(file: string, text: string): ParseResult {
  if (text.trim() === "") return fail(file, "File is empty");
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
  // gray-matter only splits here; the `yaml` package parses, because it keeps positions.
  // Never let gray-matter evaluate anything: its `---js` front matter runs `eval`. The check above already
  // requires a plain `---` line; these engines make sure that no other language is ever run.
  const split = matter(text, { language: "yaml", engines: { yaml: () => ({}), js: refuseEngine, javascript: refuseEngine, coffee: refuseEngine, coffeescript: refuseEngine } });
  if (!/\n---[ \t]*(\n|$)/.test(text.slice(3))) {
    return fail(file, "Frontmatter is never closed", "add a line '---' after the last YAML field");
  }
  if (split.matter.trim() === "") {
    return fail(file, "Frontmatter is empty", "put the guide's YAML fields between the two '---' lines");
  }
  // `split.matter` starts right after the opening `---`, so its line numbers are the file's.
  const result = parseYamlFile(file, split.matter, 0);
  if (!result.ok) {
    const onlyComments = result.issues.length === 1 && result.issues[0].message === "File is empty";
    return onlyComments ? fail(file, "Frontmatter is empty", "it has only comments; add the guide's YAML fields") : result;
  }
  // The body is the end of the text; its first line is one past the newlines before it.
  const bodyStart = text.endsWith(split.content) ? text.length - split.content.length : text.length;
  const bodyLine = text.slice(0, bodyStart).split("\n").length;
  return {
    ok: true,
    parsed: { ...result.parsed, body: split.content, bodyLine },
  };
}
