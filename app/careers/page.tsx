import { FinderPage } from "@/components/finder/FinderPage";
import { getSite } from "@/lib/content";
import { DEFAULT_ORDER, finderPage, FINDER_DESCRIPTION } from "@/lib/finder";
import { withPageHead } from "@/components/PageHead";
import type { PageInput } from "@/lib/seo/metadata";
import { routes } from "@/lib/site";
import { datasetJsonLd, itemListJsonLd } from "@/lib/structured-data";

const HEAD: PageInput = {
  title: "All careers: pay, growth and education compared",
  description: FINDER_DESCRIPTION,
  path: routes.careers(),
};

function CareersPage() {
  const site = getSite();
  const data = finderPage(site.careers, DEFAULT_ORDER);
  const jsonLd = [
    ...itemListJsonLd(
      "Careers",
      routes.careers(),
      data.rows.map((r) => ({ name: r.title, path: routes.career(r.slug) })),
    ),
    datasetJsonLd(site.careers, site.sources),
  ];
  return <FinderPage data={data} order={DEFAULT_ORDER} jsonLd={jsonLd} />;
}

export default withPageHead(() => HEAD, CareersPage);
