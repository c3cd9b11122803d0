/**
 * The quick facts that open a career hub, in the shape readers know from the
 * BLS Occupational Outlook Handbook: pay, outlook, entry education, who says
 * so and when the guides were last reviewed. Each fact carries how many of the
 * career's sources back it, so a single-source figure is never dressed up as a
 * consensus. Figures here are exact; components round them for prose.
 */
import type { Career, Guide } from "../content/model";
import type { SalaryComparison } from "./salary";

type Backing = { count: number; total: number; names: string[] };

export type QuickFacts = {
  sources: { id: string; name: string }[];
  pay?: {
    median: number;
    lowest: number;
    highest: number;
    currency: string;
    period: "year" | "month" | "hour";
    backing: Backing;
  };
  growth?: {
    lowest: number;
    highest: number;
    /** "2022–2032" when every source giving growth gives the same period. */
    period?: string;
    /** Each source's figure: its period, and whose projection in its words ("BLS projection for Software Developers"). */
    bySource: { name: string; percent: number; period?: string; basis?: string }[];
    backing: Backing;
  };
  openings?: { value: number; approx: boolean; period?: string; backing: Backing };
  /** Live job ads a source counted when it wrote its guide: a snapshot, not a forecast. */
  postings?: { value: number; backing: Backing };
  education?: { text: string; backing: Backing };
  /** The latest date any guide was added or brought up to date, YYYY-MM-DD. */
  reviewed: string;
};

function backing(guides: readonly Guide[], total: number): Backing {
  return { count: guides.length, total, names: guides.map((g) => g.source.name) };
}

function projectionPeriod(guide: Guide): string | undefined {
  const o = guide.outlook;
  return o?.projectionFrom && o.projectionTo ? `${o.projectionFrom}–${o.projectionTo}` : undefined;
}

const DEGREES: [string, RegExp][] = [
  ["Bachelor's degree", /\bbachelor/i],
  ["Master's degree", /\bmaster/i],
  ["Associate degree", /\bassociate/i],
  ["High school diploma", /\bhigh school|\bdiploma\b/i],
];

/**
 * The degree most of the sources' "typical education" names, backed by the
 * sources naming it; without a recognisable degree, the first source's words, backed by it alone.
 */
function typicalEducation(guides: readonly Guide[], total: number): QuickFacts["education"] {
  if (guides.length === 0) return undefined;
  const named = DEGREES.map(([label, pattern]) => ({
    label,
    guides: guides.filter((g) => pattern.test(g.education?.typical ?? "")),
  })).sort((a, b) => b.guides.length - a.guides.length)[0];
  if (named.guides.length > 0) return { text: named.label, backing: backing(named.guides, total) };
  return { text: guides[0].education?.typical as string, backing: backing(guides.slice(0, 1), total) };
}

export function quickFacts(career: Career, salary: SalaryComparison): QuickFacts {
  const guides = career.guides;
  const total = guides.length;
  const { consensus, basis } = salary;
  const withMedian = salary.rows.filter((r) => r.median !== undefined).map((r) => r.guide);
  const withGrowth = guides.filter((g) => g.outlook?.growthPercent !== undefined);
  const growth = withGrowth.map((g) => g.outlook?.growthPercent as number);
  const periods = [...new Set(withGrowth.map(projectionPeriod))];
  const withOpenings = guides.filter((g) => g.outlook?.annualOpenings !== undefined);
  const withPostings = guides.filter((g) => g.outlook?.livePostings !== undefined);
  const withEducation = guides.filter((g) => g.education?.typical);
  return {
    sources: guides.map((g) => ({ id: g.source.id, name: g.source.name })),
    pay:
      consensus && basis
        ? {
            median: consensus.medianOfMedians,
            lowest: consensus.lowestMedian,
            highest: consensus.highestMedian,
            currency: basis.currency,
            period: basis.period,
            backing: backing(withMedian, total),
          }
        : undefined,
    growth:
      growth.length > 0
        ? {
            lowest: Math.min(...growth),
            highest: Math.max(...growth),
            period: periods.length === 1 ? periods[0] : undefined,
            bySource: withGrowth.map((g) => ({
              name: g.source.name,
              percent: g.outlook?.growthPercent as number,
              period: projectionPeriod(g),
              basis: g.outlook?.basis,
            })),
            backing: backing(withGrowth, total),
          }
        : undefined,
    // Openings from different projections do not add up, so the first source's figure is shown, credited.
    openings: withOpenings[0] && {
      value: withOpenings[0].outlook?.annualOpenings as number,
      approx: withOpenings[0].outlook?.annualOpeningsApprox ?? false,
      period: projectionPeriod(withOpenings[0]),
      backing: backing(withOpenings.slice(0, 1), total),
    },
    postings: withPostings[0] && {
      value: withPostings[0].outlook?.livePostings as number,
      backing: backing(withPostings.slice(0, 1), total),
    },
    education: typicalEducation(withEducation, total),
    reviewed:
      guides
        .map((g) => g.provenance.updated ?? g.provenance.added)
        .sort()
        .at(-1) ?? "",
  };
}
