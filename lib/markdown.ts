/**
 * Markdown to HTML for guide prose. remark-html sanitises by default (GitHub's
 * schema): raw HTML, <script>, event handlers and javascript: URLs are removed.
 * Keep `sanitize` on — content comes from pull requests.
 */
import { remark } from "remark";
import html from "remark-html";
import { asciiHtml } from "./ascii-html";

const processor = remark().use(html, { sanitize: true });

/**
 * Rendered once per text and process: a build renders the same answers and
 * summaries on a guide and again on its career's hub, and remark costs
 * milliseconds a paragraph. The texts are the site's own, so the memo is
 * bounded by the content's size.
 */
const rendered = new Map<string, string>();

export function markdownToHtml(markdown: string): string {
  let html = rendered.get(markdown);
  if (html === undefined) {
    html = renderMarkdown(markdown);
    rendered.set(markdown, html);
  }
  return html;
}

/** The texts of `texts` not rendered yet in this process (lib/markdown-thread.ts renders them ahead). */
export function notYetRendered(texts: readonly string[]): string[] {
  return [...new Set(texts.filter((text) => !rendered.has(text)))];
}

/** Keeps the HTML a thread rendered from `markdown` with renderMarkdown, so markdownToHtml finds it. */
export function keepRendered(markdown: string, html: string): void {
  rendered.set(markdown, html);
}

