/** @jsxImportSource preact */
import { staticBlock } from "./static-block";
import { agreementBand } from "@/lib/labels";
import { plural } from "@/lib/format";

type BandItem = { entry: { id: string; name: string }; sourceCount: number };

/** Bands with more entries than this are counted, not listed: the full table below lists them. */
const LIST_UP_TO = 12;

export type AgreementBandsProps = {
  items: readonly BandItem[];
  /** How many sources could have named an entry. */
  total: number;
  noun: string;
};

/**
 * Entries grouped by how many sources name them, most first ("Named by all 3
 * sources (5 skills): …"). A long tail of single-source entries is counted
 * rather than listed.
 */
function AgreementBandsMarkup({ items, total, noun }: AgreementBandsProps) {
  const counts = [...new Set(items.map((i) => i.sourceCount))].sort((a, b) => b - a);
  return (
    <dl className="summary-list no-print text-sm">
      {counts.map((count) => {
        const band = items.filter((i) => i.sourceCount === count);
        return (
          <div key={count} data-band={count}>
            <dt>{`${agreementBand(count, total)} (${plural(band.length, noun)})`}</dt>
            <dd>
              {band.length <= LIST_UP_TO || count === total
                ? band.map((i) => i.entry.name).join(", ")
                : `${band
                    .slice(0, 6)
                    .map((i) => i.entry.name)
                    .join(", ")} and ${band.length - 6} more, in the full table`}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

export const AgreementBands = staticBlock(AgreementBandsMarkup);
