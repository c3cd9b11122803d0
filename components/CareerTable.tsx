import Link from "next/link";
import type { CareerSummary } from "@/lib/summaries";
import { sourcesBacking } from "@/lib/format";
import { routes } from "@/lib/site";

/** Careers with their headline figures across sources. Scrolls sideways on narrow screens. */
export function CareerTable({ careers }: { careers: CareerSummary[] }) {
  return (
    <div className="relative overflow-x-auto" role="region" aria-label="Careers table" tabIndex={0}>
      <table className="w-full min-w-[36rem] border-collapse text-left">
        <caption className="sr-only">Careers, how many sources cover each, and their figures</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="py-2 pr-4">
              Career
            </th>
            <th scope="col" className="py-2 pr-4">
              Sources
            </th>
            <th scope="col" className="py-2 pr-4">
              Sources&apos; median salaries
            </th>
            <th scope="col" className="py-2">
              Projected growth
            </th>
          </tr>
        </thead>
        <tbody>
          {careers.map((c) => (
            <tr key={c.slug} className="border-b border-line align-top">
              <th scope="row" className="py-3 pr-4 font-semibold">
                <Link href={routes.career(c.slug)}>{c.title}</Link>
              </th>
              <td className="py-3 pr-4">{c.sourceCount}</td>
              <td className="py-3 pr-4">
                {c.medianText ?? <span className="text-muted">Not given</span>}
                {c.medianSourceCount > 0 && (
                  <span className="block text-sm text-muted">
                    from {sourcesBacking(c.medianSourceCount, c.sourceCount)}
                  </span>
                )}
              </td>
              <td className="py-3">{c.growthText ?? <span className="text-muted">Not given</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
