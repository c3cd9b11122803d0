import type { SalaryComparison } from "@/lib/compare/salary";
import { formatMoney, formatMoneyRange, formatPeriod } from "@/lib/format";
import { Prose } from "../Prose";

const cell = "py-2 pr-4 align-top";

/** Every source's salary figures with its year; outliers marked with the source's own caveat. */
export function SalaryTable({ comparison }: { comparison: SalaryComparison }) {
  const { basis, rows, consensus, otherBasis, withoutSalary } = comparison;
  if (!basis) return <p>No source gives salary figures for this career.</p>;
  const flagged = rows.filter((r) => r.outliers.length > 0);
  return (
    <>
      <div
        className="relative overflow-x-auto"
        role="region"
        aria-label="Salary by source, table"
        tabIndex={0}
      >
        <table className="w-full min-w-[34rem] border-collapse text-left" data-testid="salary-table">
          <caption className="mb-2 text-left text-sm text-muted">
            {basis.currency} {formatPeriod(basis.period)}, as each source gives it
          </caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className={cell}>
                Source
              </th>
              <th scope="col" className={cell}>
                Figures for
              </th>
              <th scope="col" className={cell}>
                Median
              </th>
              <th scope="col" className={cell}>
                Range
              </th>
              <th scope="col" className={cell}>
                Top 10% from
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const outlier = (field: string) => r.outliers.some((o) => o.field === field);
              return (
                <tr key={r.guide.source.id} className="border-b border-line">
                  <th scope="row" className={`${cell} font-semibold`}>
                    {r.guide.source.name}
                  </th>
                  <td className={cell}>{r.guide.provenance.figuresYear ?? "Undated"}</td>
                  <td className={cell}>
                    {r.median !== undefined ? formatMoney(r.median, basis.currency) : "—"}
                    {outlier("median") && <OutlierMark />}
                  </td>
                  <td className={cell}>
                    {formatMoneyRange(r.min, r.max, basis.currency, r.maxOpenEnded) || "—"}
                    {(outlier("min") || outlier("max")) && <OutlierMark />}
                  </td>
                  <td className={cell}>
                    {r.topDecile !== undefined ? `${formatMoney(r.topDecile, basis.currency)}+` : "—"}
                  </td>
                </tr>
              );
            })}
          </tbody>
          {consensus && consensus.sourceCount > 1 && (
            <tfoot>
              <tr className="border-t-2 border-ink">
                <th scope="row" className={`${cell} font-semibold`}>
                  Median of sources
                </th>
                <td className={cell}>{consensus.sourceCount} sources</td>
                <td className={`${cell} font-bold`}>
                  {formatMoney(consensus.medianOfMedians, basis.currency)}
                </td>
                <td className={cell} colSpan={2}>
                  Medians {formatMoney(consensus.lowestMedian, basis.currency)}–
                  {formatMoney(consensus.highestMedian, basis.currency)}; spread {consensus.spread.toFixed(2)}
                  ×
                </td>
              </tr>
            </tfoot>
          )}
        </table>
      </div>
      {flagged.length > 0 && (
        <div className="mt-3 space-y-2 text-sm" data-testid="salary-outliers">
          {flagged.map((r) => (
            <p key={r.guide.source.id}>
              <span aria-hidden="true" className="font-bold text-warn">
                ⚠{" "}
              </span>
              <strong>{r.guide.source.name}</strong>:{" "}
              {r.outliers
                .map((o) => `${o.field} ${formatMoney(o.value, basis.currency)} is ${o.reason}`)
                .join("; ")}
              .
              {r.guide.source.caveat && (
                <>
                  {" "}
                  About this source: <Prose markdown={r.guide.source.caveat} inline />
                </>
              )}
              {r.guide.salary?.note && (
                <>
                  {" "}
                  Its note on the range: <Prose markdown={r.guide.salary.note} inline />
                </>
              )}
            </p>
          ))}
        </div>
      )}
      {otherBasis.length > 0 && (
        <p className="mt-3 text-sm">
          Not compared, because they use another currency or period:{" "}
          {otherBasis
            .map((o) => `${o.guide.source.name} (${o.basis.currency} ${formatPeriod(o.basis.period)})`)
            .join(", ")}
          .
        </p>
      )}
      {withoutSalary.length > 0 && (
        <p className="mt-3 text-sm text-muted">
          No salary figures from: {withoutSalary.map((g) => g.source.name).join(", ")}.
        </p>
      )}
    </>
  );
}

function OutlierMark() {
  return (
    <span
      className="ml-1 font-bold text-warn"
      title="Far from the other figures; see the note below the table"
    >
      ⚠<span className="sr-only"> (far from the other figures; see note)</span>
    </span>
  );
}
