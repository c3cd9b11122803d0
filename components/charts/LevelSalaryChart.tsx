import { useId, type ReactNode } from "react";
import { LADDER_AXIS_MAX } from "@/lib/compare/ladder";
import type { LevelPoint, LevelSeries } from "@/lib/compare/levels";
import {
  CHART_COLORS as C,
  dodgeFraction,
  flowItems,
  formatMoneyShort,
  linearScale,
  markerPath,
  niceTicks,
  placeLabelCandidates,
  safeId,
  seriesStyle,
  stepTicks,
  textWidth,
  truncate,
  yearTickLabel,
  type Box,
  type Scale,
  type SeriesStyle,
} from "@/lib/charts/scale";
import { formatMoney, formatYears } from "@/lib/format";
import { ChartFrame } from "./ChartFrame";

/* Layout, in px (the SVG is drawn at its intrinsic size and scrolls on phones). */
const WIDTH = 780;
const PAD = 6;
const PLOT_LEFT = 76;
const PLOT_RIGHT = WIDTH - 44;
const PLOT_H = 300;
const FONT = 13;
const MARKER = 12;
const OPEN_RISE = 34;
const LEGEND_LINE = 24;

type Geometry = { x: Scale; y: Scale; top: number; bottom: number };

/** A point placed on the chart: its years segment, centre value and band. */
type Placed = {
  series: LevelSeries;
  style: SeriesStyle;
  styleIndex: number;
  point: LevelPoint;
  x0: number;
  x1: number;
  openYears: boolean;
  mx: number;
  center?: number;
  openTop: boolean;
};

export type LevelSalaryChartProps = {
  series: LevelSeries[];
  /** Only series in this currency are drawn (the others stay in the table). */
  currency: string;
  /** Names the chart (SVG title and scroll region); give distinct titles when a page shows two. */
  title?: string;
  caption?: ReactNode;
};

/** Salary against years of experience, one colour-and-shape series per source. */
export function LevelSalaryChart({ series, currency, title, caption }: LevelSalaryChartProps) {
  const uid = safeId(useId());
  const shown = series.filter((s) => s.currency === currency && s.points.length > 0);
  if (shown.length === 0) return null;
  const legend = layoutLegend(shown);
  const top = 30 + legend.lines * LEGEND_LINE;
  const axis = niceTicks(0, salaryMax(shown), 5);
  const geo: Geometry = {
    x: linearScale([0, LADDER_AXIS_MAX], [PLOT_LEFT, PLOT_RIGHT]),
    y: linearScale([axis.min, axis.max], [top + PLOT_H, top]),
    top,
    bottom: top + PLOT_H,
  };
  const placed = placePoints(shown, geo);
  const labels = valueLabels(placed, geo, currency);
  const key = keyItems(placed);
  const keyY = geo.bottom + 66;
  const height = keyY + keyHeight(key) - 4;
  const name = title ?? `Salary by years of experience, ${currency}`;
  const description = describeLevels(shown, series.filter((s) => s.currency !== currency).length);

  return (
    <ChartFrame
      title={name}
      description={description}
      id={uid}
      width={WIDTH}
      height={height}
      caption={caption}
    >
      <defs>
        {shown.map((_, i) => (
          <linearGradient key={i} id={`${uid}-fade-${i}`} x1="0" x2="0" y1="1" y2="0">
            <stop offset="0" stopColor={seriesStyle(i).color} stopOpacity="0.25" />
            <stop offset="1" stopColor={seriesStyle(i).color} stopOpacity="0" />
          </linearGradient>
        ))}
      </defs>
      <Legend legend={legend} />
      <YAxis ticks={axis.ticks} geo={geo} currency={currency} />
      <XAxis geo={geo} />
      {placed.map((p, i) => (
        <PointMark key={i} p={p} geo={geo} fadeId={`${uid}-fade-${p.styleIndex}`} currency={currency} />
      ))}
      {labels.map((l, i) => (
        <text
          key={i}
          x={l.x}
          y={l.y}
          textAnchor="middle"
          fontSize={FONT}
          fontWeight={700}
          fill={l.color}
          stroke="white"
          strokeWidth={4}
          paintOrder="stroke"
        >
          {l.text}
        </text>
      ))}
      <Key items={key} y={keyY} />
    </ChartFrame>
  );
}

/* ------------------------------------------------------------------ data */

function centerOf(p: LevelPoint): number | undefined {
  return p.median ?? p.average;
}

