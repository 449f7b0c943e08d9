import { describe, expect, it } from "vitest";
import type { InstancesReady } from "../types";
import {
  activationRange,
  classColors,
  CLASS_PALETTE,
  colorBy,
  CORRECT_COLORS,
  DOMAIN_MARK,
  easeCubic,
  equalAspect,
  extentOf,
  GREY,
  interpolateLayout,
  invertSelection,
  lossCap,
  PointIndex,
  pointInPolygon,
  pointsInPolygon,
  pointsInRect,
  predictionFlips,
  pTargetColor,
  pTargetHistogram,
  inPTargetRange,
  selectionCounts,
  selectionCsv,
  sequentialColor,
} from "./model";

function inst(over: Partial<InstancesReady> = {}): InstancesReady {
  return {
    run: "r", layer: "l", step: 1, projection: "pca", status: "ready",
    coords: [[0, 0], [1, 0], [0, 1], [1, 1]],
    domain: [0, 0, 1, 1], label: [0, 1, 0, 1], index: [10, 11, 12, 13],
    prediction: [0, 0, 1, 1], loss: [0.1, 2, 1, null], margin: [1, -1, -0.5, 0.2], p_target: [0.1, 0.4, 0.6, null],
    previous_prediction: [1, 1, 0, 1],
    ...over,
  };
}

describe("point in polygon (lasso)", () => {
  const square: [number, number][] = [[0, 0], [10, 0], [10, 10], [0, 10]];
  it("inside, outside, concave notch", () => {
    expect(pointInPolygon(5, 5, square)).toBe(true);
    expect(pointInPolygon(-1, 5, square)).toBe(false);
    expect(pointInPolygon(5, 11, square)).toBe(false);
    // A "U": the notch between the arms is outside.
    const u: [number, number][] = [[0, 0], [9, 0], [9, 9], [6, 9], [6, 3], [3, 3], [3, 9], [0, 9]];
    expect(pointInPolygon(4.5, 6, u)).toBe(false);
    expect(pointInPolygon(1.5, 6, u)).toBe(true);
    expect(pointInPolygon(7.5, 6, u)).toBe(true);
    expect(pointInPolygon(4.5, 1.5, u)).toBe(true);
  });
  it("self-intersecting lasso follows the even-odd rule; degenerate polygons select nothing", () => {
    const bow: [number, number][] = [[0, 0], [10, 10], [10, 0], [0, 10]];
    expect(pointInPolygon(2, 5, bow)).toBe(true);
    expect(pointInPolygon(5, 2, bow)).toBe(false);
    expect(pointsInPolygon([1, 2], [1, 2], [[0, 0], [5, 5]])).toEqual([]);
  });
  it("agrees with the rectangle test on a rectangle, and skips NaN points", () => {
    const px = Float32Array.from({ length: 200 }, (_, i) => (i * 7.3) % 20);
    const py = Float32Array.from({ length: 200 }, (_, i) => (i * 3.1) % 20);
    px[5] = NaN;
    const poly: [number, number][] = [[2.55, 3.55], [12.55, 3.55], [12.55, 15.55], [2.55, 15.55]]; // no point on an edge
    expect(pointsInPolygon(px, py, poly)).toEqual(pointsInRect(px, py, [12.55, 15.55], [2.55, 3.55]));
    expect(pointsInPolygon(px, py, poly)).not.toContain(5);
  });
});

describe("layout animation", () => {
  it("interpolates from the old to the new layout, endpoints exact", () => {
    const a = Float32Array.from([0, 10, -4]);
    const b = Float32Array.from([10, 10, 4]);
    expect([...interpolateLayout(a, b, 0)]).toEqual([0, 10, -4]);
    expect([...interpolateLayout(a, b, 1)]).toEqual([10, 10, 4]);
    expect([...interpolateLayout(a, b, 0.5)]).toEqual([5, 10, 0]);
    expect([...interpolateLayout(a, b, 2)]).toEqual([10, 10, 4]); // clamped
  });
  it("a point with no old position appears at its new one; the buffer is reused", () => {
    const out = new Float32Array(2);
    const r = interpolateLayout(Float32Array.from([NaN, 0]), Float32Array.from([3, 2]), 0.25, out);
    expect(r).toBe(out);
    expect([...r]).toEqual([3, 0.5]);
  });
  it("easing is monotone from 0 to 1", () => {
    let prev = -1;
    for (let t = 0; t <= 1.0001; t += 0.05) {
      const e = easeCubic(t);
      expect(e).toBeGreaterThanOrEqual(prev);
      prev = e;
    }
    expect(easeCubic(0)).toBe(0);
    expect(easeCubic(1)).toBe(1);
  });
});