/** One text to HTML, without the memo: what markdownToHtml and the Markdown thread both run. */
export function renderMarkdown(markdown: string): string {
  // Content that passed the checks never trips this; it keeps a crafted string from crashing or stalling a build.
  if (markdownLimitProblem(markdown)) return asciiHtml(`<p>${escapeHtml(markdown)}</p>`);
  return asciiHtml(String(processor.processSync(markdown)));
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * remark's parser recurses once per level of nesting and does more work per
 * emphasis and bracket mark than their count suggests. Measured on remark 15:
 * 2,000 nested `>` or 3,000 nested `**` (a few kilobytes) overflow the stack;
 * 1,000 nested list items, or 3,000 `![` opened and closed, take over a minute.
 *
 * Container blocks (quotes, list items) cost most. Each line is checked
 * against every container open around it (lines × depth), and each container
 * opened costs in proportion to what came before: 2,000 separate one-line
 * quotes (10 KB) took 5 s, 800 eight-deep ones 7.5 s, where 2,000 plain
 * paragraphs (400 KB) took 0.7 s (2-core machine under load). At the budgets
 * below the worst input takes about as long as 1 MB of plain paragraphs
 * (tests/unit/markdown-limits.test.ts; npx tsx scripts/bench-content.ts). So the quote and
 * list markers at line starts have a budget, and so do nested lines; a
 * file's texts share them (see MarkdownSpend), so many small texts cannot add
 * up to a stall either.
 * No guide comes near these limits; the checks refuse text beyond them.
 */
const MAX_NESTING = 8;
const MAX_PUNCTUATION_RUN = 32;
const MAX_MARKS = 2_000;
/** remark spends about a millisecond per list item: 250,000 one-line items (1 MB) would take minutes. */
const MAX_LINES = 3_000;
/** Quote and list markers at line starts (each opens or continues a container); the busiest real guide has 77. */
const MAX_CONTAINER_MARKERS = 800;
/** Lines times the depth of nesting they sit at; the busiest real guide has 122. */
const MAX_NESTED_LINES = 8_000;

const MARK_CHARACTERS = "*_[]!~`";
/** `* _ [ ] ! ~ \``, by character code. */
const MARKS = new Uint8Array(128);
for (const ch of MARK_CHARACTERS) MARKS[ch.charCodeAt(0)] = 1;

/** What a file's texts have used of the shared budgets; pass one to markdownLimitProblem per text, in order. */
export type MarkdownSpend = { containerMarkers: number; nestedLines: number };

export function markdownSpend(): MarkdownSpend {
  return { containerMarkers: 0, nestedLines: 0 };
}

/** `overBudget`: the problem is the file's shared budget, which every later text of the file is over too. */
type LimitProblem = { message: string; offset: number; overBudget?: true };

/**
 * What is past the limits above, and where (a UTF-16 offset), in one linear
 * pass; undefined when nothing is. With `spend`, the container budgets count
 * every text passed with it so far (a file's), not this text alone.
 */
export function markdownLimitProblem(markdown: string, shared?: MarkdownSpend): LimitProblem | undefined {
  const spend = shared ?? markdownSpend();
  const where = shared ? " in this file" : " in one text";
  // Most texts are a few words: one line start to check, and too short for the limits on marks and lines.
  if (markdown.length <= MAX_PUNCTUATION_RUN && !markdown.includes("\n"))
    return lineStartProblem(markdown, 0, spend, where);
  return withinMarkLimits(markdown)
    ? lineProblem(markdown, spend, where)
    : firstProblem(markdown, spend, where);
}

/**
 * No run of marks too long and not too many marks, found without visiting
 * every character (measured on the real guides: 2 µs a body, where a loop
 * over its characters took 20 and a regex 40).
 */
function withinMarkLimits(markdown: string): boolean {
  return !hasLongMarkRun(markdown) && (markdown.length <= MAX_MARKS || countMarks(markdown) <= MAX_MARKS);
}

const isMark = (code: number) => code < 128 && MARKS[code] === 1;

/** A run longer than MAX_PUNCTUATION_RUN covers one of every (MAX_PUNCTUATION_RUN + 1)th characters: only those are looked at, and the run around them measured. */
function hasLongMarkRun(markdown: string): boolean {
  const step = MAX_PUNCTUATION_RUN + 1;
  for (let i = step - 1; i < markdown.length; i += step) {
    if (!isMark(markdown.charCodeAt(i))) continue;
    let first = i;
    let last = i;
    while (first > 0 && isMark(markdown.charCodeAt(first - 1))) first--;
    while (last + 1 < markdown.length && isMark(markdown.charCodeAt(last + 1))) last++;
    if (last - first + 1 > MAX_PUNCTUATION_RUN) return true;
  }
  return false;
}

/** The marks in the text, counted up to one past MAX_MARKS. */
function countMarks(markdown: string): number {
  let marks = 0;
  for (const mark of MARK_CHARACTERS) {
    for (let i = markdown.indexOf(mark); i !== -1; i = markdown.indexOf(mark, i + 1)) {
      if (++marks > MAX_MARKS) return marks;
    }
  }
  return marks;
}

/** firstProblem for a text within the mark limits: only its line starts and line count can be over, in the same order. */
function lineProblem(markdown: string, spend: MarkdownSpend, where: string): LimitProblem | undefined {
  let lines = 1;
  for (let start = 0; ;) {
    const problem = lineStartProblem(markdown, start, spend, where);
    if (problem) return problem;
    const end = markdown.indexOf("\n", start);
    if (end === -1) return undefined;
    if (++lines > MAX_LINES)
      return { message: `More than ${MAX_LINES} lines of Markdown in one text`, offset: end };
    start = end + 1;
  }
}

/** The first problem in the text, in order of offset, in one pass over its characters. */
function firstProblem(markdown: string, spend: MarkdownSpend, where: string): LimitProblem | undefined {
  let marks = 0;
  let run = 0;
  let lines = 1;
  let lineStart = 0;
  // Not past the end: reading there (NaN) would deoptimise the loop; the line start at the very end is checked after it.
  for (let i = 0; i < markdown.length; i++) {
    if (i === lineStart) {
      const problem = lineStartProblem(markdown, i, spend, where);
      if (problem) return problem;
    }
    const code = markdown.charCodeAt(i);
    if (code === 10) {
      lineStart = i + 1;
      lines++;
      if (lines > MAX_LINES)
        return { message: `More than ${MAX_LINES} lines of Markdown in one text`, offset: i };
    }
    if (code < 128 && MARKS[code] === 1) {
      marks++;
      run++;
      if (run > MAX_PUNCTUATION_RUN) {
        return {
          message: `More than ${MAX_PUNCTUATION_RUN} Markdown marks (* _ [ ] ! ~ \`) in a row`,
          offset: i,
        };
      }
      if (marks > MAX_MARKS)
        return { message: `More than ${MAX_MARKS} Markdown marks (* _ [ ] ! ~ \`) in one text`, offset: i };
    } else {
      run = 0;
    }
  }
  return lineStart === markdown.length ? lineStartProblem(markdown, lineStart, spend, where) : undefined;
}

function lineStartProblem(
  text: string,
  start: number,
  spend: MarkdownSpend,
  where: string,
): LimitProblem | undefined {
  const depth = nesting(text, start);
  if (depth > MAX_NESTING) {
    return {
      message: `Markdown is nested ${depth} levels deep (quotes, lists, indentation); at most ${MAX_NESTING}`,
      offset: start,
    };
  }
  spend.containerMarkers += nestingMarkers;
  spend.nestedLines += depth;
  if (spend.containerMarkers > MAX_CONTAINER_MARKERS) {
    return {
      message: `More than ${MAX_CONTAINER_MARKERS} quote and list markers (> - * + 1.) at line starts${where}`,
      offset: start,
      overBudget: true,
    };
  }
  if (spend.nestedLines > MAX_NESTED_LINES) {
    return {
      message: `Too many nested lines${where}: lines inside quotes and lists, counted once per level, exceed ${MAX_NESTED_LINES}`,
      offset: start,
      overBudget: true,
    };
  }
  return undefined;
}

/** The quote and list markers `nesting` counted on its last call: a second result without an object per line (5,000 guides have 2 million line starts). */
let nestingMarkers = 0;

/** Block nesting at a line start: quote and list markers (left in nestingMarkers), plus two columns of indentation per level. */
function nesting(text: string, start: number): number {
  let markers = 0;
  let columns = 0;
  for (let i = start; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === SPACE) columns++;
    else if (ch === TAB) columns += 4;
    else if (ch === QUOTE) markers++;
    else if (ch === DASH || ch === STAR || ch === PLUS) {
      const next = text.charCodeAt(i + 1);
      if (next !== SPACE && next !== TAB) break;
      markers++;
    } else if (isDigit(ch)) {
      let j = i;
      while (j < text.length && j - i < 9 && isDigit(text.charCodeAt(j))) j++;
      const after = text.charCodeAt(j + 1);
      if ((text.charCodeAt(j) !== DOT && text.charCodeAt(j) !== PAREN) || (after !== SPACE && after !== TAB))
        break;
      markers++;
      i = j;
    } else break;
  }
  nestingMarkers = markers;
  return markers + Math.floor(columns / 2);
}

const [SPACE, TAB, QUOTE, DASH, STAR, PLUS, DOT, PAREN] = [..." \t>-*+.)"].map((ch) => ch.charCodeAt(0));

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** For one-paragraph fields shown inline: the same, without the wrapping <p>. */
export function inlineMarkdownToHtml(markdown: string): string {
  const out = markdownToHtml(markdown).trim();
  const single = /^<p>([\s\S]*)<\/p>$/.exec(out);
  return single && !single[1].includes("<p>") ? single[1] : out;
}

/** Raw HTML tags in Markdown are dropped on render; editors are warned. */
export function findRawHtml(markdown: string): string[] {
  const withoutCode = markdown.replace(/```[\s\S]*?```/g, "").replace(/`[^`\n]*`/g, "");
  return [...withoutCode.matchAll(/<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^>]*)?>/g)].map((m) => m[0]);
}
