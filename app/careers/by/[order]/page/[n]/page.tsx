import { notFound } from "next/navigation";
import { FinderPage } from "@/components/finder/FinderPage";
import { MovedPage } from "@/components/paging/MovedPage";
import { getSite } from "@/lib/content";
import {
  describeOrder,
  finderPage,
  finderPath,
  parseOrder,
  sortedOrders,
  FINDER_DESCRIPTION,
} from "@/lib/finder";
import { FINDER_PAGE_SIZE, laterPages, parsePage } from "@/lib/paging";
import { withPageHead } from "@/components/PageHead";
import type { PageInput } from "@/lib/seo/metadata";
import { routes } from "@/lib/site";

/**
 * /careers/by/<order>/page/<n>: the later pages of a pre-sorted finder.
 * Page 1 of each order always exists (a static export refuses a route with
 * no pages) and sends the reader to /careers/by/<order>.
 */
type Params = { order: string; n: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  const pages = [1, ...laterPages(getSite().careers.length, FINDER_PAGE_SIZE)];
  return sortedOrders().flatMap((order) => pages.map((n) => ({ order, n: String(n) })));
}

async function headOf({ params }: { params: Promise<Params> }): Promise<PageInput | undefined> {
  const { order, n } = await params;
  return {
    title: `All careers by ${describeOrder(order).toLowerCase()}, page ${n}`,
    description: FINDER_DESCRIPTION,
    // A sorted copy of the finder: its canonical URL is /careers.
    path: routes.careers(),
  };
}

async function SortedCareersLaterPage({ params }: { params: Promise<Params> }) {
  const { order: slug, n } = await params;
  const order = parseOrder(slug);
  if (!order) notFound();
  const careers = getSite().careers;
  if (n === "1")
    return (
      <MovedPage title={`All careers by ${describeOrder(slug).toLowerCase()}`} href={finderPath(order)} />
    );
  const page = parsePage(n, careers.length, FINDER_PAGE_SIZE);
  if (!page) notFound();
  return <FinderPage data={finderPage(careers, order, page)} order={order} jsonLd={[]} />;
}

export default withPageHead(headOf, SortedCareersLaterPage);
