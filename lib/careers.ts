/**
 * Headline figures per career for lists and cards. Only salaries in the same
 * currency and period are put together, so no figure is silently mixed.
 */
import type { Career, Guide } from "./content/model";
import type { Salary } from "./content/schema";

export type MedianRange = { currency: string; period: Salary["period"]; lowest: number; highest: number; count: number };

/** Sources' medians in the career's main currency and period (USD a year when present). */
export type SourceMedian = { guide: Guide; median: number; currency: string; period: Salary["period"] };

export function comparableMedians(career: Career): SourceMedian[] {
  const withMedian = career.guides.flatMap((guide) =>
    guide.salary?.median !== undefined
      ? [{ guide, median: guide.salary.median, currency: guide.salary.currency, period: guide.salary.period }]
      : [],
  );
  const main = mainBasis(withMedian);
  return withMedian.filter((m) => m.currency === main?.currency && m.period === main?.period);
}

export function medianRange(career: Career): MedianRange | undefined {
  const medians = comparableMedians(career);
  if (medians.length === 0) return undefined;
  const values = medians.map((m) => m.median);
  return {
    currency: medians[0].currency,
    period: medians[0].period,
    lowest: Math.min(...values),
    highest: Math.max(...values),
    count: values.length,
  };
}

export type GrowthFigure = { guide: Guide; growthPercent: number };

export function growthFigures(career: Career): GrowthFigure[] {
  return career.guides.flatMap((guide) =>
    guide.outlook?.growthPercent !== undefined ? [{ guide, growthPercent: guide.outlook.growthPercent }] : [],
  );
}

/** USD a year wins when any source uses it; otherwise the most common basis. */
function mainBasis<T extends { currency: string; period: string }>(items: T[]): T | undefined {
  const usd = items.find((i) => i.currency === "USD" && i.period === "year");
  if (usd) return usd;
  const count = (item: T) => items.filter((i) => i.currency === item.currency && i.period === item.period).length;
  return [...items].sort((a, b) => count(b) - count(a))[0];
}
