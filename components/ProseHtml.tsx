/** @jsxImportSource preact */
import { inlineMarkdownToHtml, markdownToHtml } from "@/lib/markdown";

/** Prose (components/Prose.tsx) for static blocks: the same sanitised Markdown as HTML, as a Preact element. */
export function ProseHtml({
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
