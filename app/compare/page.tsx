import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { JsonLd } from "@/components/JsonLd";
import { comparePairsFor, pairSlug, publishedPairs } from "@/lib/compare/pair";
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
      <p className="mb-8 max-w-2xl text-lg">
        Choose a career, then the one to compare it with. Each comparison puts salaries, career ladders,
        skills and certifications side by side.
      </p>
      <ul className="space-y-6">
        {careers.map((career) => {
          const pairs = comparePairsFor(career, careers);
          return (
            <li key={career.slug}>
              <h2 className="mb-2 text-xl font-bold">{career.title}</h2>
              {pairs.length > 0 ? (
                <ul className="list-disc space-y-1 pl-6">
                  {pairs.map((p) => (
                    <li key={p.slug}>
                      <Link href={routes.compare(p.slug)}>
                        {career.title} vs {p.other.title}
                      </Link>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="text-muted">No other career to compare with yet.</p>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
