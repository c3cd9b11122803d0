/**
 * Salary across sources: each source's median and range, the consensus
 * (median of medians, lowest, highest, spread) and figures that stand far
 * from the rest. Only salaries in one currency and period are compared; the
 * others are listed apart, never mixed in.
 */
import type { Guide } from "../content/model";
import type { Salary } from "../content/schema";
import { median, ratio } from "./stats";

export type SalaryBasis = { currency: string; period: Salary["period"] };

export type OutlierFlag = {
  field: "min" | "max" | "median";
  value: number;
  /** Why it is marked, in words, e.g. "less than a quarter of the median of sources". */
  reason: string;
};

export type SourceSalary = {
  guide: Guide;
  median?: number;
  min?: number;
  max?: number;
  maxOpenEnded: boolean;
  topDecile?: number;
  outliers: OutlierFlag[];
};

type SalaryConsensus = {
  medianOfMedians: number;
  lowestMedian: number;
  highestMedian: number;
  /** highest / lowest median: 1 means full agreement. */
  spread: number;
  sourceCount: number;
};

export type SalaryComparison = {
  basis?: SalaryBasis;
  rows: SourceSalary[];
  consensus?: SalaryConsensus;
  /** Sources whose salary is in another currency or period. */
  otherBasis: { guide: Guide; basis: SalaryBasis }[];
  /** Sources that give no salary at all. */
  withoutSalary: Guide[];
};

/** A minimum below this share of the reference median is marked. */
const LOW_OUTLIER_SHARE = 0.25;
/** A maximum above this multiple of the reference median is marked. */
const HIGH_OUTLIER_MULTIPLE = 3;
/** A source's median this far (as a share) from the median of medians is marked, when ≥ 3 sources. */
const MEDIAN_OUTLIER_SHARE = 0.5;

const compared = new WeakMap<readonly Guide[], SalaryComparison>();

/**
 * Memoised per list of guides (a career's guides array is built once per
 * process): hubs, finder rows, social cards, source pages and pairs all ask for
 * the same career's salaries, and a build must not redo it per page.
 */
export function compareSalaries(guides: readonly Guide[]): SalaryComparison {
  let known = compared.get(guides);
  if (!known) {
    known = computeSalaries(guides);
    compared.set(guides, known);
  }
  return known;
}

function computeSalaries(guides: readonly Guide[]): SalaryComparison {
  const withSalary = guides.filter((g): g is Guide & { salary: Salary } => g.salary !== undefined);
  const withoutSalary = guides.filter((g) => g.salary === undefined);
  const basis = chooseBasis(withSalary.map((g) => g.salary));
  const same = withSalary.filter(
    (g) => basis && g.salary.currency === basis.currency && g.salary.period === basis.period,
  );
  const otherBasis = withSalary
    .filter((g) => !same.includes(g))
    .map((g) => ({ guide: g, basis: { currency: g.salary.currency, period: g.salary.period } }));

  const medians = same.flatMap((g) => (g.salary.median !== undefined ? [g.salary.median] : []));
  const medianOfMedians = median(medians);
  const consensus =
    medianOfMedians === undefined
      ? undefined
      : {
          medianOfMedians,
          lowestMedian: Math.min(...medians),
          highestMedian: Math.max(...medians),
          spread: ratio(Math.max(...medians), Math.min(...medians)),
          sourceCount: medians.length,
        };

  const rows = same.map((g) => {
    const s = g.salary;
    const reference = medianOfMedians ?? s.median;
    return {
      guide: g,
      median: s.median,
      min: s.min,
      max: s.max,
      maxOpenEnded: s.maxOpenEnded,
      topDecile: s.topDecile,
      outliers: reference === undefined ? [] : findOutliers(s, reference, medians.length),
    };
  });
  return { basis, rows, consensus, otherBasis, withoutSalary };
}

/** Marks figures far from the reference median: a tiny minimum, a huge maximum, a lone median. */
export function findOutliers(
  salary: Pick<Salary, "min" | "max" | "median">,
  reference: number,
  sourceCount: number,
): OutlierFlag[] {
  const flags: OutlierFlag[] = [];
  if (salary.min !== undefined && salary.min < reference * LOW_OUTLIER_SHARE) {
    flags.push({ field: "min", value: salary.min, reason: "less than a quarter of the typical median" });
  }
  if (salary.max !== undefined && salary.max > reference * HIGH_OUTLIER_MULTIPLE) {
    flags.push({ field: "max", value: salary.max, reason: "more than three times the typical median" });
  }
  if (
    sourceCount >= 3 &&
    salary.median !== undefined &&
    Math.abs(salary.median - reference) > reference * MEDIAN_OUTLIER_SHARE
  ) {
    flags.push({
      field: "median",
      value: salary.median,
      reason: "more than 50% away from the median of sources",
    });
  }
  return flags;
}

/** USD a year when any source uses it (most sources here do), else the most common basis. */
export function chooseBasis(salaries: readonly Salary[]): SalaryBasis | undefined {
  const usd = salaries.find((s) => s.currency === "USD" && s.period === "year");
  const pick =
    usd ??
    [...salaries].sort(
      (a, b) =>
        salaries.filter((s) => s.currency === b.currency && s.period === b.period).length -
        salaries.filter((s) => s.currency === a.currency && s.period === a.period).length,
    )[0];
  return pick ? { currency: pick.currency, period: pick.period } : undefined;
}
