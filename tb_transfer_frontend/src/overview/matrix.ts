// Pure transforms behind the layer overview (unit-tested in matrix.test.ts): the layer × step matrix of one
// measure from /statistics, runs aligned on one grid (layers by name, steps by value; missing → null), the run
// A − run B difference, and the colour domain a measure shares across every selected run.

import { num, unionSteps } from "../transforms";
import type { Statistics } from "../types";

/** A measure's values on a layer × step grid: `values[l][t]` for `layers[l]` at `steps[t]`; null = missing/failed. */
export interface LayerStepMatrix {
  layers: string[];
  steps: number[];
  values: (number | null)[][];
}

/** The layer × step matrix of `measure` in a run's statistics (layers in model order, the run's steps). */
export function layerStepMatrix(stats: Statistics, measure: string): LayerStepMatrix {
  const ls = stats.layer_stats;
  const mi = ls?.measures.indexOf(measure) ?? -1;
  const layers = ls ? [...ls.layers] : [];
  const steps = [...stats.steps];
  const values = layers.map((_, l) =>
    steps.map((_, t) => {
      const row = mi >= 0 ? ls.values[t] : null;
      return row ? num(row[mi]?.[l]) : null;
    }),
  );
  return { layers, steps, values };
}

/**
 * Union of several layer lists that keeps model order: the first list's order, and each layer another list adds
 * goes right after the layer it follows in its own list (or first, when it leads its list).
 */
export function unionLayers(lists: readonly (readonly string[])[]): string[] {
  const out: string[] = [];
  for (const list of lists) {
    let prev: string | null = null;
    for (const name of list) {
      if (!out.includes(name)) {
        const at = prev === null ? 0 : out.indexOf(prev) + 1;
        // after `prev` and after any layers already inserted there from this list
        out.splice(at, 0, name);
      }
      prev = name;
    }
  }
  return out;
}

/** Re-indexes a matrix onto the given layers and steps; a layer or step the matrix lacks gives nulls. */
export function alignMatrix(m: LayerStepMatrix, layers: readonly string[], steps: readonly number[]): LayerStepMatrix {
  const li = new Map(m.layers.map((name, i) => [name, i]));
  const ti = new Map(m.steps.map((s, i) => [s, i]));
  return {
    layers: [...layers],
    steps: [...steps],
    values: layers.map((name) => {
      const l = li.get(name);
      return steps.map((s) => {
        const t = ti.get(s);
        return l === undefined || t === undefined ? null : (m.values[l]?.[t] ?? null);
      });
    }),
  };
}

/** Several runs' matrices on one grid: the union of their layers (model order) and of their steps (by value). */
export function alignMatrices(ms: readonly LayerStepMatrix[]): LayerStepMatrix[] {
  const layers = unionLayers(ms.map((m) => m.layers));
  const steps = unionSteps(ms.map((m) => m.steps));
  return ms.map((m) => alignMatrix(m, layers, steps));
}

/** a − b on the union grid of both (steps aligned by value); null wherever either is missing. */
export function differenceMatrix(a: LayerStepMatrix, b: LayerStepMatrix): LayerStepMatrix {
  const [A, B] = alignMatrices([a, b]);
  return {
    layers: A.layers,
    steps: A.steps,
    values: A.values.map((row, l) => row.map((v, t) => {
      const w = B.values[l][t];
      return v === null || w === null ? null : v - w;
    })),
  };
}

/** Extent of the non-null values of several matrices (null when none). */
export function matrixExtent(ms: readonly LayerStepMatrix[]): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const m of ms)
    for (const row of m.values)
      for (const v of row) {
        if (v === null) continue;
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
  return lo === Infinity ? null : [lo, hi];
}

/** How a measure's colour domain is chosen. */
export type DomainRule =
  /** A fixed range; values outside are drawn at the nearest end (the tooltip keeps the real value). */
  | { kind: "fixed"; domain: [number, number] }
  /** [0, 1] while every value is >= 0, else [-1, 1] (cosine). */
  | { kind: "unit-or-signed" }
  /** From 0 to the maximum over all selected runs. */
  | { kind: "zero-max" }
  /** From the minimum to the maximum over all selected runs. */
  | { kind: "extent" };

export interface MeasureSpec {
  rule: DomainRule;
  /**
   * True when a high value means "kept" (close to pretrained): the ramp is reversed so that, for every measure,
   * the strongest colour means "changed from pretrained" or "domains differ".
   */
  highIsKept: boolean;
  /** What the measure is and the caveats a reader should know (tooltips and legends). */
  help: string;
}

