import { useId, type ReactNode } from "react";
import type { OutlierFlag, SalaryComparison, SourceSalary } from "@/lib/compare/salary";
import {
  CHART_COLORS as C,
  flowItems,
  formatMoneyShort,
  linearScale,
  niceTicks,
  safeId,
  stackLanes,
  textWidth,
  type Scale,
} from "@/lib/charts/scale";
import { formatMoney, formatPeriod, possessive } from "@/lib/format";
import { ChartFrame } from "./ChartFrame";
import { BrandFade, GridTicks, SourceName } from "./ChartParts";

/* Layout, in px (the SVG is drawn at its intrinsic size and scrolls on phones). */
const WIDTH = 760;
const PAD = 6;
const LABEL_COL = 126;
const PLOT_LEFT = 144;
const PLOT_RIGHT = WIDTH - 40;
const TOP = 34;
const BAR_H = 12;
const LANE_H = 17;
const FONT = 13;
const FADE = 30;
const KEY_LINE = 26;

/** A figure written on the chart; x0 is the value's own position, x where the text is anchored (they differ once clamped). */
type Label = {
  text: string;
  x: number;
  x0: number;
  anchor: "start" | "middle" | "end";
  warn?: number;
  bold?: boolean;
};

type RowLayout = {
  row: SourceSalary;
  top: number;
  barY: number;
  medianLabel?: Label;
  below: (Label & { lane: number })[];
  height: number;
};

export type SalaryRangeChartProps = {
  comparison: SalaryComparison;
  /** Names the chart (SVG title and scroll region); give distinct titles when a page shows two. */
  title?: string;
  caption?: ReactNode;
};

/** Each source's salary range on one money axis: range bars, median dots, top-10% marks and unusual figures. */
export function SalaryRangeChart({ comparison, title, caption }: SalaryRangeChartProps) {
  const uid = safeId(useId());
  const { basis, rows, consensus } = comparison;
  if (!basis || rows.length === 0) return null;
  const currency = basis.currency;
  const axis = niceTicks(0, domainMax(comparison), 5);
  const x = linearScale([axis.min, axis.max], [PLOT_LEFT, PLOT_RIGHT]);
  const notes = footnotes(rows, currency);
  const layouts = layoutRows(rows, x, currency, notes);
  const last = layouts[layouts.length - 1];
  const axisY = last.top + last.height + 4;
  const key = layoutKey(keyItems(rows));
  const keyY = axisY + 50;
  const height = keyY + Math.max(...key.map((k) => k.line)) * KEY_LINE + 14;
  const fadeId = `${uid}-fade`;
  const name = title ?? `Salary range by source, ${currency} ${formatPeriod(basis.period)}`;
  const showConsensus = consensus !== undefined && consensus.sourceCount >= 2;

  return (
    <ChartFrame
      title={name}
      description={describeSalaries(comparison)}
      id={uid}
      width={WIDTH}
      height={height}
      notes={notes.length > 0 && <Footnotes notes={notes} />}
      caption={caption}
    >
      <defs>
        <BrandFade id={fadeId} endOpacity="0.08" />
      </defs>
      <Grid ticks={axis.ticks} x={x} top={TOP - 6} bottom={axisY} currency={currency} />
      {showConsensus && (
        <ConsensusLine value={consensus.medianOfMedians} x={x} bottom={axisY} currency={currency} />
      )}
      {layouts.map((l) => (
        <Row key={l.row.guide.source.id} layout={l} x={x} fadeId={fadeId} />
      ))}
      <Key y={keyY} placed={key} />
    </ChartFrame>
  );
}

/* ------------------------------------------------------------------ data */

function rowValues(r: SourceSalary): number[] {
  return [r.min, r.max, r.median, r.topDecile].filter((v): v is number => v !== undefined);
}

/** Largest figure, with room for the fading end of an open-ended range. */
function domainMax({ rows, consensus }: SalaryComparison): number {
  const values = [...rows.flatMap(rowValues), consensus?.medianOfMedians ?? 0];
  const open = rows.some((r) => r.maxOpenEnded || (r.max === undefined && r.min !== undefined));
  return Math.max(...values) * (open ? 1.12 : 1);
}

type Note = { row: SourceSalary; flag: OutlierFlag; text: string };

function footnotes(rows: readonly SourceSalary[], currency: string): Note[] {
  return rows.flatMap((row) =>
    row.outliers.map((flag) => ({
      row,
      flag,
      text: `${possessive(row.guide.source.name)} ${fieldName(flag.field)} of ${formatMoney(flag.value, currency)} is unusual: ${flag.reason}.`,
    })),
  );
}

