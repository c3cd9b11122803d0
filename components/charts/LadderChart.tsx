import { useId, type ReactNode } from "react";
import { LADDER_AXIS_MAX, type LadderComparison, type LadderRow } from "@/lib/compare/ladder";
import {
  CHART_COLORS as C,
  linearScale,
  safeId,
  stackLanes,
  stepTicks,
  textWidth,
  wrapText,
  yearTickLabel,
  type Scale,
} from "@/lib/charts/scale";
import { formatYears, plural } from "@/lib/format";
import { ChartFrame } from "./ChartFrame";
import { BrandFade, GridTicks, SourceName } from "./ChartParts";

/* Layout, in px (the SVG is drawn at its intrinsic size and scrolls on phones). */
const WIDTH = 780;
const PAD = 6;
const LABEL_COL = 128;
const PLOT_LEFT = 142;
const PLOT_RIGHT = WIDTH - 40;
const TOP = 8;
const FONT = 13;
const LINE_H = 16;
const BAR_H = 20;
const LANE_GAP = 10;
const ROW_PAD = 12;
const FADE = 44;
/** Titles wrap within the bar, or at least this width, or this much when splitting at " / ". */
const MIN_TITLE_W = 170;
const MAX_TITLE_W = 290;

type Tier = LadderRow["tiers"][number];

type PlacedTier = {
  tier: Tier;
  x0: number;
  x1: number;
  open: boolean;
  lines: string[];
  /** Where the title starts; an end anchor keeps titles near the axis end inside the chart. */
  textX: number;
  anchor: "start" | "end";
  lane: number;
};

type RowLayout = { row: LadderRow; top: number; height: number; laneTops: number[]; tiers: PlacedTier[] };

export type LadderChartProps = {
  ladder: LadderComparison;
  /** Names the chart (SVG title and scroll region); give distinct titles when a page shows two. */
  title?: string;
  caption?: ReactNode;
};

/** Every source's tiers as bars on one years-of-experience axis; overlapping tiers stack in sub-lanes. */
export function LadderChart({
  ladder,
  title = "Career ladder by source, on one years-of-experience axis",
  caption,
}: LadderChartProps) {
  const uid = safeId(useId());
  if (ladder.rows.length === 0) return null;
  const x = linearScale([0, LADDER_AXIS_MAX], [PLOT_LEFT, PLOT_RIGHT]);
  const rows = layoutRows(ladder.rows, x);
  const last = rows[rows.length - 1];
  const axisY = last.top + last.height;
  const height = axisY + 52;
  const fadeId = `${uid}-fade`;

  return (
    <ChartFrame
      title={title}
      description={describeLadder(ladder)}
      id={uid}
      width={WIDTH}
      height={height}
      caption={caption}
    >
      <defs>
        <BrandFade id={fadeId} endOpacity="0.1" />
      </defs>
      <Axis x={x} top={TOP} bottom={axisY} />
      {rows.map((r, i) => (
        <Row key={r.row.guide.source.id} layout={r} first={i === 0} fadeId={fadeId} />
      ))}
    </ChartFrame>
  );
}

/* ------------------------------------------------------------------ layout */

/** A title in at most two lines: split at " / " when both halves fit, else word-wrapped. */
function titleLines(title: string, maxWidth: number): string[] {
  const halves = title.split(" / ");
  const wide = Math.max(maxWidth, MAX_TITLE_W);
  if (halves.length === 2 && halves.every((h, i) => textWidth(i === 0 ? `${h} /` : h, FONT, true) <= wide)) {
    const lines = [`${halves[0]} /`, halves[1]];
    if (textWidth(title, FONT, true) > maxWidth) return lines;
  }
  return wrapText(title, maxWidth, FONT, 2, true);
}

function placeTier(tier: Tier, x: Scale): Omit<PlacedTier, "lane"> {
  const open = tier.yearsMax === undefined || tier.yearsMax > LADDER_AXIS_MAX;
  const x0 = x(Math.min(tier.yearsMin, LADDER_AXIS_MAX));
  const x1 = Math.max(x0 + 6, open ? x(LADDER_AXIS_MAX) + FADE / 2 : x(tier.yearsMax!));
  const room = WIDTH - 4 - x0;
  const width = Math.max(x1 - x0, MIN_TITLE_W);
  const lines = titleLines(tier.title, Math.min(width, Math.max(room, MIN_TITLE_W)));
  const textW = Math.max(...lines.map((l) => textWidth(l, FONT, true)));
  const anchor = x0 + textW > WIDTH - 4 ? "end" : "start";
  return { tier, x0, x1, open, lines, textX: anchor === "start" ? x0 : WIDTH - 4, anchor };
}

/** Horizontal space a tier takes, bar and title together. */
function footprint(t: Omit<PlacedTier, "lane">): { start: number; end: number } {
  const textW = Math.max(...t.lines.map((l) => textWidth(l, FONT, true)));
  const [ts, te] = t.anchor === "start" ? [t.textX, t.textX + textW] : [t.textX - textW, t.textX];
  return { start: Math.min(t.x0, ts), end: Math.max(t.open ? t.x1 + 14 : t.x1, te) };
}

