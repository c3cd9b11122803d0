/** @jsxImportSource preact */
import { staticBlock } from "../static-block";
import type { Guide } from "@/lib/content";
import { formatCount, formatMoney, formatMoneyRange, formatPeriod } from "@/lib/format";

type Fact = { label: string; value: string; note?: string };

/** The headline figures of one guide; only the facts the source gives. */
function guideFacts(guide: Guide): Fact[] {
  const facts: Fact[] = [];
  const { salary, outlook } = guide;
  if (!salary)
    facts.push({ label: "Salary", value: "Not given", note: "this source publishes no pay figures" });
  if (salary?.median !== undefined) {
    facts.push({
      label: "Median salary",
      value: formatMoney(salary.median, salary.currency),
      note: `${salary.currency} ${formatPeriod(salary.period)}`,
    });
  }
  if (salary && (salary.min !== undefined || salary.max !== undefined)) {
    facts.push({
      label: "Salary range",
      value: formatMoneyRange(salary.min, salary.max, salary.currency, salary.maxOpenEnded),
    });
  }
  if (salary?.topDecile !== undefined) {
    facts.push({ label: "Top 10% earn", value: `${formatMoney(salary.topDecile, salary.currency)}+` });
  }
  if (outlook?.growthPercent !== undefined) {
    const period =
      outlook.projectionFrom && outlook.projectionTo
        ? `${outlook.projectionFrom}–${outlook.projectionTo}`
        : undefined;
    facts.push({
      label: "Projected growth",
      value: `${outlook.growthPercent}%`,
      note: [period, outlook.basis].filter(Boolean).join(", ") || undefined,
    });
  }
  if (outlook?.annualOpenings !== undefined) {
    facts.push({
      label: "Openings a year",
      value: formatCount(outlook.annualOpenings, outlook.annualOpeningsApprox),
      note: "projected",
    });
  }
  if (outlook?.livePostings !== undefined) {
    facts.push({
      label: "Live job ads",
      value: formatCount(outlook.livePostings),
      note: "when the guide was written",
    });
  }
  if (guide.tiers.length > 0) facts.push({ label: "Career tiers", value: String(guide.tiers.length) });
  return facts;
}

export function GuideFactsMarkup({ guide, compact = false }: { guide: Guide; compact?: boolean }) {
  const facts = guideFacts(guide);
  return (
    <dl className={compact ? "guide-facts compact" : "guide-facts"}>
      {facts.map((fact) => (
        <div key={fact.label}>
          <dt>{fact.label}</dt>
          <dd>{fact.value}</dd>
          {fact.note && <dd>{fact.note}</dd>}
        </div>
      ))}
    </dl>
  );
}

export const GuideFacts = staticBlock(GuideFactsMarkup);