function fieldName(field: OutlierFlag["field"]): string {
  return { min: "minimum", max: "maximum", median: "median" }[field];
}

/** Footnote number (1-based) of a row's flagged field, if any. */
function noteNumber(
  notes: readonly Note[],
  row: SourceSalary,
  field: OutlierFlag["field"],
): number | undefined {
  const i = notes.findIndex((n) => n.row === row && n.flag.field === field);
  return i === -1 ? undefined : i + 1;
}

/** The labels written under a row's bar: its ends and the top-10% start. */
function belowLabels(row: SourceSalary, x: Scale, currency: string, notes: readonly Note[]): Label[] {
  const { min, max, topDecile } = row;
  const label = (text: string, value: number, anchor: Label["anchor"], warn?: number): Label => ({
    text,
    x: x(value),
    x0: x(value),
    anchor,
    warn,
  });
  const labels: Label[] = [];
  const topIsDecile = topDecile !== undefined && topDecile === max;
  if (min !== undefined)
    labels.push(
      label(
        `${formatMoney(min, currency)}${max === undefined ? "+" : ""}`,
        min,
        "start",
        noteNumber(notes, row, "min"),
      ),
    );
  if (max !== undefined) {
    const text = `${min === undefined ? "up to " : ""}${formatMoney(max, currency)}${row.maxOpenEnded ? "+" : ""}${topIsDecile ? " (top 10% start)" : ""}`;
    labels.push(label(text, max, "end", noteNumber(notes, row, "max")));
  }
  if (topDecile !== undefined && !topIsDecile)
    labels.push(label(`Top 10% from ${formatMoney(topDecile, currency)}`, topDecile, "middle"));
  return labels.map(clampLabel);
}

function medianLabel(
  row: SourceSalary,
  x: Scale,
  currency: string,
  notes: readonly Note[],
): Label | undefined {
  if (row.median === undefined) return undefined;
  const at = x(row.median);
  return clampLabel({
    text: formatMoney(row.median, currency),
    x: at,
    x0: at,
    anchor: "middle",
    bold: true,
    warn: noteNumber(notes, row, "median"),
  });
}

/** Keeps a label inside the plot's horizontal bounds by re-anchoring it at the edge it would cross. */
function clampLabel(l: Label): Label {
  const { start, end } = labelExtent(l);
  if (start < PLOT_LEFT) return { ...l, x: PLOT_LEFT, anchor: "start" };
  if (end > WIDTH - 2) return { ...l, x: WIDTH - 2, anchor: "end" };
  return l;
}

const WARN_GLYPH = 18;

function labelExtent(l: Label): { start: number; end: number } {
  const w = textWidth(l.text, FONT, l.bold) + (l.warn ? WARN_GLYPH + textWidth(String(l.warn), 12) + 2 : 0);
  const start = l.anchor === "start" ? l.x : l.anchor === "end" ? l.x - w : l.x - w / 2;
  return { start, end: start + w };
}

function layoutRows(
  rows: readonly SourceSalary[],
  x: Scale,
  currency: string,
  notes: readonly Note[],
): RowLayout[] {
  let top = TOP;
  return rows.map((row) => {
    const labels = belowLabels(row, x, currency, notes);
    const lanes = stackLanes(labels.map(labelExtent), 10, true);
    const laneCount = labels.length ? Math.max(...lanes) + 1 : 0;
    const height = 44 + laneCount * LANE_H + 10;
    const layout = {
      row,
      top,
      barY: top + 28,
      medianLabel: medianLabel(row, x, currency, notes),
      below: labels.map((l, i) => ({ ...l, lane: lanes[i] })),
      height,
    };
    top += height;
    return layout;
  });
}

/** One sentence: how many sources, the spread of their medians and the median of sources. */
function describeSalaries({ basis, rows, consensus }: SalaryComparison): string {
  if (!basis) return "No salary figures.";
  const cur = basis.currency;
  const withMedian = rows.filter((r) => r.median !== undefined).sort((a, b) => a.median! - b.median!);
  const flagged = rows.reduce((n, r) => n + r.outliers.length, 0);
  const parts = [
    `Salary ranges from ${rows.length} ${rows.length === 1 ? "source" : "sources"} in ${cur} ${formatPeriod(basis.period)}`,
  ];
  if (withMedian.length === 1)
    parts.push(
      `${possessive(withMedian[0].guide.source.name)} median is ${formatMoney(withMedian[0].median!, cur)}`,
    );
  if (withMedian.length > 1) {
    const [lo, hi] = [withMedian[0], withMedian[withMedian.length - 1]];
    parts.push(
      `medians run from ${formatMoney(lo.median!, cur)} (${lo.guide.source.name}) to ${formatMoney(hi.median!, cur)} (${hi.guide.source.name})`,
    );
  }
  if (consensus && consensus.sourceCount >= 2)
    parts.push(`the median of sources is ${formatMoney(consensus.medianOfMedians, cur)}`);
  if (flagged)
    parts.push(
      `${flagged} unusual ${flagged === 1 ? "figure is" : "figures are"} marked with a warning sign and explained below the chart`,
    );
  return `${parts.join("; ")}.`;
}

