/** @jsxImportSource preact */
import { staticBlock } from "../static-block";
import type { SalaryComparison } from "@/lib/compare/salary";
import { formatMoneyRange, formatMoneyRounded, formatPeriod } from "@/lib/format";
import { SourceCount } from "../QuickFacts";

/** One career's salary on a compare page: the median of its sources' medians, their spread and who gives one. */
function PairSalaryMarkup({
  title,
  comparison,
  total,
}: {
  title: string;
  comparison: SalaryComparison;
  total: number;
}) {
  const { consensus, basis } = comparison;
  const withMedian = comparison.rows.filter((r) => r.median !== undefined).map((r) => r.guide.source.name);
  return (
    <div className="h-full border border-line p-4">
      <h3 className="mb-1 text-lg font-bold">{title}</h3>
      {consensus && basis ? (
        <dl className="space-y-1 text-sm">
          <div>
            <dt className="font-semibold">
              {consensus.sourceCount > 1 ? "Median of source medians" : "Median"}
            </dt>
            <dd>
              <b className="text-2xl">{formatMoneyRounded(consensus.medianOfMedians, basis.currency)}</b>{" "}
              {basis.currency} {formatPeriod(basis.period)}
              <SourceCount backing={{ count: consensus.sourceCount, total, names: withMedian }} />
            </dd>
          </div>
          {consensus.sourceCount > 1 && (
            <div>
              <dt className="font-semibold">Lowest to highest median</dt>
              <dd>
                {formatMoneyRange(
                  consensus.lowestMedian,
                  consensus.highestMedian,
                  basis.currency,
                  false,
                  formatMoneyRounded,
                )}{" "}
                (highest {consensus.spread.toFixed(2)}× lowest)
              </dd>
            </div>
          )}
          <div>
            <dt className="font-semibold">Sources with a median</dt>
            <dd>{withMedian.join(", ")}</dd>
          </div>
        </dl>
      ) : (
        <p>No source gives a median salary.</p>
      )}
    </div>
  );
}

export const PairSalary = staticBlock(PairSalaryMarkup);
