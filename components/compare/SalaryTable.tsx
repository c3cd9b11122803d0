/** @jsxImportSource preact */
import { staticBlock } from "../static-block";
import type { SalaryComparison } from "@/lib/compare/salary";
import { formatMoney, formatMoneyRange, formatPeriod, sourcesBacking } from "@/lib/format";
import { DataTable } from "../DataTable";
import { ProseHtml } from "../ProseHtml";

/** Every source's salary figures with its year; outliers marked with the source's own caveat. */
function SalaryTableMarkup({ comparison }: { comparison: SalaryComparison }) {
  const { basis, rows, consensus, otherBasis, withoutSalary } = comparison;
  if (!basis) return <p>No source gives salary figures for this career.</p>;
  const flagged = rows.filter((r) => r.outliers.length > 0);
  const money = (v: number | undefined) => (v !== undefined ? formatMoney(v, basis.currency) : "—");
  return (
    <>
      <DataTable
        caption={`Salary by source, ${basis.currency} ${formatPeriod(basis.period)}, as each source gives it`}
        columns={["Source", "Figures for", "Median", "Range", "Top 10% from"]}
        testId="salary-table"
        groups={[
          {
            rows: rows.map((r) => {
              const outlier = (field: string) => r.outliers.some((o) => o.field === field);
              return {
                key: r.guide.source.id,
                header: r.guide.source.name,
                cells: [
                  r.guide.provenance.figuresYear ?? "Undated",
                  <>
                    {money(r.median)}
                    {outlier("median") && <OutlierMark />}
                  </>,
                  <>
                    {formatMoneyRange(r.min, r.max, basis.currency, r.maxOpenEnded) || "—"}
                    {(outlier("min") || outlier("max")) && <OutlierMark />}
                  </>,
                  r.topDecile !== undefined ? `${money(r.topDecile)}+` : "—",
                ],
              };
            }),
          },
        ]}
        footer={
          consensus && consensus.sourceCount > 1
            ? {
                key: "consensus",
                header: "Median of sources",
                cells: [
                  sourcesBacking(consensus.sourceCount, rows.length),
                  <b key="m">{money(consensus.medianOfMedians)}</b>,
                  `Medians ${formatMoneyRange(consensus.lowestMedian, consensus.highestMedian, basis.currency)}; highest ${consensus.spread.toFixed(2)}× lowest`,
                  "",
                ],
              }
            : undefined
        }
      />
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
                  About this source: <ProseHtml markdown={r.guide.source.caveat} inline />
                </>
              )}
              {r.guide.salary?.note && (
                <>
                  {" "}
                  Its note on the range: <ProseHtml markdown={r.guide.salary.note} inline />
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

export const SalaryTable = staticBlock(SalaryTableMarkup);