function pointValues(p: LevelPoint): number[] {
  return [p.median, p.average, p.min, p.max].filter((v): v is number => v !== undefined);
}

function salaryMax(series: readonly LevelSeries[]): number {
  const points = series.flatMap((s) => s.points);
  return Math.max(...points.flatMap(pointValues), 1);
}

function placePoints(series: readonly LevelSeries[], { x }: Geometry): Placed[] {
  return series.flatMap((s, si) =>
    s.points.map((point) => {
      const openYears = point.yearsMax === undefined || point.yearsMax > LADDER_AXIS_MAX;
      let x0 = x(Math.min(point.yearsMin, LADDER_AXIS_MAX));
      let x1 = x(Math.min(point.yearsMax ?? LADDER_AXIS_MAX, LADDER_AXIS_MAX));
      if (x1 - x0 < 10) [x0, x1] = [(x0 + x1) / 2 - 5, (x0 + x1) / 2 + 5];
      const mx = x0 + (x1 - x0) * dodgeFraction(si, series.length);
      const openTop = point.maxOpenEnded || (point.max === undefined && point.min !== undefined);
      return {
        series: s,
        style: seriesStyle(si),
        styleIndex: si,
        point,
        x0,
        x1,
        openYears,
        mx,
        center: centerOf(point),
        openTop,
      };
    }),
  );
}

type ValueLabel = { text: string; x: number; y: number; color: string };

/** Short value labels where they fit: each series' last and first point first, then the rest. */
function valueLabels(placed: readonly Placed[], geo: Geometry, currency: string): ValueLabel[] {
  const wanted = labelPriority(placed).map((p) => ({ p, text: labelText(p.point, currency) }));
  const candidates = wanted.map(({ p, text }) => labelBoxes(p, text, geo));
  const chosen = placeLabelCandidates(candidates, {
    obstacles: placed.flatMap((p) => obstacles(p, geo)),
    bounds: { x: 0, y: geo.top - 24, width: WIDTH, height: geo.bottom - geo.top + 24 },
  });
  return chosen.flatMap((c, i) => {
    if (c === undefined) return [];
    const box = candidates[i][c];
    return [
      {
        text: wanted[i].text,
        x: box.x + box.width / 2,
        y: box.y + box.height - 4,
        color: wanted[i].p.style.color,
      },
    ];
  });
}

function labelText(point: LevelPoint, currency: string): string {
  const center = centerOf(point);
  if (center !== undefined) return formatMoneyShort(center, currency);
  const open = point.maxOpenEnded || point.max === undefined ? "+" : "";
  if (point.min !== undefined && point.max !== undefined)
    return `${formatMoneyShort(point.min, currency)}–${formatMoneyShort(point.max, currency)}${open}`;
  if (point.min !== undefined) return `${formatMoneyShort(point.min, currency)}+`;
  return `up to ${formatMoneyShort(point.max ?? 0, currency)}`;
}

/** Vertical extent of everything drawn for a point (marker, whisker or box), in px. */
function extent(p: Placed, geo: Geometry): { top: number; bottom: number } {
  const cy = markerY(p, geo);
  const { min, max } = p.point;
  const lo = min !== undefined ? geo.y(min) : cy + MARKER / 2;
  const hi = p.openTop
    ? geo.y(min ?? p.center ?? 0) - OPEN_RISE - 8
    : max !== undefined
      ? geo.y(max)
      : cy - MARKER / 2;
  return { top: Math.min(hi, cy - MARKER / 2), bottom: Math.max(lo, cy + MARKER / 2) };
}

/** What a label must not cover: the marker, the years segment and the whisker or box. */
function obstacles(p: Placed, geo: Geometry): Box[] {
  const cy = markerY(p, geo);
  const { top, bottom } = extent(p, geo);
  const marker = { x: p.mx - MARKER / 2, y: cy - MARKER / 2, width: MARKER, height: MARKER };
  const end = p.openYears ? p.x1 + 12 : p.x1;
  if (p.center === undefined) return [marker, { x: p.x0, y: top, width: end - p.x0, height: bottom - top }];
  return [
    marker,
    { x: p.x0, y: cy - 2, width: end - p.x0, height: 4 },
    { x: p.mx - 5, y: top, width: 10, height: bottom - top },
  ];
}

