import { JsonLd } from "@/components/JsonLd";
import { getSite } from "@/lib/content";
import { SITE_NAME, routes } from "@/lib/site";
import { summarizeCareer } from "@/lib/summaries";
import { plural, sourcesBacking } from "@/lib/format";
import { withPageHead } from "@/components/PageHead";
import { SITE_DESCRIPTION, type PageInput } from "@/lib/seo/metadata";
import { featuredCareers } from "@/lib/paging";
import { homeJsonLd } from "@/lib/structured-data";

const HEAD: PageInput = {
  title: `${SITE_NAME}: career guides from several publishers, side by side`,
  absoluteTitle: true,
  description: SITE_DESCRIPTION,
  path: routes.home(),
};

/** "1,000 careers": a count with thousands separators. */
const count = (n: number, noun: string) => plural(n, noun).replace(/^\d+/, n.toLocaleString("en-US"));

function HomePage() {
  const site = getSite();
  const careers = featuredCareers(site.careers).map(summarizeCareer);
  const all = careers.length === site.careers.length;
  const guideCount = site.careers.reduce((n, c) => n + c.guides.length, 0);
  return (
    <>
      <JsonLd data={homeJsonLd()} />
      <section className="mb-10 max-w-3xl">
        <h1 className="mb-4 text-3xl font-bold leading-tight sm:text-5xl">
          Know what a career pays — and who says so
        </h1>
        <p className="mb-3 text-lg sm:text-xl">
          {SITE_NAME} reads career guides from several publishers and puts their facts side by side: salaries,
          career ladders, skills, certifications and job outlook. Every figure names its source, and where the
          sources disagree, you see it.
        </p>
        <p className="text-muted">
          {count(site.careers.length, "career")} · {count(guideCount, "guide")} ·{" "}
          {count(site.sources.length, "publisher")}
        </p>
      </section>

      <section aria-labelledby="careers-heading">
        <h2 id="careers-heading" className="mb-4 text-2xl font-bold">
          {all ? "Careers we cover" : "Our best-covered careers"}
        </h2>
        {!all && (
          <p className="mb-4">
            The {careers.length} careers with the most sources.{" "}
            <a href={routes.careers()}>See all {site.careers.length.toLocaleString("en-US")} careers</a>, with
            pay, growth and education to sort and filter by.
          </p>
        )}
        <ul className="grid gap-4 sm:grid-cols-2">
          {careers.map((c) => (
            <li key={c.slug} className="flex flex-col border-l-4 border-brand bg-wash p-5">
              <h3 className="mb-2 text-xl font-bold">
                <a href={routes.career(c.slug)}>{c.title}</a>
              </h3>
              <p className="mb-4 flex-1">{c.summary}</p>
              <dl className="grid grid-cols-[repeat(auto-fit,minmax(11rem,1fr))] gap-3 text-sm">
                <div>
                  <dt className="text-muted">
                    {c.medianSourceCount > 1 ? "Sources’ medians" : "Median salary"}
                  </dt>
                  <dd className="font-semibold">{c.medianText ?? "Not given"}</dd>
                  {c.medianSourceCount > 0 && (
                    <dd className="text-muted">{sourcesBacking(c.medianSourceCount, c.sourceCount)}</dd>
                  )}
                </div>
                <div>
                  <dt className="text-muted">Projected growth</dt>
                  <dd className="font-semibold">{c.growthText ?? "Not given"}</dd>
                  {c.growthSourceCount > 0 && (
                    <dd className="text-muted">{sourcesBacking(c.growthSourceCount, c.sourceCount)}</dd>
                  )}
                </div>
                <div className="col-span-full">
                  <dt className="sr-only">Sources</dt>
                  <dd className="text-muted">{plural(c.sourceCount, "source")}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="how-heading" className="mt-12 max-w-3xl">
        <h2 id="how-heading" className="mb-3 text-2xl font-bold">
          How we work
        </h2>
        <ul className="list-disc space-y-2 pl-6">
          <li>We carry each publisher&apos;s figures over exactly, with the year they refer to.</li>
          <li>Where a publisher gives no figure, we show none: we never estimate or fill a gap.</li>
          <li>
            We write every explanation in our own words and link to <a href="/sources">the publishers</a> we
            draw on.
          </li>
        </ul>
      </section>
    </>
  );
}

export default withPageHead(() => HEAD, HomePage);
