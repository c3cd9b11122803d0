import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { JsonLd } from "@/components/JsonLd";
import { OverlapLists } from "@/components/compare/OverlapLists";
import { PairOutlook } from "@/components/compare/PairOutlook";
import { PairSalary } from "@/components/compare/PairSalary";
import { SharedLadder } from "@/components/compare/SharedLadder";
import { PageSection } from "@/components/PageSection";
import { TableOfContents } from "@/components/TableOfContents";
import {
  findPair as findPublishedPair,
  pairSlug,
  publishedPairs,
  type CareerPair,
  type Overlap,
} from "@/lib/compare/pair";
import { getSite } from "@/lib/content";
import { quickFacts } from "@/lib/compare/quick-facts";
import { plural } from "@/lib/format";
import { withPageHead } from "@/components/PageHead";
import type { PageInput } from "@/lib/seo/metadata";
import { routes } from "@/lib/site";
import { breadcrumbJsonLd } from "@/lib/structured-data";

type Params = { pair: string };

export const dynamicParams = false;

/**
 * Each pair's page, and under the reversed slug ("b-vs-a") a page that sends
 * the reader to it. A static export cannot redirect, and Next's redirect()
 * there only works with JavaScript, so the reversed page is a meta refresh
 * with a canonical link and a plain link (deploy/nginx.conf can answer it with a 301).
 */
export function generateStaticParams(): Params[] {
  return publishedPairs(getSite().careers).flatMap(([a, b]) => [
    { pair: pairSlug(a.slug, b.slug) },
    { pair: reversedSlug(a.slug, b.slug) },
  ]);
}

function reversedSlug(a: string, b: string): string {
  return [a, b].sort().reverse().join("-vs-");
}

type Found = { pair: CareerPair; canonical: string; reversed: boolean };

/** The pair behind a slug, canonical or reversed, looked up in constant time (lib/compare/pair.ts). */
function findPair(slug: string): Found | undefined {
  const careers = getSite().careers;
  const parts = slug.split("-vs-");
  const canonical = parts.length === 2 ? pairSlug(parts[0], parts[1]) : slug;
  const pair = findPublishedPair(careers, canonical);
  return pair && { pair, canonical, reversed: slug !== canonical };
}

async function headOf({ params }: { params: Promise<Params> }): Promise<PageInput | undefined> {
  const found = findPair((await params).pair);
  if (!found) return undefined;
  const { pair } = found;
  return {
    title: `${pair.a.title} vs ${pair.b.title}: salary, ladder and skills compared`,
    description: `${pair.a.title} and ${pair.b.title} side by side: median salaries across sources, career ladders, and the skills and certifications they share.`,
    path: routes.compare(found.canonical),
    career: found.canonical,
    // The reversed URL only sends the reader on (MovedPair): the canonical one is indexed.
    noindex: found.reversed,
  };
}

async function PairPage({ params }: { params: Promise<Params> }) {
  const found = findPair((await params).pair);
  if (!found) notFound();
  const { pair } = found;
  if (found.reversed) return <MovedPair pair={pair} href={routes.compare(found.canonical)} />;
  const { a, b } = pair;
  const facts = { a: quickFacts(a, pair.salary.a), b: quickFacts(b, pair.salary.b) };
  type PairGuide = (typeof a.guides)[number];
  // Skills, tools and certifications compared the same way: how many of each career's sources list any.
  const overlaps: {
    id: string;
    title: string;
    noun: string;
    overlap: Overlap<{ id: string; name: string }>;
    lists: (g: PairGuide) => boolean;
  }[] = [
    {
      id: "skills",
      title: "Skills",
      noun: "skill",
      overlap: pair.skills,
      lists: (g: PairGuide) => g.skills.technical.length + g.skills.soft.length > 0,
    },
    {
      id: "tools",
      title: "Tools and tech stack",
      noun: "tool",
      overlap: pair.tools,
      lists: (g: PairGuide) => g.tools.length > 0,
    },
    {
      id: "certifications",
      title: "Certifications",
      noun: "certification",
      overlap: pair.certifications,
      lists: (g: PairGuide) => g.certifications.length > 0,
    },
  ];
  const sections: { id: string; title: string; body: ReactNode }[] = [
    {
      id: "salary",
      title: "Salary",
      body: (
        <div className="grid gap-4 md:grid-cols-2" data-testid="pair-salary">
          <PairSalary title={a.title} comparison={pair.salary.a} total={a.guides.length} />
          <PairSalary title={b.title} comparison={pair.salary.b} total={b.guides.length} />
        </div>
      ),
    },
    {
      id: "outlook",
      title: "Job outlook",
      body: (
        <>
          <p className="mb-2 max-w-3xl text-sm">
            Growth is a projection over years; live job ads are a count on one day. Compare like with like.
          </p>
          <div className="grid gap-4 md:grid-cols-2">
            <PairOutlook title={a.title} facts={facts.a} />
            <PairOutlook title={b.title} facts={facts.b} />
          </div>
        </>
      ),
    },
    {
      id: "ladder",
      title: "Career ladder",
      body: (
        <div className="grid gap-6 md:grid-cols-2">
          <div>
            <h3 className="mb-2 text-lg font-bold">{a.title}</h3>
            <SharedLadder ladder={pair.ladder.a} />
          </div>
          <div>
            <h3 className="mb-2 text-lg font-bold">{b.title}</h3>
            <SharedLadder ladder={pair.ladder.b} />
          </div>
        </div>
      ),
    },
    ...overlaps.map(({ id, title, noun, overlap, lists }) => ({
      id,
      title,
      body: (
        <OverlapLists
          overlap={overlap}
          titleA={a.title}
          titleB={b.title}
          sources={{ a: a.guides.filter(lists).length, b: b.guides.filter(lists).length }}
          noun={noun}
          testId={`${id}-overlap`}
        />
      ),
    })),
  ];
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
        Figures from {plural(a.guides.length, "source")} for <a href={routes.career(a.slug)}>{a.title}</a> and{" "}
        {plural(b.guides.length, "source")} for <a href={routes.career(b.slug)}>{b.title}</a>. Each side draws
        on its own sources; a figure only one source gives is marked so.
      </p>

      <TableOfContents sections={sections} />
      {sections.map((section) => (
        <PageSection key={section.id} id={section.id} title={section.title}>
          {section.body}
        </PageSection>
      ))}
    </>
  );
}

/** The reversed URL: sends the reader on at once (no JavaScript needed), with a link in case it does not. */
function MovedPair({ pair, href }: { pair: CareerPair; href: string }) {
  return (
    <>
      <meta httpEquiv="refresh" content={`0;url=${href}`} />
      <h1 className="mb-3 text-3xl font-bold">
        {pair.b.title} vs {pair.a.title}
      </h1>
      <p>
        This comparison is at{" "}
        <a href={href}>
          {pair.a.title} vs {pair.b.title}
        </a>
        .
      </p>
    </>
  );
}

export default withPageHead(headOf, PairPage);
