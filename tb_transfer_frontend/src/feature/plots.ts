// Pure pieces of the feature level's plots (no DOM; unit-tested in plots.test.ts): the domain-discrimination plot's
// data window and biplot arrow scale, the importance × discriminativeness points, and the one-request-at-a-time
// helper that cancels older requests when a checkbox is clicked again.

import type { Num } from "../types";
import { equalAspect, extentOf, type Extent } from "../instance/model";

// ---------------------------------------------------------------------------------------------------------------
// Domain-discrimination plot

/** The finite points of a projection as two arrays (NaN where a coordinate is missing). */
export function pointArrays(points: readonly (readonly [Num, Num])[]): { x: Float64Array; y: Float64Array } {
  const x = new Float64Array(points.length);
  const y = new Float64Array(points.length);
  points.forEach(([a, b], i) => {
    x[i] = a ?? NaN;
    y[i] = b ?? NaN;
  });
  return { x, y };
}

/**
 * The length, in data units, that the longest biplot arrow is drawn with: `fraction` of the 95th percentile of the
 * points' distances from the origin (the points are standardised activations projected on the axes, centred on 0, so
 * the arrows start there). Arrows are the channels' unit vectors on the two axes (length ≤ 1), so one factor keeps
 * their relative lengths: an arrow's length says how much of that channel lies in the plotted plane.
 */
export function arrowScale(x: ArrayLike<number>, y: ArrayLike<number>, arrows: readonly (readonly [Num, Num])[], fraction = 0.85): number {
  const radii: number[] = [];
  for (let i = 0; i < x.length; i++) {
    const r = Math.hypot(x[i], y[i]);
    if (Number.isFinite(r)) radii.push(r);
  }
  radii.sort((a, b) => a - b);
  const reach = radii.length ? radii[Math.min(radii.length - 1, Math.floor(0.95 * (radii.length - 1)))] : 1;
  let longest = 0;
  for (const [a, b] of arrows) {
    const l = Math.hypot(a ?? 0, b ?? 0);
    if (Number.isFinite(l) && l > longest) longest = l;
  }
  if (!(longest > 0)) return 0;
  return (fraction * (reach > 0 ? reach : 1)) / longest;
}

/** The arrows' tips in data units (`scale` × loading; missing loadings at the origin). */
export function arrowTips(arrows: readonly (readonly [Num, Num])[], scale: number): [number, number][] {
  return arrows.map(([a, b]) => [(a ?? 0) * scale, (b ?? 0) * scale]);
}

/**
 * The data window of a `width` × `height` plot holding the points, the origin and the arrow tips, with one data
 * unit the same length on both axes (distances in the plot are distances between standardised activations).
 */
export function projectionWindow(x: ArrayLike<number>, y: ArrayLike<number>, tips: readonly (readonly [number, number])[], width: number, height: number): Extent {
  const xs = [...Array.from(x), 0, ...tips.map((t) => t[0])];
  const ys = [...Array.from(y), 0, ...tips.map((t) => t[1])];
  return equalAspect(extentOf(xs, ys), width, height, 0.06);
}

/** A linear map from a data interval to a pixel interval (y flips when `p0 > p1`). */
export function linear(d0: number, d1: number, p0: number, p1: number): (v: number) => number {
  const k = d1 === d0 ? 0 : (p1 - p0) / (d1 - d0);
  return (v) => p0 + (v - d0) * k;
}

// ---------------------------------------------------------------------------------------------------------------
// Importance × discriminativeness

export interface ChannelPoint {
  channel: number;
  /** Class importance (x) of the pretrained and the current model; null when unknown. */
  importance: [number | null, number | null];
  /** |domain AUC − 0.5| (y) of the pretrained and the current model; null when unknown. */
  specificity: [number | null, number | null];
}

const finite = (v: Num | undefined): number | null => (v === null || v === undefined || !Number.isFinite(v) ? null : v);

/**
 * One point per channel that has a finite value in either model, from `/features`' per-model arrays (aligned with
 * `ids`, the recorded channel ids): x = class importance, y = |domain AUC − 0.5| (0: the channel does not tell the
 * domains apart; 0.5: it separates them perfectly).
 */
export function channelPoints(
  ids: readonly number[],
  pre: { importance: readonly Num[] | null; domain_auc: readonly Num[] | null },
  cur: { importance: readonly Num[] | null; domain_auc: readonly Num[] | null },
): ChannelPoint[] {
  const k = ids.length;
  const out: ChannelPoint[] = [];
  const spec = (a: readonly Num[] | null, i: number) => {
    const v = finite(a?.[i]);
    return v === null ? null : Math.abs(v - 0.5);
  };
  for (let i = 0; i < k; i++) {
    const p: ChannelPoint = {
      channel: ids[i],
      importance: [finite(pre.importance?.[i]), finite(cur.importance?.[i])],
      specificity: [spec(pre.domain_auc, i), spec(cur.domain_auc, i)],
    };
    if ((p.importance[0] !== null && p.specificity[0] !== null) || (p.importance[1] !== null && p.specificity[1] !== null)) out.push(p);
  }
  return out;
}

/**
 * The thresholds of the "important and domain-specific" quadrant: importance at or above the median of the channels'
 * importances (both models pooled), and |AUC − 0.5| above `specific` (default 0.25, i.e. AUC outside [0.25, 0.75]).
 */
export function quadrantThresholds(points: readonly ChannelPoint[], specific = 0.25): { importance: number; specificity: number } {
  const v = points.flatMap((p) => p.importance.filter((x): x is number => x !== null)).sort((a, b) => a - b);
  const median = v.length ? (v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2) : 0;
  return { importance: median, specificity: specific };
}

/**
 * Whether a point (importance, specificity) lies in the "important and domain-specific" quadrant: importance at or
 * above the median and above 0 (so a layer's only channel, or channels tied at the median, can be in it; channels
 * with no importance never are), specificity above its threshold.
 */
export function inHurtQuadrant(importance: number | null, specificity: number | null, t: { importance: number; specificity: number }): boolean {
  return importance !== null && specificity !== null && importance >= t.importance && importance > 0 && specificity > t.specificity;
}

// ---------------------------------------------------------------------------------------------------------------
// Requests

/**
 * One request at a time: `run` aborts the request it started before (its promise resolves to null) and starts
 * the new one with a fresh AbortSignal. Used by the domain-discrimination plot, where each checkbox click asks
 * again and only the answer to the last click may be drawn.
 */
export class LatestRequest {
  private controller: AbortController | null = null;
  private seq = 0;

  /** Resolves to the answer, or null when a later `run` (or `cancel`) superseded this one. */
  async run<T>(start: (signal: AbortSignal) => Promise<T>): Promise<T | null> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const mine = ++this.seq;
    try {
      const out = await start(controller.signal);
      return mine === this.seq && !controller.signal.aborted ? out : null;
    } catch (err) {
      if (mine !== this.seq || controller.signal.aborted) return null;
      throw err;
    } finally {
      if (this.controller === controller && mine === this.seq) this.controller = null;
    }
  }

  /** Aborts the request in flight, if any. */
  cancel(): void {
    this.seq++;
    this.controller?.abort();
    this.controller = null;
  }
}
