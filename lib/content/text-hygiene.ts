/**
 * Characters that do not belong in content text, found in every string of a
 * file (values, keys, the Markdown body), each reported on its field.
 *
 * Refused: control characters (NUL, ESC — the start of every terminal escape
 * sequence —, DEL, the C1 range), bidirectional embeddings, overrides and
 * isolates (they reorder what a reader or reviewer sees: "Trojan Source"),
 * zero-width and other invisible characters (they make two equal-looking
 * titles differ), lone surrogates and non-characters.
 * Warned: marks that are harmless and sometimes needed in right-to-left text
 * (LRM, RLM, ALM), the soft hyphen, and the Unicode line separators.
 * Allowed: tab and newline; ZWJ and ZWNJ, which emoji and several scripts
 * (Persian, the Indic scripts) need.
 *
 * Also here: escaping for anything printed to a terminal or CI log, and the
 * normalised key that duplicate checks compare.
 */
import { markdownLimitProblem, markdownSpend } from "../markdown";
import type { IssueCode } from "./issue-codes";
import type { ContentIssue } from "./issues";
import type { ParsedFile } from "./parse";
import { at } from "./validate";

type Finding = { severity: "error" | "warning"; code: IssueCode; what: string; hint: string };

const REMOVE = "remove it: it cannot be seen, but it changes the text";

/** What a character is, when it is not allowed (or only warned). */
function classifyChar(cp: number): Finding | undefined {
  if (cp === 0x09 || cp === 0x0a) return undefined;
  if (cp === 0x00) return { severity: "error", code: "control-character", what: "a NUL byte", hint: "remove it; the file may have been saved by a binary tool" };
  if (cp === 0x1b) return { severity: "error", code: "control-character", what: "an escape character (terminal escape sequence)", hint: "remove it; it would drive the reader's terminal" };
  if (cp < 0x20 || cp === 0x7f || (cp >= 0x80 && cp <= 0x9f)) {
    return { severity: "error", code: "control-character", what: "a control character", hint: "remove it" };
  }
  if ((cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069)) {
    return { severity: "error", code: "bidi-control", what: "a bidirectional override", hint: "remove it: it reorders how the text is shown; right-to-left text needs no override" };
  }
  if (cp === 0x200b || cp === 0x2060 || cp === 0xfeff || cp === 0x180e || (cp >= 0x2061 && cp <= 0x2064)) {
    return { severity: "error", code: "invisible-character", what: "a zero-width character", hint: REMOVE };
  }
  if (cp === 0x115f || cp === 0x1160 || cp === 0x3164 || cp === 0xffa0 || (cp >= 0xfff9 && cp <= 0xfffb)) {
    return { severity: "error", code: "invisible-character", what: "an invisible filler character", hint: REMOVE };
  }
  if (cp >= 0xd800 && cp <= 0xdfff) return { severity: "error", code: "invalid-character", what: "half of a character (a lone surrogate)", hint: "remove it, or write the whole character" };
  if ((cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe) return { severity: "error", code: "invalid-character", what: "a Unicode non-character", hint: "remove it" };
  if (cp === 0x200e || cp === 0x200f || cp === 0x061c) {
    return { severity: "warning", code: "direction-mark", what: "an invisible direction mark", hint: "keep it only if mixed right-to-left text shows wrongly without it" };
  }
  if (cp === 0x00ad) return { severity: "warning", code: "soft-hyphen", what: "a soft hyphen", hint: "remove it; the browser hyphenates on its own" };
  if (cp === 0x2028 || cp === 0x2029) return { severity: "warning", code: "line-separator", what: "a Unicode line separator", hint: "use an ordinary new line" };
  return undefined;
}

/**
 * A quick pre-test, so clean strings (nearly all of them) cost one regex
 * scan: any character classifyChar refuses or warns about. Lone surrogates
 * are looked for apart, and only in text with surrogates at all: in one
 * class with the rest they made the scan twice as slow.
 */
// eslint-disable-next-line no-control-regex
const SUSPECT_BMP = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u180e\u200b\u200e\u200f\u2028-\u202e\u2060-\u2069\u3164\ufdd0-\ufdef\ufeff\uffa0\ufff9-\uffff]/u;
const SURROGATE = /[\ud800-\udfff]/;
/** With the `u` flag a surrogate pair is one character, so only a half on its own matches. */
const LONE_SURROGATE = /[\ud800-\udfff]/u;

export function hasSuspectCharacter(text: string): boolean {
  return SUSPECT_BMP.test(text) || (SURROGATE.test(text) && LONE_SURROGATE.test(text));
}

