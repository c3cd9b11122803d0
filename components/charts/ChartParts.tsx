/** @jsxImportSource preact */
/*
 * The parts every HTML/CSS chart shares: the figure with its title, the axis,
 * a range bar and the key. Positions come from lib/charts/layout; the styles
 * are the .chart classes in app/globals.css.
 */
import type { ComponentChildren, CSSProperties } from "preact";
import type { Axis, RangeBar } from "@/lib/charts/layout";

export type ChartFigureProps = {
  /** Unique on the page (each block renders on its own, so no generated id would be); also its test id. */
  id: string;
  title: string;
  axis: Axis;
  /** Says what the axis measures, for screen readers (the tick labels alone do not). */
  axisLabel: string;
  caption?: ComponentChildren;
  children: ComponentChildren;
};

/** A chart: its title, the axis at the top, the rows (children) and a caption. */
export function ChartFigure({ id, title, axis, axisLabel, caption, children }: ChartFigureProps) {
  const spacing = axis.ticks.length > 1 ? `${axis.ticks[1].pct}%` : "100%";
  return (
    <figure
      className="chart"
      aria-labelledby={`${id}-t`}
      data-testid={id}
      data-chart
      style={{ "--gs": spacing } as CSSProperties}
    >
      <p className="chart-title" id={`${id}-t`}>
        {title}
      </p>
      <AxisLine axis={axis} label={axisLabel} />
      {children}
      {caption && <figcaption className="mt-2 text-sm text-muted">{caption}</figcaption>}
    </figure>
  );
}

function AxisLine({ axis, label }: { axis: Axis; label: string }) {
  return (
    <div className="chart-axis">
      <span className="sr-only">{label}</span>
      {axis.ticks.map((t) => (
        <span
          key={t.value}
          aria-hidden="true"
          className={t.align === "middle" ? "m" : t.align === "end" ? "e" : undefined}
          style={{ left: `${t.pct}%` }}
        >
          {t.label}
        </span>
      ))}
    </div>
  );
}

/** A range bar with its median dot, top-10% mark and the shared consensus line; drawing only (aria-hidden). */
export function RangeTrack({ bar, consensus }: { bar?: RangeBar; consensus?: number }) {
  return (
    // Empty marks: nothing for a screen reader to read, so no aria-hidden is needed on each track.
    <div className="track">
      {consensus !== undefined && <span className="cons" style={{ left: `${consensus}%` }} />}
      {bar && bar.width > 0 && (
        <span
          className={bar.open ? "bar open" : "bar"}
          style={{ left: `${bar.left}%`, width: `${bar.width}%` }}
        />
      )}
      {bar?.top !== undefined && <span className="top10" style={{ left: `${bar.top}%` }} />}
      {bar?.median !== undefined && <span className="dot" style={{ left: `${bar.median}%` }} />}
    </div>
  );
}

export type KeyItem = "range" | "open" | "median" | "top10" | "consensus";

const KEY_TEXT: Record<KeyItem, string> = {
  range: "range",
  open: "range with no top",
  median: "median",
  top10: "top 10% start",
  consensus: "median of sources",
};

/** What each mark means; only the marks the chart uses. */
export function ChartKey({ items }: { items: KeyItem[] }) {
  return (
    <ul className="chart-key" aria-hidden="true">
      {items.map((item) => (
        <li key={item}>
          <span className="track">
            {item === "range" && <span className="bar" style={{ left: "0", width: "100%" }} />}
            {item === "open" && <span className="bar open" style={{ left: "0", width: "100%" }} />}
            {item === "median" && <span className="dot" style={{ left: "50%" }} />}
            {item === "top10" && <span className="top10" style={{ left: "50%" }} />}
            {item === "consensus" && <span className="cons" style={{ left: "50%" }} />}
          </span>
          {KEY_TEXT[item]}
        </li>
      ))}
    </ul>
  );
}
