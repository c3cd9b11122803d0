/**
 * schema.org structured data for search engines, built from the same model
 * as the pages so the two never disagree. Typed with schema-dts; each page
 * gets a list of blocks, each written to its own script element by JsonLd.
 */
import type {
  Article,
  BreadcrumbList,
  Dataset,
  FAQPage,
  ItemList,
  MonetaryAmountDistribution,
  Occupation,
  Organization,
  WebSite,
  WithContext,
} from "schema-dts";
import type { Career, Guide, Source } from "./content/model";
import { absoluteUrl, routes, SITE_NAME, SITE_TAGLINE } from "./site";
import { plainText } from "./seo/text";

export type JsonLdBlock =
  | WithContext<Article>
  | WithContext<BreadcrumbList>
  | WithContext<Dataset>
  | WithContext<FAQPage>
  | WithContext<ItemList>
  | WithContext<Occupation>
  | WithContext<Organization>
  | WithContext<WebSite>;

const context = "https://schema.org" as const;
const durations = { year: "P1Y", month: "P1M", hour: "PT1H" } as const;

export type Crumb = { name: string; path: string };

function organization() {
  return { "@type": "Organization", name: SITE_NAME, url: absoluteUrl("/") } as const;
}

export function breadcrumbJsonLd(crumbs: Crumb[]): WithContext<BreadcrumbList> {
  return {
    "@context": context,
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((crumb, i) => ({
      "@type": "ListItem",
      position: i + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path),
    })),
  };
}

const home: Crumb = { name: "Home", path: routes.home() };
const careersCrumb: Crumb = { name: "Careers", path: routes.careers() };

