/**
 * Career ladders across sources. Sources name their levels differently
 * ("Mid-level Backend Engineer", "Backend Developer"), so each tier is placed
 * on a common rung by the first level word in its title; the shared ladder is
 * the rungs most sources have, at the median of their year ranges.
 */
import type { Guide } from "../content/model";
import type { Tier } from "../content/schema";
import { RUNG_PATTERNS as RUNG_WORDS, RUNGS, type Rung } from "../vocabulary/levels";
import { median } from "./stats";

export { RUNGS, type Rung };

const RUNG_LABELS: Record<Rung, string> = {
  junior: "Junior / entry level",
  mid: "Mid-level",
  senior: "Senior",
  lead: "Lead",
  principal: "Principal / architect",
  executive: "Director and executive",
};

/** The rung named first in a title; a title with no level word ("Backend Developer") is mid-level. */
export function rungOf(title: string): Rung {
  let best: { rung: Rung; index: number } | undefined;
  for (const [rung, pattern] of RUNG_WORDS) {
    const match = pattern.exec(title);
    if (match && (!best || match.index < best.index)) best = { rung, index: match.index };
  }
  return best?.rung ?? "mid";
}

/** Upper end of the shared experience axis; open-ended tiers run to it. */
export const LADDER_AXIS_MAX = 20;

type LadderRow = { guide: Guide; tiers: (Tier & { rung: Rung })[] };

type SharedRung = {
  rung: Rung;
  label: string;
  /** How many sources have a tier on this rung. */
  sourceCount: number;
  yearsMin: number;
  /** Absent when most sources leave the rung open-ended. */
  yearsMax?: number;
  titles: string[];
};

export type LadderComparison = { rows: LadderRow[]; shared: SharedRung[]; sourcesWithTiers: number };

export function compareLadders(guides: readonly Guide[]): LadderComparison {
  const rows = guides
    .filter((g) => g.tiers.length > 0)
    .map((guide) => ({ guide, tiers: guide.tiers.map((t) => ({ ...t, rung: rungOf(t.title) })) }));
  const shared = RUNGS.flatMap((rung) => {
    const perSource = rows.flatMap((row) => {
      const tiers = row.tiers.filter((t) => t.rung === rung);
      if (tiers.length === 0) return [];
      const open = tiers.some((t) => t.yearsMax === undefined);
      return [
        {
          yearsMin: Math.min(...tiers.map((t) => t.yearsMin)),
          yearsMax: open ? undefined : Math.max(...tiers.map((t) => t.yearsMax ?? 0)),
          titles: tiers.map((t) => t.title),
        },
      ];
    });
    // "Most sources" = more than half of those that give a ladder.
    if (perSource.length === 0 || perSource.length * 2 <= rows.length) return [];
    const closed = perSource.flatMap((s) => (s.yearsMax === undefined ? [] : [s.yearsMax]));
    return [
      {
        rung,
        label: RUNG_LABELS[rung],
        sourceCount: perSource.length,
        yearsMin: median(perSource.map((s) => s.yearsMin)) ?? 0,
        yearsMax: closed.length * 2 > perSource.length ? median(closed) : undefined,
        titles: [...new Set(perSource.flatMap((s) => s.titles))],
      },
    ];
  });
  return { rows, shared, sourcesWithTiers: rows.length };
}
