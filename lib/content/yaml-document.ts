/**
 * The careful YAML parse, with the `yaml` package: every failure mode
 * (syntax, duplicate keys, unknown tags, complex keys, aliases, nesting)
 * gets its own located, worded report. Used whenever the fast parse
 * (yaml-fast.ts) is not sure, so that every problem is reported from here.
 */
import { isAlias, isNode, isScalar, LineCounter, parseDocument, visit, type Document, type YAMLError } from "yaml";
import { fail } from "./file-text";
import type { IssueCode } from "./issue-codes";
import type { ContentIssue } from "./issues";
import type { ParseResult } from "./parse";
import { documentLocator } from "./yaml-locate";

/** At most this many YAML errors are reported per file; the first is the one to fix. */
const MAX_YAML_ERRORS = 5;

/** Parses a YAML file (a source, a career, taxonomy or a YAML guide). */
export function parseYamlDocument(file: string, text: string, lineOffset = 0): ParseResult {
  if (text.trim() === "") return fail(file, "File is empty");
  const lineCounter = new LineCounter();
  // The parser's own duplicate-key check is quadratic (50,000 keys took 17 s): duplicateKeys() does it in linear time.
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
  const issueAt = (offset: number, message: string, hint: string | undefined, code: IssueCode): ContentIssue => {
    const pos = lineCounter.linePos(offset);
    return { severity: "error", code, file, line: pos.line + lineOffset, column: pos.col, field: "", message, hint };
  };
  const duplicates = duplicateKeys(doc).map((offset) =>
    issueAt(offset, `Invalid YAML: ${yamlMessage("DUPLICATE_KEY", "")}`, yamlHint("DUPLICATE_KEY", ""), "yaml-invalid"),
  );
  const errors = doc.errors.map((e) =>
    issueAt(errorOffset(doc, e), `Invalid YAML: ${yamlMessage(e.code, e.message)}`, yamlHint(e.code, e.message), "yaml-invalid"),
  );
  // The parser's warnings are errors here: an unknown tag (`!!js/function`) would otherwise be published as text.
  const warnings = doc.warnings.map((w) =>
    w.code === "TAG_RESOLVE_FAILED"
      ? issueAt(w.pos[0], `Unknown YAML tag ${shortTag(w.message)}`, TAG_HINT, "yaml-unknown-tag")
      : issueAt(w.pos[0], `Invalid YAML: ${yamlMessage(w.code, w.message)}`, undefined, "yaml-invalid"),
  );
  const unsupported = unsupportedNodes(doc).map((u) => issueAt(u.offset, u.message, u.hint, u.code));
  const problems = [...errors, ...duplicates, ...warnings, ...unsupported];
  if (problems.length > 0) return { ok: false, issues: withoutKnockOns(problems) };
  if (doc.contents === null) return fail(file, "File is empty", "it has only comments; add the file's fields");
  const locate = documentLocator(doc, lineCounter, lineOffset);
  let data: unknown;
  try {
    // Aliases are expanded here: a few nested ones can stand for gigabytes (a "YAML bomb").
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    const offset = firstAlias(doc);
    const pos = offset === undefined ? undefined : lineCounter.linePos(offset);
    const tooMany = error instanceof ReferenceError && /alias/i.test(error.message);
    const issue: ContentIssue = {
      severity: "error",
      file,
      line: pos && pos.line + lineOffset,
      column: pos?.col,
      field: "",
      message: tooMany ? "Invalid YAML: its aliases expand to too much data" : `Invalid YAML: ${error instanceof Error ? error.message : String(error)}`,
      hint: tooMany ? "write the values out instead of repeating them with & anchors and * aliases" : undefined,
    };
    return { ok: false, issues: [issue] };
  }
  return { ok: true, parsed: { file, data, locate } };
}

