/** Guides' tiers written as YAML, and a source's level series: shared by compare-ladder and compare-levels tests. */
import type { LevelSeries } from "@/lib/compare/levels";

export type TierSpec = [title: string, yearsMin: number, yearsMax?: number, salary?: string];

export function tiersYaml(tiers: TierSpec[]): string {
  const items = tiers.map(([title, min, max, salary]) =>
    [
      `  - title: "${title}"`,
      `    yearsMin: ${min}`,
      max === undefined ? "" : `    yearsMax: ${max}`,
      "    summary: Does the work.",
      salary ? `    salary: ${salary}` : "",
    ]
      .filter(Boolean)
      .join("\n"),
  );
  return `tiers:\n${items.join("\n")}\n`;
}

export function series(all: LevelSeries[], sourceId: string): LevelSeries {
  const found = all.find((s) => s.guide.source.id === sourceId);
  if (!found) throw new Error(`No level series for ${sourceId}`);
  return found;
}
