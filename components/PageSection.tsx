import type { ReactNode } from "react";

/**
 * A titled section of a page; its id is the anchor the contents list links
 * to. A link back to that list sits beside the heading, so the contents stay
 * in reach on a long phone page without adding a line to every section.
 */
export function PageSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-h`} className="mt-8 scroll-mt-4">
      <div className="mb-3 flex items-baseline justify-between gap-4">
        <h2 id={`${id}-h`} className="text-xl font-bold sm:text-2xl">
          {title}
        </h2>
        <a href="#contents" className="no-print shrink-0 text-sm">
          Contents<span className="sr-only"> (back to the list of sections)</span>
        </a>
      </div>
      {children}
    </section>
  );
}
