import { describe, expect, it } from "vitest";
import {
  currencySymbol,
  formatMoneyShort,
  intervalsOverlap,
  niceStep,
  niceTicks,
  stackLanes,
  textWidth,
} from "@/lib/charts/scale";

describe("niceStep and niceTicks", () => {
  it("picks steps of 1, 2, 2.5 or 5 times a power of ten", () => {
    expect(niceStep(360_000, 5)).toBe(100_000);
    expect(niceStep(187_000, 5)).toBe(50_000);
    expect(niceStep(10, 4)).toBe(2.5);
    expect(niceStep(1, 5)).toBe(0.2);
    expect(niceStep(0)).toBe(1);
  });

  it("widens the domain to whole steps: a $3,000–$360,000 range becomes $0–$400k", () => {
    expect(niceTicks(0, 360_000, 5)).toEqual({
      min: 0,
      max: 400_000,
      step: 100_000,
      ticks: [0, 100_000, 200_000, 300_000, 400_000],
    });
  });

  it("gives the backend-developer salary axis $0–$200k in $50k steps", () => {
    const { ticks, max } = niceTicks(0, 170_000 * 1.1, 5);
    expect(max).toBe(200_000);
    expect(ticks).toEqual([0, 50_000, 100_000, 150_000, 200_000]);
  });

  it("always covers the data and has no floating-point noise", () => {
    const t = niceTicks(0.1, 0.7, 6);
    expect(t.min).toBeLessThanOrEqual(0.1);
    expect(t.max).toBeGreaterThanOrEqual(0.7);
    expect(t.ticks).toEqual([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]);
  });

  it("copes with reversed and single-value input", () => {
    expect(niceTicks(100, 0).ticks[0]).toBe(0);
    expect(niceTicks(100, 0).max).toBe(100);
    const single = niceTicks(0, 0);
    expect(single.max).toBeGreaterThan(0);
  });
});

describe("formatMoneyShort", () => {
  it("writes thousands as k and millions as M", () => {
    expect(formatMoneyShort(0)).toBe("$0");
    expect(formatMoneyShort(100_000)).toBe("$100k");
    expect(formatMoneyShort(93_333)).toBe("$93.3k");
    expect(formatMoneyShort(2_500)).toBe("$2.5k");
    expect(formatMoneyShort(1_200_000)).toBe("$1.2M");
    expect(formatMoneyShort(750)).toBe("$750");
  });

  it("uses the currency's own symbol", () => {
    expect(formatMoneyShort(80_000, "EUR")).toBe("€80k");
    expect(formatMoneyShort(80_000, "CAD")).toBe("CA$80k");
    expect(currencySymbol("GBP")).toBe("£");
  });
});

describe("stackLanes", () => {
  it("keeps non-overlapping intervals in one lane; touching ends do not overlap", () => {
    expect(
      stackLanes([
        { start: 0, end: 2 },
        { start: 2, end: 5 },
        { start: 5, end: 8 },
      ]),
    ).toEqual([0, 0, 0]);
  });

  it("stacks Himalayas-style overlapping tiers (0–2 and 1–3) into separate lanes", () => {
    const tiers = [
      { start: 0, end: 2 },
      { start: 1, end: 3 },
      { start: 3, end: 5 },
      { start: 5, end: 8 },
      { start: 7, end: 12 },
      { start: 10, end: 15 },
      { start: 12, end: 20 },
    ];
    const lanes = stackLanes(tiers);
    expect(lanes).toEqual([0, 1, 0, 0, 1, 0, 1]);
    // No two intervals in the same lane overlap.
    tiers.forEach((a, i) =>
      tiers.forEach((b, j) => {
        if (i < j && lanes[i] === lanes[j]) expect(intervalsOverlap(a, b)).toBe(false);
      }),
    );
  });

  it("returns lanes in input order even when input is not sorted, and honours the gap", () => {
    expect(
      stackLanes([
        { start: 5, end: 9 },
        { start: 0, end: 5 },
      ]),
    ).toEqual([0, 0]);
    expect(
      stackLanes(
        [
          { start: 5, end: 9 },
          { start: 0, end: 5 },
        ],
        1,
      ),
    ).toEqual([1, 0]);
    expect(stackLanes([])).toEqual([]);
  });

  it("keeps input order when asked, so the first interval always gets lane 0", () => {
    const labels = [
      { start: 50, end: 100 },
      { start: 40, end: 90 },
      { start: 120, end: 140 },
    ];
    expect(stackLanes(labels)).toEqual([1, 0, 0]);
    expect(stackLanes(labels, 0, true)).toEqual([0, 1, 0]);
  });

  it("fills an earlier lane's free gap in input order", () => {
    const labels = [
      { start: 0, end: 10 },
      { start: 30, end: 40 },
      { start: 5, end: 35 },
      { start: 12, end: 28 },
    ];
    expect(stackLanes(labels, 0, true)).toEqual([0, 0, 1, 0]);
  });
});

describe("text measurement, wrapping and truncation", () => {
  it("estimates wider text for longer, capitalised and bold strings", () => {
    expect(textWidth("", 13)).toBe(0);
    expect(textWidth("Backend Developer", 13)).toBeGreaterThan(textWidth("Backend", 13));
    expect(textWidth("WWW", 13)).toBeGreaterThan(textWidth("iii", 13));
    expect(textWidth("Senior", 13, true)).toBeGreaterThan(textWidth("Senior", 13));
    expect(textWidth("Senior", 26)).toBeCloseTo(textWidth("Senior", 13) * 2);
  });
});
