import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { JsonLd } from "@/components/JsonLd";
import { PageSection } from "@/components/PageSection";
import { Prose } from "@/components/Prose";
import { QuickFacts } from "@/components/QuickFacts";
import { RelatedCareers } from "@/components/RelatedCareers";
import { SummaryList } from "@/components/SummaryList";
import { TableOfContents } from "@/components/TableOfContents";
import { LadderChart } from "@/components/charts/LadderChart";
import { LevelSalaryChart } from "@/components/charts/LevelSalaryChart";
import { SalaryRangeChart } from "@/components/charts/SalaryRangeChart";
import { FaqGroups } from "@/components/compare/FaqGroups";
import { GuideLinks } from "@/components/compare/GuideLinks";
import { NamedByTable } from "@/components/compare/NamedByTable";
import { LevelTable } from "@/components/compare/LevelTable";
import { OutlookTable } from "@/components/compare/OutlookTable";
import { SalaryTable } from "@/components/compare/SalaryTable";
import { SharedLadder } from "@/components/compare/SharedLadder";
import { SearchTags } from "@/components/search/SearchTags";
import { compareCareer } from "@/lib/compare/career";
import { comparePairsFor } from "@/lib/compare/pair";
import { getCareer, getSite } from "@/lib/content";
import { plural, verb } from "@/lib/format";
import { withPageHead } from "@/components/PageHead";
import type { PageInput } from "@/lib/seo/metadata";
import { routes } from "@/lib/site";
import { careerJsonLd } from "@/lib/structured-data";
import { summarizeCareer } from "@/lib/summaries";

type Params = { career: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return getSite().careers.map((c) => ({ career: c.slug }));
}

async function headOf({ params }: { params: Promise<Params> }): Promise<PageInput | undefined> {
  const career = getCareer((await params).career);
  if (!career) return undefined;
  const summary = summarizeCareer(career);
  const figures = summary.medianText ? ` Median salaries reported: ${summary.medianText}.` : "";
  return {
    title: `${career.title}: salary, career path and skills from ${plural(career.guides.length, "source")}`,
    description: `What ${plural(career.guides.length, "publisher")} ${verb(career.guides.length, "says", "say")} about the ${career.title.toLowerCase()} career, side by side.${figures}`,
    path: routes.career(career.slug),
    career: career.slug,
  };
}

type HubSection = { id: string; title: string; body: ReactNode };

/** A table equivalent, folded away under its chart (and printed open). */
function TableDisclosure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <details className="more">
      <summary>{label}</summary>
      {children}
    </details>
  );
}

