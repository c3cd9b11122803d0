import { inlineMarkdownToHtml, markdownToHtml } from "@/lib/markdown";

/** Sanitised Markdown as HTML. Block prose by default; `inline` for one-paragraph fields. */
export function Prose({
  markdown,
  inline = false,
  className = "",
}: {
  markdown: string;
  inline?: boolean;
  className?: string;
}) {
  if (inline)
    return (
      <span className={className} dangerouslySetInnerHTML={{ __html: inlineMarkdownToHtml(markdown) }} />
    );
  return (
    <div
      className={className ? `prose-guide ${className}` : "prose-guide"}
      dangerouslySetInnerHTML={{ __html: markdownToHtml(markdown) }}
    />
  );
}
