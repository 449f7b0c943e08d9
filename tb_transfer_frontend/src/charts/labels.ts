// Label placement without collisions, for the charts that label marks: `spreadLabels` along one axis (the end labels
// of a slope chart), `placeLabels` in the plane (the labels of biplot arrows), `dodgeRows` for marks on one line.

import type { Rect } from "./shared";

/**
 * Positions along one axis for labels wanted at `wanted` (e.g. y of a line's end), at least `gap` apart and inside
 * [lo, hi] where the room allows: labels that would overlap are gathered into a block centred on the mean of their
 * wanted positions, blocks merging until none overlap (order kept). Returns positions in the input order.
 */
export function spreadLabels(wanted: readonly number[], gap: number, lo: number, hi: number): number[] {
  const order = wanted.map((_, i) => i).sort((a, b) => wanted[a] - wanted[b] || a - b);
  const blocks: { ids: number[]; sum: number; top: number }[] = [];
  const place = (b: { ids: number[]; sum: number; top: number }) => {
    const n = b.ids.length;
    b.top = b.sum / n - ((n - 1) * gap) / 2;
    b.top = Math.max(lo, Math.min(b.top, hi - (n - 1) * gap)); // inside the room (lo wins when it is too small)
  };
  for (const i of order) {
    const b = { ids: [i], sum: wanted[i], top: 0 };
    place(b);
    blocks.push(b);
    while (blocks.length > 1) {
      const cur = blocks[blocks.length - 1];
      const prev = blocks[blocks.length - 2];
      if (prev.top + prev.ids.length * gap <= cur.top + 1e-9) break;
      prev.ids.push(...cur.ids);
      prev.sum += cur.sum;
      place(prev);
      blocks.pop();
    }
  }
  const out = new Array<number>(wanted.length);
  for (const b of blocks) b.ids.forEach((i, k) => (out[i] = b.top + k * gap));
  return out;
}

export interface LabelRequest {
  /** The point labelled (e.g. an arrow's tip). */
  x: number;
  y: number;
  /** The label's size. */
  w: number;
  h: number;
  /** The preferred direction from the point (e.g. the arrow's); the label sits beyond the point along it. */
  dx: number;
  dy: number;
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

const ANGLES = [0, 30, -30, 60, -60, 90, -90, 120, -120, 150, -150, 180].map((d) => (d * Math.PI) / 180);
const RADII = [3, 12, 24];

/**
 * Boxes for labels of points, placed in the given order (the most important first): around each point, from its
 * preferred direction outwards (turning by 30° steps, then farther away), the first box that overlaps no box placed
 * before, no other labelled point (`obstacle` px around it) and stays inside `bounds`; where none is free, the box
 * that overlaps least. `moved` is true when the box is not beside its point (draw a leader line to it).
 */
export function placeLabels(items: readonly LabelRequest[], bounds: Rect, obstacle = 4): (Rect & { moved: boolean })[] {
  const placed: Rect[] = [];
  const points: Rect[] = items.map((p) => ({ x: p.x - obstacle, y: p.y - obstacle, w: 2 * obstacle, h: 2 * obstacle }));
  return items.map((p, i) => {
    const base = Math.atan2(p.dy, p.dx);
    const dir = Number.isFinite(base) && (p.dx !== 0 || p.dy !== 0) ? base : 0;
    let best: Rect | null = null;
    let bestCost = Infinity;
    let bestRing = 0;
    search: for (let ring = 0; ring < RADII.length; ring++) {
      for (const a of ANGLES) {
        const ux = Math.cos(dir + a);
        const uy = Math.sin(dir + a);
        // the box's nearest edge RADII[ring] px from the point along (ux, uy)
        const reach = RADII[ring] + Math.abs(ux) * (p.w / 2) + Math.abs(uy) * (p.h / 2);
        const box = { x: p.x + ux * reach - p.w / 2, y: p.y + uy * reach - p.h / 2, w: p.w, h: p.h };
        let cost = 0;
        for (const q of placed) cost += overlap(box, q);
        points.forEach((q, j) => {
          if (j !== i) cost += overlap(box, q);
        });
        cost += p.w * p.h - overlap(box, bounds); // the part outside the bounds
        if (cost < bestCost - 1e-9) {
          best = box;
          bestCost = cost;
          bestRing = ring;
        }
        if (cost <= 1e-9) break search;
      }
    }
    placed.push(best!);
    return { ...best!, moved: bestRing > 0 };
  });
}

/**
 * Rows for marks that share one value and would overlap along the other axis (a beeswarm of one line): each mark,
 * in order of `xs`, takes the lowest row (0 = on the line) in which no mark placed before lies closer than `minDx`.
 * Returns each mark's row, in the input order.
 */
export function dodgeRows(xs: readonly number[], minDx: number): number[] {
  const order = xs.map((_, i) => i).sort((a, b) => xs[a] - xs[b] || a - b);
  const lastX: number[] = []; // per row, the x of its rightmost mark (marks come in increasing x)
  const rows = new Array<number>(xs.length);
  for (const i of order) {
    let r = 0;
    while (r < lastX.length && xs[i] - lastX[r] < minDx) r++;
    lastX[r] = xs[i];
    rows[i] = r;
  }
  return rows;
}
