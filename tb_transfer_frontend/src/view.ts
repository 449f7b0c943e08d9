// The view model every panel draws from: the selection resolved against the loaded data (which selected runs are
// loaded, loading or unreadable, each run's step for the selected step, the union layer and step grids, the A − B
// pair of the difference mode). Built once per change of the selection or the data and shared by all panels.

import type { DataState } from "./data";
import { stepForRun, type Store } from "./store";
import { unionLayers, unionSteps } from "./transforms";
import type { RunInfo, Selection, Statistics, Theme } from "./types";

export interface RunView {
  run: string;
  stats: Statistics;
  info: RunInfo | null;
  /** The run's colour (same everywhere). */
  color: string;
  /** The run's step for the selected step (its largest step not after it; the latest when following), and its
   * index in stats.steps (-1 when none). */
  step: number | null;
  t: number;
}

export interface View {
  sel: Selection;
  theme: Theme;
  /** The selected runs, in selection order. */
  selected: string[];
  /** Selected runs whose statistics are loaded, in selection order. */
  runs: RunView[];
  /** Selected runs whose statistics are still to come. */
  loading: string[];
  /** Selected runs that could not be read (wholly, or in part: a run can be in `runs` and here). */
  errors: { run: string; error: string }[];
  /** The selected step, or the latest step of the loaded runs when the selection follows the latest. */
  selectedStep: number | null;
  /** One run loaded. */
  single: boolean;
  /** Difference mode with at least two loaded runs: [A, B] = the second and the first selected run (B is the
   * reference every level subtracts). */
  pair: [RunView, RunView] | null;
  /** Union of the runs' layers (model order) and steps (of A and B only in difference mode). */
  layers: string[];
  steps: number[];
  /**
   * The selected step on the union grid: the latest when the selection follows the latest step (in difference
   * mode the latest step both runs have), else the largest grid step not after it.
   */
  step: number | null;
  /** Name of the step axis: the runs' step_unit ("epoch" or "step"). */
  stepLabel: string;
}

/** The step unit of the first run that declares one; "step" when none does. */
export function stepUnit(infos: readonly (RunInfo | null | undefined)[]): string {
  const u = infos.find((i) => i?.step_unit)?.step_unit;
  return u ? String(u) : "step";
}

const cache = new WeakMap<Selection, { data: DataState; runColor: (run: string) => string; view: View }>();

/** The view of the current selection and data (the same object while neither changed). */
export function buildView(store: Store<Selection>, data: Store<DataState>, runColor: (run: string) => string): View {
  const sel = store.get();
  const d = data.get();
  const hit = cache.get(sel);
  if (hit && hit.data === d && hit.runColor === runColor) return hit.view;
  const view = computeView(sel, d, runColor);
  cache.set(sel, { data: d, runColor, view });
  return view;
}

function computeView(sel: Selection, d: DataState, runColor: (run: string) => string): View {
  const entries = new Map(d.runs.map((r) => [r.run, r]));
  const runs: RunView[] = [];
  const loading: string[] = [];
  const errors: { run: string; error: string }[] = [];
  for (const run of sel.runs) {
    const st = d.stats.get(run);
    const entry = entries.get(run);
    if (!st || st.status === "loading") loading.push(run);
    if (st?.status === "error" || (entry?.error && st?.status !== "loading")) errors.push({ run, error: st?.error ?? entry?.error ?? "could not be read" });
    if (st?.data && st.status !== "error") {
      const step = stepForRun(st.data.steps, sel.step);
      runs.push({ run, stats: st.data, info: entry?.info ?? null, color: runColor(run), step, t: step === null ? -1 : st.data.steps.indexOf(step) });
    }
  }
  const all = unionSteps(runs.map((r) => r.stats.steps));
  const pair: [RunView, RunView] | null = sel.compareMode === "difference" && runs.length >= 2 ? [runs[1], runs[0]] : null;
  // A difference is drawn on the grid of its two runs only.
  const shown = pair ?? runs;
  const layers = unionLayers(shown.map((r) => r.stats.layer_stats?.layers ?? []));
  const steps = pair ? unionSteps(pair.map((r) => r.stats.steps)) : all;
  let step = stepForRun(steps, sel.step);
  if (pair && sel.step === null) {
    // Following the latest step: the latest step both runs logged (a difference needs both).
    const inB = new Set(pair[1].stats.steps);
    const common = pair[0].stats.steps.filter((s) => inB.has(s));
    step = common.length ? common[common.length - 1] : step;
  }
  return {
    sel,
    theme: sel.theme,
    selected: sel.runs,
    runs,
    loading,
    errors,
    selectedStep: sel.step ?? (all.length ? all[all.length - 1] : null),
    single: runs.length === 1,
    pair,
    layers,
    steps,
    step,
    stepLabel: stepUnit(runs.map((r) => r.info)),
  };
}

const objectIds = new WeakMap<object, number>();
let nextObjectId = 1;
/** A number that identifies an object (0 for none): keys of what a panel drew from. */
export function oid(o: object | null | undefined): number {
  if (!o) return 0;
  let id = objectIds.get(o);
  if (!id) {
    id = nextObjectId++;
    objectIds.set(o, id);
  }
  return id;
}

/** What every panel's drawing depends on: the loaded runs (by identity of their data) at their steps, the theme and
 * the selected step. Panels add their own parts (controls, width). */
export function viewKey(v: View): string {
  return `${v.runs.map((r) => `${r.run}#${oid(r.stats)}@${r.step}`).join(",")}|${v.theme}|${v.selectedStep}`;
}
