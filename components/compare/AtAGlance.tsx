import type { AtAGlance as Glance } from "@/lib/compare/career";
import { formatMoney, plural } from "@/lib/format";

/** A generated summary: how many sources, where they agree on pay, skills and certifications. */
export function AtAGlance({ glance, careerTitle }: { glance: Glance; careerTitle: string }) {
  const { salary } = glance;
  return (
    <section
      aria-labelledby="glance-heading"
      className="mb-10 border-l-4 border-brand bg-wash p-5"
      data-testid="at-a-glance"
    >
      <h2 id="glance-heading" className="mb-3 text-xl font-bold">
        At a glance
      </h2>
      <ul className="list-disc space-y-2 pl-5">
        <li>
          {plural(glance.sourceCount, "source")} {glance.sourceCount === 1 ? "covers" : "cover"} the{" "}
          {careerTitle.toLowerCase()} career.
        </li>
        {salary ? (
          <li>
            {salary.sourceCount > 1 ? (
              <>
                The median of their median salaries is{" "}
                <strong>{formatMoney(salary.medianOfMedians, salary.currency)}</strong>; medians run from{" "}
                {formatMoney(salary.lowestMedian, salary.currency)} to{" "}
                {formatMoney(salary.highestMedian, salary.currency)}, so the highest is{" "}
                <strong>{salary.spread.toFixed(2)}×</strong> the lowest (
                {plural(salary.sourceCount, "source")} give a median).
              </>
            ) : (
              <>
                One source gives a median salary:{" "}
                <strong>{formatMoney(salary.medianOfMedians, salary.currency)}</strong>. There is nothing yet
                to compare it with.
              </>
            )}
          </li>
        ) : (
          <li>No source gives a median salary.</li>
        )}
        {glance.skillsAllAgree.length > 0 && (
          <li>
            All {glance.skillSourceCount} sources that list skills name{" "}
            {listWithMore(
              glance.skillsAllAgree.map((s) => s.name),
              10,
            )}
            .
          </li>
        )}
        {glance.topCertification && (
          <li>
            Most recommended certification: <strong>{glance.topCertification.entry.name}</strong> (
            {glance.topCertification.entry.issuer}), named by{" "}
            {plural(glance.topCertification.sourceCount, "source")}.
          </li>
        )}
      </ul>
    </section>
  );
}

/** "A, B, C and 12 more" — long agreement lists stay readable; the full list is in the skills table. */
function listWithMore(names: string[], limit: number): string {
  if (names.length <= limit) return names.join(", ");
  return `${names.slice(0, limit).join(", ")} and ${names.length - limit} more (see Skills below)`;
}