describe("equal aspect", () => {
  it("one data unit is as long in x as in y, and the extent fits", () => {
    for (const [w, h] of [[400, 300], [300, 600], [500, 500]]) {
      const e = { x0: -3, x1: 7, y0: 2, y1: 4 };
      const v = equalAspect(e, w, h);
      expect((v.x1 - v.x0) / w).toBeCloseTo((v.y1 - v.y0) / h, 10);
      expect(v.x0).toBeLessThanOrEqual(e.x0);
      expect(v.x1).toBeGreaterThanOrEqual(e.x1);
      expect(v.y0).toBeLessThanOrEqual(e.y0);
      expect(v.y1).toBeGreaterThanOrEqual(e.y1);
    }
  });
  it("extent ignores NaN and survives empty or single points", () => {
    const e = extentOf([1, NaN, 3], [2, 5, NaN]);
    expect(e.x0).toBeCloseTo(1);
    expect(e.x1).toBeCloseTo(1);
    expect(extentOf([], [])).toEqual({ x0: -1, x1: 1, y0: -1, y1: 1 });
    const v = equalAspect(extentOf([2], [2]), 100, 100);
    expect(Number.isFinite(v.x0) && v.x1 > v.x0).toBe(true);
  });
});

describe("colour-by scales", () => {
  it("class: palette colours for ≤ 10 classes; beyond, only highlighted classes keep a colour", () => {
    expect(classColors(3, [], "light")).toEqual(CLASS_PALETTE.light.slice(0, 3));
    const many = classColors(12, [11, 4], "dark");
    expect(many[11]).toBe(CLASS_PALETTE.dark[0]);
    expect(many[4]).toBe(CLASS_PALETTE.dark[1]);
    expect(many.filter((c) => c === GREY.dark)).toHaveLength(10);
    expect(new Set(CLASS_PALETTE.light).size).toBe(10);
  });
  it("each mode colours from its own field; missing values are grey", () => {
    const d = inst();
    const ctx = { theme: "light" as const, nClasses: 2, highlighted: [] };
    expect(colorBy(d, { ...ctx, mode: "class" })).toEqual([CLASS_PALETTE.light[0], CLASS_PALETTE.light[1], CLASS_PALETTE.light[0], CLASS_PALETTE.light[1]]);
    expect(colorBy(d, { ...ctx, mode: "domain" })).toEqual([DOMAIN_MARK.light[0], DOMAIN_MARK.light[0], DOMAIN_MARK.light[1], DOMAIN_MARK.light[1]]);
    const [ok, bad] = CORRECT_COLORS.light;
    expect(colorBy(d, { ...ctx, mode: "correct" })).toEqual([ok, bad, bad, ok]);
    const p = colorBy(d, { ...ctx, mode: "p_target" });
    expect(p[0]).toBe(pTargetColor(0.1, "light"));
    expect(p[3]).toBe(GREY.light);
    const loss = colorBy(d, { ...ctx, mode: "loss" });
    expect(loss[3]).toBe(GREY.light);
    expect(loss[1]).toBe(sequentialColor(1));
    const ch = colorBy(d, { ...ctx, mode: "changed" });
    expect(ch[3]).toBe(GREY.light); // 1 → 1 unchanged
    expect(ch[0]).not.toBe(GREY.light);
    expect(colorBy(inst({ prediction: null }), { ...ctx, mode: "correct" })).toEqual(new Array(4).fill(GREY.light));
  });
  it("colours by the selected channel's activation from its lowest to its highest value", () => {
    const d = inst();
    const ctx = { theme: "light" as const, nClasses: 2, highlighted: [], mode: "neuron" as const };
    const c = colorBy(d, { ...ctx, activation: [2, 0, null, 1] });
    expect(c).toEqual([sequentialColor(1), sequentialColor(0), GREY.light, sequentialColor(0.5)]);
    // No channel chosen, or activations of another probe set size: grey, not misaligned colours.
    expect(colorBy(d, { ...ctx, activation: null })).toEqual(new Array(4).fill(GREY.light));
    expect(colorBy(d, { ...ctx, activation: [1, 2, 3] })).toEqual(new Array(4).fill(GREY.light));
    expect(activationRange([3, null, -1, NaN])).toEqual([-1, 3]);
    expect(activationRange([0, 0])).toEqual([-0.5, 0.5]);
    expect(activationRange([null])).toBeNull();
    expect(activationRange(undefined)).toBeNull();
  });
  it("P(target) runs from the source colour through neutral to the target colour", () => {
    expect(pTargetColor(0, "light")).toBe(DOMAIN_MARK.light[0].toLowerCase());
    expect(pTargetColor(1, "light")).toBe(DOMAIN_MARK.light[1].toLowerCase());
    expect(pTargetColor(-3, "dark")).toBe(pTargetColor(0, "dark"));
    expect(sequentialColor(0)).toBe("#440154");
    expect(sequentialColor(1)).toBe("#fde725");
  });
  it("loss cap is the 95th percentile of finite losses, positive", () => {
    const loss = Array.from({ length: 101 }, (_, i) => i as number | null);
    loss.push(null, 1e9);
    expect(lossCap(loss)).toBe(95); // 102 finite values: index floor(0.95 · 101) of the sorted list
    expect(lossCap([0, 0])).toBeGreaterThan(0);
    expect(lossCap(null)).toBe(1);
  });
});

