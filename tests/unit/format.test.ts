import { describe, expect, it } from "vitest";
import {
  formatCount,
  formatDate,
  formatMoney,
  formatMoneyRange,
  formatPeriod,
  formatYears,
  plural,
} from "@/lib/format";

describe("formatMoney", () => {
  it("formats US dollars with a thousands separator and no cents", () => {
    expect(formatMoney(93333)).toBe("$93,333");
    expect(formatMoney(164201, "USD")).toBe("$164,201");
    expect(formatMoney(0)).toBe("$0");
    expect(formatMoney(93333.6)).toBe("$93,334");
  });

  it("uses the currency's own symbol", () => {
    expect(formatMoney(55000, "EUR")).toBe("€55,000");
    expect(formatMoney(50000, "GBP")).toBe("£50,000");
    expect(formatMoney(80000, "CAD")).toBe("CA$80,000");
  });
});

describe("formatMoneyRange", () => {
  it("joins both ends with an en dash", () => {
    expect(formatMoneyRange(32000, 165000)).toBe("$32,000–$165,000");
  });

  it('adds "+" when the top is open-ended', () => {
    expect(formatMoneyRange(70000, 170000, "USD", true)).toBe("$70,000–$170,000+");
  });

  it('gives a minimum alone as open-ended "+"', () => {
    expect(formatMoneyRange(164000, undefined)).toBe("$164,000+");
    expect(formatMoneyRange(164000, undefined, "USD", true)).toBe("$164,000+");
  });

  it('gives a maximum alone as "up to"', () => {
    expect(formatMoneyRange(undefined, 100000)).toBe("up to $100,000");
    expect(formatMoneyRange(undefined, 100000, "EUR", true)).toBe("up to €100,000+");
  });

  it("gives nothing when neither end is known", () => {
    expect(formatMoneyRange(undefined, undefined)).toBe("");
  });
});

describe("formatYears", () => {
  it("formats a closed range with an en dash", () => {
    expect(formatYears(0, 2)).toBe("0–2 years");
    expect(formatYears(5, 8)).toBe("5–8 years");
  });

  it('formats an open-ended tier as "N+ years"', () => {
    expect(formatYears(12)).toBe("12+ years");
    expect(formatYears(0)).toBe("0+ years");
  });

  it("says year, not years, when the top is 1", () => {
    expect(formatYears(0, 1)).toBe("0–1 year");
  });
});

describe("small formatters", () => {
  it("formats counts, periods and plurals", () => {
    expect(formatCount(216000)).toBe("216,000");
    expect(formatCount(216000, true)).toBe("≈216,000");
    expect(formatPeriod("year")).toBe("a year");
    expect(formatPeriod("month")).toBe("a month");
    expect(formatPeriod("hour")).toBe("an hour");
    expect(plural(1, "guide")).toBe("1 guide");
    expect(plural(5, "guide")).toBe("5 guides");
    expect(plural(2, "salary", "salaries")).toBe("2 salaries");
  });

  it("formats ISO dates as day month year, whatever the time zone", () => {
    expect(formatDate("2026-11-23")).toBe("23 November 2026");
    expect(formatDate("2026-01-01")).toBe("1 January 2026");
  });
});

describe("rounded figures and source backing", () => {
  it("rounds prose figures to the nearest thousand from 10,000, else the nearest hundred", async () => {
    const { formatMoneyRounded } = await import("@/lib/format");
    expect(formatMoneyRounded(93333)).toBe("$93,000");
    expect(formatMoneyRounded(164201)).toBe("$164,000");
    expect(formatMoneyRounded(121500)).toBe("$122,000");
    expect(formatMoneyRounded(3456)).toBe("$3,500");
    expect(formatMoneyRounded(45, "EUR")).toBe("€45");
  });

  it("writes every range the same way, whatever the figures' format", async () => {
    const { formatMoneyRange, formatMoneyRounded } = await import("@/lib/format");
    expect(formatMoneyRange(93333, 121000, "USD", false, formatMoneyRounded)).toBe("$93,000–$121,000");
    expect(formatMoneyRange(70000, undefined, "USD", false, formatMoneyRounded)).toBe("$70,000+");
    expect(formatMoneyRange(undefined, 90000, "USD", true)).toBe("up to $90,000+");
  });

  it("says how many sources back a figure, never '1 of 1 sources'", async () => {
    const { sourcesBacking, verb } = await import("@/lib/format");
    expect(sourcesBacking(3, 4)).toBe("3 of 4 sources");
    expect(sourcesBacking(1, 4)).toBe("1 of 4 sources");
    expect(sourcesBacking(4, 4)).toBe("all 4 sources");
    expect(sourcesBacking(1, 1)).toBe("1 source");
    expect(verb(1, "says", "say")).toBe("says");
    expect(verb(2, "says", "say")).toBe("say");
  });
});

describe("matrix labels", () => {
  it("gives each source the shortest code no other shares", async () => {
    const { shortCodes, agreementBand } = await import("@/lib/labels");
    expect(shortCodes(["Himalayas", "Jobicy", "SkillExchange", "Teal"])).toEqual(["H", "J", "S", "T"]);
    expect(shortCodes(["Teal", "TechCo", "Tech"])).toEqual(["Tea", "TechC", "Tech"]);
    expect(agreementBand(4, 4)).toBe("All 4 sources");
    expect(agreementBand(2, 4)).toBe("2 of 4 sources");
    expect(agreementBand(1, 1)).toBe("The only source");
  });
});
