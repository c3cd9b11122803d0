/**
 * Problems found in content files. Every problem names the file, the line and
 * column where we can find one, the field path, and what was expected, so an
 * editor can fix it without reading a stack trace.
 */

type Severity = "error" | "warning";

export type ContentIssue = {
  severity: Severity;
  /** A stable name for the kind of problem, in kebab-case (e.g. "link-outside-content"), for tools and tests. */
  code?: string;
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

/** Levenshtein distance, for "did you mean" hints on mistyped ids. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

/** The candidates closest to `input`, nearest first, within a typo's distance. */
export function closest(input: string, candidates: Iterable<string>, limit = 3): string[] {
  const needle = input.toLowerCase();
  const best = new Map<string, { candidate: string; distance: number }>();
  for (const candidate of candidates) {
    const hay = candidate.toLowerCase();
    // A containment match ("postgres" in "postgresql") only counts for longer words, so "go" does not match "django".
    const contains = Math.min(hay.length, needle.length) >= 4 && (hay.includes(needle) || needle.includes(hay));
    const distance = contains ? 1 : editDistance(needle, hay);
    const seen = best.get(hay);
    if (distance <= Math.max(2, Math.floor(needle.length / 3)) && (!seen || seen.distance > distance)) {
      best.set(hay, { candidate, distance });
    }
  }
  return [...best.values()]
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map((s) => s.candidate);
}

export function didYouMean(input: string, candidates: Iterable<string>): string | undefined {
  const near = closest(input, candidates);
  if (near.length === 0) return undefined;
  return `did you mean ${near.map((c) => `"${c}"`).join(" or ")}?`;
}
