/** @jsxImportSource preact */
import { staticBlock } from "../static-block";
import { ladderSegments, yearsAxis } from "@/lib/charts/layout";
import { LADDER_AXIS_MAX, type LadderComparison } from "@/lib/compare/ladder";
import { formatYears, plural } from "@/lib/format";
import { ChartFigure } from "./ChartParts";

/** Height of one lane of tiers, in px: overlapping tiers stack in lanes. */
const LANE_PX = 18;

/**
 * Every source's tiers on one years-of-experience axis, one row per source.
 * Bars carry the tier's number; the numbered list under each bar names every
 * tier with its years, so no title is squeezed into a bar.
 */
function LadderChartMarkup({ ladder }: { ladder: LadderComparison }) {
  if (ladder.rows.length === 0) return null;
  const axis = yearsAxis(LADDER_AXIS_MAX);

  return (
    <ChartFigure
      title="Career tiers by source, on years of experience"
      axis={axis}
      axisLabel={`Axis: years of experience, 0 to ${LADDER_AXIS_MAX}+`}
      id="ladder-chart"
    >
      <ul className="chart-rows">
        {ladder.rows.map((row) => {
          const segments = ladderSegments(row.tiers, axis);
          const lanes = Math.max(...segments.map((s) => s.lane)) + 1;
          return (
            <li key={row.guide.source.id}>
              <p className="chart-label">
                <b>{row.guide.source.name}</b>
                <span className="fig">{plural(row.tiers.length, "tier")}</span>
              </p>
              <div className="track ladder" aria-hidden="true" style={{ height: lanes * LANE_PX }}>
                {segments.map((s) => (
                  <span
                    key={s.number}
                    className={s.open ? "seg open" : "seg"}
                    style={{ left: `${s.left}%`, width: `${s.width}%`, top: s.lane * LANE_PX }}
                  >
                    {s.numbered ? s.number : ""}
                  </span>
                ))}
              </div>
              <ol className="tiers">
                {row.tiers.map((t, i) => (
                  <li key={i}>
                    <b>{i + 1}</b>
                    {` ${t.title}, ${formatYears(t.yearsMin, t.yearsMax)}`}
                  </li>
                ))}
              </ol>
            </li>
          );
        })}
      </ul>
    </ChartFigure>
  );
}

export const LadderChart = staticBlock(LadderChartMarkup);
