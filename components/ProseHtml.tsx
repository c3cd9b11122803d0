/** @jsxImportSource preact */
import { proseMarkup, type ProseProps } from "./Prose";

/** Prose for static blocks: the same element and sanitised HTML, as a Preact element. */
export function ProseHtml(props: ProseProps) {
  const { Tag, className, html } = proseMarkup(props);
  return <Tag className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
