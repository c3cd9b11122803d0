import type { Metadata } from "next";
import { FinderPage } from "@/components/finder/FinderPage";
import { getSite } from "@/lib/content";
import { DEFAULT_ORDER, finderRow, sortRows } from "@/lib/finder";
import { pageMetadata } from "@/lib/seo/metadata";
import { routes } from "@/lib/site";
import { datasetJsonLd, itemListJsonLd } from "@/lib/structured-data";

export const metadata: Metadata = pageMetadata({
  title: "All careers: pay, growth and education compared",
  description:
    "Every career Careerscope covers, sortable and filterable by consensus median pay, growth, typical entry education and number of sources.",
  path: routes.careers(),
});

export default function CareersPage() {
  const site = getSite();
  const rows = sortRows(site.careers.map(finderRow), DEFAULT_ORDER);
  const jsonLd = [
    ...itemListJsonLd(
      "Careers",
      routes.careers(),
      rows.map((r) => ({ name: r.title, path: routes.career(r.slug) })),
    ),
    datasetJsonLd(site.careers, site.sources),
  ];
  return <FinderPage rows={rows} order={DEFAULT_ORDER} jsonLd={jsonLd} />;
}
