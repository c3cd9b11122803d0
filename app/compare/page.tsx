import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { comparePairsFor } from "@/lib/compare/pair";
import { getSite } from "@/lib/content";
import { routes } from "@/lib/site";

export const metadata: Metadata = {
  title: "Compare two careers",
  description:
    "Pick two careers to compare their salaries, career ladders, skills and certifications side by side.",
  alternates: { canonical: "/compare" },
};

/** Picking two careers is a list of plain links: it works without JavaScript. */
export default function ComparePage() {
  const careers = getSite().careers;
  return (
    <>
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
