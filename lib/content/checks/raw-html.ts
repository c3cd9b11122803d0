/**
 * Raw HTML in Markdown, which the page strips: found by walking remark's
 * syntax tree (the parser the pages use), so code spans and fences are
 * skipped exactly as on the page, positions come from the nodes, and the
 * time is linear in the text — no regex that crafted input can make slow.
 */
import { remark } from "remark";
import { bodyIncludes } from "../body-bytes";
import type { ContentIssue } from "../issues";
import type { ParsedFile } from "../parse";
import { markdownLimitProblem, markdownSpend, type MarkdownSpend } from "../../markdown";
import type { GuideFile } from "../schema";
import { valueAt } from "../validate";
import { warn, type Check, type Path } from "./shared";

// Each file's texts share one parsing budget (see MarkdownSpend): a file of many texts, each within the limits, is not parsed past it.
export const rawHtmlChecks: Check = (input) => [
  ...input.sources.flatMap(({ parsed, value }) => rawHtml(parsed, [["description"], ["caveat"]], value, markdownSpend())),
  ...input.careers.flatMap(({ parsed, value }) => rawHtml(parsed, [["summary"]], value, markdownSpend())),
  ...input.guides.flatMap(({ parsed, value }) => {
    const spend = markdownSpend();
    return [...rawHtml(parsed, guideMarkdownPaths(value), value, spend), ...rawHtmlInBody(parsed, value, spend)];
  }),
];

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
export function findHtmlTags(markdown: string, spend?: MarkdownSpend): { tag: string; line: number }[] {
  // Past remark's limits it is refused as an error of its own (markdown-too-complex), and never parsed.
  if (!TAG_START.test(markdown) || markdownLimitProblem(markdown, spend)) return [];
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

function rawHtml(parsed: ParsedFile, paths: Path[], data: unknown, spend: MarkdownSpend): ContentIssue[] {
  return paths.flatMap((path) => {
    const text = valueAt(data, path);
    if (typeof text !== "string") return [];
    const tags = findHtmlTags(text, spend);
    return tags.length ? [warn(parsed, path, "raw-html", htmlMessage(tags.map((t) => t.tag)), HTML_HINT)] : [];
  });
}

/** The body of a Markdown guide, pointing at the line of the first tag. */
function rawHtmlInBody(parsed: ParsedFile, guide: GuideFile, spend: MarkdownSpend): ContentIssue[] {
  // A Markdown guide's body is in its parsed file, kept as bytes (the validated guide's is empty: see
  // load.ts): one without a `<` holds no tag, and is not decoded to find that out.
  const markdown = parsed.bodyLine !== undefined;
  if (markdown && !bodyIncludes(parsed, "<")) return [];
  const tags = findHtmlTags(markdown ? (parsed.body ?? "") : guide.body, spend);
  if (tags.length === 0) return [];
  const issue = warn(parsed, ["body"], "raw-html", htmlMessage(tags.map((t) => t.tag)), HTML_HINT);
  if (parsed.bodyLine === undefined) return [issue];
  return [{ ...issue, line: parsed.bodyLine + tags[0].line - 1, column: 1 }];
}
