/**
 * Plain-data summaries of careers for tables and cards: computed here, drawn
 * by components. Text such as "$93,000–$121,000" is decided here too, so every
 * page says the same thing the same way; summaries round (exact figures are in
 * the hub's tables and the data API).
 */
import { growthFigures, medianRange } from "./careers";
import type { Career } from "./content/model";
import { formatMoneyRounded, formatPeriod } from "./format";

export type CareerSummary = {
  slug: string;
  title: string;
  summary: string;
  sourceCount: number;
  /** The sources' medians, rounded: "$93,000–$121,000 a year", or undefined when no source gives a median. */
  medianText?: string;
  medianSourceCount: number;
  /** "22–25%", or undefined when no source gives growth. */
  growthText?: string;
  growthSourceCount: number;
};

export function summarizeCareer(career: Career): CareerSummary {
  const medians = medianRange(career);
  const growth = growthFigures(career).map((g) => g.growthPercent);
  return {
    slug: career.slug,
    title: career.title,
    summary: career.summary,
    sourceCount: career.guides.length,
    medianText: medians
      ? `${rangeText(medians.lowest, medians.highest, (v) => formatMoneyRounded(v, medians.currency))} ${formatPeriod(medians.period)}`
      : undefined,
    medianSourceCount: medians?.count ?? 0,
    growthSourceCount: growth.length,
    growthText: growth.length ? `${rangeText(Math.min(...growth), Math.max(...growth), String)}%` : undefined,
  };
}

function rangeText(low: number, high: number, format: (v: number) => string): string {
  return low === high ? format(low) : `${format(low)}–${format(high)}`;
}
