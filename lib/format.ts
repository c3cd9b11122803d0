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

/**
 * Rounded for prose and summaries, where "$93,333" would claim precision the
 * sources do not have: to the nearest thousand from 10,000, else the nearest
 * hundred. Exact figures stay in tables and the data API.
 */
export function formatMoneyRounded(amount: number, currency = "USD"): string {
  const unit = Math.abs(amount) >= 10_000 ? 1000 : Math.abs(amount) >= 1000 ? 100 : 1;
  return formatMoney(Math.round(amount / unit) * unit, currency);
}

/**
 * The one money-range wording used everywhere: "$70,000–$170,000+" — an en
 * dash between, a plus when the top is open-ended, "$70,000+" with no top,
 * "up to $170,000" with no bottom. `format` picks exact, rounded or short figures.
 */
export function formatMoneyRange(
  min: number | undefined,
  max: number | undefined,
  currency = "USD",
  openEnded = false,
  format: (amount: number, currency: string) => string = formatMoney,
): string {
  const plus = openEnded ? "+" : "";
  if (min !== undefined && max !== undefined)
    return `${format(min, currency)}–${format(max, currency)}${plus}`;
  if (min !== undefined) return `${format(min, currency)}+`;
  if (max !== undefined) return `up to ${format(max, currency)}${plus}`;
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

/** The verb agreeing with a count: verb(1, "says", "say") → "says". */
export function verb(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}

/**
 * How many of the sources back a figure: "all 4 sources", "3 of 4 sources",
 * "1 of 4 sources", and "1 source" when there is only one (never "1 of 1 sources").
 */
export function sourcesBacking(count: number, total: number): string {
  if (total <= 1) return plural(count, "source");
  return count === total ? `all ${total} sources` : `${count} of ${total} sources`;
}

/**
 * One formatter for the process: `toLocaleDateString` builds a new one on
 * every call (about 0.15 ms), and a build formats a date on every guide and hub.
 */
const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** "2026-11-23" → "23 November 2026" */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return dateFormat.format(new Date(Date.UTC(y, m - 1, d)));
}

/** "Teal's", but "Himalayas'" */
export function possessive(name: string): string {
  return name.endsWith("s") ? `${name}’` : `${name}’s`;
}
