import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { JsonLd } from "@/components/JsonLd";
import { Prose } from "@/components/Prose";
import { Pagination } from "@/components/paging/Pagination";
import { SourceGuideList } from "@/components/paging/SourceGuideList";
import { getSite, getSource, guidesBySource } from "@/lib/content";
import { figureKindLabel } from "@/lib/labels";
import { pageCount, pageItems, pagePath, SOURCE_PAGE_SIZE } from "@/lib/paging";
import { withPageHead } from "@/components/PageHead";
import type { PageInput } from "@/lib/seo/metadata";
import { routes } from "@/lib/site";
import { breadcrumbJsonLd } from "@/lib/structured-data";

type Params = { source: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return getSite().sources.map((s) => ({ source: s.id }));
}

async function headOf({ params }: { params: Promise<Params> }): Promise<PageInput | undefined> {
  const source = getSource((await params).source);
  if (!source) return undefined;
  return {
    title: `${source.name}: what it publishes and its career guides`,
    description: `How Careerscope uses ${source.name}'s career guides: the figures it publishes, caveats, and every guide we draw from it.`,
    path: routes.source(source.id),
  };
}

async function SourcePage({ params }: { params: Promise<Params> }) {
  const source = getSource((await params).source);
  if (!source) notFound();
  const guides = guidesBySource(source.id);
  return (
    <>
      <JsonLd
        data={[
          breadcrumbJsonLd([
            { name: "Home", path: routes.home() },
            { name: "Sources", path: routes.sources() },
            { name: source.name, path: routes.source(source.id) },
          ]),
        ]}
      />
      <Breadcrumbs
        items={[
          { label: "Home", href: "/" },
          { label: "Sources", href: routes.sources() },
          { label: source.name },
        ]}
      />
      <h1 className="mb-3 text-3xl font-bold sm:text-4xl">{source.name}</h1>
      <Prose markdown={source.description} className="mb-3 max-w-3xl text-lg" />
      <dl className="mb-8 max-w-3xl space-y-2">
        <div>
          <dt className="inline font-semibold">Publishes: </dt>
          <dd className="inline">{source.figures.map(figureKindLabel).join(" and ")}</dd>
        </div>
        {source.caveat && (
          <div>
            <dt className="inline font-semibold">Read with care: </dt>
            <dd className="inline">
              <Prose markdown={source.caveat} inline />
            </dd>
          </div>
        )}
        {source.homepage && (
          <div>
            <dt className="inline font-semibold">Website: </dt>
            <dd className="inline">
              <a href={source.homepage}>{source.homepage}</a>
            </dd>
          </div>
        )}
      </dl>
      <h2 className="mb-4 text-2xl font-bold">Guides from {source.name}</h2>
      <SourceGuideList guides={pageItems(guides, 1, SOURCE_PAGE_SIZE)} sourceId={source.id} />
      <Pagination
        label={`Pages of guides from ${source.name}`}
        page={1}
        pages={pageCount(guides.length, SOURCE_PAGE_SIZE)}
        href={(n) => pagePath(routes.source(source.id), n)}
        total={guides.length}
        size={SOURCE_PAGE_SIZE}
        noun="Guides"
      />
    </>
  );
}

export default withPageHead(headOf, SourcePage);
