/**
 * Salary by experience across sources, on one experience-years axis. A level
 * salary gets its years from the source's own tier of the same title, or of the
 * same rung ("Entry-Level" sits where that source's junior tier sits). Tier
 * salary bands carry their own years.
 */
import type { Guide } from "../content/model";
import type { Tier } from "../content/schema";
import { rungOf } from "./ladder";

export type LevelPoint = {
  label: string;
  yearsMin: number;
  yearsMax?: number;
  median?: number;
  average?: number;
  min?: number;
  max?: number;
  maxOpenEnded: boolean;
};

export type LevelSeries = {
  guide: Guide;
  currency: string;
  points: LevelPoint[];
  /** Levels whose years could not be placed: shown in the table only. */
  unplaced: string[];
};

export function compareLevels(guides: readonly Guide[]): LevelSeries[] {
  return guides.flatMap((guide) => {
    const currency = guide.salary?.currency ?? "USD";
    const points: LevelPoint[] = [];
    const unplaced: string[] = [];
    for (const level of guide.salary?.byLevel ?? []) {
      const years =
        level.yearsMin !== undefined
          ? { yearsMin: level.yearsMin, yearsMax: level.yearsMax }
          : tierFor(level.level, guide.tiers);
      if (!years) {
        unplaced.push(level.level);
        continue;
      }
      points.push({
        label: level.level,
        ...years,
        median: level.median,
        average: level.average,
        min: level.min,
        max: level.max,
        maxOpenEnded: false,
      });
    }
    for (const tier of guide.tiers) {
      const band = tier.salary;
      // Titles match as in tierFor, ignoring case, so a level and its tier are not shown twice.
      if (!band || points.some((p) => p.label.toLowerCase() === tier.title.toLowerCase())) continue;
      points.push({
        label: tier.title,
        yearsMin: tier.yearsMin,
        yearsMax: tier.yearsMax,
        median: band.median,
        min: band.min,
        max: band.max,
        maxOpenEnded: band.maxOpenEnded,
      });
    }
    if (points.length === 0 && unplaced.length === 0) return [];
    return [{ guide, currency, points: points.sort((a, b) => a.yearsMin - b.yearsMin), unplaced }];
  });
}

function tierFor(level: string, tiers: readonly Tier[]): { yearsMin: number; yearsMax?: number } | undefined {
  const exact = tiers.find((t) => t.title.toLowerCase() === level.toLowerCase());
  const match = exact ?? tiers.find((t) => rungOf(t.title) === rungOf(level));
  return match && { yearsMin: match.yearsMin, yearsMax: match.yearsMax };
}