describe("nearest-point search", () => {
  it("finds the same point as a brute-force scan, within the radius only", () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const n = 500;
    const x = Float32Array.from({ length: n }, rnd);
    const y = Float32Array.from({ length: n }, rnd);
    x[3] = NaN;
    const idx = new PointIndex(x, y);
    for (let q = 0; q < 50; q++) {
      const qx = rnd(), qy = rnd();
      let best = -1, bd = Infinity;
      for (let i = 0; i < n; i++) {
        const d = Math.hypot(x[i] - qx, y[i] - qy);
        if (d < bd) { bd = d; best = i; }
      }
      expect(idx.find(qx, qy)).toBe(best);
      expect(idx.find(qx, qy, bd * 0.99)).toBe(-1);
    }
  });
});

describe("derived sets", () => {
  it("prediction flips split fixed, broken and changed-but-wrong", () => {
    const d = inst({ label: [0, 1, 0, 1, 2], prediction: [0, 0, 1, 1, 0], previous_prediction: [1, 1, 0, 1, 1], coords: [[0, 0], [0, 0], [0, 0], [0, 0], [0, 0]] });
    expect(predictionFlips(d)).toEqual({ fixed: [0], broken: [1, 2], changedWrong: [4] });
    expect(predictionFlips(inst({ previous_prediction: null }))).toEqual({ fixed: [], broken: [], changedWrong: [] });
  });
  it("P(target) histogram counts by domain, bins [0,1], and the brush range agrees", () => {
    const d = inst({ p_target: [0, 0.999, 1, 0.5] });
    const h = pTargetHistogram(d, null, 4);
    expect(h.counts[0]).toEqual([1, 0, 0, 1]);
    expect(h.counts[1]).toEqual([0, 0, 1, 1]);
    expect(pTargetHistogram(d, (i) => i !== 0, 4).counts[0]).toEqual([0, 0, 0, 1]);
    expect(inPTargetRange(d, 0.4, 1, null)).toEqual([1, 2, 3]);
    expect(inPTargetRange(d, 0.4, 1, (i) => i !== 2)).toEqual([1, 3]);
  });
  it("invert, counts and CSV", () => {
    expect(invertSelection(new Set([1, 3]), 5)).toEqual([0, 2, 4]);
    expect(selectionCounts(inst(), [0, 1, 2], 2)).toEqual([[1, 1], [1, 0]]);
    const rows = selectionCsv(inst(), [2], { classes: ["cat", "dog"], domains: ["web", "cam"] });
    expect(rows).toEqual([["instance", "index", "domain", "label", "prediction", "x", "y"], [2, 12, "cam", "cat", "dog", 0, 1]]);
  });
});
