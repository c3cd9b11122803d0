import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { JsonLd } from "@/components/JsonLd";
import { Prose } from "@/components/Prose";
import { GuideFacts } from "@/components/guide/GuideFacts";
import { getCareer, getSite } from "@/lib/content";
import { plural, possessive } from "@/lib/format";
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
  return {
    title: `${career.title}: salary, career path and skills from ${plural(career.guides.length, "source")}`,
    description: `What ${plural(career.guides.length, "publisher")} say about the ${career.title.toLowerCase()} career, side by side.${figures}`,
    alternates: { canonical: routes.career(career.slug) },
  };
}

export default async function CareerPage({ params }: { params: Promise<Params> }) {
  const career = getCareer((await params).career);
  if (!career) notFound();
  const summary = summarizeCareer(career);

  return (
    <>
      <JsonLd data={careerJsonLd(career)} />
      <Breadcrumbs items={[{ label: "Home", href: "/" }, { label: "Careers", href: routes.careers() }, { label: career.title }]} />
      <h1 className="mb-3 text-3xl font-bold sm:text-4xl">{career.title}</h1>
      <Prose markdown={career.summary} className="mb-3 max-w-3xl text-lg" />
      {career.aliases.length > 0 && (
        <p className="mb-6 text-muted">
          Also called: <span className="text-ink">{career.aliases.join(", ")}</span>
        </p>
      )}

      <section aria-labelledby="glance-heading" className="mb-10 bg-wash p-5">
        <h2 id="glance-heading" className="mb-3 text-xl font-bold">
          At a glance
        </h2>
        <dl className="grid gap-4 sm:grid-cols-3">
          <div>
            <dt className="text-sm text-muted">Sources</dt>
            <dd className="text-lg font-bold">{career.guides.length}</dd>
          </div>
          <div>
            <dt className="text-sm text-muted">Median salary, lowest to highest source</dt>
            <dd className="text-lg font-bold">{summary.medianText ?? "Not given"}</dd>
          </div>
          <div>
            <dt className="text-sm text-muted">Projected growth</dt>
            <dd className="text-lg font-bold">{summary.growthText ?? "Not given"}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading" className="mb-4 text-2xl font-bold">
          What each source says
        </h2>
        <ul className="grid gap-5 lg:grid-cols-2">
          {career.guides.map((guide) => (
            <li key={guide.source.id} className="border border-line p-5" data-testid="source-facts">
              <h3 className="text-xl font-bold">{guide.source.name}</h3>
              <p className="mb-3 text-sm text-muted">
                {guide.provenance.figuresYear ? `Figures for ${guide.provenance.figuresYear}` : "Figures undated"}
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
      </section>

      {career.related.length > 0 && (
        <section aria-labelledby="related-heading" className="mt-10">
          <h2 id="related-heading" className="mb-3 text-2xl font-bold">
            Related careers
          </h2>
          <ul className="list-disc space-y-1 pl-6">
            {career.related.map((r) => (
              <li key={r.title}>{r.slug ? <Link href={routes.career(r.slug)}>{r.title}</Link> : r.title}</li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
