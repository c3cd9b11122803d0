/**
 * Layout maths for the HTML/CSS charts. Charts are rows of text with a bar
 * track under each label, positioned in percent of the track, so they reflow
 * from 320 px up without scrolling. Every figure is written in a row's text
 * (never placed by value), so labels cannot collide; only axis ticks and
 * numbers inside bars are placed, and those are checked against the narrowest
 * track a phone gives. No React here.
 */
import { formatMoneyShort, niceTicks, stackLanes, textWidth } from "./scale";

/** The narrowest bar track, in px: a 320 px screen less the page's side padding. */
export const MIN_TRACK_PX = 280;
/** Axis and bar labels are drawn at 12 px (the smallest text on the site). */
const LABEL_PX = 12;
const TICK_GAP_PX = 8;

type TickAlign = "start" | "middle" | "end";
export type Tick = { value: number; pct: number; label: string; align: TickAlign };
export type Axis = { min: number; max: number; ticks: Tick[] };

/** Position of `value` on an axis, in percent, to two decimals (short markup, enough precision). */
export function toPct(value: number, axis: Pick<Axis, "min" | "max">): number {
  const span = axis.max - axis.min;
  if (span <= 0) return 0;
  const pct = ((value - axis.min) / span) * 100;
  return Math.round(Math.min(100, Math.max(0, pct)) * 100) / 100;
}

/** The px interval a tick label takes on a track `trackPx` wide. */
export function tickExtent(tick: Tick, trackPx: number): { start: number; end: number } {
  const width = textWidth(tick.label, LABEL_PX);
  const at = (tick.pct / 100) * trackPx;
  if (tick.align === "start") return { start: at, end: at + width };
  if (tick.align === "end") return { start: at - width, end: at };
  return { start: at - width / 2, end: at + width / 2 };
}

/** Whether every tick label fits between its neighbours and inside the track. */
export function ticksFit(ticks: readonly Tick[], trackPx: number): boolean {
  const extents = ticks.map((t) => tickExtent(t, trackPx));
  return extents.every(
    (e, i) => e.start >= 0 && e.end <= trackPx && (i === 0 || e.start >= extents[i - 1].end + TICK_GAP_PX),
  );
}

function buildTicks(
  values: readonly number[],
  axis: Pick<Axis, "min" | "max">,
  label: (v: number) => string,
) {
  return values.map((value, i): Tick => ({
    value,
    pct: toPct(value, axis),
    label: label(value),
    // The end labels sit inside the track, so nothing pokes out of the chart.
    align: i === 0 ? "start" : i === values.length - 1 ? "end" : "middle",
  }));
}

/**
 * A money axis from 0 to a rounded maximum, with as many ticks (5 at most) as
 * fit on the narrowest track without their labels touching.
 */
export function moneyAxis(maxValue: number, currency: string, trackPx = MIN_TRACK_PX): Axis {
  for (let count = 5; count >= 1; count--) {
    const { min, max, ticks: values } = niceTicks(0, Math.max(maxValue, 1), count);
    const ticks = buildTicks(values, { min, max }, (v) => formatMoneyShort(v, currency));
    if (ticks.length <= 6 && ticksFit(ticks, trackPx)) return { min, max, ticks };
  }
  const max = niceTicks(0, Math.max(maxValue, 1), 1).max;
  return { min: 0, max, ticks: buildTicks([0, max], { min: 0, max }, (v) => formatMoneyShort(v, currency)) };
}

/** The experience axis, 0 to `max` years in `step`s, its end written "20+". */
export function yearsAxis(max: number, step = 5): Axis {
  const values: number[] = [];
  for (let v = 0; v < max; v += step) values.push(v);
  values.push(max);
  return { min: 0, max, ticks: buildTicks(values, { min: 0, max }, (v) => (v >= max ? `${max}+` : `${v}`)) };
}

export type RangeFigures = {
  min?: number;
  max?: number;
  median?: number;
  topDecile?: number;
  maxOpenEnded?: boolean;
};

/** A bar in percent of its track: the range, its median and top-10% marks, and whether its top is open. */
export type RangeBar = { left: number; width: number; open: boolean; median?: number; top?: number };

/**
 * The bar for a salary range. A range with no top (or an open one) runs to
 * the end of the axis and fades; a median alone is a dot without a bar.
 */
export function rangeBar(f: RangeFigures, axis: Axis): RangeBar | undefined {
  const marks = {
    median: f.median === undefined ? undefined : toPct(f.median, axis),
    top: f.topDecile === undefined ? undefined : toPct(f.topDecile, axis),
  };
  if (f.min === undefined && f.max === undefined) {
    return marks.median === undefined ? undefined : { left: marks.median, width: 0, open: false, ...marks };
  }
  const open = f.maxOpenEnded === true || f.max === undefined;
  const left = toPct(f.min ?? 0, axis);
  const right = open ? 100 : toPct(f.max as number, axis);
  return { left, width: Math.round((right - left) * 100) / 100, open, ...marks };
}

/** The largest figure a set of ranges needs on its axis, with room for fading open ends. */
export function rangeDomainMax(ranges: readonly RangeFigures[]): number {
  const values = ranges.flatMap((r) =>
    [r.min, r.max, r.median, r.topDecile].filter((v): v is number => v !== undefined),
  );
  const open = ranges.some((r) => r.maxOpenEnded || (r.max === undefined && r.min !== undefined));
  return Math.max(1, ...values) * (open ? 1.15 : 1);
}

export type TierInput = { title: string; yearsMin: number; yearsMax?: number };

/** One tier on a ladder track: its number (1-based, as in the list under it), lane and place. */
export type LadderSegment = {
  number: number;
  title: string;
  left: number;
  width: number;
  lane: number;
  open: boolean;
  /** Whether the number fits inside the bar on the narrowest track; the list below names every tier anyway. */
  numbered: boolean;
};

/**
 * A source's tiers on the years axis. Overlapping tiers go to separate lanes;
 * an open-ended tier runs to the axis end.
 */
export function ladderSegments(
  tiers: readonly TierInput[],
  axis: Axis,
  trackPx = MIN_TRACK_PX,
): LadderSegment[] {
  const spans = tiers.map((t) => {
    const end = Math.min(t.yearsMax ?? axis.max, axis.max);
    return { start: t.yearsMin, end: Math.max(end, t.yearsMin + 0.5) };
  });
  const lanes = stackLanes(spans, 0, true);
  return tiers.map((t, i) => {
    const left = toPct(spans[i].start, axis);
    const width = Math.round((toPct(spans[i].end, axis) - left) * 100) / 100;
    const label = String(i + 1);
    return {
      number: i + 1,
      title: t.title,
      left,
      width,
      lane: lanes[i],
      open: t.yearsMax === undefined,
      numbered: (width / 100) * trackPx >= textWidth(label, LABEL_PX, true) + 6,
    };
  });
}
