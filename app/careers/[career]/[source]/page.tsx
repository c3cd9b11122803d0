import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { JsonLd } from "@/components/JsonLd";
import { Prose } from "@/components/Prose";
import { Attribution } from "@/components/guide/Attribution";
import { GuideFacts } from "@/components/guide/GuideFacts";
import { GuideSections } from "@/components/guide/GuideSections";
import { TableOfContents } from "@/components/TableOfContents";
import { SearchTags } from "@/components/search/SearchTags";
import { allGuides, getCareer, getGuide } from "@/lib/content";
import { guideDescription, guideProse, guideSections } from "@/lib/guide-page";
import { markdownReadAhead } from "@/lib/markdown-thread";
import { guideJsonLd } from "@/lib/structured-data";
import { withPageHead } from "@/components/PageHead";
import type { PageInput } from "@/lib/seo/metadata";
import { routes } from "@/lib/site";

type Params = { career: string; source: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return allGuides().map((g) => ({ career: g.careerSlug, source: g.source.id }));
}

/** A guide's long texts on the Markdown thread, the next guides' sent along (pages come in allGuides' order). */
const prerenderProse = markdownReadAhead(allGuides, (g) => guideProse(g, guideSections(g)), 64);

async function headOf({ params }: { params: Promise<Params> }): Promise<PageInput | undefined> {
  const { career, source } = await params;
  const guide = getGuide(career, source);
  if (!guide) return undefined;
  return {
    title: `${guide.careerTitle} career guide, according to ${guide.source.name}`,
    description: guideDescription(guide),
    path: routes.guide(career, source),
    career,
  };
}

async function GuidePage({ params }: { params: Promise<Params> }) {
  const { career, source } = await params;
  const guide = getGuide(career, source);
  const hub = getCareer(career);
  if (!guide || !hub) notFound();
  const sections = guideSections(guide);
  // Its long texts rendered on the Markdown thread while this thread renders other pages.
  await prerenderProse(guide);

  return (
    <article data-pagefind-body>
      <SearchTags career={guide.careerTitle} source={guide.source.name} />
      <JsonLd data={guideJsonLd(guide, hub)} />
      <Breadcrumbs
        items={[
          { label: "Home", href: "/" },
          { label: "Careers", href: routes.careers() },
          { label: guide.careerTitle, href: routes.career(career) },
          { label: guide.source.name },
        ]}
      />
      <p className="mb-1 text-sm font-semibold uppercase tracking-wide text-muted">
        Career guide · {guide.source.name}
      </p>
      <h1 className="mb-4 text-3xl font-bold leading-tight sm:text-4xl">
        {guide.careerTitle}, according to {guide.source.name}
      </h1>
      <Prose markdown={guide.summary} className="mb-4 max-w-3xl text-lg" />
      <Attribution guide={guide} />

      {/* The hub's quick facts and salary comparison give these figures for every source: indexed there. */}
      <section aria-labelledby="facts-heading" className="mt-6 bg-wash p-5" data-pagefind-ignore="">
        <h2 id="facts-heading" className="mb-3 text-xl font-bold">
          Key figures
        </h2>
        <GuideFacts guide={guide} />
        {guide.salary?.note && <Prose markdown={guide.salary.note} className="mt-3 text-sm text-muted" />}
        {guide.source.caveat && (
          <p className="mt-3 text-sm">
            <span className="font-semibold">About these figures:</span>{" "}
            <Prose markdown={guide.source.caveat} inline />
          </p>
        )}
      </section>

      <div className="mt-6">
        <TableOfContents sections={sections} title="Contents" />
      </div>

      <GuideSections guide={guide} sections={sections} />

      <p className="mt-12 border-t border-line pt-4">
        <a href={routes.career(career)}>
          See what every source says about {guide.careerTitle.toLowerCase()}s
        </a>
      </p>
    </article>
  );
}

export default withPageHead(headOf, GuidePage);
