// Pure transforms from API JSON to what the charts draw (unit-tested in transforms.test.ts).

import type { Failure, Num, Statistics } from "./types";

export interface Point {
  x: number;
  y: number | null;
}

/** Finite number or null (the API sends null for NaN; be defensive about strings like "NaN"). */
export function num(v: unknown): number | null {
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

/** One performance curve (split × metric) over the run's steps; missing records and failed values give null. */
export function performanceSeries(stats: Statistics, split: string, metric: string): Point[] {
  const si = stats.performance.splits.indexOf(split);
  const mi = stats.performance.metrics.indexOf(metric);
  return stats.steps.map((x, t) => {
    const row = stats.performance.values[t];
    return { x, y: si < 0 || mi < 0 || !row ? null : num(row[si]?.[mi]) };
  });
}

/** True when the series has at least one value. */
export function hasValues(points: readonly Point[]): boolean {
  return points.some((p) => p.y !== null);
}

/** The transferability score per step. */
export function transferabilitySeries(stats: Statistics): Point[] {
  return stats.steps.map((x, t) => ({ x, y: num(stats.transferability[t]) }));
}

/**
 * The direct-reuse baseline: the pretrained model's (first step's) accuracy on the target validation data, or on
 * the target probe when there is no validation set. Null when not available.
 */
export function directReuseBaseline(stats: Statistics, metric = "accuracy"): { split: string; value: number } | null {
  if (!stats.steps.length) return null;
  for (const split of ["target_val", "target"]) {
    const v = performanceSeries(stats, split, metric)[0]?.y ?? null;
    if (v !== null) return { split, value: v };
  }
  return null;
}

/** Series b − a at the x values both have (for the "difference" compare mode). */
export function differenceSeries(a: readonly Point[], b: readonly Point[]): Point[] {
  const ref = new Map(a.map((p) => [p.x, p.y]));
  return b.map((p) => {
    const r = ref.get(p.x);
    return { x: p.x, y: p.y === null || r === undefined || r === null ? null : p.y - r };
  });
}

/** Sorted union of the steps of several runs. */
export function unionSteps(stepLists: readonly (readonly number[])[]): number[] {
  const s = new Set<number>();
  for (const l of stepLists) for (const x of l) s.add(x);
  return [...s].sort((a, b) => a - b);
}

/**
 * Union of several layer lists that keeps model order: the first list's order, and each layer another list adds
 * goes right after the layer it follows in its own list; one that leads its list goes right before the first
 * later layer of its list already there, else last (a run sharing no layer with the others keeps its rows together,
 * after theirs).
 */
export function unionLayers(lists: readonly (readonly string[])[]): string[] {
  const out: string[] = [];
  for (const list of lists) {
    let prev: string | null = null;
    for (const [i, name] of list.entries()) {
      if (!out.includes(name)) {
        const next = prev === null ? list.slice(i + 1).find((n) => out.includes(n)) : undefined;
        const at = prev !== null ? out.indexOf(prev) + 1 : next !== undefined ? out.indexOf(next) : out.length;
        // after `prev` and after any layers already inserted there from this list
        out.splice(at, 0, name);
      }
      prev = name;
    }
  }
  return out;
}

export interface Confusion {
  predicted: number;
  count: number;
}

/** The k largest off-diagonal counts of row `c` of a confusion matrix, descending (ties: lower class first). */
export function topConfusions(row: readonly Num[] | undefined, c: number, k = 3): Confusion[] {
  if (!row) return [];
  const out: Confusion[] = [];
  row.forEach((v, j) => {
    const n = num(v);
    if (j !== c && n !== null && n > 0) out.push({ predicted: j, count: n });
  });
  out.sort((a, b) => b.count - a.count || a.predicted - b.predicted);
  return out.slice(0, k);
}

export interface ClassRow {
  index: number;
  name: string;
  source: number | null;
  target: number | null;
  /** target − source */
  diff: number | null;
  /** Top confusions on the target domain. */
  confusions: Confusion[];
  /** Misclassified target instances of the class (sum of off-diagonal counts). */
  errors: number | null;
  /** Target probe instances of the class. */
  support: number | null;
}

/** Per-class rows at step index t: accuracy on both domains, difference and top target confusions. */
export function classRows(stats: Statistics, t: number, k = 3): ClassRow[] {
  const acc = t >= 0 ? stats.class_accuracy.values[t] : null;
  const conf = t >= 0 ? stats.confusion.values[t] : null;
  const si = stats.class_accuracy.domains.indexOf("source");
  const ti = stats.class_accuracy.domains.indexOf("target");
  const cti = stats.confusion.domains.indexOf("target");
  return stats.class_names.map((name, c) => {
    const source = acc && si >= 0 ? num(acc[si]?.[c]) : null;
    const target = acc && ti >= 0 ? num(acc[ti]?.[c]) : null;
    const row = conf && cti >= 0 ? conf[cti]?.[c] : undefined;
    let errors: number | null = null;
    let support: number | null = null;
    if (row) {
      support = 0;
      errors = 0;
      row.forEach((v, j) => {
        const n = num(v) ?? 0;
        support! += n;
        if (j !== c) errors! += n;
      });
    }
    return {
      index: c,
      name,
      source,
      target,
      diff: source !== null && target !== null ? target - source : null,
      confusions: topConfusions(row, c, k),
      errors,
      support,
    };
  });
}

/** Confusion matrix of a domain at step index t, and its row-normalized version (null rows for empty classes). */
export function confusionMatrix(
  stats: Statistics,
  t: number,
  domain: string,
): { counts: (number | null)[][]; rates: (number | null)[][] } | null {
  const di = stats.confusion.domains.indexOf(domain);
  const m = t >= 0 ? stats.confusion.values[t] : null;
  if (!m || di < 0 || !m[di]) return null;
  const counts = m[di].map((row) => row.map(num));
  const rates = counts.map((row) => {
    const total = row.reduce<number>((s, v) => s + (v ?? 0), 0);
    return row.map((v) => (total > 0 && v !== null ? v / total : null));
  });
  return { counts, rates };
}

/** One layer measure across layers (model order) at step index t. */
export function layerProfile(stats: Statistics, measure: string, t: number): Point[] {
  const mi = stats.layer_stats.measures.indexOf(measure);
  const row = t >= 0 ? stats.layer_stats.values[t] : null;
  return stats.layer_stats.layers.map((_, l) => ({ x: l, y: mi < 0 || !row ? null : num(row[mi]?.[l]) }));
}

export interface StepFailure extends Failure {
  step: number;
}

/** Failures of every step, or of one step, flattened and sorted by step. */
export function listFailures(stats: Statistics, step: number | null = null): StepFailure[] {
  const out: StepFailure[] = [];
  for (const [k, list] of Object.entries(stats.failures ?? {})) {
    const s = Number(k);
    if (step !== null && s !== step) continue;
    for (const f of list ?? []) out.push({ step: s, measure: String(f.measure), layer: String(f.layer ?? ""), error: String(f.error ?? "") });
  }
  out.sort((a, b) => a.step - b.step || a.measure.localeCompare(b.measure) || a.layer.localeCompare(b.layer));
  return out;
}

/** Extent of the non-null values of several series (null when none), padded by `pad` of the range. */
export function extent(series: readonly (readonly Point[])[], pad = 0): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of series)
    for (const p of s) {
      if (p.y === null) continue;
      if (p.y < lo) lo = p.y;
      if (p.y > hi) hi = p.y;
    }
  if (lo === Infinity) return null;
  const r = hi - lo || Math.abs(hi) || 1;
  return [lo - r * pad, hi + r * pad];
}

/** Formats a fraction as a percentage ("83.4%"), "–" for null. */
export function pct(v: number | null, digits = 1): string {
  return v === null ? "–" : `${(v * 100).toFixed(digits)}%`;
}

/** Formats a difference of fractions in percentage points ("+4.2 pp"). */
export function pp(v: number | null, digits = 1): string {
  if (v === null) return "–";
  const s = (v * 100).toFixed(digits);
  return `${v > 0 ? "+" : v < 0 ? "" : "±"}${s === "-0.0" ? "0.0" : s} pp`;
}

/** Compact number formatting for measures. */
export function fmt(v: number | null, digits = 3): string {
  if (v === null) return "–";
  const a = Math.abs(v);
  if (a !== 0 && (a >= 1e4 || a < 1e-3)) return v.toExponential(2);
  return v.toFixed(digits);
}
