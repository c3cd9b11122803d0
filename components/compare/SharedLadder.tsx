/** @jsxImportSource preact */
import { staticBlock } from "../static-block";
import type { LadderComparison } from "@/lib/compare/ladder";
import { formatYears, sourcesBacking } from "@/lib/format";

/** The rungs most sources share, at the median of their year ranges, with each source's titles. */
function SharedLadderMarkup({ ladder }: { ladder: LadderComparison }) {
  if (ladder.shared.length === 0)
    return <p>The sources do not yet share enough levels to draw a common ladder.</p>;
  return (
    <ol className="space-y-3" data-testid="shared-ladder">
      {ladder.shared.map((rung) => (
        <li key={rung.rung} className="border-l-4 border-brand pl-4">
          <p className="font-bold">
            {rung.label} · {formatYears(rung.yearsMin, rung.yearsMax)}
          </p>
          <p className="text-sm text-muted">
            {sourcesBacking(rung.sourceCount, ladder.sourcesWithTiers)} · called {rung.titles.join("; ")}
          </p>
        </li>
      ))}
    </ol>
  );
}

export const SharedLadder = staticBlock(SharedLadderMarkup);
