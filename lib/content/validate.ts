/**
 * Checks parsed data against a zod schema and turns zod's issues into
 * ContentIssues that point at the file, line and field.
 */
import type { z } from "zod";
import type { IssueCode } from "./issue-codes";
import { contentIssue, formatField, type ContentIssue } from "./issues";
import type { ParsedFile } from "./parse";

export type Validated<T> = { ok: true; value: T } | { ok: false; issues: ContentIssue[] };

export function validate<S extends z.ZodType>(parsed: ParsedFile, schema: S, data: unknown = parsed.data): Validated<z.infer<S>> {
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issues: withoutOverflowNoise(parsed, result.error.issues) };
}

/**
 * A number YAML cannot hold exactly (1e400 is read as infinity; 10^20 is past
 * 2^53) gets one clear issue, instead of zod's several about whole numbers and
 * maxima, which would mislead: the figure is a typo, not a fraction.
 */
function withoutOverflowNoise(parsed: ParsedFile, issues: readonly z.core.$ZodIssue[]): ContentIssue[] {
  const reported = new Set<string>();
  return issues.flatMap((issue) => {
    const value = valueAt(parsed.data, issue.path);
    if (typeof value !== "number" || Number.isSafeInteger(value) || Math.abs(value) < Number.MAX_SAFE_INTEGER) {
      return toContentIssues(parsed, issue);
    }
    const field = formatField(issue.path);
    if (reported.has(field)) return [];
    reported.add(field);
    const what = Number.isFinite(value) ? `A number this large (about ${value.toExponential(1)}) cannot be a real figure` : "This number is too large to hold: YAML reads it as infinity";
    return [at(parsed, issue.path, "number-too-large", what, "write the figure as the source gives it, as a plain number such as 121000; check for extra zeros or an exponent (1e9)")];
  });
}

function toContentIssues(parsed: ParsedFile, issue: z.core.$ZodIssue): ContentIssue[] {
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) =>
      at(parsed, [...issue.path, key], "field-unknown", `Unknown field "${key}"`, "check the spelling, or remove it"),
    );
  }
  return [at(parsed, issue.path, codeOf(parsed, issue), describe(parsed, issue))];
}

function codeOf(parsed: ParsedFile, issue: z.core.$ZodIssue): IssueCode {
  if (issue.code === "invalid_type") return valueAt(parsed.data, issue.path) === undefined ? "field-missing" : "field-type";
  if (issue.code === "invalid_value") return "field-value";
  if (issue.code === "invalid_union") return "field-type";
  return "field-invalid";
}

/** An issue at a field of a parsed file, with the field's line and column. */
export function at(
  parsed: ParsedFile,
  path: readonly PropertyKey[],
  code: IssueCode,
  message: string,
  hint?: string,
): ContentIssue {
  const pos = parsed.locate(path);
  const where = { file: parsed.file, line: pos?.line, column: pos?.column, field: formatField(path) };
  return contentIssue(code, where, message, hint);
}

/** zod's messages, reworded where an editor would not follow them. */
function describe(parsed: ParsedFile, issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type": {
      const actual = valueAt(parsed.data, issue.path);
      if (actual === undefined) return `Required field is missing (expected ${issue.expected})`;
      if (issue.path.length === 0 && issue.expected === "object") return `Expected the file's fields (key: value lines), got ${show(actual)}`;
      // Keep a schema's own guidance ("Must be a number, without currency signs…"); replace zod's generic wording.
      const expected = issue.message.startsWith("Invalid input") ? `Expected ${expectedName(issue.expected)}` : issue.message;
      return `${expected}, got ${show(actual)}`;
    }
    case "invalid_value":
      return `Expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}, got ${show(valueAt(parsed.data, issue.path))}`;
    case "invalid_union":
      return "Expected a name (text) or an object with label and refs";
    default:
      return issue.message;
  }
}

/** zod's type names, in the words of YAML. */
function expectedName(expected: string): string {
  if (expected === "object") return "a mapping (key: value lines)";
  if (expected === "array") return "a list";
  return expected;
}

/** The value at a field path, or undefined where the path leads nowhere. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let node = data;
  for (const key of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = Reflect.get(node, key);
  }
  return node;
}

function show(value: unknown): string {
  if (value === null) return "nothing (null)";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return String(value);
}
