export type ContentsEntry = { id: string; title: string };

/**
 * The page's contents, built from the same list of sections the page renders,
 * so the two cannot drift apart. Its id is where "Back to contents" links go.
 */
export function TableOfContents({
  sections,
  title = "On this page",
}: {
  sections: readonly ContentsEntry[];
  title?: string;
}) {
  return (
    <nav id="contents" aria-labelledby="contents-h" className="no-print mb-4 scroll-mt-4">
      <h2 id="contents-h" className="mb-1 text-lg font-bold">
        {title}
      </h2>
      <ul className="columns-2 gap-6 text-sm sm:columns-3">
        {sections.map((s) => (
          <li key={s.id} className="mb-1 break-inside-avoid">
            <a href={`#${s.id}`}>{s.title}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
