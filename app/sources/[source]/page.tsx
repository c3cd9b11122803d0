import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { JsonLd } from "@/components/JsonLd";
import { Prose } from "@/components/Prose";
import { GuideFacts } from "@/components/guide/GuideFacts";
import { sourceStanding } from "@/lib/compare/standing";
import { getCareer, getSite, getSource, guidesBySource } from "@/lib/content";
import { figureKindLabel } from "@/lib/labels";
import { pageMetadata } from "@/lib/seo/metadata";
import { routes } from "@/lib/site";
import { breadcrumbJsonLd } from "@/lib/structured-data";

type Params = { source: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return getSite().sources.map((s) => ({ source: s.id }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const source = getSource((await params).source);
  if (!source) return {};
  return pageMetadata({
    title: `${source.name}: what it publishes and its career guides`,
    description: `How Careerscope uses ${source.name}'s career guides: the figures it publishes, caveats, and every guide we draw from it.`,
    path: routes.source(source.id),
  });
}

export default async function SourcePage({ params }: { params: Promise<Params> }) {
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
      <ul className="grid gap-5 lg:grid-cols-2">
        {guides.map((guide) => (
          <li key={guide.careerSlug} className="border border-line p-5">
            <h3 className="mb-1 text-xl font-bold">
              <Link href={routes.guide(guide.careerSlug, source.id)}>{guide.careerTitle}</Link>
            </h3>
            <p className="mb-3 text-sm text-muted">“{guide.provenance.title}”</p>
            <GuideFacts guide={guide} compact />
            <StandingNote careerSlug={guide.careerSlug} sourceId={source.id} />
          </li>
        ))}
      </ul>
    </>
  );
}

/** How this source's median stands against the median of all sources for the career. */
function StandingNote({ careerSlug, sourceId }: { careerSlug: string; sourceId: string }) {
  const career = getCareer(careerSlug);
  if (!career) return null;
  const standing = sourceStanding(career, sourceId);
  return (
    <p className="mt-3 border-t border-line pt-3 text-sm" data-testid="standing">
      <span className="font-semibold">Against other sources:</span> {standing.text}{" "}
      <Link href={`${routes.career(careerSlug)}#salary`}>See the comparison</Link>
    </p>
  );
}
