import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { JsonLd } from "@/components/JsonLd";
import { compareIndex, pairSlug, publishedPairs } from "@/lib/compare/pair";
import { getSite } from "@/lib/content";
import { pageMetadata } from "@/lib/seo/metadata";
import { routes } from "@/lib/site";
import { itemListJsonLd } from "@/lib/structured-data";

export const metadata: Metadata = pageMetadata({
  title: "Compare two careers",
  description:
    "Pick two careers to compare their salaries, career ladders, skills and certifications side by side.",
  path: routes.compareIndex(),
});

/** Picking two careers is a list of plain links: it works without JavaScript. */
export default function ComparePage() {
  const careers = getSite().careers;
  const groups = compareIndex(careers);
  return (
    <>
      <JsonLd
        data={itemListJsonLd(
          "Compare",
          routes.compareIndex(),
          publishedPairs(careers).map(([a, b]) => ({
            name: `${a.title} vs ${b.title}`,
            path: routes.compare(pairSlug(a.slug, b.slug)),
          })),
        )}
      />
      <Breadcrumbs items={[{ label: "Home", href: "/" }, { label: "Compare" }]} />
      <h1 className="mb-3 text-3xl font-bold sm:text-4xl">Compare two careers</h1>
      <p className="mb-6 max-w-2xl text-lg">
        Choose a career, then the one to compare it with. Each comparison puts salaries, career ladders,
        skills and certifications side by side.
      </p>
      {groups.length > 1 && (
        <nav aria-label="Careers by letter" className="mb-6">
          <ul className="flex flex-wrap gap-3">
            {groups.map(([letter]) => (
              <li key={letter}>
                <a href={`#letter-${letter}`}>{letter}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {groups.map(([letter, group]) => (
        <section key={letter} aria-labelledby={`letter-${letter}`} className="mb-6">
          <h2 id={`letter-${letter}`} className="mb-2 text-xl font-bold">
            {letter}
          </h2>
          <ul className="space-y-3">
            {group.map(({ career, pairs }) =>
              pairs === undefined ? (
                <li key={career.slug}>
                  <a href={`${routes.career(career.slug)}#related`}>{career.title}</a>
                </li>
              ) : (
                <li key={career.slug}>
                  <h3 className="font-bold">{career.title}</h3>
                  {pairs.length > 0 ? (
                    <ul className="list-disc pl-6">
                      {pairs.map((p) => (
                        <li key={p.slug}>
                          <Link href={routes.compare(p.slug)} prefetch={false}>
                            {career.title} vs {p.other.title}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <p className="text-muted">No other career to compare with yet.</p>
                  )}
                </li>
              ),
            )}
          </ul>
        </section>
      ))}
    </>
  );
}
