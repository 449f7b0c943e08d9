// The model structure level's pure parts (tested in structure.test.ts): which selected layers are connected (the
// model's real data flow: each layer's `conn_source`), the geometry of one layer's unit (its matching matrix, the
// side histograms and the weight blocks from its source, every block's cells aligned with its neighbours), box plots
// from the API's histograms, and the scales shared by every layer and run.

import { sequentialScale, type ColorScale } from "../charts/scale";
import type { Rect } from "../charts/shared";
import type { LayerInfo, Num, RunInfo, Structure, Theme } from "../types";

export const MODELS = ["pretrained", "current"] as const;
export type Model = (typeof MODELS)[number];

/** Geometry constants (px). */
export const CELL = 18;
export const GAP = 8;
/** Label gutter between a weight block and the matrix it is aligned with. */
export const GUTTER = 26;
/** Width of a band of box plots or histograms beside a block. */
export const BAND = 72;

/** Layers that can be drawn as matching matrices: tracked layers with channels (every tracked layer has structure). */
export function structureLayers(info: RunInfo | null): LayerInfo[] {
  return (info?.layers ?? []).filter((l) => (l.out_channels ?? 0) > 1);
}

/** The structure layers of several runs (different architectures side by side): the first run's in model order,
 * then each other run's that are new. */
export function unionLayers(infos: readonly (RunInfo | null)[]): LayerInfo[] {
  const seen = new Set<string>();
  const out: LayerInfo[] = [];
  for (const info of infos) {
    for (const l of structureLayers(info)) {
      if (!seen.has(l.name)) {
        seen.add(l.name);
        out.push(l);
      }
    }
  }
  return out;
}

/** The layer whose channels feed `layer` through its weights (`conn_source`), when it is among `selected`. */
export function sourceOf(info: RunInfo | null, layer: string, selected: readonly string[]): string | null {
  const src = info?.layers.find((l) => l.name === layer)?.conn_source ?? null;
  return src && selected.includes(src) ? src : null;
}

/** The connected pairs [from, to] among the selected layers, following each layer's conn_source (branches too). */
export function connectedPairs(info: RunInfo | null, selected: readonly string[]): [string, string][] {
  const out: [string, string][] = [];
  for (const l of selected) {
    const s = sourceOf(info, l, selected);
    if (s) out.push([s, l]);
  }
  return out;
}

/**
 * One layer's unit: the matching matrix (rows = the pretrained model's important channels, columns = the current
 * model's) with the distance histograms of the rest to its right (important pretrained × other current), below
 * (other pretrained × important current) and in the corner (other × other); and, when the layer's source is drawn,
 * the current model's weights above the matrix (rows = the source's current important channels, columns aligned
 * with the matrix's columns), the pretrained model's to its left (rows aligned with the matrix's rows, columns =
 * the source's pretrained important channels). Each weight block has its N→I box plots on the side away from the
 * matrix, its I→N box plots beside it, and its N→N histogram in the corner: the paper's blocks, on opposite sides.
 */
export interface UnitLayout {
  width: number;
  height: number;
  matrix: Rect;
  /** Distance histograms: I_pre × N_cur (right), N_pre × I_cur (below), N × N (corner). */
  histRight: Rect;
  histBelow: Rect;
  histCorner: Rect;
  /** Barrier lines between the important channels and the rest: x of the vertical line, y of the horizontal. */
  barrierX: number;
  barrierY: number;
  weights: null | {
    /** Current model: I→I cells; N→I boxes (one per column, above); I→N boxes (one per row, right); N→N corner. */
    current: { cells: Rect; toI: Rect; fromI: Rect; nn: Rect; flow: Rect };
    /** Pretrained model: I→I cells; N→I boxes (one per row, left); I→N boxes (one per column, below); N→N corner. */
    pretrained: { cells: Rect; toI: Rect; fromI: Rect; nn: Rect; flow: Rect };
  };
}

/** Geometry of a unit with a k × k matrix and, when kIn > 0, weight blocks from a source with kIn important channels. */
export function unitLayout(k: number, kIn: number, cell = CELL): UnitLayout {
  const m = k * cell;
  const w = kIn * cell;
  const hasW = kIn > 0;
  // columns: [band][gap][pre W][gutter][matrix][gap][band]; rows: [band][gap][cur W][gutter][matrix][gap][band]
  const x2 = hasW ? BAND + GAP + w + GUTTER : GUTTER;
  const y2 = hasW ? BAND + GAP + w + GUTTER : GUTTER;
  const x3 = x2 + m + GAP;
  const y3 = y2 + m + GAP;
  const out: UnitLayout = {
    width: x3 + BAND,
    height: y3 + BAND,
    matrix: { x: x2, y: y2, w: m, h: m },
    histRight: { x: x3, y: y2, w: BAND, h: m },
    histBelow: { x: x2, y: y3, w: m, h: BAND },
    histCorner: { x: x3, y: y3, w: BAND, h: BAND },
    barrierX: x2 + m + GAP / 2,
    barrierY: y2 + m + GAP / 2,
    weights: null,
  };
  if (hasW) {
    const y1 = BAND + GAP;
    const x1 = BAND + GAP;
    out.weights = {
      current: {
        cells: { x: x2, y: y1, w: m, h: w },
        toI: { x: x2, y: 0, w: m, h: BAND },
        fromI: { x: x3, y: y1, w: BAND, h: w },
        nn: { x: x3, y: 0, w: BAND, h: BAND },
        flow: { x: 0, y: 0, w: x1 + w, h: BAND },
      },
      pretrained: {
        cells: { x: x1, y: y2, w, h: m },
        toI: { x: 0, y: y2, w: BAND, h: m },
        fromI: { x: x1, y: y3, w, h: BAND },
        nn: { x: 0, y: y3, w: BAND, h: BAND },
        flow: { x: 0, y: y1, w: BAND, h: w },
      },
    };
  }
  return out;
}

