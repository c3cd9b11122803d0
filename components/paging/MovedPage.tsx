/**
 * A URL whose page lives elsewhere (page 1 of a paged index is the index
 * itself). A static export cannot answer 301, so this sends the reader on at
 * once without JavaScript, with a plain link in case it does not; both
 * servers answer these URLs with a 301 (scripts/redirect-map.mjs).
 */
export function MovedPage({ title, href }: { title: string; href: string }) {
  return (
    <>
      <meta httpEquiv="refresh" content={`0;url=${href}`} />
      <h1 className="mb-3 text-3xl font-bold">{title}</h1>
      <p>
        This page is at <a href={href}>{title}</a>.
      </p>
    </>
  );
}
