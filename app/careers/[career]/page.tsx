import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { JsonLd } from "@/components/JsonLd";
import { Prose } from "@/components/Prose";
import { LadderChart } from "@/components/charts/LadderChart";
import { LevelSalaryChart } from "@/components/charts/LevelSalaryChart";
import { SalaryRangeChart } from "@/components/charts/SalaryRangeChart";
import { AgreementMatrix } from "@/components/compare/AgreementMatrix";
import { AtAGlance } from "@/components/compare/AtAGlance";
import { FaqGroups } from "@/components/compare/FaqGroups";
import { LevelTable } from "@/components/compare/LevelTable";
import { OutlookTable } from "@/components/compare/OutlookTable";
import { SalaryTable } from "@/components/compare/SalaryTable";
import { SharedLadder } from "@/components/compare/SharedLadder";
import { GuideFacts } from "@/components/guide/GuideFacts";
import { Section } from "@/components/guide/Section";
import { SearchTags } from "@/components/search/SearchTags";
import { compareCareer } from "@/lib/compare/career";
import { comparePairsFor } from "@/lib/compare/pair";
import { getCareer, getSite } from "@/lib/content";
import { plural, possessive } from "@/lib/format";
import { pageMetadata } from "@/lib/seo/metadata";
import { routes } from "@/lib/site";
import { careerJsonLd } from "@/lib/structured-data";
import { summarizeCareer } from "@/lib/summaries";

