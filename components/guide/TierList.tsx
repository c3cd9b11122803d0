import type { Tier } from "@/lib/content";
import { formatMoneyRange, formatYears } from "@/lib/format";
import { Prose } from "../Prose";

/**
 * The career ladder as one source tells it, least experienced first: each
 * tier's title, years and pay in view, what it involves in a disclosure (printed open).
 */
export function TierList({ tiers, currency }: { tiers: Tier[]; currency: string }) {
  return (
    <ol className="divide-y divide-line border-y border-line">
      {tiers.map((tier, i) => (
        <li key={tier.title} className="py-1.5">
          <h3 className="font-bold">
            <span className="sr-only">Tier {i + 1}: </span>
            {tier.title}
          </h3>
          <p className="text-sm text-muted">
            {formatYears(tier.yearsMin, tier.yearsMax)}
            {tier.salary && (tier.salary.min !== undefined || tier.salary.max !== undefined) && (
              <> · {formatMoneyRange(tier.salary.min, tier.salary.max, currency, tier.salary.maxOpenEnded)}</>
            )}
          </p>
          <details>
            <summary className="text-sm text-link">What the role involves</summary>
            <Prose markdown={tier.summary} className="mt-1" />
            {tier.focus.length > 0 && (
              <p className="mt-1 text-sm">
                <span className="font-semibold">Focus:</span> {tier.focus.join(" · ")}
              </p>
            )}
          </details>
        </li>
      ))}
    </ol>
  );
}
