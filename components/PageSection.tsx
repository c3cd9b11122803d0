import type { ReactNode } from "react";

/**
 * A titled section of a page; its id is the anchor the contents list links
 * to. A link back to that list sits beside the heading, so the contents stay
 * in reach on a long phone page without adding a line to every section.
 */
export function PageSection({
  id,
  title,
  children,
  searchable = true,
}: {
  id: string;
  title: string;
  children: ReactNode;
  /** False: site search leaves the section out of its index (the facts are indexed elsewhere). */
  searchable?: boolean;
}) {
  return (
    <section
      id={id}
      aria-labelledby={`${id}-h`}
      className="page-section"
      data-pagefind-ignore={searchable ? undefined : ""}
    >
      {/* Floated beside the heading (no wrapper: every section repeats it). The accessible name starts
          with the visible word, so voice control users can say it. */}
      <a href="#contents" className="back no-print" aria-label="Contents list">
        Contents
      </a>
      <h2 id={`${id}-h`}>{title}</h2>
      {children}
    </section>
  );
}
