/*
 * SVG pieces drawn the same way in more than one chart. Each returns plain SVG
 * for the caller's own group, so the charts' markup is as if written inline.
 */
import { CHART_COLORS as C, wrapText, type Scale } from "@/lib/charts/scale";

/** A source's name in a chart's left column, on two lines when it is long, with the full name as its tooltip. */
export function SourceName({ name, x, y, width }: { name: string; x: number; y: number; width: number }) {
  const lines = wrapText(name, width, 14, 2, true);
  return (
    <text x={x} y={y - (lines.length - 1) * 8} fontSize={14} fontWeight={700} fill={C.ink}>
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? 0 : 16}>
          {line}
        </tspan>
      ))}
      <title>{name}</title>
    </text>
  );
}

export type GridTicksProps = {
  ticks: readonly number[];
  x: Scale;
  /** Where the grid lines start, and where the axis line runs (ticks and labels hang below it). */
  top: number;
  bottom: number;
  /** The axis line's ends. */
  left: number;
  right: number;
  label: (tick: number) => string;
};

/** A horizontal axis: a grid line, tick and label at each tick, then the axis line. */
export function GridTicks({ ticks, x, top, bottom, left, right, label }: GridTicksProps) {
  return (
    <>
      {ticks.map((t) => (
        <g key={t}>
          <line x1={x(t)} x2={x(t)} y1={top} y2={bottom} stroke={C.grid} />
          <line x1={x(t)} x2={x(t)} y1={bottom} y2={bottom + 5} stroke={C.muted} />
          <text x={x(t)} y={bottom + 20} textAnchor="middle" fontSize={12} fill={C.muted}>
            {label(t)}
          </text>
        </g>
      ))}
      <line x1={left} x2={right} y1={bottom} y2={bottom} stroke={C.muted} />
    </>
  );
}

/** A left-to-right fade of the brand colour, to `endOpacity`: the open end of a bar. Goes in the SVG's defs. */
export function BrandFade({ id, endOpacity }: { id: string; endOpacity: string }) {
  return (
    <linearGradient id={id} x1="0" x2="1" y1="0" y2="0">
      <stop offset="0" stopColor={C.brand} />
      <stop offset="1" stopColor={C.brand} stopOpacity={endOpacity} />
    </linearGradient>
  );
}
