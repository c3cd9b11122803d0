import type { OutlookRow } from "@/lib/compare/outlook";
import { formatCount } from "@/lib/format";

const cell = "py-2 pr-4 align-top";

/** Outlook figures side by side, each with what it actually measures. */
export function OutlookTable({ rows }: { rows: OutlookRow[] }) {
  return (
    <div
      className="relative overflow-x-auto"
      role="region"
      aria-label="Outlook by source, table"
      tabIndex={0}
    >
      <table className="w-full min-w-[40rem] border-collapse text-left" data-testid="outlook-table">
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className={cell}>
              Source
            </th>
            <th scope="col" className={cell}>
              Growth
            </th>
            <th scope="col" className={cell}>
              Openings or postings
            </th>
            <th scope="col" className={cell}>
              What the figures measure
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.guide.source.id} className="border-b border-line">
              <th scope="row" className={`${cell} font-semibold`}>
                {r.guide.source.name}
              </th>
              <td className={cell}>
                {r.growthPercent !== undefined ? (
                  <>
                    <span className="font-bold">{r.growthPercent}%</span>
                    {r.period && <span className="block text-sm">{r.period}</span>}
                    {r.growthLabel && <span className="block text-sm text-muted">“{r.growthLabel}”</span>}
                  </>
                ) : (
                  <span className="text-muted">Not given</span>
                )}
              </td>
              <td className={cell}>
                {r.annualOpenings !== undefined && (
                  <span className="block">
                    {formatCount(r.annualOpenings, r.annualOpeningsApprox)} projected openings a year
                  </span>
                )}
                {r.livePostings !== undefined && (
                  <span className="block">{formatCount(r.livePostings)} live job ads</span>
                )}
                {r.annualOpenings === undefined && r.livePostings === undefined && (
                  <span className="text-muted">Not given</span>
                )}
                {r.demand && (
                  <span className="block text-sm text-muted">Demand: {r.demand.replace("-", " ")}</span>
                )}
              </td>
              <td className={`${cell} text-sm`}>{r.measures.join(" ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
