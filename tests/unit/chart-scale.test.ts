import { describe, expect, it } from "vitest";
import {
  boxesOverlap,
  currencySymbol,
  dodgeFraction,
  flowItems,
  formatMoneyShort,
  intervalsOverlap,
  linearScale,
  markerPath,
  niceStep,
  niceTicks,
  placeLabelCandidates,
  placeLabels,
  safeId,
  SERIES_STYLES,
  seriesStyle,
  stackLanes,
  stepTicks,
  textWidth,
  truncate,
  wrapText,
  yearTickLabel,
} from "@/lib/charts/scale";

describe("linearScale", () => {
  it("maps the domain onto the range, ends included", () => {
    const x = linearScale([0, 400_000], [100, 500]);
    expect(x(0)).toBe(100);
    expect(x(400_000)).toBe(500);
    expect(x(100_000)).toBe(200);
  });

  it("handles an inverted range (a y axis) and values outside the domain", () => {
    const y = linearScale([0, 250], [300, 50]);
    expect(y(0)).toBe(300);
    expect(y(250)).toBe(50);
    expect(y(500)).toBe(-200);
  });

  it("maps everything to the range start when the domain has no width", () => {
    const x = linearScale([5, 5], [10, 90]);
    expect(x(5)).toBe(10);
    expect(x(99)).toBe(10);
  });
});

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

describe("experience axis", () => {
  it("ticks every 2 years from 0 to 20, and labels the end 20+", () => {
    expect(stepTicks(20, 2)).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20]);
    expect(stepTicks(5, 2)).toEqual([0, 2, 4, 5]);
    expect(yearTickLabel(0, 20)).toBe("0");
    expect(yearTickLabel(18, 20)).toBe("18");
    expect(yearTickLabel(20, 20)).toBe("20+");
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

  it("wraps a long tier title into lines that fit", () => {
    const title = "Director of Engineering / Director of Backend Development";
    const lines = wrapText(title, 200, 13, 3);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(" ")).toBe(title);
    for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(200);
  });

  it("cuts the last allowed line with an ellipsis when the text does not fit", () => {
    const lines = wrapText("Principal Backend Engineer or Engineering Manager", 120, 13, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1].endsWith("…")).toBe(true);
    for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(120);
  });

  it("leaves short text alone", () => {
    expect(wrapText("Senior", 200, 13)).toEqual(["Senior"]);
    expect(truncate("Teal", 100, 14)).toBe("Teal");
  });

  it("truncates to fit, without a dangling separator before the ellipsis", () => {
    const cut = truncate("Lead Backend Developer / Backend Architect", 190, 13);
    expect(cut.endsWith("…")).toBe(true);
    expect(textWidth(cut, 13)).toBeLessThanOrEqual(190);
    expect(cut).not.toMatch(/[\s/]…$/);
  });
});

describe("label placement", () => {
  const box = (x: number, y: number, width = 10, height = 10) => ({ x, y, width, height });

  it("detects overlapping boxes, with optional padding", () => {
    expect(boxesOverlap(box(0, 0), box(5, 5))).toBe(true);
    expect(boxesOverlap(box(0, 0), box(10, 0))).toBe(false);
    expect(boxesOverlap(box(0, 0), box(11, 0), 2)).toBe(true);
  });

  it("keeps the most important labels and drops those that would collide", () => {
    expect(placeLabels([box(0, 0), box(5, 0), box(20, 0)])).toEqual([0, 2]);
  });

  it("drops labels that hit an obstacle or leave the bounds", () => {
    expect(
      placeLabels([box(0, 0), box(30, 0), box(60, 0)], {
        obstacles: [box(28, 2, 4, 4)],
        bounds: box(0, 0, 65, 20),
      }),
    ).toEqual([0]);
  });

  it("tries each label's candidates in order", () => {
    const chosen = placeLabelCandidates([[box(0, 0)], [box(4, 0), box(4, 20)], [box(4, 0), box(4, 20)]]);
    expect(chosen).toEqual([0, 1, undefined]);
  });
});

describe("small helpers", () => {
  it("spreads coinciding series markers evenly along a segment", () => {
    expect(dodgeFraction(0, 1)).toBe(0.5);
    expect([0, 1].map((i) => dodgeFraction(i, 2))).toEqual([1 / 3, 2 / 3]);
  });

  it("flows legend items into lines that fit", () => {
    expect(flowItems([100, 100, 100], 250, 20)).toEqual([
      { x: 0, line: 0 },
      { x: 120, line: 0 },
      { x: 0, line: 1 },
    ]);
    // An item wider than the line still gets a line of its own.
    expect(flowItems([400], 250)).toEqual([{ x: 0, line: 0 }]);
  });

  it("makes CSS-safe ids from useId() output", () => {
    expect(safeId("«r1»")).toBe("cr1");
    expect(safeId(":R2a:")).toBe("cR2a");
    expect(safeId("_r_3_")).toMatch(/^[A-Za-z][\w-]*$/);
  });

  it("gives every series a distinct colour, shape and dash", () => {
    expect(new Set(SERIES_STYLES.map((s) => s.color)).size).toBe(SERIES_STYLES.length);
    expect(new Set(SERIES_STYLES.map((s) => s.shape)).size).toBe(SERIES_STYLES.length);
    expect(new Set(SERIES_STYLES.map((s) => s.dash ?? "solid")).size).toBe(SERIES_STYLES.length);
  });

  it("uses hollow markers to tell apart series beyond the sixth", () => {
    const key = (i: number) => JSON.stringify(seriesStyle(i));
    expect(new Set(Array.from({ length: 12 }, (_, i) => key(i))).size).toBe(12);
    expect(seriesStyle(0).hollow).toBeUndefined();
    expect(seriesStyle(6)).toEqual({ ...SERIES_STYLES[0], hollow: true });
    expect(seriesStyle(12)).toEqual(SERIES_STYLES[0]);
  });

  it("series colours have at least 3:1 contrast against white", () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5]
        .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
        .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    for (const { color } of SERIES_STYLES) expect(1.05 / (luminance(color) + 0.05)).toBeGreaterThanOrEqual(3);
  });

  it("draws closed marker paths centred on the point", () => {
    for (const { shape } of SERIES_STYLES) {
      const d = markerPath(shape, 50, 40, 12);
      expect(d).toMatch(/^M[\d.]+ [\d.]+/);
      expect(d.endsWith("Z")).toBe(true);
      const numbers = d.match(/-?[\d.]+/g)!.map(Number);
      expect(numbers.every(Number.isFinite)).toBe(true);
    }
    expect(markerPath("square", 50, 40, 12)).toBe("M44.6 34.6H55.4V45.4H44.6Z");
  });
});
