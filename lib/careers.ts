/**
 * Headline figures per career for lists and cards, taken from the salary
 * comparison so that every page compares only like with like.
 */
import { compareSalaries } from "./compare/salary";
import type { Career, Guide } from "./content/model";
import type { Salary } from "./content/schema";

export type MedianRange = {
  currency: string;
  period: Salary["period"];
  lowest: number;
  highest: number;
  count: number;
};

export function medianRange(career: Career): MedianRange | undefined {
  const { consensus, basis } = compareSalaries(career.guides);
  if (!consensus || !basis) return undefined;
  return {
    ...basis,
    lowest: consensus.lowestMedian,
    highest: consensus.highestMedian,
    count: consensus.sourceCount,
  };
}

export type GrowthFigure = { guide: Guide; growthPercent: number };

export function growthFigures(career: Career): GrowthFigure[] {
  return career.guides.flatMap((guide) =>
    guide.outlook?.growthPercent !== undefined ? [{ guide, growthPercent: guide.outlook.growthPercent }] : [],
  );
}
