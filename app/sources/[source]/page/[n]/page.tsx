import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { JsonLd } from "@/components/JsonLd";
import { MovedPage } from "@/components/paging/MovedPage";
import { Pagination } from "@/components/paging/Pagination";
import { SourceGuideList } from "@/components/paging/SourceGuideList";
import { getSite, getSource, guidesBySource } from "@/lib/content";
import { laterPages, pageCount, pageItems, pagePath, parsePage, SOURCE_PAGE_SIZE } from "@/lib/paging";
import { withPageHead } from "@/components/PageHead";
import type { PageInput } from "@/lib/seo/metadata";
import { routes } from "@/lib/site";
import { breadcrumbJsonLd } from "@/lib/structured-data";

/**
 * /sources/<source>/page/<n>: the later pages of a source's guides, when it
 * has a guide for many careers. Page 1 always exists (a static export refuses
 * a route with no pages) and sends the reader to /sources/<source>.
 */
type Params = { source: string; n: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return getSite().sources.flatMap((s) =>
    [1, ...laterPages(guidesBySource(s.id).length, SOURCE_PAGE_SIZE)].map((n) => ({
      source: s.id,
      n: String(n),
    })),
  );
}

async function headOf({ params }: { params: Promise<Params> }): Promise<PageInput | undefined> {
  const { source: id, n } = await params;
  const source = getSource(id);
  if (!source) return undefined;
  const page = parsePage(n, guidesBySource(id).length, SOURCE_PAGE_SIZE) ?? 1;
  return {
    title: `${source.name}: its career guides${page > 1 ? `, page ${page}` : ""}`,
    description: `Every career guide Careerscope draws from ${source.name}, with its key figures and how they compare.`,
    path: pagePath(routes.source(id), page),
  };
}

async function SourceLaterPage({ params }: { params: Promise<Params> }) {
  const { source: id, n } = await params;
  const source = getSource(id);
  if (!source) notFound();
  if (n === "1") return <MovedPage title={source.name} href={routes.source(id)} />;
  const guides = guidesBySource(id);
  const page = parsePage(n, guides.length, SOURCE_PAGE_SIZE);
  if (!page) notFound();
  const path = pagePath(routes.source(id), page);
  const crumbs = [
    { name: "Home", path: routes.home() },
    { name: "Sources", path: routes.sources() },
    { name: source.name, path: routes.source(id) },
    { name: `Page ${page}`, path },
  ];
  return (
    <>
      <JsonLd data={[breadcrumbJsonLd(crumbs)]} />
      <Breadcrumbs
        items={crumbs.map((c, i) => ({ label: c.name, href: i < crumbs.length - 1 ? c.path : undefined }))}
      />
      <h1 className="mb-3 text-3xl font-bold sm:text-4xl">{source.name}</h1>
      <h2 className="mb-4 text-2xl font-bold">
        Guides from {source.name}, page {page}
      </h2>
      <SourceGuideList guides={pageItems(guides, page, SOURCE_PAGE_SIZE)} sourceId={id} />
      <Pagination
        label={`Pages of guides from ${source.name}`}
        page={page}
        pages={pageCount(guides.length, SOURCE_PAGE_SIZE)}
        href={(p) => pagePath(routes.source(id), p)}
        total={guides.length}
        size={SOURCE_PAGE_SIZE}
        noun="Guides"
      />
    </>
  );
}

export default withPageHead(headOf, SourceLaterPage);
