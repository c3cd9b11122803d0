import type { Salary } from "@/lib/content";
import { formatMoney, formatMoneyRange, formatYears } from "@/lib/format";

const cell = "py-2 pr-4 align-top";

function money(value: number | undefined, currency: string) {
  return value === undefined ? <span className="text-muted">—</span> : formatMoney(value, currency);
}

/** Salary by experience level, as the source names its levels. */
export function SalaryByLevel({ salary }: { salary: Salary }) {
  const has = (key: "median" | "average" | "min" | "max") => salary.byLevel.some((l) => l[key] !== undefined);
  const hasYears = salary.byLevel.some((l) => l.yearsMin !== undefined);
  return (
    <div
      className="relative overflow-x-auto"
      role="region"
      aria-label="Salary by experience level"
      tabIndex={0}
    >
      <table className="w-full min-w-[24rem] border-collapse text-left">
        <caption className="mb-2 text-left text-sm text-muted">
          {salary.currency} {salary.period === "year" ? "a year" : `per ${salary.period}`}, by level
        </caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className={cell}>
              Level
            </th>
            {hasYears && (
              <th scope="col" className={cell}>
                Experience
              </th>
            )}
            {has("median") && (
              <th scope="col" className={cell}>
                Median
              </th>
            )}
            {has("average") && (
              <th scope="col" className={cell}>
                Average
              </th>
            )}
            {(has("min") || has("max")) && (
              <th scope="col" className={cell}>
                Range
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {salary.byLevel.map((level) => (
            <tr key={level.level} className="border-b border-line">
              <th scope="row" className={`${cell} font-semibold`}>
                {level.level}
              </th>
              {hasYears && (
                <td className={cell}>
                  {level.yearsMin !== undefined ? formatYears(level.yearsMin, level.yearsMax) : "—"}
                </td>
              )}
              {has("median") && <td className={cell}>{money(level.median, salary.currency)}</td>}
              {has("average") && <td className={cell}>{money(level.average, salary.currency)}</td>}
              {(has("min") || has("max")) && (
                <td className={cell}>{formatMoneyRange(level.min, level.max, salary.currency) || "—"}</td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Salaries by country or city, in local currency with the source's USD equivalent. */
export function SalaryByRegion({ salary }: { salary: Salary }) {
  return (
    <div className="relative overflow-x-auto" role="region" aria-label="Salary by region" tabIndex={0}>
      <table className="w-full min-w-[30rem] border-collapse text-left">
        <caption className="mb-2 text-left text-sm text-muted">
          Local currency, with the US dollar equivalent where the source gives one
        </caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className={cell}>
              Region
            </th>
            <th scope="col" className={cell}>
              Roles
            </th>
            <th scope="col" className={cell}>
              Local pay
            </th>
            <th scope="col" className={cell}>
              In US dollars
            </th>
          </tr>
        </thead>
        <tbody>
          {salary.byRegion.map((r) => (
            <tr key={`${r.region}-${r.roles ?? ""}`} className="border-b border-line">
              <th scope="row" className={`${cell} font-semibold`}>
                {r.region}
              </th>
              <td className={cell}>{r.roles ?? "—"}</td>
              <td className={cell}>
                {r.median !== undefined
                  ? `${formatMoney(r.median, r.currency)} median`
                  : formatMoneyRange(r.min, r.max, r.currency) || "—"}
              </td>
              <td className={cell}>
                {r.currency === "USD" ? (
                  <span className="text-muted">—</span>
                ) : (
                  formatMoneyRange(r.usdMin, r.usdMax, "USD") || <span className="text-muted">Not given</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