/**
 * One slip in YAML (a key out of line, a tab) often makes the parser report
 * several errors on that line and the next ones. Keep the first of each run of
 * adjacent lines, and at most MAX_YAML_ERRORS in all.
 */
function withoutKnockOns(issues: ContentIssue[]): ContentIssue[] {
  const sorted = [...issues].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  const kept: ContentIssue[] = [];
  let previous = -Infinity;
  for (const issue of sorted) {
    const line = issue.line ?? 0;
    if (line > previous + 1) kept.push(issue);
    previous = Math.max(previous, line);
  }
  return kept.slice(0, MAX_YAML_ERRORS);
}

const TAG_HINT = "remove the tag: content is plain YAML text, numbers, lists and mappings";
/** Tags that only restate what plain YAML already means. Any other (!!binary, !!set, !!timestamp…) is refused. */
const PLAIN_TAGS = new Set(["str", "int", "float", "bool", "null", "map", "seq"].map((t) => `tag:yaml.org,2002:${t}`));

/** `tag:yaml.org,2002:js/function` as an editor wrote it: `!!js/function`. */
function shortTag(text: string): string {
  const tag = /(\S+)$/.exec(text)?.[1] ?? text;
  return tag.replace(/^tag:yaml\.org,2002:/, "!!");
}

/**
 * Explicit tags beyond plain YAML, and keys that are lists or mappings (JS
 * objects cannot hold them: they would be turned into text, with a warning
 * on the console).
 */
function unsupportedNodes(doc: Document): { offset: number; message: string; hint: string; code: IssueCode }[] {
  const found: { offset: number; message: string; hint: string; code: IssueCode }[] = [];
  visit(doc, {
    Node(_, node) {
      if (node.tag && !PLAIN_TAGS.has(node.tag) && node.range) {
        found.push({ offset: node.range[0], message: `YAML tag ${shortTag(node.tag)} is not allowed in content`, hint: TAG_HINT, code: "yaml-unknown-tag" });
      }
    },
    Pair(_, pair) {
      if (pair.key !== null && !isScalar(pair.key) && isNode(pair.key) && pair.key.range) {
        found.push({ offset: pair.key.range[0], message: "A key must be a plain name, not a list, mapping or alias", hint: "write `name: value`", code: "yaml-complex-key" });
      }
    },
  });
  return found;
}

/** Where each key that repeats an earlier key of the same mapping starts. */
function duplicateKeys(doc: Document): number[] {
  const offsets: number[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const value = pair.key.value;
        const key = `${typeof value}:${String(value)}`;
        if (seen.has(key) && pair.key.range) offsets.push(pair.key.range[0]);
        seen.add(key);
      }
    },
  });
  return offsets;
}

function firstAlias(doc: Document): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_, node) {
      if (isAlias(node) && node.range) {
        offset = node.range[0];
        return visit.BREAK;
      }
    },
  });
  return offset;
}

function yamlMessage(code: string, message: string): string {
  const first = message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
  if (code === "DUPLICATE_KEY") return "a key appears twice in the same mapping";
  if (code === "RESOURCE_EXHAUSTION") return "it is nested too deeply to read";
  if (code === "MULTIPLE_DOCS") return "the file holds more than one YAML document (a second '---' line)";
  return first;
}

function yamlHint(code: string, message: string): string | undefined {
  switch (code) {
    case "TAB_AS_INDENT":
      return "indent with spaces, not tabs";
    case "DUPLICATE_KEY":
      return "remove or rename one of the two";
    case "MISSING_CHAR":
      if (/quote/i.test(message)) return "close the quote, or remove it";
      if (/followed by map values/i.test(message)) return "write `key: value`, with a colon after the key";
      return "line up the items of one list at the same indentation, each starting with '- '";
    case "MULTIPLE_DOCS":
      return "remove the extra '---' line: a YAML file holds one set of fields";
    case "RESOURCE_EXHAUSTION":
      return "flatten the lists and mappings; content files need only a few levels";
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
