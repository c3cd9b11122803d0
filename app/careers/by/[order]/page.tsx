import { notFound } from "next/navigation";
import { FinderPage } from "@/components/finder/FinderPage";
import { getSite } from "@/lib/content";
import { describeOrder, finderPage, parseOrder, sortedOrders, FINDER_DESCRIPTION } from "@/lib/finder";
import { withPageHead } from "@/components/PageHead";
import type { PageInput } from "@/lib/seo/metadata";
import { routes } from "@/lib/site";

/**
 * /careers/by/<column>-<asc|desc>: the finder pre-sorted, so sorting works
 * without JavaScript. The canonical URL is /careers: one page, many orders.
 */
type Params = { order: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  // No career is called "by": the content check refuses it (RESERVED_CAREER_SLUGS in lib/site.ts).
  return sortedOrders().map((order) => ({ order }));
}

async function headOf({ params }: { params: Promise<Params> }): Promise<PageInput | undefined> {
  const slug = (await params).order;
  // A sorted copy of /careers: its canonical URL is /careers.
  return {
    title: `All careers by ${describeOrder(slug).toLowerCase()}`,
    description: FINDER_DESCRIPTION,
    path: routes.careers(),
  };
}

async function SortedCareersPage({ params }: { params: Promise<Params> }) {
  const order = parseOrder((await params).order);
  if (!order) notFound();
  return <FinderPage data={finderPage(getSite().careers, order)} order={order} jsonLd={[]} />;
}

export default withPageHead(headOf, SortedCareersPage);
