/**
 * Outlook figures side by side, each with what it measures: a ten-year
 * projection and a count of today's job ads are different things.
 */
import type { Guide } from "../content/model";

export type OutlookRow = {
  guide: Guide;
  growthPercent?: number;
  period?: string;
  basis?: string;
  growthLabel?: string;
  annualOpenings?: number;
  annualOpeningsApprox: boolean;
  livePostings?: number;
  demand?: string;
  /** Plain words on what this source's figures measure. */
  measures: string[];
};

export function compareOutlook(guides: readonly Guide[]): OutlookRow[] {
  return guides.map((guide) => {
    const o = guide.outlook;
    const period = o?.projectionFrom && o.projectionTo ? `${o.projectionFrom}–${o.projectionTo}` : undefined;
    const measures: string[] = [];
    if (o?.growthPercent !== undefined) {
      measures.push(
        period
          ? `Growth is a projection of employment change over ${period}${o.basis ? ` (${o.basis})` : ""}.`
          : `Growth is a projected rate${o.basis ? ` credited to ${o.basis}` : ""}; the source gives no period.`,
      );
    }
    if (o?.annualOpenings !== undefined)
      measures.push("Openings are projected vacancies a year, from growth and people leaving the field.");
    if (o?.livePostings !== undefined)
      measures.push(
        "Live postings are the job ads the publisher counted when it wrote the guide: a snapshot, not a forecast.",
      );
    if (measures.length === 0) measures.push("Gives no outlook figures.");
    return {
      guide,
      growthPercent: o?.growthPercent,
      period,
      basis: o?.basis,
      growthLabel: o?.growthLabel,
      annualOpenings: o?.annualOpenings,
      annualOpeningsApprox: o?.annualOpeningsApprox ?? false,
      livePostings: o?.livePostings,
      demand: o?.demand,
      measures,
    };
  });
}