/* ------------------------------------------------------------------ parts */

function Grid({
  ticks,
  x,
  top,
  bottom,
  currency,
}: {
  ticks: number[];
  x: Scale;
  top: number;
  bottom: number;
  currency: string;
}) {
  return (
    <g>
      <GridTicks
        ticks={ticks}
        x={x}
        top={top}
        bottom={bottom}
        left={PLOT_LEFT}
        right={PLOT_RIGHT}
        label={(t) => formatMoneyShort(t, currency)}
      />
    </g>
  );
}

function Row({ layout, x, fadeId }: { layout: RowLayout; x: Scale; fadeId: string }) {
  const { row, top, barY, below, medianLabel } = layout;
  const name = row.guide.source.name;
  return (
    <g>
      {top > TOP && <line x1={0} x2={PLOT_RIGHT} y1={top} y2={top} stroke={C.grid} />}
      <SourceName name={name} x={PAD} y={barY + 5} width={LABEL_COL - 4} />
      <RangeBar row={row} x={x} y={barY} fadeId={fadeId} />
      {below.map((l) => (
        <ValueText key={`${l.text}-${l.x}`} label={l} y={barY + BAR_H / 2 + 18 + l.lane * LANE_H} />
      ))}
      {row.topDecile !== undefined && <Diamond cx={x(row.topDecile)} cy={barY} />}
      {medianLabel && <MedianDot label={medianLabel} y={barY} />}
    </g>
  );
}

/** min → max bar; an open-ended or missing top fades out to an arrow, a missing bottom fades in. */
function RangeBar({ row, x, y, fadeId }: { row: SourceSalary; x: Scale; y: number; fadeId: string }) {
  const { min, max } = row;
  if (min === undefined && max === undefined) return null;
  const top = y - BAR_H / 2;
  const fade = (from: number, flip = false) => (
    <rect
      x={from}
      y={top}
      width={FADE}
      height={BAR_H}
      fill={`url(#${fadeId})`}
      transform={flip ? `rotate(180 ${from + FADE / 2} ${y})` : undefined}
    />
  );
  const openTop = row.maxOpenEnded || max === undefined;
  const end = max !== undefined ? x(max) : x(min!);
  return (
    <g>
      {min !== undefined && max !== undefined && (
        <rect x={x(min)} y={top} width={Math.max(2, x(max) - x(min))} height={BAR_H} fill={C.brand} rx={2} />
      )}
      {min === undefined && fade(x(max!) - FADE, true)}
      {openTop && (
        <>
          {fade(end)}
          <path
            d={`M${end + FADE + 2} ${top - 3}l8 ${BAR_H / 2 + 3}l-8 ${BAR_H / 2 + 3}`}
            fill="none"
            stroke={C.brand}
            strokeWidth={2.5}
          />
        </>
      )}
      {row.outliers
        .filter((o) => o.field !== "median")
        .map((o) => (
          <line
            key={o.field}
            x1={x(o.value)}
            x2={x(o.value)}
            y1={top - 5}
            y2={top + BAR_H + 5}
            stroke={C.warn}
            strokeWidth={3}
          />
        ))}
    </g>
  );
}

function MedianDot({ label, y }: { label: Label; y: number }) {
  const color = label.warn ? C.warn : C.ink;
  return (
    <g>
      <circle cx={label.x0} cy={y} r={7} fill="white" stroke={color} strokeWidth={3} />
      <ValueText label={label} y={y - 13} />
    </g>
  );
}

function Diamond({ cx, cy }: { cx: number; cy: number }) {
  return <path d={`M${cx} ${cy - 9}l7 9l-7 9l-7 -9Z`} fill={C.wash} stroke={C.ink} strokeWidth={2} />;
}

