// Pure transforms behind the layer overview (unit-tested in matrix.test.ts): the layer × step matrix of one
// measure from /statistics, runs aligned on one grid (layers by name, steps by value; missing → null), the run
// A − run B difference, and the colour domain a measure shares across every selected run.

import { num, unionLayers, unionSteps } from "../transforms";
import { measureSpec } from "../measures";
import type { Statistics } from "../types";

/** A measure's values on a layer × step grid: `values[l][t]` for `layers[l]` at `steps[t]`; null = missing/failed. */
export interface LayerStepMatrix {
  layers: string[];
  steps: number[];
  values: (number | null)[][];
  /** Per layer: true where the run has no such layer (a row of another run's architecture), not a failure. */
  absent?: boolean[];
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

/**
 * Several runs' matrices on the same rows (the union of their layers, model order) but each over its own steps:
 * each run is drawn over the steps it logged. `absent` marks the rows a run does not have.
 */
export function alignLayers(ms: readonly LayerStepMatrix[]): LayerStepMatrix[] {
  const layers = unionLayers(ms.map((m) => m.layers));
  return ms.map((m) => {
    const own = new Set(m.layers);
    return { ...alignMatrix(m, layers, m.steps), absent: layers.map((l) => !own.has(l)) };
  });
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

/**
 * The colour domain of `measure` shared by every selected run: fixed where the measure has a natural range,
 * else from 0 (or the minimum) to the maximum over all the given matrices. Never empty (lo < hi).
 */
export function measureDomain(measure: string, ms: readonly LayerStepMatrix[]): [number, number] {
  const rule = measureSpec(measure).scale;
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

/**
 * Matrices as CSV cells: header `run, layer, <step>…` (every matrix's steps), one row per run and the layers it
 * has (null or a step the run did not log → empty).
 */
export function matrixCells(ms: readonly { title: string; matrix: LayerStepMatrix }[]): (string | number | null)[][] {
  const steps = unionSteps(ms.map((m) => m.matrix.steps));
  const rows: (string | number | null)[][] = [["run", "layer", ...steps.map(String)]];
  for (const { title, matrix } of ms) {
    const m = alignMatrix(matrix, matrix.layers, steps);
    matrix.layers.forEach((name, l) => {
      if (!matrix.absent?.[l]) rows.push([title, name, ...m.values[l]]);
    });
  }
  return rows;
}

/** Values of every layer at one step (a depth profile), aligned with `m.layers`. */
export function columnAt(m: LayerStepMatrix, step: number): (number | null)[] {
  const t = m.steps.indexOf(step);
  return m.layers.map((_, l) => (t >= 0 ? m.values[l][t] : null));
}
