import { describe, expect, it } from "vitest";
import { dodgeRows, placeLabels, spreadLabels } from "./labels";
import type { Rect } from "./shared";

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe("spreadLabels", () => {
  it("keeps labels that do not collide where they are wanted", () => {
    expect(spreadLabels([10, 40, 25], 11, 0, 100)).toEqual([10, 40, 25]);
  });

  it("spreads colliding labels at least `gap` apart, centred on their wanted positions, order kept", () => {
    const wanted = [50, 52, 51, 53];
    const got = spreadLabels(wanted, 10, 0, 200);
    const sorted = [...got].sort((a, b) => a - b);
    for (let k = 1; k < sorted.length; k++) expect(sorted[k] - sorted[k - 1]).toBeCloseTo(10);
    expect(got[0]).toBeLessThan(got[2]); // 50 < 51 < 52 < 53 stays the order
    expect(got[2]).toBeLessThan(got[1]);
    expect(got[1]).toBeLessThan(got[3]);
    expect(got.reduce((s, v) => s + v, 0) / 4).toBeCloseTo(51.5); // centred
  });

  it("stays inside the room and merges blocks that the room pushes together", () => {
    const got = spreadLabels([0, 1, 2, 20, 21], 8, 0, 100);
    expect(Math.min(...got)).toBeGreaterThanOrEqual(0);
    const s = [...got].sort((a, b) => a - b);
    for (let k = 1; k < s.length; k++) expect(s[k] - s[k - 1]).toBeGreaterThanOrEqual(8 - 1e-9);
    const top = spreadLabels([95, 99, 100], 8, 0, 100);
    expect(Math.max(...top)).toBeLessThanOrEqual(100);
  });
});

describe("placeLabels", () => {
  const bounds = { x: 0, y: 0, w: 300, h: 200 };

  it("puts a lone label beyond its point along the preferred direction", () => {
    const [b] = placeLabels([{ x: 150, y: 100, w: 30, h: 12, dx: 1, dy: 0 }], bounds);
    expect(b.x).toBeGreaterThan(150);
    expect(b.y + b.h / 2).toBeCloseTo(100);
    expect(b.moved).toBe(false);
  });

  it("gives labels of nearby points boxes that do not overlap", () => {
    // five arrows whose tips nearly coincide (the reported collision)
    const items = [0, 1, 2, 3, 4].map((k) => ({ x: 200 + k, y: 80 + k * 2, w: 34, h: 12, dx: 1, dy: -0.2 }));
    const boxes = placeLabels(items, bounds);
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i], boxes[j])).toBe(false);
    for (const b of boxes) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.w).toBeLessThanOrEqual(300);
    }
  });

  it("turns away from the edge rather than leave the bounds", () => {
    const [b] = placeLabels([{ x: 295, y: 100, w: 30, h: 12, dx: 1, dy: 0 }], bounds);
    expect(b.x + b.w).toBeLessThanOrEqual(300);
  });
});

describe("dodgeRows", () => {
  it("keeps marks apart on the line, and stacks those closer than minDx into rows above", () => {
    expect(dodgeRows([0, 20, 40], 9)).toEqual([0, 0, 0]);
    const xs = [10, 12, 14, 30, 11];
    const rows = dodgeRows(xs, 9);
    expect(rows).toEqual([0, 2, 3, 0, 1]); // 10, 11, 12, 14 collide pairwise; 30 is free on the line
    for (let i = 0; i < xs.length; i++)
      for (let j = i + 1; j < xs.length; j++) if (rows[i] === rows[j]) expect(Math.abs(xs[i] - xs[j])).toBeGreaterThanOrEqual(9);
  });
});
