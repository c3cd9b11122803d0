import { Breadcrumbs } from "@/components/Breadcrumbs";
import { JsonLd } from "@/components/JsonLd";
import { finderFilterCss, type FinderRow, type SortOrder } from "@/lib/finder";
import type { JsonLdBlock } from "@/lib/structured-data";
import { CareerFinder } from "./CareerFinder";

/** /careers and its pre-sorted copies: the same page in a different row order. */
export function FinderPage({
  rows,
  order,
  jsonLd,
}: {
  rows: FinderRow[];
  order: SortOrder;
  jsonLd: JsonLdBlock[];
}) {
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
        filter by pay, education or how many sources cover it.
      </p>
      <CareerFinder rows={rows} initialOrder={order} />
      <p className="mt-4 text-sm text-muted">
        The same figures as data: <a href="/api/careers.json">careers.json</a>.
      </p>
    </>
  );
}
