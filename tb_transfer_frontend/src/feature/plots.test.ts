import { describe, expect, it } from "vitest";
import {
  arrowScale,
  arrowTips,
  channelPoints,
  inHurtQuadrant,
  LatestRequest,
  linear,
  pointArrays,
  projectionWindow,
  quadrantThresholds,
} from "./plots";

describe("domain-discrimination plot geometry", () => {
  it("splits points and keeps missing coordinates as NaN", () => {
    const { x, y } = pointArrays([[1, 2], [null, 3], [-1, null]]);
    expect(Array.from(x)).toEqual([1, NaN, -1]);
    expect(Array.from(y)).toEqual([2, 3, NaN]);
  });

  it("draws the longest arrow at a fixed fraction of the points' reach and keeps relative lengths", () => {
    // 100 points on the circle of radius 4: the 95th percentile radius is 4.
    const n = 100;
    const x = Array.from({ length: n }, (_, i) => 4 * Math.cos(i));
    const y = Array.from({ length: n }, (_, i) => 4 * Math.sin(i));
    const arrows: [number, number][] = [[0.6, 0.8], [0.3, 0]];
    const k = arrowScale(x, y, arrows, 0.5);
    expect(k).toBeCloseTo((0.5 * 4) / 1, 6);
    const tips = arrowTips(arrows, k);
    expect(Math.hypot(...tips[0])).toBeCloseTo(2, 6);
    expect(Math.hypot(...tips[1]) / Math.hypot(...tips[0])).toBeCloseTo(0.3, 6);
    // Scaling the points scales the arrows with them (the scale follows the data, not the pixels).
    expect(arrowScale(x.map((v) => v * 10), y.map((v) => v * 10), arrows, 0.5)).toBeCloseTo(10 * k, 6);
  });

  it("ignores outliers beyond the 95th percentile and degenerate inputs", () => {
    const x = [...Array.from({ length: 99 }, () => 1), 1000];
    const y = new Array(100).fill(0);
    expect(arrowScale(x, y, [[1, 0]], 1)).toBeCloseTo(1, 6);
    expect(arrowScale(x, y, [[0, 0]], 1)).toBe(0);
    expect(arrowScale([], [], [[1, 0]], 1)).toBe(1);
    expect(arrowTips([[null, 0.5]], 2)).toEqual([[0, 1]]);
  });

  it("shows points, the origin and arrow tips with equal units on both axes", () => {
    const w = projectionWindow([1, 2], [1, 1.5], [[-3, 0]], 400, 200);
    for (const [px, py] of [[1, 1], [2, 1.5], [0, 0], [-3, 0]]) {
      expect(px).toBeGreaterThanOrEqual(w.x0);
      expect(px).toBeLessThanOrEqual(w.x1);
      expect(py).toBeGreaterThanOrEqual(w.y0);
      expect(py).toBeLessThanOrEqual(w.y1);
    }
    expect((w.x1 - w.x0) / 400).toBeCloseTo((w.y1 - w.y0) / 200, 9);
  });

  it("maps intervals linearly, flipping y", () => {
    const sy = linear(0, 10, 100, 0);
    expect(sy(0)).toBe(100);
    expect(sy(10)).toBe(0);
    expect(sy(2.5)).toBe(75);
    expect(linear(1, 1, 5, 9)(7)).toBe(5);
  });
});

describe("importance × discriminativeness", () => {
  it("makes one point per channel with a value in either model, y = |AUC − 0.5|", () => {
    const pts = channelPoints(
      [3, 8, 9, 12],
      { importance: [0.1, null, 0.5, null], domain_auc: [0.9, 0.5, 0.2, null] },
      { importance: [0.2, 0.3, 0.4, null], domain_auc: [0.6, 0.1, null, null] },
    );
    expect(pts.map((p) => p.channel)).toEqual([3, 8, 9]);
    expect(pts[0].importance).toEqual([0.1, 0.2]);
    expect(pts[0].specificity[0]).toBeCloseTo(0.4, 12);
    expect(pts[0].specificity[1]).toBeCloseTo(0.1, 12);
    expect(pts[1].importance).toEqual([null, 0.3]);
    expect(pts[1].specificity[1]).toBeCloseTo(0.4, 12);
    expect(pts[2].specificity).toEqual([expect.closeTo(0.3, 12), null]);
  });

  it("puts the quadrant at the median importance and AUC outside [0.25, 0.75]", () => {
    const pts = channelPoints([0, 1, 2], { importance: [0.1, 0.2, 0.3], domain_auc: [0.5, 0.5, 0.5] }, { importance: [0.4, 0.5, 0.6], domain_auc: [0.5, 0.5, 0.5] });
    const t = quadrantThresholds(pts);
    expect(t.importance).toBeCloseTo(0.35, 12);
    expect(t.specificity).toBe(0.25);
    expect(inHurtQuadrant(0.5, 0.3, t)).toBe(true);
    expect(inHurtQuadrant(0.5, 0.2, t)).toBe(false);
    expect(inHurtQuadrant(0.3, 0.4, t)).toBe(false);
    expect(inHurtQuadrant(null, 0.4, t)).toBe(false);
    expect(quadrantThresholds([]).importance).toBe(0);
  });

  it("can hold a layer's only channel, and never a channel without importance", () => {
    const one = quadrantThresholds(channelPoints([0], { importance: [1], domain_auc: [1] }, { importance: [1], domain_auc: [1] }));
    expect(inHurtQuadrant(1, 0.5, one)).toBe(true);
    const zeros = quadrantThresholds(channelPoints([0, 1], { importance: [0, 0], domain_auc: [1, 1] }, { importance: [0, 0], domain_auc: [1, 1] }));
    expect(inHurtQuadrant(0, 0.5, zeros)).toBe(false);
  });
});

describe("LatestRequest", () => {
  function deferred<T>() {
    let resolve!: (v: T) => void;
    let reject!: (e: unknown) => void;
    const promise = new Promise<T>((a, b) => {
      resolve = a;
      reject = b;
    });
    return { promise, resolve, reject };
  }

  it("aborts the older request when a newer one starts and only the newest answer comes back", async () => {
    const req = new LatestRequest();
    const signals: AbortSignal[] = [];
    const first = deferred<string>();
    const second = deferred<string>();
    const a = req.run((s) => {
      signals.push(s);
      return first.promise;
    });
    const b = req.run((s) => {
      signals.push(s);
      return second.promise;
    });
    expect(signals[0].aborted).toBe(true);
    expect(signals[1].aborted).toBe(false);
    second.resolve("new");
    first.resolve("old"); // answered late, after the newer one
    expect(await a).toBeNull();
    expect(await b).toBe("new");
  });

  it("turns the abort error of a superseded fetch into null but rethrows a current failure", async () => {
    const req = new LatestRequest();
    const abortable = (s: AbortSignal) =>
      new Promise<string>((_, reject) => s.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError"))));
    const a = req.run(abortable);
    const b = req.run(async () => {
      throw new Error("404 unknown class");
    });
    expect(await a).toBeNull();
    await expect(b).rejects.toThrow("404 unknown class");
    const c = req.run(abortable);
    req.cancel();
    expect(await c).toBeNull();
  });
});
