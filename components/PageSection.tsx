import type { ReactNode } from "react";

/** What a page section's element and its link back to the contents carry (the heading's id is the section's label); shared with PageSectionHtml. */
export function pageSectionParts(id: string, searchable: boolean) {
  return {
    section: {
      id,
      "aria-labelledby": `${id}-h`,
      className: "page-section",
      "data-pagefind-ignore": searchable ? undefined : "",
    },
    // Floated beside the heading (no wrapper: every section repeats it). The accessible name starts
    // with the visible word, so voice control users can say it.
    back: { href: "#contents", className: "back no-print", "aria-label": "Contents list" },
  };
}

export type PageSectionProps<Children> = {
  id: string;
  title: string;
  children: Children;
  /** False: site search leaves the section out of its index (the facts are indexed elsewhere). */
  searchable?: boolean;
};

/**
 * A titled section of a page; its id is the anchor the contents list links
 * to. A link back to that list sits beside the heading, so the contents stay
 * in reach on a long phone page without adding a line to every section.
 */
export function PageSection({ id, title, children, searchable = true }: PageSectionProps<ReactNode>) {
  const { section, back } = pageSectionParts(id, searchable);
  return (
    <section {...section}>
      <a {...back}>Contents</a>
      <h2 id={section["aria-labelledby"]}>{title}</h2>
      {children}
    </section>
  );
}
