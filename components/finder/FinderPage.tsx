import { Breadcrumbs } from "@/components/Breadcrumbs";
import { JsonLd } from "@/components/JsonLd";
import { Pagination } from "@/components/paging/Pagination";
import { FINDER_PAGE_SIZE } from "@/lib/paging";
import { finderFilterCss, finderPath, type FinderPageData, type SortOrder } from "@/lib/finder";
import type { JsonLdBlock } from "@/lib/structured-data";
import { CareerFinder } from "./CareerFinder";

/**
 * /careers, its later pages and its pre-sorted copies: the same page in a
 * different row order. Past FINDER_PAGE_SIZE careers each order is split into
 * numbered pages, so the page stays small however many careers there are.
 */
export function FinderPage({
  data,
  order,
  jsonLd,
}: {
  data: FinderPageData;
  order: SortOrder;
  jsonLd: JsonLdBlock[];
}) {
  const paged = data.pages > 1;
  const pagination = (
    <Pagination
      label="Pages of careers"
      page={data.page}
      pages={data.pages}
      href={(n) => finderPath(order, n)}
      total={data.total}
      size={FINDER_PAGE_SIZE}
      noun="Careers"
    />
  );
  return (
    <>
      <JsonLd data={jsonLd} />
      {/* The filters' CSS: static text built from the filter options, never from content. */}
      <style>{finderFilterCss("finder")}</style>
      <Breadcrumbs items={[{ label: "Home", href: "/" }, { label: "Careers" }]} />
      <h1 className="mb-3 text-3xl font-bold sm:text-4xl">Careers</h1>
      <p className="mb-6 max-w-2xl text-lg">
        Every career we cover, with what its sources agree on: the median of their median pay, the range of
        their medians, projected growth and the education most of them say you need. Sort by any column;
        filter by pay, education or how many sources cover it
        {paged ? " (without JavaScript, filters apply to the careers on this page only)" : ""}.
      </p>
      <CareerFinder rows={data.rows} initialOrder={order} paged={paged} />
      {pagination}
      <p className="mt-4 text-sm text-muted">
        The same figures as data: <a href="/api/careers.json">careers.json</a>.
      </p>
    </>
  );
}