/** A figure as text; an unusual one in the warning colour, after a warning sign, with its note number. */
function ValueText({ label, y }: { label: Label; y: number }) {
  const { start } = labelExtent(label);
  if (!label.warn) {
    return (
      <text
        x={label.x}
        y={y}
        textAnchor={label.anchor}
        fontSize={FONT}
        fontWeight={label.bold ? 700 : 400}
        fill={C.ink}
        stroke="white"
        strokeWidth={4}
        paintOrder="stroke"
      >
        {label.text}
      </text>
    );
  }
  return (
    <g>
      <WarnGlyph x={start} y={y - 13} />
      <text
        x={start + WARN_GLYPH}
        y={y}
        fontSize={FONT}
        fontWeight={700}
        fill={C.warn}
        stroke="white"
        strokeWidth={4}
        paintOrder="stroke"
      >
        {label.text}
        <tspan fontSize={12} dy={-5} dx={2}>
          {label.warn}
        </tspan>
      </text>
    </g>
  );
}

/** A warning triangle with "!" (drawn, not an emoji, so it looks the same everywhere). */
function WarnGlyph({ x, y }: { x: number; y: number }) {
  return (
    <g>
      <path d={`M${x + 8} ${y}l8 15h-16Z`} fill={C.warn} />
      <text x={x + 8} y={y + 13.5} textAnchor="middle" fontSize={12} fontWeight={700} fill="white">
        !
      </text>
    </g>
  );
}

function ConsensusLine({
  value,
  x,
  bottom,
  currency,
}: {
  value: number;
  x: Scale;
  bottom: number;
  currency: string;
}) {
  const cx = x(value);
  const text = `Median of sources: ${formatMoney(value, currency)}`;
  const w = textWidth(text, FONT, true);
  const labelX = Math.min(Math.max(cx, PLOT_LEFT + w / 2), WIDTH - w / 2 - 2);
  return (
    <g>
      <line
        x1={cx}
        x2={cx}
        y1={TOP - 10}
        y2={bottom}
        stroke={C.ink}
        strokeWidth={1.5}
        strokeDasharray="5 4"
      />
      <text x={labelX} y={TOP - 16} textAnchor="middle" fontSize={FONT} fontWeight={700} fill={C.ink}>
        {text}
      </text>
    </g>
  );
}

type KeyItem = { mark: ReactNode; text: string };

/** Explains the marks actually drawn. */
function keyItems(rows: readonly SourceSalary[]): KeyItem[] {
  const items: KeyItem[] = [
    { mark: <rect x={0} y={-6} width={22} height={BAR_H} fill={C.brand} rx={2} />, text: "Range" },
    { mark: <circle cx={11} cy={0} r={7} fill="white" stroke={C.ink} strokeWidth={3} />, text: "Median" },
  ];
  if (rows.some((r) => r.topDecile !== undefined))
    items.push({ mark: <Diamond cx={11} cy={0} />, text: "Top 10% start" });
  if (rows.some((r) => r.maxOpenEnded)) {
    items.push({
      mark: <path d="M0 -6h14l8 6l-8 6h-14Z" fill={C.brand} opacity={0.55} />,
      text: "Open-ended top (“+”)",
    });
  }
  if (rows.some((r) => r.outliers.length > 0))
    items.push({ mark: <WarnGlyph x={3} y={-8} />, text: "Unusual figure, see note below" });
  return items;
}

/** Key items flowed into lines that fit the chart width. */
function layoutKey(items: readonly KeyItem[]): { item: KeyItem; x: number; line: number }[] {
  const spots = flowItems(
    items.map((item) => 30 + textWidth(item.text, FONT)),
    WIDTH - PAD,
  );
  return items.map((item, i) => ({ item, ...spots[i] }));
}

function Key({ y, placed }: { y: number; placed: ReturnType<typeof layoutKey> }) {
  return (
    <g transform={`translate(${PAD} ${y})`}>
      {placed.map(({ item, x, line }) => (
        <g key={item.text} transform={`translate(${x} ${line * KEY_LINE})`}>
          {item.mark}
          <text x={30} y={5} fontSize={FONT} fill={C.ink}>
            {item.text}
          </text>
        </g>
      ))}
    </g>
  );
}

/**
 * Why each marked figure is unusual, as HTML under the chart: it wraps on a
 * phone and screen readers read it (the SVG itself is one image to them).
 */
function Footnotes({ notes }: { notes: readonly Note[] }) {
  return (
    <ol className="mt-2 space-y-1 text-sm" aria-label="Unusual figures in the chart">
      {notes.map((note, i) => (
        <li key={i} className="flex items-baseline gap-2">
          <svg
            width={16}
            height={15}
            viewBox="0 0 16 15"
            aria-hidden="true"
            className="relative top-0.5 shrink-0"
          >
            <WarnGlyph x={0} y={0} />
          </svg>
          <span>
            <span className="font-bold text-warn">{i + 1}</span> {note.text}
          </span>
        </li>
      ))}
    </ol>
  );
}
