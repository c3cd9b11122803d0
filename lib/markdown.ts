/**
 * Markdown to HTML for guide prose. remark-html sanitises by default (GitHub's
 * schema): raw HTML, <script>, event handlers and javascript: URLs are removed.
 * Keep `sanitize` on — content comes from pull requests.
 */
import { remark } from "remark";
import html from "remark-html";

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

function renderMarkdown(markdown: string): string {
  // Content that passed the checks never trips this; it keeps a crafted string from crashing or stalling a build.
  if (markdownLimitProblem(markdown)) return `<p>${escapeHtml(markdown)}</p>`;
  return String(processor.processSync(markdown));
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * remark's parser recurses once per level of nesting and does more work per
 * emphasis and bracket mark than their count suggests. Measured on remark 15:
 * 2,000 nested `>` or 3,000 nested `**` (a few kilobytes) overflow the stack;
 * 1,000 nested list items, or 3,000 `![` opened and closed, take over a minute;
 * and each list item costs about a millisecond.
 * No guide comes near these limits; the checks refuse text beyond them.
 */
const MAX_NESTING = 8;
const MAX_PUNCTUATION_RUN = 32;
const MAX_MARKS = 2_000;
/** remark spends about a millisecond per list item: 250,000 one-line items (1 MB) would take minutes. */
const MAX_LINES = 3_000;
const MARKS = new Set(["*", "_", "[", "]", "!", "~", "`"]);

/** What is past the limits above, and where (a UTF-16 offset), in one linear pass; undefined when nothing is. */
export function markdownLimitProblem(markdown: string): { message: string; offset: number } | undefined {
  let marks = 0;
  let run = 0;
  let lines = 1;
  let lineStart = 0;
  for (let i = 0; i <= markdown.length; i++) {
    if (i === lineStart) {
      const depth = nestingDepth(markdown, i);
      if (depth > MAX_NESTING) {
        return {
          message: `Markdown is nested ${depth} levels deep (quotes, lists, indentation); at most ${MAX_NESTING}`,
          offset: i,
        };
      }
    }
    const ch = markdown[i];
    if (ch === "\n") {
      lineStart = i + 1;
      lines++;
      if (lines > MAX_LINES)
        return { message: `More than ${MAX_LINES} lines of Markdown in one text`, offset: i };
    }
    if (ch !== undefined && MARKS.has(ch)) {
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
  return undefined;
}

/** Block nesting at a line start: quote and list markers, plus two columns of indentation per level. */
function nestingDepth(text: string, start: number): number {
  let depth = 0;
  let columns = 0;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (ch === " ") columns++;
    else if (ch === "\t") columns += 4;
    else if (ch === ">") depth++;
    else if ((ch === "-" || ch === "*" || ch === "+") && (text[i + 1] === " " || text[i + 1] === "\t"))
      depth++;
    else if (ch >= "0" && ch <= "9") {
      let j = i;
      while (j < text.length && j - i < 9 && text[j] >= "0" && text[j] <= "9") j++;
      if ((text[j] !== "." && text[j] !== ")") || (text[j + 1] !== " " && text[j + 1] !== "\t")) break;
      depth++;
      i = j;
    } else break;
  }
  return depth + Math.floor(columns / 2);
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
