/**
 * The public data API's shape. These keys are a contract documented in the
 * README: add keys freely, never rename or remove one. A figure a source does
 * not give is null, never 0.
 */
import { compareCareer } from "./compare/career";
import type { Career, Guide } from "./content/model";

export type ApiGuide = ReturnType<typeof guideToApi>;
export type ApiCareer = ReturnType<typeof careerToApi>;

export function careerToApi(career: Career) {
  return {
    slug: career.slug,
    title: career.title,
    aliases: career.aliases,
    guides: career.guides.map(guideToApi),
    comparison: comparisonToApi(career),
  };
}

function comparisonToApi(career: Career) {
  const { salary, skills, certifications } = compareCareer(career);
  const consensus = salary.consensus;
  const skillItems = [...skills.technical, ...skills.soft]
    .flatMap((g) => g.items)
    .sort((x, y) => y.sourceCount - x.sourceCount || x.entry.name.localeCompare(y.entry.name));
  return {
    salary: {
      currency: salary.basis?.currency ?? null,
      period: salary.basis?.period ?? null,
      medianOfMedians: consensus?.medianOfMedians ?? null,
      lowestMedian: consensus?.lowestMedian ?? null,
      highestMedian: consensus?.highestMedian ?? null,
      spread: consensus?.spread ?? null,
      sourceCount: consensus?.sourceCount ?? 0,
    },
    skills: skillItems.map((a) => ({ id: a.entry.id, name: a.entry.name, sourceCount: a.sourceCount })),
    certifications: certifications.map((a) => ({
      id: a.entry.id,
      name: a.entry.name,
      issuer: a.entry.issuer,
      sourceCount: a.sourceCount,
    })),
  };
}

function guideToApi(guide: Guide) {
  const { salary, outlook } = guide;
  return {
    source: { id: guide.source.id, name: guide.source.name },
    figuresYear: guide.provenance.figuresYear ?? null,
    salary: salary
      ? {
          currency: salary.currency,
          period: salary.period,
          median: salary.median ?? null,
          min: salary.min ?? null,
          max: salary.max ?? null,
          topDecile: salary.topDecile ?? null,
          byLevel: salary.byLevel.map((level) => ({
            level: level.level,
            median: level.median ?? null,
            average: level.average ?? null,
            min: level.min ?? null,
            max: level.max ?? null,
          })),
        }
      : null,
    outlook: {
      growthPercent: outlook?.growthPercent ?? null,
      openings: outlook?.annualOpenings ?? null,
      livePostings: outlook?.livePostings ?? null,
    },
    tiers: guide.tiers.map((tier) => ({
      title: tier.title,
      yearsMin: tier.yearsMin,
      yearsMax: tier.yearsMax ?? null,
    })),
    skills: uniqueIds([...guide.skills.technical, ...guide.skills.soft]),
    tools: uniqueIds(guide.tools),
    certifications: guide.certifications.map(({ certification }) => ({
      id: certification.id,
      name: certification.name,
      issuer: certification.issuer,
    })),
    faqs: guide.faqs.map((faq) => ({ question: faq.question, topic: faq.topic })),
  };
}

function uniqueIds(mentions: Guide["tools"]): string[] {
  return [...new Set(mentions.flatMap((m) => m.skills.map((s) => s.id)))];
}
