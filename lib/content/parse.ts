/**
 * Turns one file's text into plain data plus a way to find where any field
 * stands in the file, so later checks can report line and column.
 */
import matter from "gray-matter";
import { isCollection, isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type YAMLError } from "yaml";
import type { ContentIssue } from "./issues";

export type Position = { line: number; column: number };
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

/** Guides larger than this are refused: no real guide comes close. */
export const MAX_FILE_BYTES = 1_000_000;

/** Decodes UTF-8 strictly and normalises BOM and CRLF line endings. */
export function decodeText(file: string, bytes: Uint8Array): { ok: true; text: string } | { ok: false; issues: ContentIssue[] } {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    return fail(file, `File is ${(bytes.byteLength / 1e6).toFixed(1)} MB; content files may be at most 1 MB`);
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const line = firstInvalidLine(bytes);
    const issue: ContentIssue = { severity: "error", file, line, field: "", message: "File is not valid UTF-8 text", hint: "save it with UTF-8 encoding" };
    return { ok: false, issues: [issue] };
  }
  text = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  return { ok: true, text };
}

/** The 1-based line of the first byte sequence that is not UTF-8 (a newline byte is never inside a character). */
function firstInvalidLine(bytes: Uint8Array): number | undefined {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let start = 0;
  for (let line = 1; start <= bytes.length; line++) {
    const end = bytes.indexOf(0x0a, start);
    const stop = end === -1 ? bytes.length : end;
    try {
      decoder.decode(bytes.subarray(start, stop));
    } catch {
      return line;
    }
    start = stop + 1;
  }
  return undefined;
}

function fail(file: string, message: string, hint?: string): { ok: false; issues: ContentIssue[] } {
  return { ok: false, issues: [{ severity: "error", file, field: "", message, hint }] };
}

/** Parses a YAML file (a source, a career, taxonomy or a YAML guide). */
export function parseYamlFile(file: string, text: string, lineOffset = 0): ParseResult {
  if (text.trim() === "") return fail(file, "File is empty");
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      issues: doc.errors.map((e) => {
        const pos = lineCounter.linePos(errorOffset(doc, e));
        return {
          severity: "error" as const,
          file,
          line: pos.line + lineOffset,
          column: pos.col,
          field: "",
          message: `Invalid YAML: ${yamlMessage(e.code, e.message)}`,
          hint: yamlHint(e.code),
        };
      }),
    };
  }
  const locate: Locator = (path) => {
    const offset = findOffset(doc, path);
    if (offset === undefined) return undefined;
    const pos = lineCounter.linePos(offset);
    return { line: pos.line + lineOffset, column: pos.col };
  };
  return { ok: true, parsed: { file, data: doc.toJS({ maxAliasCount: 100 }), locate } };
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
  const split = matter(text, { engines: { yaml: () => ({}) } });
  if (!/\n---[ \t]*(\n|$)/.test(text.slice(3))) {
    return fail(file, "Frontmatter is never closed", "add a line '---' after the last YAML field");
  }
  // `split.matter` starts right after the opening `---`, so its line numbers are the file's.
  const result = parseYamlFile(file, split.matter, 0);
  if (!result.ok) return result;
  const frontmatterLines = split.matter.split("\n").length;
  return {
    ok: true,
    parsed: { ...result.parsed, body: split.content, bodyLine: frontmatterLines + 1 },
  };
}

function yamlMessage(code: string, message: string): string {
  const first = message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
  if (code === "DUPLICATE_KEY") return "a key appears twice in the same mapping";
  return first;
}

function yamlHint(code: string): string | undefined {
  switch (code) {
    case "TAB_AS_INDENT":
      return "indent with spaces, not tabs";
    case "DUPLICATE_KEY":
      return "remove or rename one of the two";
    case "MISSING_CHAR":
      return "close the quote, or remove it";
    case "BAD_INDENT":
    case "MISSING_INDENT":
      return "line up the keys of one mapping at the same indentation";
    default:
      return undefined;
  }
}

/**
 * Where to report a YAML error. An unclosed quote is reported by the parser
 * where the file ends; the editor needs the line where the quote opens.
 */
function errorOffset(doc: Document, error: YAMLError): number {
  const offset = error.pos[0];
  if (error.code !== "MISSING_CHAR") return offset;
  let start: number | undefined;
  visit(doc, {
    Scalar(_, node) {
      const quoted = node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE";
      if (quoted && node.range && node.range[0] < offset && offset <= node.range[1]) start = node.range[0];
    },
  });
  return start ?? offset;
}

/** Offset of the node at `path`, or of the closest ancestor that exists. */
function findOffset(doc: Document, path: readonly PropertyKey[]): number | undefined {
  let node: unknown = doc.contents;
  let offset = rangeStart(node);
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key));
      if (!pair) return offset;
      // Point at the value when it has a position, else at the key. A block
      // mapping or list starts on the line below its key: point at the key.
      const onKey = isCollection(pair.value) && !pair.value.flow;
      offset = (onKey ? undefined : rangeStart(pair.value)) ?? rangeStart(pair.key) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === "number") {
      const item = node.items[key];
      if (item === undefined) return offset;
      offset = rangeStart(item) ?? offset;
      node = item;
    } else {
      return offset;
    }
  }
  return offset;
}

function rangeStart(node: unknown): number | undefined {
  return isNode(node) && node.range ? node.range[0] : undefined;
}
