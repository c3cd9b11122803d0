/** @jsxImportSource preact */
import { staticBlock } from "../static-block";
import { moneyAxis, rangeBar, rangeDomainMax, toPct } from "@/lib/charts/layout";
import { formatMoneyShort } from "@/lib/charts/scale";
import type { SalaryComparison, SourceSalary } from "@/lib/compare/salary";
import { formatMoneyRange, formatPeriod, sourcesBacking } from "@/lib/format";
import { ChartFigure, ChartKey, RangeTrack, type KeyItem } from "./ChartParts";

export type SalaryRangeChartProps = {
  comparison: SalaryComparison;
  /** Give distinct titles when a page shows two. */
  title?: string;
};

/**
 * Each source's salary range on one money axis, one row per source: the
 * figures written above the bar, so nothing is placed by value but the marks.
 */
function SalaryRangeChartMarkup({ comparison, title }: SalaryRangeChartProps) {
  const { basis, rows, consensus } = comparison;
  if (!basis || rows.length === 0) return null;
  const currency = basis.currency;
  const axis = moneyAxis(rangeDomainMax([...rows, { median: consensus?.medianOfMedians }]), currency);
  const showConsensus = consensus !== undefined && consensus.sourceCount >= 2;
  const consensusAt = showConsensus ? toPct(consensus.medianOfMedians, axis) : undefined;

  return (
    <ChartFigure
      title={title ?? `Salary range by source, ${currency} ${formatPeriod(basis.period)}`}
      axis={axis}
      axisLabel={`Axis: salary from ${formatMoneyShort(axis.min, currency)} to ${formatMoneyShort(axis.max, currency)}`}
      id="salary-chart"
      caption={
        rows.some((r) => r.outliers.length > 0)
          ? "⚠ marks a figure far from the others; the notes under the table say why."
          : undefined
      }
    >
      <ul className="chart-rows">
        {showConsensus && (
          <li>
            <p className="chart-label">
              <b>Median of sources</b>
              <span className="fig">
                {`${formatMoneyShort(consensus.medianOfMedians, currency)} from ${sourcesBacking(consensus.sourceCount, rows.length)}`}
              </span>
            </p>
            <RangeTrack
              bar={{ left: 0, width: 0, open: false, median: consensusAt }}
              consensus={consensusAt}
            />
          </li>
        )}
        {rows.map((row) => (
          <li key={row.guide.source.id}>
            <p className="chart-label">
              <b>{row.guide.source.name}</b>
              <span className="fig">{rowText(row, currency)}</span>
            </p>
            <RangeTrack bar={rangeBar(row, axis)} consensus={consensusAt} />
          </li>
        ))}
      </ul>
      <ChartKey items={keyItems(rows, showConsensus)} />
    </ChartFigure>
  );
}

/** "median $120k · $80k–$160k+ · top 10% from $190k", with ⚠ after an unusual figure. */
function rowText(row: SourceSalary, currency: string): string {
  const warn = (field: string) => (row.outliers.some((o) => o.field === field) ? " ⚠" : "");
  const parts: string[] = [];
  if (row.median !== undefined)
    parts.push(`median ${formatMoneyShort(row.median, currency)}${warn("median")}`);
  const range = formatMoneyRange(row.min, row.max, currency, row.maxOpenEnded, formatMoneyShort);
  if (range) parts.push(`range ${range}${warn("min") || warn("max")}`);
  if (row.topDecile !== undefined) parts.push(`top 10% from ${formatMoneyShort(row.topDecile, currency)}`);
  return parts.length > 0 ? parts.join(" · ") : "no figures on this basis";
}

function keyItems(rows: readonly SourceSalary[], consensus: boolean): KeyItem[] {
  const items: KeyItem[] = [];
  if (rows.some((r) => r.min !== undefined && r.max !== undefined && !r.maxOpenEnded)) items.push("range");
  if (rows.some((r) => r.maxOpenEnded || (r.min !== undefined && r.max === undefined))) items.push("open");
  if (rows.some((r) => r.median !== undefined)) items.push("median");
  if (rows.some((r) => r.topDecile !== undefined)) items.push("top10");
  if (consensus) items.push("consensus");
  return items;
}

export const SalaryRangeChart = staticBlock(SalaryRangeChartMarkup);
