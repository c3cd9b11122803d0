import { sourceThresholdsMet, type FinderRow } from "@/lib/finder";
import { routes } from "@/lib/site";

const notGiven = <span className="text-muted">Not given</span>;

/**
 * One career in the finder; its data-* attributes are what the CSS filters match. Its cells'
 * spacing and sticky first column are .finder-table's (app/page-parts.css).
 */
export function FinderRowView({ row }: { row: FinderRow }) {
  return (
    <tr
      data-band={row.payBand}
      data-education={row.educationRank ?? "none"}
      data-sources={sourceThresholdsMet(row)}
    >
      <th scope="row">
        <a href={routes.career(row.slug)}>{row.title}</a>
      </th>
      <td>{row.payText ?? notGiven}</td>
      <td>{row.rangeText ?? notGiven}</td>
      <td>{row.growthText ?? notGiven}</td>
      <td>{row.educationText ?? notGiven}</td>
      <td>{row.sourceCount}</td>
    </tr>
  );
}
