import type { ReactNode } from "react";

/**
 * A titled section of a page; its id is the anchor the contents list links
 * to, and it ends with a way back to that list, so it stays in reach on a phone.
 */
export function PageSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-h`} className="mt-8 scroll-mt-4">
      <h2 id={`${id}-h`} className="mb-3 text-2xl font-bold">
        {title}
      </h2>
      {children}
      <p className="no-print mt-2 text-right text-sm">
        <a href="#contents">Back to contents</a>
      </p>
    </section>
  );
}
