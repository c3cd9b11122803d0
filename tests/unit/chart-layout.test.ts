import { describe, expect, it } from "vitest";
import {
  ladderSegments,
  MIN_TRACK_PX,
  moneyAxis,
  rangeBar,
  rangeDomainMax,
  tickExtent,
  ticksFit,
  toPct,
  yearsAxis,
  type Tick,
} from "@/lib/charts/layout";
import { intervalsOverlap } from "@/lib/charts/scale";

describe("money axis", () => {
  it("rounds the backend-developer salaries up to a $0–$200k axis", () => {
    const axis = moneyAxis(164_201, "USD");
    expect(axis.min).toBe(0);
    expect(axis.max).toBe(200_000);
    expect(axis.ticks[0]).toMatchObject({ label: "$0", align: "start", pct: 0 });
    expect(axis.ticks.at(-1)).toMatchObject({ label: "$200k", align: "end", pct: 100 });
  });

  it("keeps tick labels apart and inside the track at the narrowest phone width, for any maximum", () => {
    for (const max of [900, 12_345, 99_999, 164_201, 360_000, 1_250_000, 9_999_999]) {
      for (const currency of ["USD", "EUR", "CAD"]) {
        const axis = moneyAxis(max, currency);
        expect(ticksFit(axis.ticks, MIN_TRACK_PX), `${currency} ${max}`).toBe(true);
        expect(axis.max).toBeGreaterThanOrEqual(max);
        const extents = axis.ticks.map((t) => tickExtent(t, MIN_TRACK_PX));
        for (let i = 1; i < extents.length; i++)
          expect(intervalsOverlap(extents[i - 1], extents[i])).toBe(false);
      }
    }
  });

  it("drops ticks when the track is too narrow for five labels", () => {
    const wide = moneyAxis(1_250_000, "CAD", 1000);
    const narrow = moneyAxis(1_250_000, "CAD", 120);
    expect(narrow.ticks.length).toBeLessThan(wide.ticks.length);
    expect(ticksFit(narrow.ticks, 120)).toBe(true);
  });

  it("detects colliding labels", () => {
    const ticks: Tick[] = [
      { value: 0, pct: 0, label: "$0", align: "start" },
      { value: 1, pct: 5, label: "$100,000", align: "middle" },
      { value: 2, pct: 100, label: "$200k", align: "end" },
    ];
    expect(ticksFit(ticks, MIN_TRACK_PX)).toBe(false);
    expect(ticksFit([{ value: 0, pct: 0, label: "$0", align: "middle" }], MIN_TRACK_PX)).toBe(false);
  });
});

describe("percent positions", () => {
  it("maps values onto 0–100 and clamps outside values", () => {
    const axis = { min: 0, max: 200_000 };
    expect(toPct(50_000, axis)).toBe(25);
    expect(toPct(164_201, axis)).toBe(82.1);
    expect(toPct(-5, axis)).toBe(0);
    expect(toPct(300_000, axis)).toBe(100);
    expect(toPct(5, { min: 5, max: 5 })).toBe(0);
  });
});

describe("range bars", () => {
  const axis = moneyAxis(200_000, "USD");

  it("draws a closed range with its median and top-10% marks", () => {
    expect(rangeBar({ min: 50_000, max: 150_000, median: 100_000, topDecile: 140_000 }, axis)).toEqual({
      left: 25,
      width: 50,
      open: false,
      median: 50,
      top: 70,
    });
  });

  it("runs an open or topless range to the axis end", () => {
    expect(rangeBar({ min: 70_000, max: 170_000, maxOpenEnded: true }, axis)).toMatchObject({
      left: 35,
      width: 65,
      open: true,
    });
    expect(rangeBar({ min: 70_000 }, axis)).toMatchObject({ left: 35, width: 65, open: true });
  });

  it("draws a median alone as a dot, and nothing without figures", () => {
    expect(rangeBar({ median: 100_000 }, axis)).toMatchObject({ width: 0, median: 50 });
    expect(rangeBar({}, axis)).toBeUndefined();
  });

  it("leaves room on the axis for open ends", () => {
    expect(rangeDomainMax([{ min: 10, max: 100 }])).toBe(100);
    expect(rangeDomainMax([{ min: 10, max: 100, maxOpenEnded: true }])).toBeGreaterThan(100);
    expect(rangeDomainMax([])).toBe(1);
  });
});

describe("ladder segments", () => {
  const axis = yearsAxis(20);

  it("labels the years axis 0, 5, 10, 15, 20+ and keeps its labels apart at 280 px", () => {
    expect(axis.ticks.map((t) => t.label)).toEqual(["0", "5", "10", "15", "20+"]);
    expect(ticksFit(axis.ticks, MIN_TRACK_PX)).toBe(true);
  });

  it("puts overlapping tiers in separate lanes and open tiers to the axis end", () => {
    const segments = ladderSegments(
      [
        { title: "Junior", yearsMin: 0, yearsMax: 2 },
        { title: "Mid", yearsMin: 1, yearsMax: 3 },
        { title: "Senior", yearsMin: 3, yearsMax: 8 },
        { title: "CTO", yearsMin: 15 },
      ],
      axis,
    );
    expect(segments.map((s) => s.lane)).toEqual([0, 1, 0, 0]);
    expect(segments[3]).toMatchObject({ left: 75, width: 25, open: true, number: 4 });
    // No two segments in one lane overlap, so no two numbers collide.
    for (const a of segments)
      for (const b of segments)
        if (a !== b && a.lane === b.lane)
          expect(
            intervalsOverlap(
              { start: a.left, end: a.left + a.width },
              { start: b.left, end: b.left + b.width },
            ),
          ).toBe(false);
  });

  it("numbers a bar only when the number fits inside it at the narrowest width", () => {
    const [wide, thin] = ladderSegments(
      [
        { title: "Senior", yearsMin: 0, yearsMax: 5 },
        { title: "Blink", yearsMin: 5, yearsMax: 5 },
      ],
      axis,
    );
    expect(wide.numbered).toBe(true);
    expect(thin.numbered).toBe(false);
    expect(thin.width).toBeGreaterThan(0);
  });
});
