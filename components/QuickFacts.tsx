/** @jsxImportSource preact */
import { staticBlock } from "./static-block";
import type { ComponentChildren } from "preact";
import type { QuickFacts as Facts } from "@/lib/compare/quick-facts";
import {
  formatCount,
  formatDate,
  formatMoneyRange,
  formatMoneyRounded,
  formatPeriod,
  sourcesBacking,
} from "@/lib/format";

type Backing = { count: number; total: number; names: string[] };

/**
 * The hub's opening panel, shaped like the Occupational Outlook Handbook's
 * quick facts: pay, outlook, entry education, sources and review date. Every
 * figure says how many sources back it; a single-source figure is marked.
 */
function QuickFactsMarkup({ facts, careerTitle }: { facts: Facts; careerTitle: string }) {
  const { pay, growth, openings, education } = facts;
  return (
    <section
      aria-labelledby="quick-facts"
      className="mb-6 border-l-4 border-brand bg-wash px-4 py-3"
      data-testid="quick-facts"
    >
      <h2 id="quick-facts" className="mb-1 text-lg font-bold">
        {`Quick facts: ${careerTitle}`}
      </h2>
      <dl className="facts text-sm">
        <Fact label="Median pay" backing={pay?.backing}>
          {pay ? (
            <>
              <b>{formatMoneyRounded(pay.median, pay.currency)}</b>
              {` ${formatPeriod(pay.period)}`}
              {pay.backing.count > 1 &&
                ` (sources’ medians ${formatMoneyRange(pay.lowest, pay.highest, pay.currency, false, formatMoneyRounded)})`}
            </>
          ) : (
            "Not given"
          )}
        </Fact>
        <Fact
          label="Job growth"
          backing={growth?.backing}
          detail={growth && growthDetail(growth.bySource, growth.period !== undefined)}
        >
          {growth ? (
            <>
              <b>{`${growth.lowest === growth.highest ? growth.lowest : `${growth.lowest}–${growth.highest}`}%`}</b>
              {growth.period && ` over ${growth.period}`}
            </>
          ) : (
            "Not given"
          )}
        </Fact>
        <Fact label="Openings a year" backing={openings?.backing}>
          {openings ? (
            <>
              <b>{formatCount(openings.value, openings.approx)}</b>
              {openings.period && ` projected over ${openings.period}`}
            </>
          ) : (
            "Not given"
          )}
        </Fact>
        {facts.postings && (
          <Fact label="Live job ads" backing={facts.postings.backing}>
            <b>{formatCount(facts.postings.value)}</b> when the guide was written
          </Fact>
        )}
        <Fact label="Typical entry education" backing={education?.backing}>
          {education ? education.text : "Not given"}
        </Fact>
        <Fact label="Sources">
          {`${facts.sources.length}: ${facts.sources.map((s) => s.name).join(", ")}`}
        </Fact>
        <Fact label="Guides last reviewed">{facts.reviewed ? formatDate(facts.reviewed) : "Not dated"}</Fact>
      </dl>
    </section>
  );
}

/** Whose projection and which period: "Himalayas 22% over 2022–2032 (BLS projection…); Jobicy 25%, no period given". */
function growthDetail(bySource: NonNullable<Facts["growth"]>["bySource"], samePeriod: boolean): string {
  return bySource
    .map((s) => {
      const period = samePeriod ? "" : s.period ? ` over ${s.period}` : ", no period given";
      return `${s.name} ${s.percent}%${period}${s.basis ? ` (${s.basis})` : ""}`;
    })
    .join("; ");
}

type FactProps = { label: string; backing?: Backing; detail?: string; children: ComponentChildren };

/** One fact: the figure, how many sources back it, then any detail on its own line. */
function Fact({ label, backing, detail, children }: FactProps) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        {children}
        {backing && <SourceCount backing={backing} />}
        {detail && <span className="block text-muted">{detail}</span>}
      </dd>
    </div>
  );
}

/** "· 3 of 4 sources", and a visible "single source" mark when only one source backs the figure. */
export function SourceCount({ backing }: { backing: Backing }) {
  const single = backing.count === 1;
  return (
    <span className="text-muted">
      {` · ${sourcesBacking(backing.count, backing.total)}${single ? " " : ""}`}
      {single && <span className="single">{`single source: ${backing.names[0]}`}</span>}
    </span>
  );
}

export const QuickFacts = staticBlock(QuickFactsMarkup);
