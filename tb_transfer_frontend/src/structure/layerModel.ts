// Pure transforms behind the model structure level's CKA, BatchNorm and weight-step panels (unit-tested in
// structure.test.ts): API JSON in, what the charts draw out.

import { alignLayers, type LayerStepMatrix } from "../overview/matrix";
import { num, type Point } from "../transforms";
import type { LayerCka, RunInfo, Statistics } from "../types";

/** The four per-channel BatchNorm drift fields (contract.BN_FIELDS), with their labels. */
export const BN_FIELDS = ["mean_shift", "log_var_ratio", "weight_change", "bias_change"] as const;
export type BnField = (typeof BN_FIELDS)[number];
export const BN_LABEL: Record<BnField, string> = {
  mean_shift: "running mean shift",
  log_var_ratio: "log running-variance ratio",
  weight_change: "γ change",
  bias_change: "β change",
};

/** The CKA matrix as numbers (null = undefined) and its diagonal by layer name (current layer = pretrained layer). */
export function ckaMatrix(c: LayerCka): { values: (number | null)[][]; diagonal: (number | null)[] } {
  const values = c.values.map((row) => row.map(num));
  const col = new Map(c.pretrained.map((name, j) => [name, j]));
  const diagonal = c.current.map((name, i) => {
    const j = col.get(name);
    return j === undefined ? null : (values[i]?.[j] ?? null);
  });
  return { values, diagonal };
}

/** For each current layer, the pretrained layer it is most similar to (null when its row has no value). */
export function bestMatch(c: LayerCka): (string | null)[] {
  return c.values.map((row) => {
    let best: number | null = null;
    let at = -1;
    row.forEach((v, j) => {
      const x = num(v);
      if (x !== null && (best === null || x > best)) {
        best = x;
        at = j;
      }
    });
    return at >= 0 ? c.pretrained[at] : null;
  });
}

/** One BN field of `bn_stats` as a BatchNorm-layer × step matrix (mean |value| over channels), in the run's steps. */
export function bnStepMatrix(stats: Statistics, field: string): LayerStepMatrix {
  const bn = stats.bn_stats;
  const fi = bn ? bn.fields.indexOf(field) : -1;
  const layers = bn ? [...bn.layers] : [];
  const steps = [...stats.steps];
  const values = layers.map((_, l) => steps.map((_, t) => (bn && fi >= 0 ? num(bn.values[t]?.[fi]?.[l]) : null)));
  return { layers, steps, values };
}

/** The runs' BN matrices of one field on one grid (BatchNorm layers by name, steps by value). */
export function bnMatrices(stats: readonly Statistics[], field: string): LayerStepMatrix[] {
  return alignLayers(stats.map((s) => bnStepMatrix(s, field)));
}

/** The BatchNorm layer to show for a tracked layer: the first one that follows it (run_info.bn_layers[].layer). */
export function bnFor(info: RunInfo | null, layer: string | null): string | null {
  if (!layer || !info?.bn_layers) return null;
  return info.bn_layers.find((b) => b.layer === layer)?.name ?? null;
}

/** The tracked layer a BatchNorm layer follows, if any. */
export function layerOfBn(info: RunInfo | null, bn: string | null): string | null {
  if (!bn || !info?.bn_layers) return null;
  return info.bn_layers.find((b) => b.name === bn)?.layer ?? null;
}

/** Largest finite |value| over arrays (1 when there is none): a symmetric domain [−m, m] shared by runs. */
export function absMax(arrays: readonly (readonly (number | null)[])[]): number {
  let m = 0;
  for (const a of arrays) for (const v of a) if (v !== null && Math.abs(v) > m) m = Math.abs(v);
  return m > 0 ? m : 1;
}

/** One layer's `weight_steps` field over optimizer steps (its own step axis). */
export function weightStepSeries(stats: Statistics, layer: string, field: "drift" | "cosine"): Point[] {
  const ws = stats.weight_steps;
  if (!ws) return [];
  const fi = ws.fields.indexOf(field);
  const li = ws.layers.indexOf(layer);
  return ws.steps.map((x, t) => ({ x, y: fi >= 0 && li >= 0 ? num(ws.values[t]?.[fi]?.[li]) : null }));
}

/** The same layer's per-step (epoch) value of `layer_stats` (weight_drift or weight_cosine). */
export function epochSeries(stats: Statistics, layer: string, field: "drift" | "cosine"): Point[] {
  const ls = stats.layer_stats;
  const mi = ls ? ls.measures.indexOf(field === "drift" ? "weight_drift" : "weight_cosine") : -1;
  const li = ls ? ls.layers.indexOf(layer) : -1;
  return stats.steps.map((x, t) => ({ x, y: ls && mi >= 0 && li >= 0 ? num(ls.values[t]?.[mi]?.[li]) : null }));
}

/** A y domain that holds every series (with 0 for drift), shared by the fine and the per-epoch chart. */
export function sharedDomain(series: readonly (readonly Point[])[], withZero: boolean): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of series)
    for (const p of s)
      if (p.y !== null) {
        lo = Math.min(lo, p.y);
        hi = Math.max(hi, p.y);
      }
  if (lo === Infinity) return null;
  if (withZero) lo = Math.min(lo, 0);
  if (lo === hi) return [lo - 0.5 * (Math.abs(lo) || 1), hi + 0.5 * (Math.abs(hi) || 1)];
  const pad = (hi - lo) * 0.05;
  return [withZero && lo === 0 ? 0 : lo - pad, hi + pad];
}
