/**
 * `npm run content:check`: validates all content through the same code path
 * as the build, without building the site. Exit code 1 on any error; warnings
 * are printed but never fail it.
 *
 *   --json            print machine-readable results
 *   --format github   print GitHub Actions workflow commands (`::error file=…,line=…::…`),
 *                     so a pull request shows each problem on the line that caused it
 *   --root <dir>      check <dir>/content instead of ./content (paths in the
 *                     output stay relative to <dir>, e.g. content/careers/…)
 *
 * Everything printed comes from content, which comes from pull requests: it is
 * escaped, so an escape sequence in a title or a file name cannot drive the
 * terminal or forge a line of a CI log.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { formatIssueReport, type ContentIssue } from "../lib/content/issues";
import { loadContentFromDisk } from "../lib/content/index";
import { escapeForTerminal, escapeIssue } from "../lib/content/text-hygiene";

const args = process.argv.slice(2);
const rootAt = args.indexOf("--root");
if (rootAt !== -1 && !args[rootAt + 1]) {
  console.error("--root needs a directory, e.g. --root tests/fixtures/broken/empty-file");
  process.exit(2);
}
const formatAt = args.indexOf("--format");
const format = formatAt === -1 ? (args.includes("--json") ? "json" : "text") : args[formatAt + 1];
if (!["text", "json", "github"].includes(format ?? "")) {
  console.error("--format needs one of: text, json, github");
  process.exit(2);
}
const root = path.resolve(rootAt === -1 ? process.cwd() : args[rootAt + 1]);
if (!existsSync(path.join(root, "content"))) {
  console.error(`✗ No content/ folder in ${escapeForTerminal(root)}`);
  process.exit(2);
}

const started = performance.now();
const result = loadContentFromDisk(root);
const errors = result.issues.filter((i) => i.severity === "error");
const warnings = result.issues.filter((i) => i.severity === "warning");
const seconds = ((performance.now() - started) / 1000).toFixed(2);

if (format === "json") {
  console.log(jsonForTerminal({ ok: result.ok, errors, warnings }));
} else {
  if (format === "github") {
    for (const issue of result.issues) console.log(githubCommand(issue));
  } else if (result.issues.length > 0) {
    console.log(formatIssueReport(result.issues.map(escapeIssue)) + "\n");
  }
  console.log(summary());
}
process.exit(result.ok ? 0 : 1);

function summary(): string {
  if (!result.ok) return `✗ ${errors.length} error(s), ${warnings.length} warning(s) (${seconds}s)`;
  const guides = result.site.careers.reduce((n, c) => n + c.guides.length, 0);
  return (
    `✓ Content is valid: ${result.site.careers.length} careers, ${guides} guides, ${result.site.sources.length} sources` +
    (warnings.length ? `, ${warnings.length} warning(s)` : "") +
    ` (${seconds}s)`
  );
}

/**
 * JSON with the characters a terminal acts on written as \u escapes (JSON
 * itself escapes only U+0000–U+001F). Still valid JSON, with the same values.
 */
function jsonForTerminal(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    /[\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/**
 * One GitHub Actions workflow command: `::error file=…,line=…,col=…,title=…::message`.
 * GitHub's escaping: in the message %, CR and LF; in properties also : and ,.
 * Control and invisible characters are escaped first, as for a terminal.
 */
function githubCommand(issue: ContentIssue): string {
  const safe = escapeIssue(issue);
  const properties = [
    `file=${escapeProperty(safe.file)}`,
    issue.line === undefined ? undefined : `line=${issue.line}`,
    issue.column === undefined ? undefined : `col=${issue.column}`,
    `title=${escapeProperty(safe.field ? `Content: ${safe.field}` : "Content")}`,
  ].filter(Boolean);
  const text = safe.hint ? `${safe.message} — ${safe.hint}` : safe.message;
  return `::${issue.severity} ${properties.join(",")}::${escapeData(text)}`;
}

function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