export const MEASURE_SPECS: Record<string, MeasureSpec> = {
  weight_drift: {
    rule: { kind: "zero-max" },
    highIsKept: false,
    help: "Relative weight change ‖W − W₀‖ / ‖W₀‖ from the pretrained weights (0 = unchanged). Mixes rotation and rescaling: read it with the cosine.",
  },
  weight_cosine: {
    rule: { kind: "unit-or-signed" },
    highIsKept: true,
    help: "cos(W, W₀): 1 = same direction as the pretrained weights. Insensitive to rescaling (e.g. weight decay).",
  },
  cka_target: {
    rule: { kind: "fixed", domain: [0, 1] },
    highIsKept: true,
    help: "Unbiased linear CKA between this layer's features now and in the pretrained model, on the target probe (1 = same representation). The unbiased estimator can dip slightly below 0 (drawn as 0). CKA is sensitive to outliers, and similarity-to-pretrained values are not strictly comparable across layers.",
  },
  cka_source: {
    rule: { kind: "fixed", domain: [0, 1] },
    highIsKept: true,
    help: "Unbiased linear CKA to the pretrained model on the source probe: how much of the source representation survives (low = forgetting). Values below 0 are drawn as 0. Sensitive to outliers; compare layers with care.",
  },
  mmd: {
    rule: { kind: "zero-max" },
    highIsKept: false,
    help: "Standardized linear MMD between source and target pooled features (0 = same mean embedding). Sees only mean shifts.",
  },
  domain_auc: {
    rule: { kind: "fixed", domain: [0.5, 1] },
    highIsKept: false,
    help: "Cross-validated ROC AUC of a source-vs-target classifier on the layer's features (0.5 = domains indistinguishable, 1 = fully separable). Below 0.5 is noise (drawn as 0.5).",
  },
  pad: {
    rule: { kind: "fixed", domain: [0, 2] },
    highIsKept: false,
    help: "2(1 − 2·error) of the same domain classifier, in [0, 2]; saturates at 2 quickly in high dimensions — prefer the domain AUC.",
  },
  logme: {
    rule: { kind: "extent" },
    highIsKept: true,
    help: "LogME evidence of the layer's features for the target labels (higher = more linearly usable). Scale depends on the data set; compare runs, not absolute values.",
  },
};

/** Measures drawn as heat-maps, in display order. */
export const HEATMAP_MEASURES = ["weight_drift", "weight_cosine", "cka_target", "cka_source", "mmd", "domain_auc"] as const;

export function measureSpec(measure: string): MeasureSpec {
  return (
    MEASURE_SPECS[measure] ?? { rule: { kind: "extent" }, highIsKept: false, help: measure }
  );
}

/**
 * The colour domain of `measure` shared by every selected run: fixed where the measure has a natural range,
 * else from 0 (or the minimum) to the maximum over all the given matrices. Never empty (lo < hi).
 */
export function measureDomain(measure: string, ms: readonly LayerStepMatrix[]): [number, number] {
  const rule = measureSpec(measure).rule;
  const ext = matrixExtent(ms);
  let lo: number;
  let hi: number;
  switch (rule.kind) {
    case "fixed":
      return [rule.domain[0], rule.domain[1]];
    case "unit-or-signed":
      return ext && ext[0] < 0 ? [-1, 1] : [0, 1];
    case "zero-max":
      lo = 0;
      hi = ext ? Math.max(ext[1], 0) : 1;
      break;
    default:
      [lo, hi] = ext ?? [0, 1];
  }
  if (!(hi > lo)) hi = lo + (Math.abs(lo) || 1);
  return [lo, hi];
}

/** A domain symmetric about 0 covering every difference (for diverging scales); [-1, 1] when all are 0 or null. */
export function symmetricDomain(ms: readonly LayerStepMatrix[]): [number, number] {
  const ext = matrixExtent(ms);
  const m = ext ? Math.max(Math.abs(ext[0]), Math.abs(ext[1])) : 0;
  return m > 0 ? [-m, m] : [-1, 1];
}

/** Position of `v` in `domain` clamped to [0, 1]. */
export function normalize(v: number, domain: readonly [number, number]): number {
  const t = (v - domain[0]) / (domain[1] - domain[0] || 1);
  return t < 0 ? 0 : t > 1 ? 1 : t;
}

/** Matrices as CSV cells: header `run, layer, <step>…`, one row per run and layer (null → empty). */
export function matrixCells(ms: readonly { title: string; matrix: LayerStepMatrix }[]): (string | number | null)[][] {
  const steps = ms[0]?.matrix.steps ?? [];
  const rows: (string | number | null)[][] = [["run", "layer", ...steps.map(String)]];
  for (const { title, matrix } of ms) matrix.layers.forEach((name, l) => rows.push([title, name, ...matrix.values[l]]));
  return rows;
}

/** Values of every layer at one step (a depth profile), aligned with `m.layers`. */
export function columnAt(m: LayerStepMatrix, step: number): (number | null)[] {
  const t = m.steps.indexOf(step);
  return m.layers.map((_, l) => (t >= 0 ? m.values[l][t] : null));
}