function layoutRows(rows: readonly LadderRow[], x: Scale): RowLayout[] {
  let top = TOP;
  return rows.map((row) => {
    const placed = row.tiers.map((t) => placeTier(t, x));
    const lanes = stackLanes(placed.map(footprint), 12);
    const tiers = placed.map((p, i) => ({ ...p, lane: lanes[i] }));
    const laneCount = Math.max(...lanes) + 1;
    const laneHeights = Array.from({ length: laneCount }, (_, l) => {
      const lines = Math.max(...tiers.filter((t) => t.lane === l).map((t) => t.lines.length));
      return lines * LINE_H + 4 + BAR_H + LANE_GAP;
    });
    const laneTops = laneHeights.map(
      (_, l) => top + ROW_PAD + laneHeights.slice(0, l).reduce((a, b) => a + b, 0),
    );
    const height = ROW_PAD * 2 + laneHeights.reduce((a, b) => a + b, 0) - LANE_GAP;
    const layout = { row, top, height, laneTops, tiers };
    top += height;
    return layout;
  });
}

/** One sentence: how many sources, and each source's tier count and span. */
function describeLadder({ rows }: LadderComparison): string {
  const parts = rows.map(({ guide, tiers }) => {
    const sorted = [...tiers].sort((a, b) => a.yearsMin - b.yearsMin);
    const [first, last] = [sorted[0], sorted[sorted.length - 1]];
    const span =
      first === last
        ? `at ${formatYears(first.yearsMin, first.yearsMax)}`
        : `from ${formatYears(first.yearsMin, first.yearsMax)} to ${formatYears(last.yearsMin, last.yearsMax)}`;
    return `${guide.source.name} has ${plural(tiers.length, "tier")} ${span}`;
  });
  return `Career ladders from ${plural(rows.length, "source")} on one axis of 0 to ${LADDER_AXIS_MAX}+ years of experience: ${parts.join("; ")}.`;
}

/* ------------------------------------------------------------------ parts */

function Axis({ x, top, bottom }: { x: Scale; top: number; bottom: number }) {
  return (
    <g>
      <GridTicks
        ticks={stepTicks(LADDER_AXIS_MAX, 2)}
        x={x}
        top={top}
        bottom={bottom}
        left={PLOT_LEFT}
        right={PLOT_RIGHT}
        label={(t) => yearTickLabel(t, LADDER_AXIS_MAX)}
      />
      <text x={(PLOT_LEFT + PLOT_RIGHT) / 2} y={bottom + 42} textAnchor="middle" fontSize={FONT} fill={C.ink}>
        Years of experience
      </text>
    </g>
  );
}

function Row({ layout, first, fadeId }: { layout: RowLayout; first: boolean; fadeId: string }) {
  const { row, top, laneTops, tiers } = layout;
  const name = row.guide.source.name;
  const firstBarY =
    laneTops[0] + Math.max(...tiers.filter((t) => t.lane === 0).map((t) => t.lines.length)) * LINE_H + 4;
  return (
    <g>
      {!first && <line x1={0} x2={WIDTH} y1={top} y2={top} stroke={C.line} />}
      <SourceName name={name} x={PAD} y={firstBarY + BAR_H / 2 + 5} width={LABEL_COL} />
      {tiers.map((t) => (
        <TierBar
          key={`${t.tier.title}-${t.tier.yearsMin}`}
          t={t}
          laneTop={laneTops[t.lane]}
          laneLines={laneLines(tiers, t.lane)}
          fadeId={fadeId}
        />
      ))}
    </g>
  );
}

function laneLines(tiers: readonly PlacedTier[], lane: number): number {
  return Math.max(...tiers.filter((t) => t.lane === lane).map((t) => t.lines.length));
}

function TierBar({
  t,
  laneTop,
  laneLines,
  fadeId,
}: {
  t: PlacedTier;
  laneTop: number;
  laneLines: number;
  fadeId: string;
}) {
  const barY = laneTop + laneLines * LINE_H + 4;
  const textTop = barY - 4 - t.lines.length * LINE_H;
  const solidEnd = t.open ? t.x1 - FADE : t.x1;
  const years =
    t.tier.yearsMax === undefined ? `${t.tier.yearsMin}+` : `${t.tier.yearsMin}–${t.tier.yearsMax}`;
  const yearsFit = textWidth(years, FONT, true) + 8 <= solidEnd - t.x0;
  return (
    <g>
      <title>{`${t.tier.title}: ${formatYears(t.tier.yearsMin, t.tier.yearsMax)}`}</title>
      <text x={t.textX} y={textTop} textAnchor={t.anchor} fontSize={FONT} fontWeight={700} fill={C.ink}>
        {t.lines.map((line, i) => (
          <tspan key={i} x={t.textX} dy={i === 0 ? LINE_H - 4 : LINE_H}>
            {line}
          </tspan>
        ))}
      </text>
      <rect x={t.x0} y={barY} width={Math.max(2, solidEnd - t.x0)} height={BAR_H} fill={C.brand} rx={2} />
      {t.open && (
        <>
          <rect x={solidEnd} y={barY} width={FADE} height={BAR_H} fill={`url(#${fadeId})`} />
          <path
            d={`M${t.x1 + 3} ${barY - 2}l9 ${BAR_H / 2 + 2}l-9 ${BAR_H / 2 + 2}`}
            fill="none"
            stroke={C.brand}
            strokeWidth={2.5}
          />
        </>
      )}
      {yearsFit && (
        <text x={t.x0 + 5} y={barY + BAR_H / 2 + 5} fontSize={FONT} fontWeight={700} fill="white">
          {years}
        </text>
      )}
    </g>
  );
}