export interface BoxStats {
  count: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
  /** Whiskers: the most extreme values within 1.5 IQR of the box, clipped to [min, max]. */
  lo: number;
  hi: number;
}

/**
 * The p-quantile (0..1) of the values a histogram counts, interpolated linearly inside the bin that holds it
 * (exact to within one bin width). NaN when the histogram is empty.
 */
export function histQuantile(counts: readonly number[], edges: readonly number[], p: number): number {
  const total = counts.reduce((a, b) => a + b, 0);
  if (!(total > 0)) return NaN;
  const target = Math.min(Math.max(p, 0), 1) * total;
  let acc = 0;
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i];
    if (c > 0 && acc + c >= target) {
      const f = (target - acc) / c;
      return edges[i] + f * (edges[i + 1] - edges[i]);
    }
    acc += c;
  }
  return edges[edges.length - 1];
}

/** Box-plot statistics of a histogram (the API's weight summaries); null when it counts nothing. */
export function boxFromHist(counts: readonly Num[] | null | undefined, edges: readonly Num[] | null | undefined): BoxStats | null {
  if (!counts || !edges || counts.some((c) => c === null) || edges.some((e) => e === null)) return null;
  const c = counts as number[];
  const e = edges as number[];
  const count = c.reduce((a, b) => a + b, 0);
  if (!(count > 0)) return null;
  const first = c.findIndex((v) => v > 0);
  let last = c.length - 1;
  while (c[last] === 0) last--;
  const min = e[first];
  const max = e[last + 1];
  const q1 = histQuantile(c, e, 0.25);
  const median = histQuantile(c, e, 0.5);
  const q3 = histQuantile(c, e, 0.75);
  const iqr = q3 - q1;
  return { count, min, q1, median, q3, max, lo: Math.max(min, q1 - 1.5 * iqr), hi: Math.min(max, q3 + 1.5 * iqr) };
}

/** The distance domain shared by every matrix of every layer and run: [0, the largest finite distance] (≤ 1). */
export function sharedDistanceDomain(structures: readonly (Structure | null | undefined)[]): [number, number] {
  let hi = 0;
  for (const s of structures) for (const row of s?.distance ?? []) for (const v of row) if (v !== null && v > hi) hi = v;
  return [0, hi > 0 ? Math.min(1, hi) : 1];
}

/** The distance colour scale of every matrix: dark = similar in both themes (the paper's convention: the light
 * theme's ramp reversed, the dark theme's as it is, whose low end is darker than the panel). */
export function distanceScale(domain: [number, number], theme: Theme): ColorScale {
  return sequentialScale(domain, theme, { low: "similar", high: "different" }, theme === "light");
}

/** The largest connection strength over the weight blocks (I→I cells and histogram ranges) of every run: the
 * opacity scale (|w| / max) shared by every weight block. */
export function sharedWeightMax(structures: readonly (Structure | null | undefined)[]): number {
  let hi = 0;
  for (const s of structures) {
    for (const m of s?.conn_weight ?? []) for (const row of m) for (const v of row) if (v !== null && v > hi) hi = v;
    for (const e of s?.conn_edges ?? []) {
      const top = e[e.length - 1];
      if (top !== null && top !== undefined && top > hi) hi = top;
    }
  }
  return hi > 0 ? hi : 1;
}

/** Connection counts of one model's weight block, for the flow lines: I→I (recorded cells that reach), I→N, N→I, N→N. */
export function flowCounts(s: Structure, m: number): { ii: number; in: number; ni: number; nn: number } | null {
  const sum = (a: readonly Num[] | undefined) => (a ?? []).reduce<number>((x, v) => x + (v ?? 0), 0);
  const cw = s.conn_weight?.[m];
  if (!cw || !s.conn_i_to_n?.[m] || !s.conn_n_to_i?.[m] || !s.conn_n_to_n?.[m]) return null;
  if (s.conn_i_to_n[m].some((r) => r.some((v) => v === null))) return null;
  const ii = cw.reduce((x, row) => x + row.filter((v) => v !== null).length, 0);
  return {
    ii,
    in: s.conn_i_to_n[m].reduce((x, r) => x + sum(r), 0),
    ni: s.conn_n_to_i[m].reduce((x, r) => x + sum(r), 0),
    nn: sum(s.conn_n_to_n[m]),
  };
}

/** Share (0..1) of a current-model row's connections that correspond to pretrained ones; null when unknown. */
export function correspondingShare(count: number, corresponding: Num | undefined): number | null {
  if (corresponding === null || corresponding === undefined || !(count > 0)) return null;
  return corresponding / count;
}
