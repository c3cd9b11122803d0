/**
 * How one source's figures stand against the consensus of all sources for a
 * career, e.g. "median 7% below the median of sources".
 */
import type { Career } from "../content/model";
import { compareSalaries } from "./salary";
import { percentFrom } from "./stats";

export type SourceStanding = {
  career: Career;
  median?: number;
  medianOfMedians?: number;
  currency?: string;
  /** Signed percentage from the median of medians; undefined when not comparable. */
  percentFromConsensus?: number;
  sourceCount: number;
  /** One sentence for the reader. */
  text: string;
};

export function sourceStanding(career: Career, sourceId: string): SourceStanding {
  const salary = compareSalaries(career.guides);
  const row = salary.rows.find((r) => r.guide.source.id === sourceId);
  const consensus = salary.consensus;
  const base = { career, sourceCount: consensus?.sourceCount ?? 0, currency: salary.basis?.currency };
  if (!row || row.median === undefined) {
    const other = salary.otherBasis.some((o) => o.guide.source.id === sourceId);
    return {
      ...base,
      text: other
        ? "Its salary is in another currency or period, so it is not compared."
        : "Gives no median salary for this career.",
    };
  }
  if (!consensus || consensus.sourceCount < 2) {
    return {
      ...base,
      median: row.median,
      medianOfMedians: consensus?.medianOfMedians,
      text: "The only source with a median salary for this career so far.",
    };
  }
  const pct = percentFrom(row.median, consensus.medianOfMedians);
  const where = pct === 0 ? "in line with" : `${Math.abs(pct)}% ${pct < 0 ? "below" : "above"}`;
  return {
    ...base,
    median: row.median,
    medianOfMedians: consensus.medianOfMedians,
    percentFromConsensus: pct,
    text: `Median ${where} the median of ${consensus.sourceCount} sources.`,
  };
}