/** Candidate boxes: above the point, below it, then right and left of its marker; kept inside the chart. */
function labelBoxes(p: Placed, text: string, geo: Geometry): Box[] {
  const w = textWidth(text, FONT, true);
  const h = 16;
  const cy = markerY(p, geo);
  const { top, bottom } = extent(p, geo);
  const clampX = (x: number) => Math.min(Math.max(x, PLOT_LEFT - 6), WIDTH - w);
  return [
    { x: clampX(p.mx - w / 2), y: top - 4 - h, width: w, height: h },
    { x: clampX(p.mx - w / 2), y: bottom + 4, width: w, height: h },
    { x: p.mx + 10, y: cy - h / 2, width: w, height: h },
    { x: p.mx - 10 - w, y: cy - h / 2, width: w, height: h },
  ];
}

/** Round-robin over series: every series' last point, then every first point, then the middle ones. */
function labelPriority(placed: readonly Placed[]): Placed[] {
  const bySeries = new Map<LevelSeries, Placed[]>();
  for (const p of placed) bySeries.set(p.series, [...(bySeries.get(p.series) ?? []), p]);
  const ranked = [...bySeries.values()].map((ps) =>
    [ps[ps.length - 1], ps[0], ...ps.slice(1, -1)].filter((p, i, all) => all.indexOf(p) === i),
  );
  const longest = Math.max(...ranked.map((r) => r.length));
  return Array.from({ length: longest }, (_, rank) =>
    ranked.flatMap((r) => (r[rank] ? [r[rank]] : [])),
  ).flat();
}

function markerY(p: Placed, { y }: Geometry): number {
  if (p.center !== undefined) return y(p.center);
  const lo = p.point.min ?? p.point.max ?? 0;
  const hi = p.point.max ?? lo;
  return p.openTop ? y(lo) - OPEN_RISE / 2 : (y(lo) + y(hi)) / 2;
}

/** One sentence: each series' first and last figure with their years. */
function describeLevels(series: readonly LevelSeries[], leftOut = 0): string {
  const currency = series[0]?.currency ?? "USD";
  const parts = series.map((s) => {
    const [first, last] = [s.points[0], s.points[s.points.length - 1]];
    const from = `${pointFigure(first, currency)} at ${formatYears(first.yearsMin, first.yearsMax)}`;
    if (first === last) return `${s.guide.source.name} gives ${from}`;
    return `${s.guide.source.name} rises from ${from} to ${pointFigure(last, currency)} at ${formatYears(last.yearsMin, last.yearsMax)}`;
  });
  const other =
    leftOut > 0
      ? `; ${leftOut} more in another currency ${leftOut === 1 ? "is" : "are"} in the table only`
      : "";
  return `Salary by years of experience from ${series.length} ${series.length === 1 ? "source" : "sources"} in ${currency}: ${parts.join("; ")}${other}.`;
}

function pointFigure(p: LevelPoint, currency: string): string {
  if (p.median !== undefined) return `a median of ${formatMoney(p.median, currency)}`;
  if (p.average !== undefined) return `an average of ${formatMoney(p.average, currency)}`;
  if (p.min !== undefined && p.max !== undefined)
    return `${formatMoney(p.min, currency)}–${formatMoney(p.max, currency)}${p.maxOpenEnded ? "+" : ""}`;
  if (p.min !== undefined) return `${formatMoney(p.min, currency)}+`;
  return p.max !== undefined ? `up to ${formatMoney(p.max, currency)}` : "no figure";
}

function pointTooltip(p: Placed, currency: string): string {
  const { point } = p;
  const figures = [
    point.median !== undefined && `median ${formatMoney(point.median, currency)}`,
    point.average !== undefined && `average ${formatMoney(point.average, currency)}`,
    (point.min !== undefined || point.max !== undefined) &&
      `range ${pointFigure({ ...point, median: undefined, average: undefined }, currency)}`,
  ].filter(Boolean);
  return `${p.series.guide.source.name}, ${point.label} (${formatYears(point.yearsMin, point.yearsMax)}): ${figures.join(", ")}`;
}

/* ------------------------------------------------------------------ legend */

type LegendLayout = {
  items: { series: LevelSeries; style: SeriesStyle; x: number; line: number }[];
  lines: number;
};

function legendName(s: LevelSeries): string {
  return truncate(s.guide.source.name, 200, FONT, true);
}

function layoutLegend(series: readonly LevelSeries[]): LegendLayout {
  const spots = flowItems(
    series.map((s) => 40 + textWidth(legendName(s), FONT, true)),
    WIDTH - PAD,
    28,
  );
  const items = series.map((s, i) => ({ series: s, style: seriesStyle(i), ...spots[i] }));
  return { items, lines: Math.max(...spots.map((p) => p.line)) + 1 };
}