type Params = { career: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return getSite().careers.map((c) => ({ career: c.slug }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const career = getCareer((await params).career);
  if (!career) return {};
  const summary = summarizeCareer(career);
  const figures = summary.medianText ? ` Median salaries reported: ${summary.medianText}.` : "";
  return pageMetadata({
    title: `${career.title}: salary, career path and skills from ${plural(career.guides.length, "source")}`,
    description: `What ${plural(career.guides.length, "publisher")} say about the ${career.title.toLowerCase()} career, side by side.${figures}`,
    path: routes.career(career.slug),
    career: career.slug,
  });
}

export default async function CareerPage({ params }: { params: Promise<Params> }) {
  const career = getCareer((await params).career);
  if (!career) notFound();
  const comparison = compareCareer(career);
  const { salary, levels, ladder, skills, certifications } = comparison;
  const pairs = comparePairsFor(career, getSite().careers);
  const certSources = career.guides
    .filter((g) => g.certifications.length > 0)
    .map((g) => ({ id: g.source.id, name: g.source.name }));

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
      <Prose markdown={career.summary} className="mb-3 max-w-3xl text-lg" />
      {career.aliases.length > 0 && (
        <p className="mb-6 text-muted">
          Also called: <span className="text-ink">{career.aliases.join(", ")}</span>
        </p>
      )}

      <AtAGlance glance={comparison.glance} careerTitle={career.title} />

      <nav aria-labelledby="contents-heading" className="mb-4">
        <h2 id="contents-heading" className="mb-2 text-lg font-bold">
          On this page
        </h2>
        <ul className="columns-1 gap-8 sm:columns-2">
          {[
            ["salary", "Salary by source"],
            ["salary-by-experience", "Salary by experience"],
            ["career-ladder", "Career ladder"],
            ["skills", "Skills"],
            ["tools", "Tools and tech stack"],
            ["certifications", "Certifications"],
            ["outlook", "Job outlook"],
            ["faqs", "Questions, answered by each source"],
            ["guides", "Each source's guide"],
          ].map(([id, title]) => (
            <li key={id} className="mb-1">
              <a href={`#${id}`}>{title}</a>
            </li>
          ))}
        </ul>
      </nav>

      <Section id="salary" title="Salary by source">
        {salary.rows.length > 0 && <SalaryRangeChart comparison={salary} />}
        <SalaryTable comparison={salary} />
      </Section>

      <Section id="salary-by-experience" title="Salary by experience">
        {levels.length > 0 ? (
          <>
            <p className="mb-3 max-w-3xl">
              Each source&apos;s level or tier salaries, placed at the years of experience the same source
              gives for that level.
            </p>
            <LevelSalaryChart series={levels} currency={salary.basis?.currency ?? "USD"} />
            <LevelTable series={levels} />
          </>
        ) : (
          <p>No source gives salaries by experience level.</p>
        )}
      </Section>

      <Section id="career-ladder" title="Career ladder">
        {ladder.rows.length > 0 ? (
          <>
            <p className="mb-3 max-w-3xl">
              Each source&apos;s tiers on one years-of-experience axis, so differently named levels line up.
            </p>
            <LadderChart ladder={ladder} />
            <h3 className="mb-3 mt-6 text-lg font-bold">The ladder most sources share</h3>
            <SharedLadder ladder={ladder} />
          </>
        ) : (
          <p>No source describes career tiers.</p>
        )}
      </Section>

      <Section id="skills" title="Skills">
        {skills.technical.length > 0 && (
          <>
            <h3 className="mb-2 text-lg font-bold">Technical skills</h3>
            <AgreementMatrix
              label="Technical skills by source"
              sources={skills.sources}
              groups={skills.technical}
              testId="technical-skills"
            />
          </>
        )}
        {skills.soft.length > 0 && (
          <>
            <h3 className="mb-2 mt-6 text-lg font-bold">Soft skills</h3>
            <AgreementMatrix
              label="Soft skills by source"
              sources={skills.sources}
              groups={skills.soft}
              testId="soft-skills"
            />
          </>
        )}
      </Section>

      <Section id="tools" title="Tools and tech stack">
        {skills.tools.length > 0 ? (
          <AgreementMatrix
            label="Tools by source"
            sources={career.guides
              .filter((g) => g.tools.length > 0)
              .map((g) => ({ id: g.source.id, name: g.source.name }))}
            groups={skills.tools}
            testId="tools"
          />
        ) : (
          <p>No source lists tools.</p>
        )}
      </Section>

      <Section id="certifications" title="Certifications">
        {certifications.length > 0 ? (
          <AgreementMatrix
            label="Certifications by source"
            sources={certSources}
            groups={[{ category: "Certifications", items: certifications }]}
            testId="certifications"
          />
        ) : (
          <p>No source recommends a specific certification.</p>
        )}
      </Section>

      <Section id="outlook" title="Job outlook">
        <p className="mb-3 max-w-3xl">
          A growth rate projects how employment changes over years; a count of live job ads is a snapshot of
          one day. They are not the same kind of figure, so read each with what it measures.
        </p>
        <OutlookTable rows={comparison.outlook} />
      </Section>

      <Section id="faqs" title="Questions, answered by each source">
        {comparison.faqs.length > 0 ? (
          <FaqGroups groups={comparison.faqs} />
        ) : (
          <p>No source has FAQs for this career.</p>
        )}
      </Section>

      <Section id="guides" title="Each source's guide">
        <ul className="grid gap-5 lg:grid-cols-2">
          {career.guides.map((guide) => (
            <li key={guide.source.id} className="border border-line p-5" data-testid="source-facts">
              <h3 className="text-xl font-bold">{guide.source.name}</h3>
              <p className="mb-3 text-sm text-muted">
                {guide.provenance.figuresYear
                  ? `Figures for ${guide.provenance.figuresYear}`
                  : "Figures undated"}
              </p>
              <GuideFacts guide={guide} compact />
              <p className="mt-4">
                <Link href={routes.guide(career.slug, guide.source.id)} className="font-semibold">
                  Read {possessive(guide.source.name)} {career.title.toLowerCase()} guide
                </Link>
              </p>
            </li>
          ))}
        </ul>
      </Section>

      {(pairs.length > 0 || career.related.length > 0) && (
        <Section id="related" title="Compare and explore">
          {pairs.length > 0 && (
            <ul className="mb-4 list-disc space-y-1 pl-6">
              {pairs.map((p) => (
                <li key={p.slug}>
                  <Link href={routes.compare(p.slug)}>
                    Compare {career.title} with {p.other.title}
                  </Link>
                </li>
              ))}
            </ul>
          )}
          {career.related.length > 0 && (
            <>
              <h3 className="mb-2 text-lg font-bold">Related careers</h3>
              <ul className="list-disc space-y-1 pl-6">
                {career.related.map((r) => (
                  <li key={r.title}>
                    {r.slug ? <Link href={routes.career(r.slug)}>{r.title}</Link> : r.title}
                  </li>
                ))}
              </ul>
            </>
          )}
        </Section>
      )}
    </div>
  );
}
