/** @jsxImportSource preact */
import { staticBlock } from "../static-block";
import type { QuickFacts } from "@/lib/compare/quick-facts";
import { formatCount } from "@/lib/format";
import { SourceCount } from "../QuickFacts";

/** One career's outlook on a compare page: growth, openings and live ads, each with the sources behind it. */
function PairOutlookMarkup({ title, facts }: { title: string; facts: QuickFacts }) {
  const { growth, openings, postings } = facts;
  return (
    <div className="h-full border border-line p-4" data-testid="pair-outlook">
      <h3 className="mb-1 text-lg font-bold">{title}</h3>
      <dl className="space-y-1 text-sm">
        <div>
          <dt className="font-semibold">Projected growth</dt>
          <dd>
            {growth ? (
              <>
                <b className="text-base">
                  {growth.lowest === growth.highest ? growth.lowest : `${growth.lowest}–${growth.highest}`}%
                </b>
                {growth.period && ` over ${growth.period}`}
                <SourceCount backing={growth.backing} />
              </>
            ) : (
              "Not given by any source"
            )}
          </dd>
        </div>
        <div>
          <dt className="font-semibold">Openings a year</dt>
          <dd>
            {openings ? (
              <>
                <b className="text-base">{formatCount(openings.value, openings.approx)}</b> projected
                <SourceCount backing={openings.backing} />
              </>
            ) : (
              "Not given by any source"
            )}
          </dd>
        </div>
        <div>
          <dt className="font-semibold">Live job ads</dt>
          <dd>
            {postings ? (
              <>
                <b className="text-base">{formatCount(postings.value)}</b> when the guide was written
                <SourceCount backing={postings.backing} />
              </>
            ) : (
              "Not given by any source"
            )}
          </dd>
        </div>
      </dl>
    </div>
  );
}

export const PairOutlook = staticBlock(PairOutlookMarkup);
