import { notFound } from "next/navigation";
import { FinderPage } from "@/components/finder/FinderPage";
import { MovedPage } from "@/components/paging/MovedPage";
import { getSite } from "@/lib/content";
import { DEFAULT_ORDER, finderPage, finderPath, FINDER_DESCRIPTION } from "@/lib/finder";
import { FINDER_PAGE_SIZE, laterPages, parsePage } from "@/lib/paging";
import { withPageHead } from "@/components/PageHead";
import type { PageInput } from "@/lib/seo/metadata";
import { routes } from "@/lib/site";
import { itemListJsonLd } from "@/lib/structured-data";

/**
 * /careers/page/<n>: the finder's later pages in its default order (A to Z).
 * /careers/page/1 always exists (a static export refuses a route with no
 * pages) and sends the reader to /careers.
 */
type Params = { n: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  // No career is called "page": the content check refuses it (RESERVED_CAREER_SLUGS in lib/site.ts).
  return [1, ...laterPages(getSite().careers.length, FINDER_PAGE_SIZE)].map((n) => ({ n: String(n) }));
}

async function headOf({ params }: { params: Promise<Params> }): Promise<PageInput | undefined> {
  const n = (await params).n;
  const page = parsePage(n, getSite().careers.length, FINDER_PAGE_SIZE) ?? 1;
  return {
    title: page > 1 ? `All careers, page ${page}` : "All careers",
    description: FINDER_DESCRIPTION,
    path: finderPath(DEFAULT_ORDER, page),
  };
}

async function CareersLaterPage({ params }: { params: Promise<Params> }) {
  const n = (await params).n;
  const careers = getSite().careers;
  if (n === "1") return <MovedPage title="All careers" href={routes.careers()} />;
  const page = parsePage(n, careers.length, FINDER_PAGE_SIZE);
  if (!page) notFound();
  const data = finderPage(careers, DEFAULT_ORDER, page);
  const jsonLd = itemListJsonLd(
    `Careers, page ${page}`,
    finderPath(DEFAULT_ORDER, page),
    data.rows.map((r) => ({ name: r.title, path: routes.career(r.slug) })),
  );
  return <FinderPage data={data} order={DEFAULT_ORDER} jsonLd={jsonLd} />;
}

export default withPageHead(headOf, CareersLaterPage);
