import { notFound } from "next/navigation";
import { CompareIndexView } from "@/components/paging/CompareIndexView";
import { MovedPage } from "@/components/paging/MovedPage";
import { getSite } from "@/lib/content";
import { compareIndexLinks, compareIndexPage } from "@/lib/compare/index-page";
import { COMPARE_PAGE_SIZE, laterPages, pagePath, parsePage } from "@/lib/paging";
import { withPageHead } from "@/components/PageHead";
import type { PageInput } from "@/lib/seo/metadata";
import { routes } from "@/lib/site";
import { itemListJsonLd } from "@/lib/structured-data";

/**
 * /compare/page/<n>: the later pages of /compare on a large site. Page 1
 * always exists (a static export refuses a route with no pages) and sends the
 * reader to /compare. No pair slug is "page" (pair slugs hold "-vs-").
 */
type Params = { n: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return [1, ...laterPages(getSite().careers.length, COMPARE_PAGE_SIZE)].map((n) => ({ n: String(n) }));
}

async function headOf({ params }: { params: Promise<Params> }): Promise<PageInput | undefined> {
  const page = parsePage((await params).n, getSite().careers.length, COMPARE_PAGE_SIZE) ?? 1;
  return {
    title: page > 1 ? `Compare two careers, page ${page}` : "Compare two careers",
    description:
      "Pick two careers to compare their salaries, career ladders, skills and certifications side by side.",
    path: pagePath(routes.compareIndex(), page),
  };
}

async function CompareLaterPage({ params }: { params: Promise<Params> }) {
  const n = (await params).n;
  if (n === "1") return <MovedPage title="Compare two careers" href={routes.compareIndex()} />;
  const careers = getSite().careers;
  const page = parsePage(n, careers.length, COMPARE_PAGE_SIZE);
  if (!page) notFound();
  const data = compareIndexPage(careers, page);
  const path = pagePath(routes.compareIndex(), page);
  const jsonLd = itemListJsonLd(`Compare, page ${page}`, path, compareIndexLinks(data.groups));
  return <CompareIndexView {...data} page={page} jsonLd={jsonLd} />;
}

export default withPageHead(headOf, CompareLaterPage);
