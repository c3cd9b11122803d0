/** @jsxImportSource preact */
import type { Tier } from "@/lib/content";
import { formatMoneyRange, formatYears } from "@/lib/format";
import { ProseHtml } from "../ProseHtml";

/** "3–5 years · $90,000–$120,000": years, then pay where the source gives it. */
function tierFigures(tier: Tier, currency: string): string {
  const pay =
    tier.salary && (tier.salary.min !== undefined || tier.salary.max !== undefined)
      ? ` · ${formatMoneyRange(tier.salary.min, tier.salary.max, currency, tier.salary.maxOpenEnded)}`
      : "";
  return `${formatYears(tier.yearsMin, tier.yearsMax)}${pay}`;
}

/**
 * The career ladder as one source tells it, least experienced first: each
 * tier's title, years and pay in view, what it involves in a disclosure (printed open).
 */
export function TierList({ tiers, currency }: { tiers: Tier[]; currency: string }) {
  return (
    <ol className="tier-list rule-list">
      {tiers.map((tier, i) => (
        <li key={i}>
          <h3>
            <span className="sr-only">{`Tier ${i + 1}: `}</span>
            {tier.title}
          </h3>
          <p className="text-sm text-muted">{tierFigures(tier, currency)}</p>
          <details>
            <summary>What the role involves</summary>
            <ProseHtml markdown={tier.summary} />
            {tier.focus.length > 0 && (
              <p>
                <b>Focus:</b> {tier.focus.join(" · ")}
              </p>
            )}
          </details>
        </li>
      ))}
    </ol>
  );
}
