/** @jsxImportSource preact */
import { staticBlock } from "../static-block";
import type { OutlookRow } from "@/lib/compare/outlook";
import { formatCount } from "@/lib/format";
import { DataTable } from "../DataTable";

const notGiven = () => <span className="text-muted">Not given</span>;

/** Outlook figures side by side, each with what it actually measures. */
function OutlookTableMarkup({
  rows,
  caption = "Outlook by source",
}: {
  rows: OutlookRow[];
  caption?: string;
}) {
  return (
    <DataTable
      caption={caption}
      captionHidden
      columns={["Source", "Growth", "Openings or postings", "What the figures measure"]}
      testId="outlook-table"
      groups={[
        {
          rows: rows.map((r) => ({
            key: r.guide.source.id,
            header: r.guide.source.name,
            cells: [
              r.growthPercent !== undefined ? (
                <>
                  <b>{r.growthPercent}%</b>
                  {r.period && ` ${r.period}`}
                  {r.growthLabel && <span className="block text-sm text-muted">“{r.growthLabel}”</span>}
                </>
              ) : (
                notGiven()
              ),
              <>
                {r.annualOpenings !== undefined && (
                  <span className="block">
                    {formatCount(r.annualOpenings, r.annualOpeningsApprox)} projected openings a year
                  </span>
                )}
                {r.livePostings !== undefined && (
                  <span className="block">{formatCount(r.livePostings)} live job ads</span>
                )}
                {r.annualOpenings === undefined && r.livePostings === undefined && notGiven()}
                {r.demand && (
                  <span className="block text-sm text-muted">Demand: {r.demand.replace("-", " ")}</span>
                )}
              </>,
              <span key="m" className="text-sm">
                {r.measures.join(" ")}
              </span>,
            ],
          })),
        },
      ]}
    />
  );
}

export const OutlookTable = staticBlock(OutlookTableMarkup);
