import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { JsonLd } from "@/components/JsonLd";
import { OverlapLists } from "@/components/compare/OverlapLists";
import { SharedLadder } from "@/components/compare/SharedLadder";
import { Section } from "@/components/guide/Section";
import { findPair as findPublishedPair, pairSlug, publishedPairs, type CareerPair } from "@/lib/compare/pair";
import type { SalaryComparison } from "@/lib/compare/salary";
import { getSite } from "@/lib/content";
import { formatMoney, formatPeriod, plural } from "@/lib/format";
import { pageMetadata } from "@/lib/seo/metadata";
import { routes } from "@/lib/site";
import { breadcrumbJsonLd } from "@/lib/structured-data";

type Params = { pair: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return publishedPairs(getSite().careers).map(([a, b]) => ({ pair: pairSlug(a.slug, b.slug) }));
}

function findPair(slug: string): CareerPair | undefined {
  return findPublishedPair(getSite().careers, slug);
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const pair = findPair((await params).pair);
  if (!pair) return {};
  const slug = pairSlug(pair.a.slug, pair.b.slug);
  return pageMetadata({
    title: `${pair.a.title} vs ${pair.b.title}: salary, ladder and skills compared`,
    description: `${pair.a.title} and ${pair.b.title} side by side: median salaries across sources, career ladders, and the skills and certifications they share.`,
    path: routes.compare(slug),
    career: slug,
  });
}

export default async function PairPage({ params }: { params: Promise<Params> }) {
  const pair = findPair((await params).pair);
  if (!pair) notFound();
  const { a, b } = pair;
  return (
    <>
      <JsonLd
        data={[
          breadcrumbJsonLd([
            { name: "Home", path: routes.home() },
            { name: "Compare", path: routes.compareIndex() },
            { name: `${a.title} vs ${b.title}`, path: routes.compare(pairSlug(a.slug, b.slug)) },
          ]),
        ]}
      />
      <Breadcrumbs
        items={[
          { label: "Home", href: "/" },
          { label: "Compare", href: routes.compareIndex() },
          { label: `${a.title} vs ${b.title}` },
        ]}
      />
      <h1 className="mb-3 text-3xl font-bold sm:text-4xl">
        {a.title} vs {b.title}
      </h1>
      <p className="mb-6 max-w-3xl text-lg">
        Figures from {plural(a.guides.length, "source")} for{" "}
        <Link href={routes.career(a.slug)}>{a.title}</Link> and {plural(b.guides.length, "source")} for{" "}
        <Link href={routes.career(b.slug)}>{b.title}</Link>. Each side is the consensus of its own sources.
      </p>

      <Section id="salary" title="Salary">
        <div className="grid gap-5 md:grid-cols-2" data-testid="pair-salary">
          <SalarySide title={a.title} comparison={pair.salary.a} />
          <SalarySide title={b.title} comparison={pair.salary.b} />
        </div>
      </Section>

      <Section id="ladder" title="Career ladder">
        <div className="grid gap-8 md:grid-cols-2">
          <div>
            <h3 className="mb-3 text-lg font-bold">{a.title}</h3>
            <SharedLadder ladder={pair.ladder.a} />
          </div>
          <div>
            <h3 className="mb-3 text-lg font-bold">{b.title}</h3>
            <SharedLadder ladder={pair.ladder.b} />
          </div>
        </div>
      </Section>

      <Section id="skills" title="Skills">
        <OverlapLists
          overlap={pair.skills}
          titleA={a.title}
          titleB={b.title}
          noun="skill"
          testId="skills-overlap"
        />
      </Section>

      <Section id="tools" title="Tools and tech stack">
        <OverlapLists
          overlap={pair.tools}
          titleA={a.title}
          titleB={b.title}
          noun="tool"
          testId="tools-overlap"
        />
      </Section>

      <Section id="certifications" title="Certifications">
        <OverlapLists
          overlap={pair.certifications}
          titleA={a.title}
          titleB={b.title}
          noun="certification"
          testId="certifications-overlap"
        />
      </Section>
    </>
  );
}

function SalarySide({ title, comparison }: { title: string; comparison: SalaryComparison }) {
  const { consensus, basis } = comparison;
  return (
    <div className="border border-line p-5">
      <h3 className="mb-2 text-lg font-bold">{title}</h3>
      {consensus && basis ? (
        <dl className="space-y-2">
          <div>
            <dt className="text-sm text-muted">
              {consensus.sourceCount > 1 ? "Median of source medians" : "Median (one source)"}
            </dt>
            <dd className="text-2xl font-bold">{formatMoney(consensus.medianOfMedians, basis.currency)}</dd>
            <dd className="text-sm text-muted">
              {basis.currency} {formatPeriod(basis.period)}
            </dd>
          </div>
          {consensus.sourceCount > 1 && (
            <div>
              <dt className="text-sm text-muted">Lowest to highest median</dt>
              <dd className="font-semibold">
                {formatMoney(consensus.lowestMedian, basis.currency)}–
                {formatMoney(consensus.highestMedian, basis.currency)} (spread {consensus.spread.toFixed(2)}×)
              </dd>
            </div>
          )}
          <div>
            <dt className="text-sm text-muted">Sources with a median</dt>
            <dd>
              {comparison.rows
                .filter((r) => r.median !== undefined)
                .map((r) => r.guide.source.name)
                .join(", ")}
            </dd>
          </div>
        </dl>
      ) : (
        <p>No source gives a median salary.</p>
      )}
    </div>
  );
}
