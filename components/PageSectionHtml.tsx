/** @jsxImportSource preact */
import type { ComponentChildren } from "preact";
import { pageSectionParts, type PageSectionProps } from "./PageSection";

/** PageSection for static blocks: the same section, link and heading, as Preact elements. */
export function PageSectionHtml({
  id,
  title,
  children,
  searchable = true,
}: PageSectionProps<ComponentChildren>) {
  const { section, back } = pageSectionParts(id, searchable);
  return (
    <section {...section}>
      <a {...back}>Contents</a>
      <h2 id={section["aria-labelledby"]}>{title}</h2>
      {children}
    </section>
  );
}
