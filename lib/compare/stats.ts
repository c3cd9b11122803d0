/** Small, exact statistics used by the comparison views. */

export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Percentage difference of `value` from `reference`, rounded to a whole number. */
export function percentFrom(value: number, reference: number): number {
  return Math.round(((value - reference) / reference) * 100);
}

/** Ratio rounded to two decimals, e.g. 1.3 for 121,000 / 93,333. */
export function ratio(high: number, low: number): number {
  return Math.round((high / low) * 100) / 100;
}
