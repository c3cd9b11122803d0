/**
 * Scale helpers for the charts: "nice" rounded axis ticks, short money
 * labels, lane stacking for overlapping bars and rough text measurement (the
 * server cannot measure fonts, so widths are estimated generously). Pure
 * arithmetic, a few lines each; d3-scale would add a dependency for less. No React.
 */

/** A step of 1, 2, 2.5 or 5 × 10ⁿ giving about `count` intervals over `span`. */
export function niceStep(span: number, count = 5): number {
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

export type NiceTicks = { min: number; max: number; step: number; ticks: number[] };

/**
 * Rounded ticks covering [min, max]: the domain is widened to whole steps, so
 * 3,000…360,000 becomes 0…400,000 in steps of 100,000.
 */
export function niceTicks(min: number, max: number, count = 5): NiceTicks {
  if (max < min) [min, max] = [max, min];
  if (max === min) max = min === 0 ? 1 : min + Math.abs(min);
  const step = niceStep(max - min, count);
  const lo = Math.floor(min / step) * step;
  const hi = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let i = 0; lo + i * step <= hi + step / 1e6; i++) ticks.push(round(lo + i * step));
  return { min: round(lo), max: round(hi), step, ticks };
}

/** Removes floating-point noise such as 0.30000000000000004. */
function round(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}

const symbols = new Map<string, string>();

/** The currency's symbol as en-US writes it: "$", "€", "CA$". */
export function currencySymbol(currency: string): string {
  let symbol = symbols.get(currency);
  if (symbol === undefined) {
    const parts = new Intl.NumberFormat("en-US", { style: "currency", currency }).formatToParts(0);
    symbol = parts.find((p) => p.type === "currency")?.value ?? currency;
    symbols.set(currency, symbol);
  }
  return symbol;
}

/** Short axis labels: "$0", "$100k", "$2.5k", "$1.2M". */
export function formatMoneyShort(amount: number, currency = "USD"): string {
  const sign = amount < 0 ? "-" : "";
  const abs = Math.abs(amount);
  const [value, unit] = abs >= 1e6 ? [abs / 1e6, "M"] : abs >= 1e3 ? [abs / 1e3, "k"] : [abs, ""];
  const digits = Number.isInteger(round(value)) ? 0 : 1;
  return `${sign}${currencySymbol(currency)}${Number(value.toFixed(digits))}${unit}`;
}

export type Interval = { start: number; end: number };

/**
 * Puts intervals into lanes so none in a lane overlap: each goes to the first
 * lane where it fits. By default the earliest start is placed first (fewest
 * lanes); with `inOrder` the input order is kept, so the first intervals (the
 * most important labels) get the first lane. Touching intervals share a lane;
 * `gap` demands that much space between neighbours. Returns a lane per input,
 * in input order.
 */
export function stackLanes(intervals: readonly Interval[], gap = 0, inOrder = false): number[] {
  const order = intervals.map((_, i) => i);
  if (!inOrder) order.sort((a, b) => intervals[a].start - intervals[b].start || a - b);
  const lanes: Interval[][] = [];
  const result = new Array<number>(intervals.length);
  for (const i of order) {
    const padded = { start: intervals[i].start - gap, end: intervals[i].end + gap };
    let lane = lanes.findIndex((members) => members.every((m) => !intervalsOverlap(padded, m)));
    if (lane === -1) lane = lanes.push([]) - 1;
    lanes[lane].push(intervals[i]);
    result[i] = lane;
  }
  return result;
}

/** Whether two intervals share more than an end point. */
export function intervalsOverlap(a: Interval, b: Interval): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Estimated rendered width of `text` in px. Deliberately generous (wide
 * fonts such as DejaVu Sans average about 0.6 em) so labels placed with it
 * do not collide in narrower fonts either.
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const ch of text) {
    if (ch === " ") ems += 0.32;
    else if ("il.,:;|!'’()[]/".includes(ch)) ems += 0.34;
    else if ("mwMW".includes(ch)) ems += 0.92;
    else if ("+=<>~".includes(ch)) ems += 0.84;
    else if (ch >= "A" && ch <= "Z") ems += 0.72;
    else ems += 0.64;
  }
  return ems * fontSize * (bold ? 1.1 : 1);
}
