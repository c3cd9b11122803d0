import { sourceThresholdsMet, type FinderRow } from "@/lib/finder";
import { routes } from "@/lib/site";

const notGiven = <span className="text-muted">Not given</span>;

/**
 * The career column stays in view while the table scrolls sideways (on a phone), its heading
 * with it; below md, where the table is wider than the screen, a line sets it off from the
 * columns passing under it, and the next column keeps a gap from that line.
 */
export const stickyColumn = "sticky left-0 bg-white max-md:shadow-[inset_-1px_0_0_var(--color-line)]";
export const afterStickyColumn = "max-md:pl-2";

/** One career in the finder; its data-* attributes are what the CSS filters match. */
export function FinderRowView({ row }: { row: FinderRow }) {
  return (
    <tr
      className="border-b border-line align-top"
      data-band={row.payBand}
      data-education={row.educationRank ?? "none"}
      data-sources={sourceThresholdsMet(row)}
    >
      <th scope="row" className={`${stickyColumn} py-3 pr-3 font-semibold`}>
        <a href={routes.career(row.slug)}>{row.title}</a>
      </th>
      <td className={`${afterStickyColumn} py-3 pr-3 whitespace-nowrap`}>{row.payText ?? notGiven}</td>
      <td className="py-3 pr-3 whitespace-nowrap">{row.rangeText ?? notGiven}</td>
      <td className="py-3 pr-3">{row.growthText ?? notGiven}</td>
      <td className="py-3 pr-3">{row.educationText ?? notGiven}</td>
      <td className="py-3">{row.sourceCount}</td>
    </tr>
  );
}