function codePointLabel(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** The first bad character of a string (errors before warnings), where it is, and how many bad ones there are. */
function inspect(text: string): { finding: Finding; cp: number; offset: number; index: number; count: number } | undefined {
  if (!hasSuspectCharacter(text)) return undefined;
  let first: { finding: Finding; cp: number; offset: number; index: number } | undefined;
  let count = 0;
  let index = 0;
  for (let offset = 0; offset < text.length; index++) {
    // codePointAt yields a lone surrogate as itself, so it is seen and refused.
    const cp = text.codePointAt(offset) ?? 0;
    const finding = classifyChar(cp);
    if (finding) {
      count++;
      if (!first || (first.finding.severity === "warning" && finding.severity === "error")) {
        first = { finding, cp, offset, index: index + 1 };
      }
    }
    offset += cp > 0xffff ? 2 : 1;
  }
  return first && { ...first, count };
}

type Path = (string | number)[];

/**
 * One issue per field (value, key or body) holding a character of the kinds
 * above, naming the field, the character's code and its place in the text.
 */
export function checkTextHygiene(parsed: ParsedFile, sourceText?: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  // The file's whole text, clean and without a backslash (the only way YAML writes a character that is not
  // in the text: a double-quoted escape), means every string parsed from it is clean: one scan, not one per string.
  const clean = sourceText !== undefined && !sourceText.includes("\\") && !hasSuspectCharacter(sourceText);
  const inspectText = clean ? () => undefined : inspect;
  // One path, extended and shortened in place: copied only when there is something to report.
  const path: Path = [];
  // The texts of one file share remark's budget: many small texts must not add up to a stall.
  const spend = markdownSpend();
  let budgetTold = false;
  // Once the file is over the shared budget every later text is too: the first one says so.
  const limitOf = (text: string) => {
    const limit = markdownLimitProblem(text, spend);
    if (!limit || (limit.overBudget && budgetTold)) return undefined;
    budgetTold ||= limit.overBudget === true;
    return limit;
  };
  const report = (text: string, where: string) => {
    const limit = limitOf(text);
    if (limit) issues.push(at(parsed, [...path], "markdown-too-complex", `${limit.message}; remark cannot render it in reasonable time`, LIMIT_HINT));
    const found = inspectText(text);
    if (!found) return;
    const more = found.count > 1 ? ` (and ${found.count - 1} more)` : "";
    const message = `${where} contains ${found.finding.what}, ${codePointLabel(found.cp)}, at character ${found.index}${more}`;
    issues.push({ ...at(parsed, [...path], found.finding.code, message, found.finding.hint), severity: found.finding.severity, code: found.finding.code });
  };
  const walk = (value: unknown) => {
    if (typeof value === "string") report(value, "Text");
    else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        walk(value[i]);
        path.pop();
      }
    } else if (value !== null && typeof value === "object") {
      for (const key in value) {
        path.push(key);
        report(key, "Field name");
        walk((value as Record<string, unknown>)[key]);
        path.pop();
      }
    }
  };
  walk(parsed.data);
  if (parsed.body !== undefined) issues.push(...bodyIssue(parsed, parsed.body, limitOf(parsed.body), inspectText));
  return issues;
}

/** In the Markdown body, the issue points at the line and column of the first bad character. */
function bodyIssue(
  parsed: ParsedFile,
  body: string,
  limit: { message: string; offset: number } | undefined,
  inspectText: typeof inspect,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const issueAt = (offset: number) => {
    const { line, column } = positionIn(body, offset, parsed.bodyLine ?? 1);
    return { file: parsed.file, line, column, field: "body" };
  };
  if (limit) {
    const message = `${limit.message}; remark cannot render it in reasonable time`;
    issues.push({ severity: "error", code: "markdown-too-complex", ...issueAt(limit.offset), message, hint: LIMIT_HINT });
  }
  const found = inspectText(body);
  if (found) {
    const more = found.count > 1 ? ` (and ${found.count - 1} more)` : "";
    const message = `Text contains ${found.finding.what}, ${codePointLabel(found.cp)}${more}`;
    issues.push({ severity: found.finding.severity, code: found.finding.code, ...issueAt(found.offset), message, hint: found.finding.hint });
  }
  return issues;
}

const LIMIT_HINT = "write it plainly: no guide needs this much nesting or punctuation";

/** Line (counted from `firstLine`) and column, in characters, of a UTF-16 offset in `text`. */
function positionIn(text: string, offset: number, firstLine: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf("\n") + 1;
  return { line: firstLine + (before.match(/\n/g)?.length ?? 0), column: [...before.slice(lineStart)].length + 1 };
}

/* ------------------------------------------------------- terminals */

/** Characters that a terminal or a CI log would act on or hide, shown instead as \u{…}. Newline included: an issue is one line. */
// eslint-disable-next-line no-control-regex
const UNSAFE_FOR_TERMINAL = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\u3164\ufeff\uffa0\ufff9-\ufffb\ud800-\udfff]/gu;

/** Text made safe to print: every control, bidi or invisible character written as `\u{1B}`. */
export function escapeForTerminal(text: string): string {
  return text.replace(UNSAFE_FOR_TERMINAL, (ch) => `\\u{${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase()}}`);
}

/** An issue with every text escaped for printing (file names can hold escape sequences too). */
export function escapeIssue(issue: ContentIssue): ContentIssue {
  return {
    ...issue,
    file: escapeForTerminal(issue.file),
    field: escapeForTerminal(issue.field),
    message: escapeForTerminal(issue.message),
    hint: issue.hint === undefined ? undefined : escapeForTerminal(issue.hint),
  };
}
