// Pure functions of the instance level: colour-by scales, the class palette, equal-aspect domains, layout
// interpolation for step transitions, lasso / rectangle hit tests, nearest-point search, prediction flips,
// domain-confusion histograms and the selection's CSV. No DOM here (unit-tested in model.test.ts).

import { quadtree, type Quadtree } from "d3";
import type { InstancesReady, Num, Theme } from "../types";

// ---------------------------------------------------------------------------------------------------------------
// Colours

/** A colour-blind-safe categorical palette for classes (Paul Tol's "muted" + Okabe–Ito orange), per theme. */
export const CLASS_PALETTE: Record<Theme, readonly string[]> = {
  light: ["#332288", "#44AA99", "#CC6677", "#117733", "#88CCEE", "#AA4499", "#999933", "#E69F00", "#882255", "#DDCC77"],
  dark: ["#8E84E0", "#44AA99", "#CC6677", "#3CAF62", "#88CCEE", "#C565B5", "#B8B848", "#E69F00", "#C0508A", "#DDCC77"],
};
export const GREY: Record<Theme, string> = { light: "#c4c7cc", dark: "#6b6e73" };
/** Outline of mispredicted instances (dark in light mode, near-white in dark mode, so it reads on both). */
export const OUTLINE: Record<Theme, string> = { light: "#1b1b1b", dark: "#f2f2f2" };
export const DOMAIN_MARK: Record<Theme, [string, string]> = { light: ["#d6604d", "#4393c3"], dark: ["#ef8a62", "#67a9cf"] };
/** Correct / incorrect (Okabe–Ito blue and vermillion: safe for red–green colour blindness). */
export const CORRECT_COLORS: Record<Theme, [string, string]> = { light: ["#0072B2", "#D55E00"], dark: ["#56B4E9", "#F0782A"] };
export const CHANGED_COLOR: Record<Theme, string> = { light: "#E69F00", dark: "#F0B040" };

export const MAX_CLASS_COLORS = 10;

/**
 * The colour of each class: with ≤ 10 classes every class has its palette colour; with more, the `highlighted`
 * classes (in their order, at most 10) get palette colours and the rest are grey.
 */
export function classColors(nClasses: number, highlighted: readonly number[], theme: Theme): string[] {
  const pal = CLASS_PALETTE[theme];
  if (nClasses <= MAX_CLASS_COLORS) return Array.from({ length: nClasses }, (_, c) => pal[c]);
  const out = Array.from({ length: nClasses }, () => GREY[theme]);
  [...new Set(highlighted)].filter((c) => c >= 0 && c < nClasses).slice(0, MAX_CLASS_COLORS).forEach((c, i) => (out[c] = pal[i]));
  return out;
}

export type ColorMode = "class" | "domain" | "correct" | "p_target" | "loss" | "changed" | "neuron";

export const COLOR_MODES: { id: ColorMode; label: string }[] = [
  { id: "class", label: "Class" },
  { id: "domain", label: "Domain" },
  { id: "correct", label: "Correct / incorrect" },
  { id: "p_target", label: "Domain confusion P(target)" },
  { id: "loss", label: "Loss" },
  { id: "changed", label: "Prediction changed" },
  { id: "neuron", label: "Selected channel" },
];

/** Diverging source (0) → target (1) ramp of P(target), red to blue like the domain colours. */
export function pTargetColor(p: number, theme: Theme): string {
  const [s, t] = DOMAIN_MARK[theme];
  const mid = theme === "dark" ? [0x9a, 0x9a, 0x9a] : [0xe6, 0xe6, 0xe6];
  const a = hexRgb(s);
  const b = hexRgb(t);
  const q = Math.max(0, Math.min(1, p));
  const [from, to, u] = q < 0.5 ? [a, mid, q / 0.5] : [mid, b, (q - 0.5) / 0.5];
  return rgbHex(from.map((v, i) => v + (to[i] - v) * u));
}

const VIRIDIS = ["#440154", "#482878", "#3e4989", "#31688e", "#26828e", "#1f9e89", "#35b779", "#6ece58", "#b5de2b", "#fde725"];
/** Sequential ramp on [0, 1] (viridis, 10 stops interpolated). */
export function sequentialColor(u: number): string {
  const q = Math.max(0, Math.min(1, u)) * (VIRIDIS.length - 1);
  const i = Math.min(VIRIDIS.length - 2, Math.floor(q));
  const a = hexRgb(VIRIDIS[i]);
  const b = hexRgb(VIRIDIS[i + 1]);
  return rgbHex(a.map((v, k) => v + (b[k] - v) * (q - i)));
}

