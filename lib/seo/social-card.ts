/**
 * What each social card says: a career's title, its consensus median pay and
 * how many sources it draws on; a comparison's two careers; the site default.
 * The image itself is drawn in app/og/[card]/route.tsx.
 */
import { compareSalaries } from "../compare/salary";
import { pairSlug, publishedPairs } from "../compare/pair";
import type { Career, Site } from "../content/model";
import { formatMoney, formatPeriod, plural } from "../format";
import { SITE_NAME, SITE_TAGLINE } from "../site";

export type SocialCard = { key: string; eyebrow: string; title: string; lines: string[] };

/** The consensus median and how many sources give one ("3 of 4 sources"), or nothing. */
function consensusPay(career: Career): { pay: string; backing: string } | undefined {
  const { consensus, basis } = compareSalaries(career.guides);
  if (!consensus || !basis) return undefined;
  return {
    pay: `${formatMoney(consensus.medianOfMedians, basis.currency)} ${formatPeriod(basis.period)}`,
    backing: `${consensus.sourceCount} of ${plural(career.guides.length, "source")}`,
  };
}

function payLine(career: Career): string {
  const figure = consensusPay(career);
  return figure ? `Median pay ${figure.pay}, from ${figure.backing}` : "Median pay: not given by its sources";
}

/** A comparison card names two careers per line, so each line says less to fit on one line. */
function pairPayLine(career: Career): string {
  const figure = consensusPay(career);
  return `${career.title}: ${figure ? `${figure.pay} (${figure.backing})` : "not given"}`;
}

function careerCard(career: Career): SocialCard {
  return {
    key: career.slug,
    eyebrow: "Career guide",
    title: career.title,
    lines: [payLine(career), `${plural(career.guides.length, "source")} side by side on Careerscope`],
  };
}

const cardsBySite = new WeakMap<Site, Map<string, SocialCard>>();

/**
 * Every card by key, built once per site and process: the image route asks
 * for one card per generated image, and must not rebuild them all each time.
 */
function cardIndex(site: Site): Map<string, SocialCard> {
  let cards = cardsBySite.get(site);
  if (!cards) {
    cards = new Map(allCards(site).map((c) => [c.key, c]));
    cardsBySite.set(site, cards);
  }
  return cards;
}

export function socialCards(site: Site): SocialCard[] {
  return [...cardIndex(site).values()];
}

export function socialCard(site: Site, key: string): SocialCard | undefined {
  return cardIndex(site).get(key);
}

function allCards(site: Site): SocialCard[] {
  const guideCount = site.careers.reduce((n, c) => n + c.guides.length, 0);
  return [
    {
      key: "default",
      eyebrow: SITE_NAME,
      title: SITE_TAGLINE,
      lines: [
        `${plural(site.careers.length, "career")} · ${plural(guideCount, "guide")} · ${plural(site.sources.length, "publisher")}`,
      ],
    },
    ...site.careers.map(careerCard),
    ...publishedPairs(site.careers).map(([a, b]) => ({
      key: pairSlug(a.slug, b.slug),
      eyebrow: "Career comparison · median pay",
      title: `${a.title} vs ${b.title}`,
      lines: [pairPayLine(a), pairPayLine(b)],
    })),
  ];
}
