/**
 * Markdown to HTML for guide prose. remark-html sanitises by default (GitHub's
 * schema): raw HTML, <script>, event handlers and javascript: URLs are removed.
 * Keep `sanitize` on — content comes from pull requests.
 */
import { remark } from "remark";
import html from "remark-html";

const processor = remark().use(html, { sanitize: true });

export function markdownToHtml(markdown: string): string {
  return String(processor.processSync(markdown));
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
