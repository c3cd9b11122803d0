/** @jsxImportSource preact */
import { staticBlock } from "../static-block";
import type { LevelSeries } from "@/lib/compare/levels";
import { formatMoney, formatMoneyRange, formatYears } from "@/lib/format";
import { DataTable } from "../DataTable";

/** Level and tier salaries of every source, in years order: the table behind the experience chart. */
function LevelTableMarkup({ series }: { series: LevelSeries[] }) {
  return (
    <DataTable
      caption="Salary by experience: each source's levels, in its own currency"
      columns={["Level or tier", "Experience", "Median", "Average", "Band"]}
      testId="level-table"
      groups={series.map((s) => ({
        label: s.guide.source.name,
        rows: s.points.map((p) => ({
          key: `${s.guide.source.id}-${p.label}`,
          header: p.label,
          cells: [
            formatYears(p.yearsMin, p.yearsMax),
            p.median !== undefined ? formatMoney(p.median, s.currency) : "—",
            p.average !== undefined ? formatMoney(p.average, s.currency) : "—",
            formatMoneyRange(p.min, p.max, s.currency, p.maxOpenEnded) || "—",
          ],
        })),
      }))}
    />
  );
}

export const LevelTable = staticBlock(LevelTableMarkup);
