/**
 * Raw HTML in Markdown, which the page strips: found by walking remark's
 * syntax tree (the parser the pages use), so code spans and fences are
 * skipped exactly as on the page, positions come from the nodes, and the
 * time is linear in the text — no regex that crafted input can make slow.
 */
import { remark } from "remark";
import type { ContentIssue } from "../issues";
import type { ParsedFile } from "../parse";
import type { GuideFile } from "../schema";
import { valueAt } from "../validate";
import { warn, type Check, type Path } from "./shared";

export const rawHtmlChecks: Check = (input) => [
  ...markdownFields(input).flatMap(({ parsed, path, text }) => tooDeep(parsed, path, text)),
  ...input.sources.flatMap(({ parsed, value }) => rawHtml(parsed, [["description"], ["caveat"]], value)),
  ...input.careers.flatMap(({ parsed, value }) => rawHtml(parsed, [["summary"]], value)),
  ...input.guides.flatMap(({ parsed, value }) => [
    ...rawHtml(parsed, guideMarkdownPaths(value), value),
    ...rawHtmlInBody(parsed, value),
  ]),
];

/** Every Markdown text of the content, with where it stands. */
function markdownFields(input: Parameters<Check>[0]): { parsed: ParsedFile; path: Path; text: string }[] {
  const at = (parsed: ParsedFile, paths: Path[], data: unknown) =>
    paths.flatMap((path) => {
      const text = valueAt(data, path);
      return typeof text === "string" ? [{ parsed, path, text }] : [];
    });
  return [
    ...input.sources.flatMap(({ parsed, value }) => at(parsed, [["description"], ["caveat"]], value)),
    ...input.careers.flatMap(({ parsed, value }) => at(parsed, [["summary"]], value)),
    ...input.guides.flatMap(({ parsed, value }) => at(parsed, [...guideMarkdownPaths(value), ["body"]], value)),
  ];
}

/**
 * Lists or quotes nested deeper than this on one line are refused: remark's
 * time grows faster than linearly with nesting (10 kB of "- - - …" takes it
 * tens of seconds), and the pages render with remark too.
 */
const MAX_NESTING = 32;

/** The deepest run of list and quote markers opening any line ("- - > 1. x" is 4), in one linear pass. */
function nestingDepth(text: string): number {
  let deepest = 0;
  let depth = 0;
  let atLineStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\n") {
      depth = 0;
      atLineStart = true;
      continue;
    }
    if (!atLineStart || ch === " " || ch === "\t") continue;
    let end = i;
    if (ch === "-" || ch === "*" || ch === "+" || ch === ">") end = i + 1;
    else while (end < text.length && end - i < 10 && text[end] >= "0" && text[end] <= "9") end++;
    if (end > i && ch >= "0" && ch <= "9") end = text[end] === "." || text[end] === ")" ? end + 1 : i;
    const next = text[end];
    if (end > i && (next === " " || next === "\t" || next === "\n" || next === undefined)) {
      depth++;
      deepest = Math.max(deepest, depth);
      i = end - 1;
    } else {
      atLineStart = false;
    }
  }
  return deepest;
}

function tooDeep(parsed: ParsedFile, path: Path, text: string): ContentIssue[] {
  const depth = nestingDepth(text);
  if (depth <= MAX_NESTING) return [];
  return [
    warn(
      parsed,
      path,
      "markdown-too-deep",
      `Markdown nests lists or quotes ${depth} levels deep; at most ${MAX_NESTING} are allowed`,
      "flatten the lists or quotes",
    ),
  ];
}

/** Fields written in Markdown, as rendered by the pages (see the schema's `markdown` fields). */
function guideMarkdownPaths(guide: GuideFile): Path[] {
  return [
    ["summary"],
    ["salary", "note"],
    ...guide.tiers.map((_, i): Path => ["tiers", i, "summary"]),
    ...guide.certifications.map((_, i): Path => ["certifications", i, "proves"]),
    ...guide.faqs.map((_, i): Path => ["faqs", i, "answer"]),
    ...(guide.education?.paths ?? []).map((_, i): Path => ["education", "paths", i, "detail"]),
    ["dayInTheLife"],
    ["workLife", "summary"],
  ];
}

type MarkdownNode = {
  type: string;
  value?: string;
  children?: MarkdownNode[];
  position?: { start: { line: number } };
};

const parser = remark();

/** A tag's start: the only thing worth parsing for; most text has none. */
const TAG_START = /<\/?[a-zA-Z]/;
/** Tag names inside an HTML node; no backtracking, so linear on any input. */
const TAG_NAME = /<\/?[a-zA-Z][a-zA-Z0-9-]*/g;

/** The raw HTML tags in Markdown, in order, each with the 1-based line it starts on. */
export function findHtmlTags(markdown: string): { tag: string; line: number }[] {
  // Too deep to parse in good time: refused as an error of its own (tooDeep).
  if (!TAG_START.test(markdown) || nestingDepth(markdown) > MAX_NESTING) return [];
  const found: { tag: string; line: number }[] = [];
  // An explicit stack: deeply nested lists or quotes cannot overflow the call stack.
  const stack: MarkdownNode[] = [parser.parse(markdown) as MarkdownNode];
  while (stack.length > 0) {
    const node = stack.pop() as MarkdownNode;
    if (node.type === "html" && node.value) {
      const line = node.position?.start.line ?? 1;
      // An inline node is one tag ("<b>"); a block may hold several: name each by its opening.
      const tags = /^<[^<]*>$/.test(node.value) ? [node.value] : [...node.value.matchAll(TAG_NAME)].map((m) => `${m[0]}>`);
      for (const tag of tags) found.push({ tag, line });
    }
    if (node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return found;
}

function htmlMessage(tags: string[]): string {
  const distinct = [...new Set(tags.map((t) => (t.length > 30 ? `${t.slice(0, 30)}…` : t)))];
  const shown = distinct.slice(0, 3).join(", ");
  const more = distinct.length > 3 ? ` and ${distinct.length - 3} more` : "";
  return `Raw HTML ${shown}${more} is stripped from the page`;
}

const HTML_HINT = "write it in Markdown instead (**bold**, *italic*, [text](https://…), lists), or remove it";

function rawHtml(parsed: ParsedFile, paths: Path[], data: unknown): ContentIssue[] {
  return paths.flatMap((path) => {
    const text = valueAt(data, path);
    if (typeof text !== "string") return [];
    const tags = findHtmlTags(text);
    return tags.length ? [warn(parsed, path, "raw-html", htmlMessage(tags.map((t) => t.tag)), HTML_HINT)] : [];
  });
}

/** The body of a Markdown guide, pointing at the line of the first tag. */
function rawHtmlInBody(parsed: ParsedFile, guide: GuideFile): ContentIssue[] {
  const tags = findHtmlTags(guide.body);
  if (tags.length === 0) return [];
  const issue = warn(parsed, ["body"], "raw-html", htmlMessage(tags.map((t) => t.tag)), HTML_HINT);
  if (parsed.body === undefined || parsed.bodyLine === undefined) return [issue];
  return [{ ...issue, line: parsed.bodyLine + tags[0].line - 1, column: 1 }];
}
