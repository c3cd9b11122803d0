import { inlineMarkdownToHtml, markdownToHtml } from "@/lib/markdown";

export type ProseProps = {
  markdown: string;
  /** For one-paragraph fields: a <span> inside the surrounding text. */
  inline?: boolean;
  className?: string;
};

/** What a Prose renders: its element, class and sanitised HTML. Shared with ProseHtml, its twin in static blocks. */
export function proseMarkup({ markdown, inline = false, className = "" }: ProseProps) {
  if (inline) return { Tag: "span" as const, className, html: inlineMarkdownToHtml(markdown) };
  return {
    Tag: "div" as const,
    className: className ? `prose-guide ${className}` : "prose-guide",
    html: markdownToHtml(markdown),
  };
}

/** Sanitised Markdown as HTML. Block prose by default; `inline` for one-paragraph fields. */
export function Prose(props: ProseProps) {
  const { Tag, className, html } = proseMarkup(props);
  return <Tag className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
