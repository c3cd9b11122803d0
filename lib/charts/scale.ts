/**
 * Pure geometry for the server-rendered SVG charts: linear scales, "nice"
 * rounded axis ticks, short tick labels, lane stacking for overlapping bars,
 * rough text measurement (the server cannot measure fonts, so widths are
 * estimated generously) and a greedy label placer. No React here.
 */

export type Scale = (value: number) => number;

/** Maps [d0, d1] linearly onto [r0, r1]; a zero-width domain maps to r0. */
export function linearScale([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): Scale {
  const span = d1 - d0;
  if (span === 0) return () => r0;
  return (value) => r0 + ((value - d0) / span) * (r1 - r0);
}

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

/** Ticks 0, step, 2·step … up to and including `max` (the experience axis). */
export function stepTicks(max: number, step: number): number[] {
  const ticks: number[] = [];
  for (let v = 0; v <= max; v += step) ticks.push(v);
  if (ticks[ticks.length - 1] !== max) ticks.push(max);
  return ticks;
}

/** "0", "2" … and "20+" for the open end of the experience axis. */
export function yearTickLabel(value: number, axisMax: number): string {
  return value >= axisMax ? `${axisMax}+` : String(value);
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

/**
 * Word-wraps `text` into at most `maxLines` lines of `maxWidth` px; the last
 * line is cut with "…" when the rest does not fit. A word longer than a line
 * is cut too.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  maxLines = 2,
  bold = false,
): string[] {
  const words = text.trim().split(/\s+/);
  const lines: string[] = [];
  let current = "";
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (!current || textWidth(candidate, fontSize, bold) <= maxWidth) {
      current = candidate;
      continue;
    }
    lines.push(current);
    current = word;
  }
  lines.push(current);
  const kept = lines.slice(0, maxLines);
  const cut = lines.length > maxLines;
  if (cut) kept[kept.length - 1] = `${kept[kept.length - 1]} ${lines.slice(maxLines).join(" ")}`;
  return kept.map((line, i) =>
    (cut && i === kept.length - 1) || textWidth(line, fontSize, bold) > maxWidth
      ? truncate(line, maxWidth, fontSize, bold)
      : line,
  );
}

/** Cuts `text` with "…" so it fits `maxWidth`; unchanged when it fits. */
export function truncate(text: string, maxWidth: number, fontSize: number, bold = false): string {
  if (textWidth(text, fontSize, bold) <= maxWidth) return text;
  let cut = text;
  while (cut.length > 1 && textWidth(`${cut}…`, fontSize, bold) > maxWidth) cut = cut.slice(0, -1);
  return `${cut.trimEnd().replace(/[\s/,;:–-]+$/, "")}…`;
}

export type Box = { x: number; y: number; width: number; height: number };

export function boxesOverlap(a: Box, b: Box, padding = 0): boolean {
  return (
    a.x < b.x + b.width + padding &&
    b.x < a.x + a.width + padding &&
    a.y < b.y + b.height + padding &&
    b.y < a.y + a.height + padding
  );
}

/**
 * Greedy label placement: takes boxes in the order given (most important
 * first) and keeps each one that overlaps neither a kept box nor an obstacle
 * and lies inside `bounds` when given. Returns the kept indices, ascending.
 */
export function placeLabels(boxes: readonly Box[], options: PlaceOptions = {}): number[] {
  return placeLabelCandidates(
    boxes.map((box) => [box]),
    options,
  ).flatMap((chosen, i) => (chosen === undefined ? [] : [i]));
}

export type PlaceOptions = { obstacles?: readonly Box[]; bounds?: Box; padding?: number };

/**
 * Like placeLabels, but each label has several candidate positions (most
 * preferred first): returns, per label, the index of the first candidate that
 * fits, or undefined when none does.
 */
export function placeLabelCandidates(
  candidates: readonly (readonly Box[])[],
  options: PlaceOptions = {},
): (number | undefined)[] {
  const { obstacles = [], bounds, padding = 2 } = options;
  const kept: Box[] = [];
  return candidates.map((boxes) => {
    const i = boxes.findIndex(
      (box) =>
        (!bounds || inside(box, bounds)) &&
        !obstacles.some((o) => boxesOverlap(box, o, padding)) &&
        !kept.some((k) => boxesOverlap(box, k, padding)),
    );
    if (i === -1) return undefined;
    kept.push(boxes[i]);
    return i;
  });
}

function inside(box: Box, bounds: Box): boolean {
  return (
    box.x >= bounds.x &&
    box.y >= bounds.y &&
    box.x + box.width <= bounds.x + bounds.width &&
    box.y + box.height <= bounds.y + bounds.height
  );
}

/** A valid, CSS-safe id prefix from React's useId() output. */
export function safeId(id: string): string {
  return `c${id.replace(/[^A-Za-z0-9_-]/g, "")}`;
}

/** Where the i-th of n series puts its marker along a shared segment (0…1), so coinciding markers sit side by side. */
export function dodgeFraction(index: number, count: number): number {
  return (index + 1) / (count + 1);
}

/* ------------------------------------------------------------ series styles */

/** Theme colours as hex (mirrors `@theme` in app/globals.css) for SVG attributes. */
export const CHART_COLORS = {
  ink: "#0b0c0c",
  muted: "#484949",
  line: "#b1b4b6",
  grid: "#dfe1e2",
  wash: "#f3f2f1",
  brand: "#0b4f6c",
  warn: "#8a3b00",
} as const;

export type MarkerShape = "circle" | "square" | "triangle" | "diamond" | "triangle-down" | "plus";

/** `hollow` markers (white inside) tell apart series beyond the first six. */
export type SeriesStyle = { color: string; shape: MarkerShape; dash?: string; hollow?: boolean };

/**
 * One style per series: every colour has ≥ 4.5:1 contrast on white, and each
 * also differs in marker shape and line dash, so no series is told apart by
 * colour alone.
 */
export const SERIES_STYLES: readonly SeriesStyle[] = [
  { color: "#0b4f6c", shape: "circle" },
  { color: "#c75000", shape: "square", dash: "9 4" },
  { color: "#00795c", shape: "triangle", dash: "2 3" },
  { color: "#a8437a", shape: "diamond", dash: "12 3 3 3" },
  { color: "#6a3d9a", shape: "triangle-down", dash: "5 5" },
  { color: "#5e6b00", shape: "plus", dash: "1 6" },
];

/** The style of the index-th series: the six styles, then the same with hollow markers, then repeating. */
export function seriesStyle(index: number): SeriesStyle {
  const style = SERIES_STYLES[index % SERIES_STYLES.length];
  return Math.floor(index / SERIES_STYLES.length) % 2 === 1 ? { ...style, hollow: true } : style;
}

/** An SVG path for a marker of about `size` px across, centred on (cx, cy). */
export function markerPath(shape: MarkerShape, cx: number, cy: number, size: number): string {
  const r = size / 2;
  const f = (n: number) => Number(n.toFixed(2));
  switch (shape) {
    case "circle":
      return `M${f(cx - r)} ${f(cy)}a${f(r)} ${f(r)} 0 1 0 ${f(2 * r)} 0a${f(r)} ${f(r)} 0 1 0 ${f(-2 * r)} 0Z`;
    case "square": {
      const s = r * 0.9;
      return `M${f(cx - s)} ${f(cy - s)}H${f(cx + s)}V${f(cy + s)}H${f(cx - s)}Z`;
    }
    case "triangle":
      return `M${f(cx)} ${f(cy - r * 1.1)}L${f(cx + r * 1.05)} ${f(cy + r * 0.8)}H${f(cx - r * 1.05)}Z`;
    case "triangle-down":
      return `M${f(cx)} ${f(cy + r * 1.1)}L${f(cx + r * 1.05)} ${f(cy - r * 0.8)}H${f(cx - r * 1.05)}Z`;
    case "diamond":
      return `M${f(cx)} ${f(cy - r * 1.2)}L${f(cx + r)} ${f(cy)}L${f(cx)} ${f(cy + r * 1.2)}L${f(cx - r)} ${f(cy)}Z`;
    case "plus": {
      const t = r * 0.38;
      return `M${f(cx - t)} ${f(cy - r)}H${f(cx + t)}V${f(cy - t)}H${f(cx + r)}V${f(cy + t)}H${f(cx + t)}V${f(cy + r)}H${f(cx - t)}V${f(cy + t)}H${f(cx - r)}V${f(cy - t)}H${f(cx - t)}Z`;
    }
  }
}

/** Flows items of the given widths into lines no wider than `maxWidth` (legends, keys). */
export function flowItems(
  widths: readonly number[],
  maxWidth: number,
  gap = 24,
): { x: number; line: number }[] {
  let x = 0;
  let line = 0;
  return widths.map((w) => {
    if (x > 0 && x + w > maxWidth) [x, line] = [0, line + 1];
    const placed = { x, line };
    x += w + gap;
    return placed;
  });
}
