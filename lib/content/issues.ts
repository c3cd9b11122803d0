/**
 * Problems found in content files. Every problem names the file, the line and
 * column where we can find one, the field path, and what was expected, so an
 * editor can fix it without reading a stack trace.
 */
import { ISSUE_CODES, type IssueCode } from "./issue-codes";

type Severity = "error" | "warning";

export type ContentIssue = {
  severity: Severity;
  /** What kind of problem, stable across rewordings (see issue-codes.ts). */
  code?: IssueCode;
  /** Path relative to the project root, e.g. content/careers/x/teal.md */
  file: string;
  line?: number;
  column?: number;
  /** Field path in dotted form, e.g. salary.byLevel[2].median; empty for whole-file problems. */
  field: string;
  message: string;
  /** A suggested fix, e.g. 'did you mean "himalayas"?' */
  hint?: string;
};

type Where = { file: string; line?: number; column?: number; field?: string };

/** The one way to make an issue: its severity comes from its code. */
export function contentIssue(code: IssueCode, where: Where, message: string, hint?: string): ContentIssue {
  const { file, line, column, field = "" } = where;
  return { severity: ISSUE_CODES[code].severity, code, file, line, column, field, message, hint };
}

export function formatField(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === "number") return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, "");
}

function formatLocation(issue: ContentIssue): string {
  if (issue.line === undefined) return issue.file;
  return `${issue.file}:${issue.line}:${issue.column ?? 1}`;
}

/** One line per problem: `path:line:col  field  message (hint)`. */
export function formatIssue(issue: ContentIssue): string {
  const field = issue.field ? `  ${issue.field}` : "";
  const hint = issue.hint ? ` — ${issue.hint}` : "";
  return `${formatLocation(issue)}${field}  ${issue.message}${hint}`;
}

/** Problems grouped by file, errors first, in file order. */
export function formatIssueReport(issues: readonly ContentIssue[]): string {
  const byFile = new Map<string, ContentIssue[]>();
  for (const issue of sortIssues(issues)) {
    const list = byFile.get(issue.file) ?? [];
    list.push(issue);
    byFile.set(issue.file, list);
  }
  const blocks = [...byFile].map(([file, list]) => {
    const lines = list.map((i) => `  ${i.severity === "error" ? "error  " : "warning"}  ${formatIssue(i)}`);
    return [file, ...lines].join("\n");
  });
  return blocks.join("\n\n");
}

function sortIssues(issues: readonly ContentIssue[]): ContentIssue[] {
  return [...issues].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      a.field.localeCompare(b.field),
  );
}

/** Thrown when content has errors: the message lists every one of them. */
export class ContentError extends Error {
  readonly issues: readonly ContentIssue[];
  constructor(issues: readonly ContentIssue[]) {
    const errors = issues.filter((i) => i.severity === "error");
    super(
      `Content has ${errors.length} error(s); nothing was published.\n\n${formatIssueReport(errors)}\n`,
    );
    this.name = "ContentError";
    this.issues = issues;
  }
}
