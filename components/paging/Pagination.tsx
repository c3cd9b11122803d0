/** @jsxImportSource preact */
import { staticBlock } from "../static-block";

/**
 * Links to every page of a paged index: previous, each page by number, next.
 * Plain links to pre-built pages, so it works without JavaScript. Renders
 * nothing when there is one page. `label` names what is paged ("Pages of careers").
 */
function PaginationMarkup({
  label,
  page,
  pages,
  href,
  total,
  size,
  noun,
}: {
  label: string;
  page: number;
  pages: number;
  href: (page: number) => string;
  total: number;
  size: number;
  noun: string;
}) {
  if (pages <= 1) return null;
  const first = (page - 1) * size + 1;
  const last = Math.min(total, page * size);
  const step = "inline-block min-w-11 border-2 border-ink px-3 py-2 text-center";
  return (
    <nav aria-label={label} className="my-6" data-testid="pagination">
      <p className="mb-2 text-sm text-muted">
        {noun} {first.toLocaleString("en-US")}–{last.toLocaleString("en-US")} of{" "}
        {total.toLocaleString("en-US")} · page {page} of {pages}
      </p>
      <ul className="flex flex-wrap gap-2">
        {page > 1 && (
          <li>
            <a href={href(page - 1)} className={step} rel="prev">
              Previous
            </a>
          </li>
        )}
        {Array.from({ length: pages }, (_, i) => i + 1).map((n) => (
          <li key={n}>
            {n === page ? (
              <span aria-current="page" className={`${step} bg-ink font-bold text-white`}>
                <span className="sr-only">Page </span>
                {n}
              </span>
            ) : (
              <a href={href(n)} className={step}>
                <span className="sr-only">Page </span>
                {n}
              </a>
            )}
          </li>
        ))}
        {page < pages && (
          <li>
            <a href={href(page + 1)} className={step} rel="next">
              Next
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}

export const Pagination = staticBlock(PaginationMarkup);
