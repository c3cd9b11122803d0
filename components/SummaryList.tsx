import type { ReactNode } from "react";
import { AgreementBands, type AgreementBandsProps } from "./AgreementBands";

export type SummaryListProps = AgreementBandsProps & {
  /** The full matrix, shown in a disclosure under the summary. */
  details: ReactNode;
  detailsLabel: string;
};

/** What the sources agree on first, then the full matrix in a disclosure. */
export function SummaryList({ items, total, noun, details, detailsLabel }: SummaryListProps) {
  return (
    <>
      <AgreementBands items={items} total={total} noun={noun} />
      <details className="more">
        <summary>{detailsLabel}</summary>
        {details}
      </details>
    </>
  );
}
