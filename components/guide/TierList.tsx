import type { Tier } from "@/lib/content";
import { formatMoneyRange, formatYears } from "@/lib/format";
import { Prose } from "../Prose";

/** The career ladder as one source tells it, least experienced first. */
export function TierList({ tiers, currency }: { tiers: Tier[]; currency: string }) {
  return (
    <ol className="space-y-4">
      {tiers.map((tier, i) => (
        <li key={tier.title} className="border-l-4 border-brand pl-4">
          <h3 className="text-lg font-bold">
            <span className="sr-only">Tier {i + 1}: </span>
            {tier.title}
          </h3>
          <p className="text-sm font-semibold text-muted">
            {formatYears(tier.yearsMin, tier.yearsMax)}
            {tier.salary && (tier.salary.min !== undefined || tier.salary.max !== undefined) && (
              <> · {formatMoneyRange(tier.salary.min, tier.salary.max, currency, tier.salary.maxOpenEnded)}</>
            )}
          </p>
          <Prose markdown={tier.summary} className="mt-1" />
          {tier.focus.length > 0 && (
            <p className="mt-2 text-sm">
              <span className="font-semibold">Focus:</span> {tier.focus.join(" · ")}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