/** One distribution per source: its median, range and top decile, as it gives them. */
function salaryDistribution(guide: Guide): MonetaryAmountDistribution | undefined {
  const s = guide.salary;
  if (!s || (s.median === undefined && s.min === undefined && s.max === undefined)) return undefined;
  const year = guide.provenance.figuresYear;
  return {
    "@type": "MonetaryAmountDistribution",
    name: `${guide.source.name}${year ? ` (${year})` : ""}`,
    currency: s.currency,
    duration: durations[s.period],
    ...(s.median !== undefined && { median: s.median }),
    ...(s.min !== undefined && { minValue: s.min }),
    ...(s.max !== undefined && { maxValue: s.max }),
    // "Where the top 10% start" is the 90th percentile.
    ...(s.topDecile !== undefined && { percentile90: s.topDecile }),
  };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** The occupation as the given guides describe it: one guide for a guide page, all for a hub. */
function occupation(
  career: Pick<Career, "title" | "slug" | "aliases" | "summary">,
  guides: Guide[],
): Occupation {
  const salaries = guides.flatMap((g) => salaryDistribution(g) ?? []);
  const education = unique(
    guides.flatMap((g) => (g.education?.typical ? [plainText(g.education.typical)] : [])),
  );
  const skills = unique(
    guides.flatMap((g) =>
      [...g.skills.technical, ...g.skills.soft].flatMap((m) => m.skills.map((s) => s.name)),
    ),
  );
  const qualifications = unique(guides.flatMap((g) => g.certifications.map((c) => c.certification.name)));
  const responsibilities = unique(
    guides.flatMap((g) => g.tiers.map((t) => `${t.title}: ${plainText(t.summary)}`)),
  );
  // Every salary the sources give is a national US figure in US dollars; the location
  // is only claimed when that holds for all of them.
  const allUsd = salaries.length > 0 && salaries.every((s) => s.currency === "USD");
  return {
    "@type": "Occupation",
    name: career.title,
    ...(career.aliases.length > 0 && { alternateName: career.aliases }),
    description: plainText(career.summary),
    ...(salaries.length > 0 && { estimatedSalary: salaries }),
    ...(allUsd && { occupationLocation: { "@type": "Country", name: "United States" } }),
    ...(education.length > 0 && { educationRequirements: education }),
    ...(skills.length > 0 && { skills }),
    ...(qualifications.length > 0 && { qualifications }),
    ...(responsibilities.length > 0 && { responsibilities }),
  };
}

export function careerJsonLd(career: Career): JsonLdBlock[] {
  const url = absoluteUrl(routes.career(career.slug));
  return [
    {
      "@context": context,
      ...occupation(career, career.guides),
      url,
      mainEntityOfPage: { "@type": "WebPage", "@id": url },
    } as WithContext<Occupation>,
    breadcrumbJsonLd([home, careersCrumb, { name: career.title, path: routes.career(career.slug) }]),
  ];
}

export function guideJsonLd(guide: Guide, career: Career): JsonLdBlock[] {
  const path = routes.guide(guide.careerSlug, guide.source.id);
  const url = absoluteUrl(path);
  const blocks: JsonLdBlock[] = [
    {
      "@context": context,
      "@type": "Article",
      headline: `${guide.careerTitle}, according to ${guide.source.name}`,
      description: plainText(guide.summary),
      url,
      mainEntityOfPage: { "@type": "WebPage", "@id": url },
      image: absoluteUrl(routes.socialCard(guide.careerSlug)),
      datePublished: guide.provenance.added,
      dateModified: guide.provenance.updated ?? guide.provenance.added,
      author: organization(),
      publisher: organization(),
      isBasedOn: {
        "@type": "WebPage",
        name: guide.provenance.title,
        ...(guide.provenance.url && { url: guide.provenance.url }),
        publisher: {
          "@type": "Organization",
          name: guide.source.name,
          ...(guide.source.homepage && { url: guide.source.homepage }),
        },
      },
      about: occupation(career, [guide]),
    },
    breadcrumbJsonLd([
      home,
      careersCrumb,
      { name: guide.careerTitle, path: routes.career(guide.careerSlug) },
      { name: guide.source.name, path },
    ]),
  ];
  if (guide.faqs.length > 0) {
    blocks.push({
      "@context": context,
      "@type": "FAQPage",
      mainEntity: guide.faqs.map((faq) => ({
        "@type": "Question",
        name: plainText(faq.question),
        acceptedAnswer: { "@type": "Answer", text: plainText(faq.answer) },
      })),
    });
  }
  return blocks;
}

export function homeJsonLd(): JsonLdBlock[] {
  return [
    {
      "@context": context,
      "@type": "WebSite",
      name: SITE_NAME,
      description: SITE_TAGLINE,
      url: absoluteUrl("/"),
      publisher: organization(),
    },
    { "@context": context, ...organization(), description: SITE_TAGLINE } as WithContext<Organization>,
  ];
}

/** A list page: its entries in order, and its place in the breadcrumb trail. */
export function itemListJsonLd(
  name: string,
  path: string,
  items: { name: string; path: string }[],
): JsonLdBlock[] {
  return [
    {
      "@context": context,
      "@type": "ItemList",
      name,
      url: absoluteUrl(path),
      numberOfItems: items.length,
      itemListElement: items.map((item, i) => ({
        "@type": "ListItem",
        position: i + 1,
        name: item.name,
        url: absoluteUrl(item.path),
      })),
    },
    breadcrumbJsonLd([home, { name, path }]),
  ];
}

/** The data API, described as a dataset so it can be found and cited. */
export function datasetJsonLd(careers: Career[], sources: Source[]): WithContext<Dataset> {
  return {
    "@context": context,
    "@type": "Dataset",
    name: `${SITE_NAME} career data`,
    description: `Salary, outlook, career ladder, skills and certification figures for ${careers.length} careers as ${sources.length} publishers give them, each figure credited to its source, with a cross-source comparison per career.`,
    url: absoluteUrl(routes.careers()),
    creator: organization(),
    isAccessibleForFree: true,
    keywords: ["careers", "salaries", "job outlook", "skills", "certifications"],
    distribution: [
      {
        "@type": "DataDownload",
        encodingFormat: "application/json",
        contentUrl: absoluteUrl(routes.careersApi()),
      },
    ],
  };
}
