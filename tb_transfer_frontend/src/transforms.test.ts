import { describe, expect, it } from "vitest";
import { makeStats } from "./testdata";
import {
  classRows,
  confusionMatrix,
  differenceSeries,
  directReuseBaseline,
  extent,
  fmt,
  layerProfile,
  listFailures,
  num,
  performanceSeries,
  pct,
  pp,
  topConfusions,
  transferabilitySeries,
  unionSteps,
} from "./transforms";

describe("API JSON → series", () => {
  const s = makeStats("r", [0, 5, 10]);

  it("reads a performance curve by split and metric names, aligned with steps", () => {
    const acc = performanceSeries(s, "target_val", "accuracy");
    expect(acc.map((p) => p.x)).toEqual([0, 5, 10]);
    expect(acc[0].y).toBeCloseTo(0.25);
    expect(acc[2].y).toBeCloseTo(0.65);
    expect(performanceSeries(s, "nope", "accuracy").every((p) => p.y === null)).toBe(true);
  });

  it("gives gaps for missing records and null values", () => {
    const t = makeStats();
    t.performance.values[1] = null;
    expect(performanceSeries(t, "source", "loss").map((p) => p.y)).toEqual([0.1, null, 0.1]);
    expect(transferabilitySeries(t).map((p) => p.y)).toEqual([0, null, 0.4]);
  });

  it("treats non-numbers as missing", () => {
    expect(num("NaN")).toBeNull();
    expect(num(Infinity)).toBeNull();
    expect(num(0)).toBe(0);
  });

  it("takes the direct-reuse baseline from the first step's target-val accuracy, else target", () => {
    expect(directReuseBaseline(s)).toEqual({ split: "target_val", value: 0.25 });
    const t = makeStats();
    t.performance.values[0]![2][1] = null;
    expect(directReuseBaseline(t)).toEqual({ split: "target", value: 0.3 });
  });

  it("aligns differences by step", () => {
    const a = [
      { x: 0, y: 1 },
      { x: 1, y: 2 },
    ];
    const b = [
      { x: 0, y: 3 },
      { x: 1, y: null },
      { x: 2, y: 5 },
    ];
    expect(differenceSeries(a, b)).toEqual([
      { x: 0, y: 2 },
      { x: 1, y: null },
      { x: 2, y: null },
    ]);
  });

  it("unions steps of several runs", () => {
    expect(unionSteps([[0, 2, 4], [1, 2], []])).toEqual([0, 1, 2, 4]);
  });
});

describe("per-class rows and confusions", () => {
  const s = makeStats();
  it("computes accuracy on both domains, the difference and the top target confusions", () => {
    const rows = classRows(s, 2);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({ index: 0, name: "cat", source: 0.9, target: 0.5, support: 10, errors: 5 });
    expect(rows[0].diff).toBeCloseTo(-0.4);
    expect(rows[0].confusions).toEqual([
      { predicted: 1, count: 3 },
      { predicted: 2, count: 2 },
    ]);
    // a class absent from the target domain
    expect(rows[2]).toMatchObject({ target: null, diff: null, confusions: [], errors: 0, support: 0 });
  });

  it("orders confusions by count, then class, ignoring the diagonal and zeros", () => {
    expect(topConfusions([4, 9, 2, 2, 0], 1, 3)).toEqual([
      { predicted: 0, count: 4 },
      { predicted: 2, count: 2 },
      { predicted: 3, count: 2 },
    ]);
    expect(topConfusions(undefined, 0)).toEqual([]);
  });

  it("row-normalizes the confusion matrix, null for empty rows", () => {
    const m = confusionMatrix(s, 0, "target")!;
    expect(m.counts[0]).toEqual([5, 3, 2]);
    expect(m.rates[0]).toEqual([0.5, 0.3, 0.2]);
    expect(m.rates[2]).toEqual([null, null, null]);
    expect(confusionMatrix(s, 0, "nope")).toBeNull();
    expect(confusionMatrix(s, -1, "target")).toBeNull();
  });
});

describe("layers and failures", () => {
  const s = makeStats();
  it("reads a measure across layers with gaps", () => {
    expect(layerProfile(s, "logme", 1)).toEqual([
      { x: 0, y: 2 },
      { x: 1, y: null },
      { x: 2, y: 4 },
    ]);
    expect(layerProfile(s, "missing", 1).every((p) => p.y === null)).toBe(true);
  });

  it("lists failures per step", () => {
    expect(listFailures(s)).toEqual([{ step: 1, measure: "logme", layer: "conv2", error: "singular matrix" }]);
    expect(listFailures(s, 2)).toEqual([]);
  });
});

describe("scales and formats", () => {
  it("computes padded extents ignoring nulls", () => {
    expect(extent([[{ x: 0, y: 1 }, { x: 1, y: null }, { x: 2, y: 3 }]])).toEqual([1, 3]);
    expect(extent([[{ x: 0, y: null }]])).toBeNull();
    const [lo, hi] = extent([[{ x: 0, y: 0 }, { x: 1, y: 10 }]], 0.1)!;
    expect(lo).toBeCloseTo(-1);
    expect(hi).toBeCloseTo(11);
  });

  it("formats percentages and percentage points", () => {
    expect(pct(0.834)).toBe("83.4%");
    expect(pct(null)).toBe("–");
    expect(pp(0.042)).toBe("+4.2 pp");
    expect(pp(-0.1)).toBe("-10.0 pp");
    expect(pp(0)).toBe("±0.0 pp");
    expect(pp(-0.0001)).toBe("0.0 pp");
    expect(fmt(1.23456)).toBe("1.235");
    expect(fmt(123456)).toBe("1.23e+5");
    expect(fmt(null)).toBe("–");
  });
});
