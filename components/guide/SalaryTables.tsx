/** @jsxImportSource preact */
import type { ComponentChildren } from "preact";
import type { Salary } from "@/lib/content";
import { formatMoney, formatMoneyRange, formatPeriod, formatYears } from "@/lib/format";
import { DataTable } from "../DataTable";

const dash = () => <span className="text-muted">—</span>;

function money(value: number | undefined, currency: string) {
  return value === undefined ? dash() : formatMoney(value, currency);
}

/** Salary by experience level, as the source names its levels; only the columns the source fills. */
export function SalaryByLevel({ salary }: { salary: Salary }) {
  const levels = salary.byLevel;
  const has = (key: "median" | "average" | "min" | "max") => levels.some((l) => l[key] !== undefined);
  const columns: { header: string; cell: (l: Salary["byLevel"][number]) => ComponentChildren }[] = [
    ...(levels.some((l) => l.yearsMin !== undefined)
      ? [
          {
            header: "Experience",
            cell: (l: Salary["byLevel"][number]) =>
              l.yearsMin !== undefined ? formatYears(l.yearsMin, l.yearsMax) : "—",
          },
        ]
      : []),
    ...(has("median")
      ? [{ header: "Median", cell: (l: Salary["byLevel"][number]) => money(l.median, salary.currency) }]
      : []),
    ...(has("average")
      ? [{ header: "Average", cell: (l: Salary["byLevel"][number]) => money(l.average, salary.currency) }]
      : []),
    ...(has("min") || has("max")
      ? [
          {
            header: "Range",
            cell: (l: Salary["byLevel"][number]) => formatMoneyRange(l.min, l.max, salary.currency) || "—",
          },
        ]
      : []),
  ];
  return (
    <DataTable
      caption={`${salary.currency} ${formatPeriod(salary.period)}, by level`}
      columns={["Level", ...columns.map((c) => c.header)]}
      groups={[
        {
          rows: levels.map((l) => ({ key: l.level, header: l.level, cells: columns.map((c) => c.cell(l)) })),
        },
      ]}
    />
  );
}

/** Salaries by country or city, in local currency with the source's USD equivalent. */
export function SalaryByRegion({ salary }: { salary: Salary }) {
  return (
    <DataTable
      caption="Local currency, with the US dollar equivalent where the source gives one"
      columns={["Region", "Roles", "Local pay", "In US dollars"]}
      groups={[
        {
          rows: salary.byRegion.map((r) => ({
            key: `${r.region}-${r.roles ?? ""}`,
            header: r.region,
            cells: [
              r.roles ?? "—",
              r.median !== undefined
                ? `${formatMoney(r.median, r.currency)} median`
                : formatMoneyRange(r.min, r.max, r.currency) || "—",
              r.currency === "USD"
                ? dash()
                : formatMoneyRange(r.usdMin, r.usdMax, "USD") || (
                    <span className="text-muted">Not given</span>
                  ),
            ],
          })),
        },
      ]}
    />
  );
}
