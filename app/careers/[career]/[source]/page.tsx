import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { JsonLd } from "@/components/JsonLd";
import { Prose } from "@/components/Prose";
import { Attribution } from "@/components/guide/Attribution";
import { CertificationList } from "@/components/guide/CertificationList";
import { FaqList } from "@/components/guide/FaqList";
import { GuideFacts } from "@/components/guide/GuideFacts";
import { SalaryByLevel, SalaryByRegion } from "@/components/guide/SalaryTables";
import { Education, GuideText, ProsAndCons, RelatedList, WorkLife } from "@/components/guide/SectionBodies";
import { PageSection } from "@/components/PageSection";
import { TableOfContents } from "@/components/TableOfContents";
import { SkillList } from "@/components/guide/SkillList";
import { TierList } from "@/components/guide/TierList";
import { SearchTags } from "@/components/search/SearchTags";
import { getCareer, getGuide, getSite } from "@/lib/content";
import { guideDescription, guideProse, guideSections, searchedOnGuide } from "@/lib/guide-page";
import { prerenderMarkdown } from "@/lib/markdown-thread";
import { guideJsonLd } from "@/lib/structured-data";
import { pageMetadata } from "@/lib/seo/metadata";
import { routes } from "@/lib/site";

type Params = { career: string; source: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return getSite().careers.flatMap((career) =>
    career.guides.map((g) => ({ career: career.slug, source: g.source.id })),
  );
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { career, source } = await params;
  const guide = getGuide(career, source);
  if (!guide) return {};
  return pageMetadata({
    title: `${guide.careerTitle} career guide, according to ${guide.source.name}`,
    description: guideDescription(guide),
    path: routes.guide(career, source),
    career,
  });
}

export default async function GuidePage({ params }: { params: Promise<Params> }) {
  const { career, source } = await params;
  const guide = getGuide(career, source);
  const hub = getCareer(career);
  if (!guide || !hub) notFound();
  const sections = guideSections(guide);
  // Its long texts rendered on the Markdown thread while this thread renders other pages.
  await prerenderMarkdown(guideProse(guide, sections));
  const currency = guide.salary?.currency ?? "USD";

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

      {sections.map((s) => (
        <PageSection key={s.id} id={s.id} title={s.title} searchable={searchedOnGuide(s)}>
          {s.kind === "salary-by-level" && guide.salary && <SalaryByLevel salary={guide.salary} />}
          {s.kind === "salary-by-region" && guide.salary && <SalaryByRegion salary={guide.salary} />}
          {s.kind === "tiers" && <TierList tiers={guide.tiers} currency={currency} />}
          {s.kind === "skills" && (
            <>
              {guide.skills.technical.length > 0 && (
                <>
                  <h3 className="mb-2 text-lg font-bold">Technical skills</h3>
                  <SkillList mentions={guide.skills.technical} />
                </>
              )}
              {guide.skills.soft.length > 0 && (
                <>
                  <h3 className="mb-2 mt-6 text-lg font-bold">Soft skills</h3>
                  <SkillList mentions={guide.skills.soft} />
                </>
              )}
            </>
          )}
          {s.kind === "tools" && <SkillList mentions={guide.tools} />}
          {s.kind === "certifications" && <CertificationList certifications={guide.certifications} />}
          {s.kind === "education" && guide.education && <Education education={guide.education} />}
          {s.kind === "day" && guide.dayInTheLife && <Prose markdown={guide.dayInTheLife} />}
          {s.kind === "work-life" && guide.workLife && <WorkLife workLife={guide.workLife} />}
          {s.kind === "pros-cons" && <ProsAndCons pros={guide.pros} cons={guide.cons} />}
          {s.kind === "faqs" && <FaqList faqs={guide.faqs} />}
          {s.kind === "related" && <RelatedList related={guide.related} />}
          {s.kind === "body" && <GuideText title={s.title} lead={s.lead} rest={s.rest} />}
        </PageSection>
      ))}

      <p className="mt-12 border-t border-line pt-4">
        <a href={routes.career(career)}>
          See what every source says about {guide.careerTitle.toLowerCase()}s
        </a>
      </p>
    </article>
  );
}
