/**
 * Turns one file's text into plain data plus a way to find where any field
 * stands in the file, so later checks can report line and column.
 *
 * Two parsers, one result: the quick one (yaml-fast.ts) reads plain YAML,
 * which is nearly every file, and positions are found only when an issue
 * needs one; the careful one (yaml-document.ts) reads everything else and
 * words every problem. Text decoding is in file-text.ts, frontmatter in
 * frontmatter.ts.
 */
import { fail } from "./file-text";
import type { ContentIssue } from "./issues";
import { parseYamlDocument } from "./yaml-document";
import { fastYaml, flowItemOffset, missingTopLevelOffset, topLevelKeys, topLevelOffset, type TopLevelKeys } from "./yaml-fast";
import { lazyLocator } from "./yaml-locate";

export { decodeText, MAX_FILE_BYTES, tooLargeMessage } from "./file-text";
export { parseMarkdownFile } from "./frontmatter";

type Position = { line: number; column: number };
/** Finds the position of a field path in the file, or of its nearest ancestor. */
export type Locator = (path: readonly PropertyKey[]) => Position | undefined;

export type ParsedFile = {
  file: string;
  data: unknown;
  locate: Locator;
  /** Markdown below the frontmatter, for .md files. */
  body?: string;
  /** Line in the file where the body starts, for .md files. */
  bodyLine?: number;
};

export type ParseResult = { ok: true; parsed: ParsedFile } | { ok: false; issues: ContentIssue[] };

/**
 * Parses a YAML file (a source, a career, taxonomy or a YAML guide); `lineOffset` is added to every line reported.
 * `terminated`: the same text followed by a line break, when the caller has it as a slice (see fastYaml).
 */
export function parseYamlFile(file: string, text: string, lineOffset = 0, terminated?: string): ParseResult {
  if (!/\S/.test(text)) return fail(file, "File is empty");
  const fast = fastYaml(text, terminated);
  if (fast === undefined) return parseYamlDocument(file, text, lineOffset);
  return { ok: true, parsed: { file, data: fast.data, locate: quickLocator(fast.text, fast.data, lineOffset) } };
}

/** Top-level fields (and items of a one-line list of words) are found in the text directly; anything else parses the file again, with positions, once. */
function quickLocator(text: string, data: unknown, lineOffset: number): Locator {
  const careful = lazyLocator(text, lineOffset);
  let keys: TopLevelKeys | undefined;
  let lines: number[] | undefined;
  return (path) => {
    const [key, index] = path;
    if (typeof key !== "string" || path.length > 2 || (path.length === 2 && typeof index !== "number")) return careful(path);
    keys ??= topLevelKeys(text);
    const offset =
      typeof index === "number"
        ? flowItemOffset(text, data, keys, key, index)
        : (topLevelOffset(text, data, keys, key) ?? missingTopLevelOffset(text, data, keys, key));
    if (offset === undefined) return careful(path);
    lines ??= lineStarts(text);
    return positionOf(lines, offset, lineOffset);
  };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line and column of an offset, as the `yaml` package's LineCounter gives them (by bisection over line starts). */
function positionOf(starts: number[], offset: number, lineOffset: number): Position {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1 + lineOffset, column: offset - starts[low] + 1 };
}
