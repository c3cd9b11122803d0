/** @jsxImportSource preact */
import { staticBlock } from "./static-block";
export type ContentsEntry = { id: string; title: string };

/**
 * The page's contents, built from the same list of sections the page renders,
 * so the two cannot drift apart. Its id is where "Back to contents" links go.
 */
function TableOfContentsMarkup({
  sections,
  title = "On this page",
}: {
  sections: readonly ContentsEntry[];
  title?: string;
}) {
  return (
    <nav id="contents" aria-labelledby="contents-h" className="toc no-print">
      <h2 id="contents-h">{title}</h2>
      <ul>
        {sections.map((s) => (
          <li key={s.id}>
            <a href={`#${s.id}`}>{s.title}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export const TableOfContents = staticBlock(TableOfContentsMarkup);