function Legend({ legend }: { legend: LegendLayout }) {
  return (
    <g transform={`translate(${PAD} 18)`}>
      {legend.items.map(({ series, style, x, line }) => (
        <g key={series.guide.source.id} transform={`translate(${x} ${line * LEGEND_LINE})`}>
          <line
            x1={0}
            x2={32}
            y1={0}
            y2={0}
            stroke={style.color}
            strokeWidth={3}
            strokeDasharray={style.dash}
          />
          <Marker style={style} cx={16} cy={0} />
          <text x={40} y={5} fontSize={FONT} fontWeight={700} fill={C.ink}>
            {legendName(series)}
          </text>
        </g>
      ))}
    </g>
  );
}

type KeyItem = { mark: ReactNode; text: string };

/** Explains the encodings actually drawn. */
function keyItems(placed: readonly Placed[]): KeyItem[] {
  const items: KeyItem[] = [];
  const any = (test: (p: Placed) => boolean) => placed.some(test);
  if (any((p) => p.center !== undefined)) {
    const averageOnly = any((p) => p.point.median === undefined && p.point.average !== undefined);
    items.push({
      mark: <line x1={0} x2={22} y1={0} y2={0} stroke={C.ink} strokeWidth={3} />,
      text: averageOnly ? "Median over the years (average where no median)" : "Median over the level’s years",
    });
  }
  if (any((p) => p.center !== undefined && (p.point.min !== undefined || p.point.max !== undefined))) {
    items.push({
      mark: <path d="M6 -8h10M11 -8v16M6 8h10" stroke={C.ink} strokeWidth={2} fill="none" />,
      text: "Lowest to highest",
    });
  }
  if (any((p) => p.center === undefined)) {
    items.push({
      mark: <rect x={0} y={-8} width={22} height={16} fill={C.wash} stroke={C.ink} strokeWidth={2} />,
      text: "Range only, no median given",
    });
  }
  if (any((p) => p.openYears || p.openTop)) {
    items.push({
      mark: <path d="M0 0h16M12 -5l6 5l-6 5" stroke={C.ink} strokeWidth={2} fill="none" />,
      text: "Open-ended (“+”)",
    });
  }
  return items;
}

function Key({ items, y }: { items: KeyItem[]; y: number }) {
  const spots = flowItems(
    items.map((item) => 28 + textWidth(item.text, FONT)),
    WIDTH - PAD,
  );
  return (
    <g transform={`translate(${PAD} ${y})`}>
      {items.map((item, i) => (
        <g key={item.text} transform={`translate(${spots[i].x} ${spots[i].line * LEGEND_LINE})`}>
          {item.mark}
          <text x={28} y={5} fontSize={FONT} fill={C.ink}>
            {item.text}
          </text>
        </g>
      ))}
    </g>
  );
}

/** Height the key takes once flowed into lines. */
function keyHeight(items: readonly KeyItem[]): number {
  const spots = flowItems(
    items.map((item) => 28 + textWidth(item.text, FONT)),
    WIDTH - PAD,
  );
  return (Math.max(0, ...spots.map((p) => p.line)) + 1) * LEGEND_LINE;
}

/* ------------------------------------------------------------------ axes */

function YAxis({ ticks, geo, currency }: { ticks: number[]; geo: Geometry; currency: string }) {
  return (
    <g>
      {ticks.map((t) => (
        <g key={t}>
          <line
            x1={PLOT_LEFT}
            x2={PLOT_RIGHT}
            y1={geo.y(t)}
            y2={geo.y(t)}
            stroke={t === 0 ? C.muted : C.grid}
          />
          <text x={PLOT_LEFT - 8} y={geo.y(t) + 4} textAnchor="end" fontSize={12} fill={C.muted}>
            {formatMoneyShort(t, currency)}
          </text>
        </g>
      ))}
      <text x={PAD} y={geo.top - 14} fontSize={12} fill={C.muted}>
        {`Salary (${currency})`}
      </text>
    </g>
  );
}