function hexRgb(h: string): number[] {
  const n = parseInt(h.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
function rgbHex(c: number[]): string {
  return `#${c.map((v) => Math.round(Math.max(0, Math.min(255, v))).toString(16).padStart(2, "0")).join("")}`;
}

/** Upper end of the loss scale: the 95th percentile of the finite losses (robust to a few huge ones), > 0. */
export function lossCap(loss: readonly Num[] | null): number {
  const v = (loss ?? []).filter((x): x is number => x !== null && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return 1;
  const q = v[Math.min(v.length - 1, Math.floor(0.95 * (v.length - 1)))];
  return q > 0 ? q : Math.max(v[v.length - 1], 1e-6);
}

/** [low, high] of the finite values (the selected channel's activations), widened when constant; null when none. */
export function activationRange(values: readonly Num[] | null | undefined): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values ?? []) {
    if (v === null || !Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (!(lo <= hi)) return null;
  return hi > lo ? [lo, hi] : [lo - 0.5, hi + 0.5];
}

export interface ColorContext {
  mode: ColorMode;
  theme: Theme;
  nClasses: number;
  /** Classes that keep their colour when there are more than 10. */
  highlighted: readonly number[];
  /** Mode "neuron": the selected channel's activation of every instance (null: not known, grey). */
  activation?: readonly Num[] | null;
}

/** The fill colour of every instance under a colour-by mode; missing values (no outcome) are grey. */
export function colorBy(d: InstancesReady, ctx: ColorContext): string[] {
  const n = d.coords?.length ?? 0;
  const grey = GREY[ctx.theme];
  const out = new Array<string>(n).fill(grey);
  const label = d.label;
  const pred = d.prediction;
  switch (ctx.mode) {
    case "class": {
      const cols = classColors(ctx.nClasses, ctx.highlighted, ctx.theme);
      if (label) for (let i = 0; i < n; i++) out[i] = cols[label[i]] ?? grey;
      break;
    }
    case "domain":
      if (d.domain) for (let i = 0; i < n; i++) out[i] = DOMAIN_MARK[ctx.theme][d.domain[i] ? 1 : 0];
      break;
    case "correct":
      if (label && pred)
        for (let i = 0; i < n; i++) if (pred[i] !== null) out[i] = CORRECT_COLORS[ctx.theme][pred[i] === label[i] ? 0 : 1];
      break;
    case "p_target":
      if (d.p_target) for (let i = 0; i < n; i++) if (d.p_target[i] !== null) out[i] = pTargetColor(d.p_target[i] as number, ctx.theme);
      break;
    case "loss": {
      const cap = lossCap(d.loss);
      if (d.loss) for (let i = 0; i < n; i++) if (d.loss[i] !== null) out[i] = sequentialColor((d.loss[i] as number) / cap);
      break;
    }
    case "neuron": {
      const a = ctx.activation;
      const range = activationRange(a);
      if (a && range && a.length === n)
        for (let i = 0; i < n; i++) if (a[i] !== null && Number.isFinite(a[i])) out[i] = sequentialColor(((a[i] as number) - range[0]) / (range[1] - range[0]));
      break;
    }
    case "changed": {
      const prev = d.previous_prediction;
      if (pred && prev)
        for (let i = 0; i < n; i++) if (pred[i] !== null && prev[i] !== null) out[i] = pred[i] !== prev[i] ? CHANGED_COLOR[ctx.theme] : grey;
      break;
    }
  }
  return out;
}

/** Whether each instance is mispredicted at the step (false where unknown). */
export function mispredicted(d: InstancesReady): Uint8Array {
  const n = d.coords?.length ?? 0;
  const out = new Uint8Array(n);
  if (d.label && d.prediction) for (let i = 0; i < n; i++) out[i] = d.prediction[i] !== null && d.prediction[i] !== d.label[i] ? 1 : 0;
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Geometry

export interface Extent {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** Finite bounding box of the points (a unit box around 0 when there are none; widened when degenerate). */
export function extentOf(x: ArrayLike<number>, y: ArrayLike<number>): Extent {
  let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
  for (let i = 0; i < x.length; i++) {
    const a = x[i], b = y[i];
    if (!Number.isFinite(a) || !Number.isFinite(b)) continue;
    if (a < x0) x0 = a;
    if (a > x1) x1 = a;
    if (b < y0) y0 = b;
    if (b > y1) y1 = b;
  }
  if (!(x0 <= x1)) return { x0: -1, x1: 1, y0: -1, y1: 1 };
  const pad = Math.max(x1 - x0, y1 - y0, 1e-9) * 1e-6;
  return { x0: x0 - pad, x1: x1 + pad, y0: y0 - pad, y1: y1 + pad };
}

/**
 * The data window shown in a `width` × `height` plot with one data unit the same length in x and y: the extent,
 * padded by `margin` (a fraction) and widened along the axis that has room to spare, centred.
 */
export function equalAspect(e: Extent, width: number, height: number, margin = 0.05): Extent {
  const cx = (e.x0 + e.x1) / 2;
  const cy = (e.y0 + e.y1) / 2;
  const w = Math.max(e.x1 - e.x0, 1e-9) * (1 + 2 * margin);
  const h = Math.max(e.y1 - e.y0, 1e-9) * (1 + 2 * margin);
  const unit = Math.max(w / Math.max(width, 1), h / Math.max(height, 1)); // data units per pixel
  const hw = (unit * width) / 2;
  const hh = (unit * height) / 2;
  return { x0: cx - hw, x1: cx + hw, y0: cy - hh, y1: cy + hh };
}

/** Ray casting: whether (x, y) is inside the polygon (vertices in order, closed implicitly). */
export function pointInPolygon(x: number, y: number, poly: readonly (readonly [number, number])[]): boolean {
  let inside = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i];
    const [xj, yj] = poly[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Indices of the points inside the polygon (a bounding-box test first, so large point sets stay fast). */
export function pointsInPolygon(px: ArrayLike<number>, py: ArrayLike<number>, poly: readonly (readonly [number, number])[]): number[] {
  if (poly.length < 3) return [];
  let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
  for (const [a, b] of poly) {
    x0 = Math.min(x0, a); x1 = Math.max(x1, a); y0 = Math.min(y0, b); y1 = Math.max(y1, b);
  }
  const out: number[] = [];
  for (let i = 0; i < px.length; i++) {
    const a = px[i], b = py[i];
    if (a < x0 || a > x1 || b < y0 || b > y1) continue;
    if (pointInPolygon(a, b, poly)) out.push(i);
  }
  return out;
}

/** Indices of the points inside the rectangle spanned by two corners (inclusive). */
export function pointsInRect(px: ArrayLike<number>, py: ArrayLike<number>, a: [number, number], b: [number, number]): number[] {
  const [x0, x1] = a[0] < b[0] ? [a[0], b[0]] : [b[0], a[0]];
  const [y0, y1] = a[1] < b[1] ? [a[1], b[1]] : [b[1], a[1]];
  const out: number[] = [];
  for (let i = 0; i < px.length; i++) if (px[i] >= x0 && px[i] <= x1 && py[i] >= y0 && py[i] <= y1) out.push(i);
  return out;
}

/** A nearest-point index over 2-D points (a quadtree): `find(x, y, radius)` → the nearest index within radius, or -1. */
export class PointIndex {
  private readonly tree: Quadtree<number>;
  constructor(private readonly x: ArrayLike<number>, private readonly y: ArrayLike<number>) {
    const ids: number[] = [];
    for (let i = 0; i < x.length; i++) if (Number.isFinite(x[i]) && Number.isFinite(y[i])) ids.push(i);
    this.tree = quadtree<number>().x((i) => this.x[i]).y((i) => this.y[i]).addAll(ids);
  }
  find(x: number, y: number, radius = Infinity): number {
    const i = this.tree.find(x, y, radius);
    return i === undefined ? -1 : i;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Layout animation

/** Positions at time t ∈ [0, 1] between two layouts of the same instances (eased by the caller). */
export function interpolateLayout(from: ArrayLike<number>, to: ArrayLike<number>, t: number, out?: Float32Array): Float32Array {
  const n = to.length;
  const res = out && out.length === n ? out : new Float32Array(n);
  const u = Math.max(0, Math.min(1, t));
  for (let i = 0; i < n; i++) {
    const a = from[i];
    const b = to[i];
    res[i] = Number.isFinite(a) ? a + (b - a) * u : b;
  }
  return res;
}

/** Cubic in-out easing. */
export function easeCubic(t: number): number {
  const u = Math.max(0, Math.min(1, t));
  return u < 0.5 ? 4 * u * u * u : 1 - Math.pow(-2 * u + 2, 3) / 2;
}

export function interpolateExtent(a: Extent, b: Extent, t: number): Extent {
  const u = Math.max(0, Math.min(1, t));
  const f = (p: number, q: number) => p + (q - p) * u;
  return { x0: f(a.x0, b.x0), x1: f(a.x1, b.x1), y0: f(a.y0, b.y0), y1: f(a.y1, b.y1) };
}

/** x and y coordinate arrays of `/instances` coords (null → NaN). */
export function splitCoords(coords: readonly (readonly [Num, Num])[]): { x: Float32Array; y: Float32Array } {
  const n = coords.length;
  const x = new Float32Array(n);
  const y = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    x[i] = coords[i][0] ?? NaN;
    y[i] = coords[i][1] ?? NaN;
  }
  return { x, y };
}

// ---------------------------------------------------------------------------------------------------------------
// Derived sets

export interface Flips {
  /** Wrong at the previous step, right now. */
  fixed: number[];
  /** Right at the previous step, wrong now. */
  broken: number[];
  /** Wrong both times, with a different wrong prediction. */
  changedWrong: number[];
}

/** Prediction flips between the previous step and this one (empty when either is missing). */
export function predictionFlips(d: InstancesReady): Flips {
  const out: Flips = { fixed: [], broken: [], changedWrong: [] };
  const { label, prediction: p, previous_prediction: q } = d;
  if (!label || !p || !q) return out;
  for (let i = 0; i < label.length; i++) {
    if (p[i] === null || q[i] === null || p[i] === q[i]) continue;
    if (p[i] === label[i]) out.fixed.push(i);
    else if (q[i] === label[i]) out.broken.push(i);
    else out.changedWrong.push(i);
  }
  return out;
}

export interface Histogram {
  edges: number[];
  /** counts[domain][bin] */
  counts: [number[], number[]];
}

/** Histograms of P(target) on [0, 1] in `bins` bins, source and target separately, over `members` (all when null). */
export function pTargetHistogram(d: InstancesReady, members: ((i: number) => boolean) | null, bins = 20): Histogram {
  const edges = Array.from({ length: bins + 1 }, (_, i) => i / bins);
  const counts: [number[], number[]] = [new Array(bins).fill(0), new Array(bins).fill(0)];
  const p = d.p_target;
  const dom = d.domain;
  if (p && dom)
    for (let i = 0; i < p.length; i++) {
      const v = p[i];
      if (v === null || !Number.isFinite(v) || (members && !members(i))) continue;
      counts[dom[i] ? 1 : 0][binOf(v, bins)]++;
    }
  return { edges, counts };
}

export function binOf(v: number, bins: number): number {
  return Math.max(0, Math.min(bins - 1, Math.floor(v * bins)));
}

/** Instances whose P(target) lies in [lo, hi] (and pass `members`). */
export function inPTargetRange(d: InstancesReady, lo: number, hi: number, members: ((i: number) => boolean) | null): number[] {
  const out: number[] = [];
  const p = d.p_target;
  if (!p) return out;
  for (let i = 0; i < p.length; i++) {
    const v = p[i];
    if (v !== null && v >= lo && v <= hi && (!members || members(i))) out.push(i);
  }
  return out;
}

/** Every id in 0..n-1 that is not selected. */
export function invertSelection(selected: ReadonlySet<number>, n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) if (!selected.has(i)) out.push(i);
  return out;
}

/** Counts of the selected instances per class and domain: rows [class][domain]. */
export function selectionCounts(d: InstancesReady, ids: readonly number[], nClasses: number): number[][] {
  const out = Array.from({ length: nClasses }, () => [0, 0]);
  if (!d.label || !d.domain) return out;
  for (const i of ids) {
    const c = d.label[i];
    if (c >= 0 && c < nClasses) out[c][d.domain[i] ? 1 : 0]++;
  }
  return out;
}

/** CSV rows (header first) of the selected instances: id, dataset index, domain, label, prediction, x, y. */
export function selectionCsv(
  d: InstancesReady,
  ids: readonly number[],
  names: { classes: readonly string[]; domains: [string, string] },
): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [["instance", "index", "domain", "label", "prediction", "x", "y"]];
  const cls = (c: Num | undefined) => (c === null || c === undefined ? null : names.classes[c] ?? String(c));
  for (const i of ids) {
    rows.push([
      i,
      d.index?.[i] ?? null,
      d.domain ? names.domains[d.domain[i] ? 1 : 0] : null,
      cls(d.label?.[i]),
      cls(d.prediction?.[i]),
      d.coords[i]?.[0] ?? null,
      d.coords[i]?.[1] ?? null,
    ]);
  }
  return rows;
}
