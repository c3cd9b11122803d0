/** @jsxImportSource preact */
import { staticBlock } from "../static-block";
import { moneyAxis, rangeBar, rangeDomainMax } from "@/lib/charts/layout";
import { formatMoneyShort } from "@/lib/charts/scale";
import type { LevelPoint, LevelSeries } from "@/lib/compare/levels";
import { formatMoneyRange, formatYears } from "@/lib/format";
import { ChartFigure, ChartKey, RangeTrack, type KeyItem } from "./ChartParts";

export type LevelSalaryChartProps = { series: LevelSeries[]; currency: string };

/**
 * Salary by experience: under each source, one row per level in years order,
 * its figures written above its bar on a money axis shared by all sources.
 */
function LevelSalaryChartMarkup({ series, currency }: LevelSalaryChartProps) {
  const drawn = series.filter((s) => s.currency === currency && s.points.length > 0);
  if (drawn.length === 0) return null;
  const points = drawn.flatMap((s) => s.points);
  const axis = moneyAxis(rangeDomainMax(points.map(figures)), currency);
  const skipped = series.filter((s) => s.currency !== currency).map((s) => s.guide.source.name);

  return (
    <ChartFigure
      title={`Salary by level, ${currency} a year, by source`}
      axis={axis}
      axisLabel={`Axis: salary from ${formatMoneyShort(axis.min, currency)} to ${formatMoneyShort(axis.max, currency)}`}
      id="level-chart"
      caption={
        skipped.length > 0 ? `In another currency, so only in the table: ${skipped.join(", ")}.` : undefined
      }
    >
      <ul className="chart-rows">
        {drawn.map((s) => [
          <li key={s.guide.source.id} className="group">
            {s.guide.source.name}
          </li>,
          ...s.points.map((p, i) => (
            <li key={`${s.guide.source.id}-${i}`}>
              <p className="chart-label">
                <b>{p.label}</b>
                <span className="fig">
                  {`${formatYears(p.yearsMin, p.yearsMax)} · ${pointText(p, currency)}`}
                </span>
              </p>
              <RangeTrack bar={rangeBar(figures(p), axis)} />
            </li>
          )),
        ])}
      </ul>
      <ChartKey items={keyItems(points)} />
    </ChartFigure>
  );
}

/** A level's figures as a bar: the average stands in for a missing median, and says so in the text. */
function figures(p: LevelPoint) {
  return { min: p.min, max: p.max, median: p.median ?? p.average, maxOpenEnded: p.maxOpenEnded };
}

function pointText(p: LevelPoint, currency: string): string {
  const parts: string[] = [];
  if (p.median !== undefined) parts.push(`median ${formatMoneyShort(p.median, currency)}`);
  else if (p.average !== undefined) parts.push(`average ${formatMoneyShort(p.average, currency)}`);
  const range = formatMoneyRange(p.min, p.max, currency, p.maxOpenEnded, formatMoneyShort);
  if (range) parts.push(`range ${range}`);
  return parts.join(" · ") || "no salary figure";
}

function keyItems(points: readonly LevelPoint[]): KeyItem[] {
  const items: KeyItem[] = [];
  if (points.some((p) => p.min !== undefined && p.max !== undefined && !p.maxOpenEnded)) items.push("range");
  if (points.some((p) => p.maxOpenEnded || (p.min !== undefined && p.max === undefined))) items.push("open");
  if (points.some((p) => p.median !== undefined || p.average !== undefined)) items.push("median");
  return items;
}

export const LevelSalaryChart = staticBlock(LevelSalaryChartMarkup);
