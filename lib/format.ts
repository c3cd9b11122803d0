/** Figures formatted for people: "$93,333", "0–2 years", "12+ years". */

const moneyFormats = new Map<string, Intl.NumberFormat>();

export function formatMoney(amount: number, currency = "USD"): string {
  let format = moneyFormats.get(currency);
  if (!format) {
    format = new Intl.NumberFormat("en-US", { style: "currency", currency, maximumFractionDigits: 0 });
    moneyFormats.set(currency, format);
  }
  return format.format(amount);
}

/** "$70,000–$170,000+" — an en dash between, a plus when the top is open-ended. */
export function formatMoneyRange(
  min: number | undefined,
  max: number | undefined,
  currency = "USD",
  openEnded = false,
): string {
  const plus = openEnded ? "+" : "";
  if (min !== undefined && max !== undefined)
    return `${formatMoney(min, currency)}–${formatMoney(max, currency)}${plus}`;
  if (min !== undefined) return `${formatMoney(min, currency)}+`;
  if (max !== undefined) return `up to ${formatMoney(max, currency)}${plus}`;
  return "";
}

export function formatYears(min: number, max?: number): string {
  if (max === undefined) return `${min}+ years`;
  return `${min}–${max} ${max === 1 ? "year" : "years"}`;
}

export function formatCount(value: number, approx = false): string {
  return `${approx ? "≈" : ""}${value.toLocaleString("en-US")}`;
}

export function formatPeriod(period: "year" | "month" | "hour"): string {
  return { year: "a year", month: "a month", hour: "an hour" }[period];
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "2026-11-23" → "23 November 2026" */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}

/** "Teal's", but "Himalayas'" */
export function possessive(name: string): string {
  return name.endsWith("s") ? `${name}’` : `${name}’s`;
}