function XAxis({ geo }: { geo: Geometry }) {
  return (
    <g>
      {stepTicks(LADDER_AXIS_MAX, 2).map((t) => (
        <g key={t}>
          <line x1={geo.x(t)} x2={geo.x(t)} y1={geo.bottom} y2={geo.bottom + 5} stroke={C.muted} />
          <text x={geo.x(t)} y={geo.bottom + 20} textAnchor="middle" fontSize={12} fill={C.muted}>
            {yearTickLabel(t, LADDER_AXIS_MAX)}
          </text>
        </g>
      ))}
      <text
        x={(PLOT_LEFT + PLOT_RIGHT) / 2}
        y={geo.bottom + 40}
        textAnchor="middle"
        fontSize={FONT}
        fill={C.ink}
      >
        Years of experience
      </text>
    </g>
  );
}

/* ------------------------------------------------------------------ marks */

function PointMark({
  p,
  geo,
  fadeId,
  currency,
}: {
  p: Placed;
  geo: Geometry;
  fadeId: string;
  currency: string;
}) {
  const { style } = p;
  return (
    <g>
      <title>{pointTooltip(p, currency)}</title>
      {p.center === undefined ? <RangeBox p={p} geo={geo} fadeId={fadeId} /> : <Whisker p={p} geo={geo} />}
      {p.center !== undefined && (
        <line
          x1={p.x0}
          x2={p.x1}
          y1={geo.y(p.center)}
          y2={geo.y(p.center)}
          stroke={style.color}
          strokeWidth={3}
          strokeDasharray={style.dash}
        />
      )}
      {p.openYears && (
        <Arrow x={p.x1} y={p.center !== undefined ? geo.y(p.center) : markerY(p, geo)} color={style.color} />
      )}
      <Marker style={style} cx={p.mx} cy={markerY(p, geo)} />
    </g>
  );
}

function Marker({ style, cx, cy }: { style: SeriesStyle; cx: number; cy: number }) {
  const d = markerPath(style.shape, cx, cy, MARKER);
  return style.hollow ? (
    <path d={d} fill="white" stroke={style.color} strokeWidth={2.5} />
  ) : (
    <path d={d} fill={style.color} stroke="white" strokeWidth={1.5} />
  );
}

/** Arrowhead pointing right: the years run on past the axis. */
function Arrow({ x, y, color }: { x: number; y: number; color: string }) {
  return <path d={`M${x + 2} ${y - 6}l9 6l-9 6`} fill="none" stroke={color} strokeWidth={2.5} />;
}

function Whisker({ p, geo }: { p: Placed; geo: Geometry }) {
  const { min, max } = p.point;
  if (min === undefined && max === undefined) return null;
  const lo = geo.y(min ?? p.center!);
  const hi = p.openTop ? geo.y(min ?? p.center!) - OPEN_RISE : geo.y(max!);
  const color = p.style.color;
  return (
    <g stroke={color} strokeWidth={2} fill="none">
      <line x1={p.mx} x2={p.mx} y1={lo} y2={hi} />
      {min !== undefined && <line x1={p.mx - 5} x2={p.mx + 5} y1={lo} y2={lo} />}
      {p.openTop ? (
        <path d={`M${p.mx - 5} ${hi + 6}l5 -7l5 7`} />
      ) : (
        <line x1={p.mx - 5} x2={p.mx + 5} y1={hi} y2={hi} />
      )}
    </g>
  );
}

/** A point with a range but no median: a box over its years; an open top fades out under an arrow. */
function RangeBox({ p, geo, fadeId }: { p: Placed; geo: Geometry; fadeId: string }) {
  const { min, max } = p.point;
  const lo = geo.y(min ?? 0);
  const color = p.style.color;
  if (p.openTop) {
    const hi = lo - OPEN_RISE;
    return (
      <g>
        <rect x={p.x0} y={hi} width={p.x1 - p.x0} height={lo - hi} fill={`url(#${fadeId})`} />
        <path
          d={`M${p.x0} ${hi}V${lo}H${p.x1}V${hi}`}
          fill="none"
          stroke={color}
          strokeWidth={2}
          strokeDasharray={p.style.dash}
        />
        <path d={`M${p.mx - 6} ${hi + 2}l6 -8l6 8`} fill="none" stroke={color} strokeWidth={2.5} />
      </g>
    );
  }
  const hi = geo.y(max ?? min ?? 0);
  return (
    <rect
      x={p.x0}
      y={hi}
      width={p.x1 - p.x0}
      height={Math.max(3, lo - hi)}
      fill={color}
      fillOpacity={0.14}
      stroke={color}
      strokeWidth={2}
      strokeDasharray={p.style.dash}
    />
  );
}
