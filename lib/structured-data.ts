/**
 * schema.org structured data for search engines, built from the same model
 * as the pages so the two never disagree.
 */
import type { Career, Guide } from "./content/model";
import { absoluteUrl, routes, SITE_NAME } from "./site";

export function guideJsonLd(guide: Guide): Record<string, unknown> {
  const salary = guide.salary;
  const occupation: Record<string, unknown> = {
    "@type": "Occupation",
    name: guide.careerTitle,
    ...(salary?.median !== undefined && {
      estimatedSalary: {
        "@type": "MonetaryAmountDistribution",
        name: "base",
        currency: salary.currency,
        duration: { year: "P1Y", month: "P1M", hour: "PT1H" }[salary.period],
        median: salary.median,
        ...(salary.min !== undefined && { minValue: salary.min }),
        ...(salary.max !== undefined && { maxValue: salary.max }),
      },
    }),
    skills: guide.skills.technical.flatMap((m) => m.skills.map((s) => s.name)).join(", ") || undefined,
  };
  return {
    "@context": "https://schema.org",
    "@type": "Article",
    headline: `${guide.careerTitle}, according to ${guide.source.name}`,
    url: absoluteUrl(routes.guide(guide.careerSlug, guide.source.id)),
    dateCreated: guide.provenance.added,
    dateModified: guide.provenance.updated ?? guide.provenance.added,
    publisher: { "@type": "Organization", name: SITE_NAME },
    isBasedOn: {
      "@type": "WebPage",
      name: guide.provenance.title,
      publisher: { "@type": "Organization", name: guide.source.name },
    },
    about: occupation,
  };
}

export function careerJsonLd(career: Career): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "Occupation",
    name: career.title,
    alternateName: career.aliases,
    description: career.summary,
    url: absoluteUrl(routes.career(career.slug)),
  };
}