async function CareerPage({ params }: { params: Promise<Params> }) {
  const career = getCareer((await params).career);
  if (!career) notFound();
  const comparison = compareCareer(career);
  const { salary, levels, ladder, skills, certifications } = comparison;
  const pairs = comparePairsFor(career, getSite().careers);
  const guides = career.guides;
  const sourcesWith = (has: (g: (typeof guides)[number]) => boolean) =>
    guides.filter(has).map((g) => ({ id: g.source.id, name: g.source.name }));
  const toolSources = sourcesWith((g) => g.tools.length > 0);
  const certSources = sourcesWith((g) => g.certifications.length > 0);
  const skillItems = [...skills.technical, ...skills.soft].flatMap((g) => g.items);

  // The page's sections as data: the contents list and the page are drawn from this one list.
  const sections: HubSection[] = [
    {
      id: "salary",
      title: "Salary by source",
      body: (
        <>
          <SalaryRangeChart comparison={salary} />
          {salary.rows.length > 0 ? (
            <TableDisclosure label="Exact figures, as a table">
              <SalaryTable comparison={salary} />
            </TableDisclosure>
          ) : (
            <SalaryTable comparison={salary} />
          )}
        </>
      ),
    },
    {
      id: "salary-by-experience",
      title: "Salary by experience",
      body:
        levels.length > 0 ? (
          <>
            <LevelSalaryChart series={levels} currency={salary.basis?.currency ?? "USD"} />
            <TableDisclosure label="Exact figures by level, as a table">
              <LevelTable series={levels} />
            </TableDisclosure>
          </>
        ) : (
          <p>No source gives salaries by experience level.</p>
        ),
    },
    {
      id: "career-ladder",
      title: "Career ladder",
      body:
        ladder.rows.length > 0 ? (
          <>
            <LadderChart ladder={ladder} />
            <h3 className="mb-2 mt-4 text-lg font-bold">The ladder most sources share</h3>
            <SharedLadder ladder={ladder} />
          </>
        ) : (
          <p>No source describes career tiers.</p>
        ),
    },
    {
      id: "skills",
      title: "Skills",
      body:
        skillItems.length > 0 ? (
          <SummaryList
            items={skillItems}
            total={skills.sources.length}
            noun="skill"
            detailsLabel={`All ${plural(skillItems.length, "skill")} by source, as a table`}
            details={
              <NamedByTable
                label="Skills by source"
                noun="skill"
                sources={skills.sources}
                groups={[...skills.technical, ...skills.soft]}
                testId="skills-matrix"
              />
            }
          />
        ) : (
          <p>No source lists skills.</p>
        ),
    },
    {
      id: "tools",
      title: "Tools and tech stack",
      body:
        skills.tools.length > 0 ? (
          <SummaryList
            items={skills.tools.flatMap((g) => g.items)}
            total={toolSources.length}
            noun="tool"
            detailsLabel="All tools by source, as a table"
            details={
              <NamedByTable
                label="Tools by source"
                noun="tool"
                sources={toolSources}
                groups={skills.tools}
                testId="tools"
              />
            }
          />
        ) : (
          <p>No source lists tools.</p>
        ),
    },
    {
      id: "certifications",
      title: "Certifications",
      body:
        certifications.length > 0 ? (
          <SummaryList
            items={certifications}
            total={certSources.length}
            noun="certification"
            detailsLabel="All certifications by source, as a table"
            details={
              <NamedByTable
                label="Certifications by source"
                noun="certification"
                sources={certSources}
                groups={[{ category: "Certifications", items: certifications }]}
                testId="certifications"
              />
            }
          />
        ) : (
          <p>No source recommends a specific certification.</p>
        ),
    },
    {
      id: "outlook",
      title: "Job outlook",
      body: (
        <>
          <p className="mb-2 max-w-3xl text-sm">
            A growth rate projects how employment changes over years; a count of live job ads is a snapshot of
            one day. Read each with what it measures.
          </p>
          <OutlookTable rows={comparison.outlook} />
        </>
      ),
    },
    {
      id: "faqs",
      title: "Questions and answers",
      body:
        comparison.faqs.length > 0 ? (
          <FaqGroups groups={comparison.faqs} />
        ) : (
          <p>No source has FAQs for this career.</p>
        ),
    },
    {
      id: "guides",
      title: "Each source's guide",
      body: <GuideLinks career={career} />,
    },
  ];
  if (pairs.length > 0 || career.related.length > 0) {
    sections.push({
      id: "related",
      title: "Compare and explore",
      body: <RelatedCareers careerTitle={career.title} pairs={pairs} related={career.related} />,
    });
  }

  return (
    <div data-pagefind-body>
      <SearchTags career={career.title} />
      <JsonLd data={careerJsonLd(career)} />
      <Breadcrumbs
        items={[
          { label: "Home", href: "/" },
          { label: "Careers", href: routes.careers() },
          { label: career.title },
        ]}
      />
      <h1 className="mb-3 text-3xl font-bold sm:text-4xl">{career.title}</h1>
      <QuickFacts facts={comparison.facts} careerTitle={career.title} />
      <Prose markdown={career.summary} className="mb-3 max-w-3xl" />
      {career.aliases.length > 0 && (
        <p className="mb-4 text-sm text-muted">
          Also called: <span className="text-ink">{career.aliases.join(", ")}</span>
        </p>
      )}
      <TableOfContents sections={sections} />
      {sections.map((s) => (
        <PageSection key={s.id} id={s.id} title={s.title}>
          {s.body}
        </PageSection>
      ))}
    </div>
  );
}

export default withPageHead(headOf, CareerPage);
