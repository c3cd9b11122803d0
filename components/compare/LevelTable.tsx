import type { LevelSeries } from "@/lib/compare/levels";
import { formatMoney, formatMoneyRange, formatYears } from "@/lib/format";

const cell = "py-2 pr-4 align-top";

/** Level and tier salaries of every source, in years order: the table behind the experience chart. */
export function LevelTable({ series }: { series: LevelSeries[] }) {
  return (
    <div
      className="relative overflow-x-auto"
      role="region"
      aria-label="Salary by experience, table"
      tabIndex={0}
    >
      <table className="w-full min-w-[34rem] border-collapse text-left" data-testid="level-table">
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className={cell}>
              Source
            </th>
            <th scope="col" className={cell}>
              Level or tier
            </th>
            <th scope="col" className={cell}>
              Experience
            </th>
            <th scope="col" className={cell}>
              Median
            </th>
            <th scope="col" className={cell}>
              Average
            </th>
            <th scope="col" className={cell}>
              Band
            </th>
          </tr>
        </thead>
        <tbody>
          {series.flatMap((s) =>
            s.points.map((p, i) => (
              <tr key={`${s.guide.source.id}-${p.label}`} className="border-b border-line">
                {i === 0 && (
                  <th scope="rowgroup" rowSpan={s.points.length} className={`${cell} font-semibold`}>
                    {s.guide.source.name}
                  </th>
                )}
                <td className={cell}>{p.label}</td>
                <td className={cell}>{formatYears(p.yearsMin, p.yearsMax)}</td>
                <td className={cell}>{p.median !== undefined ? formatMoney(p.median, s.currency) : "—"}</td>
                <td className={cell}>{p.average !== undefined ? formatMoney(p.average, s.currency) : "—"}</td>
                <td className={cell}>{formatMoneyRange(p.min, p.max, s.currency, p.maxOpenEnded) || "—"}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
}
