// The feature level's data: for each shown run (the first four selected), the `/features` answer for the selected
// layer, the run's step and the group (`featureGroup`). Every feature panel reads `featureData`; the loader fetches
// only what changed (answers are cached per run, layer, step and group), cancels requests the selection left behind,
// and asks for the nearest step the layer has records at (the heavy activations records are kept at a sample of the
// steps; `/features` lists them in `steps`).

import type { ApiClient } from "../api";
import { sharedUse, StepAnswers, type DataState } from "../data";
import { createStore, stepForRun, type Store } from "../store";
import type { Features, RunInfo, Selection } from "../types";
import { featureGroup, groupParams, type FeatureGroup } from "./state";

export const MAX_RUNS = 4;

export interface RunFeatures {
  run: string;
  layer: string;
  info: RunInfo | null;
  status: "loading" | "ready" | "error";
  error?: string;
  /** The answer (kept while a newer one loads, so views do not flash). */
  features?: Features;
}

export interface FeatureData {
  layer: string | null;
  group: FeatureGroup;
  runs: RunFeatures[];
}

export const featureData: Store<FeatureData> = createStore<FeatureData>({ layer: null, group: { kind: "all" }, runs: [] });

/** A key of a group (equal groups, equal keys). */
export function groupKey(g: FeatureGroup): string {
  if (g.kind === "class") return `c${g.class}`;
  if (g.kind === "selection") return `i${g.instances.join(",")}`;
  return "all";
}

export class FeatureLoader {
  private readonly answers = new StepAnswers<Features>();
  private controller: AbortController | null = null;

  constructor(
    private readonly api: ApiClient,
    private readonly store: Store<Selection>,
    private readonly data: Store<DataState>,
    private readonly state: Store<FeatureData> = featureData,
  ) {}

  /** Panels attach on mount and call the answer on destroy; the loader follows the selection while one is attached. */
  readonly attach = sharedUse(() => {
    const offs = [
      this.store.subscribe(
        (s) => [s.runs.slice(0, MAX_RUNS).join("\u0000"), s.step, s.layer, groupKey(featureGroup(s))],
        () => this.refresh(),
      ),
      this.data.subscribe((d) => [d.runs, d.version], () => {
        this.answers.forgetSteps(); // new steps may have arrived
        this.refresh();
      }),
    ];
    this.refresh();
    return () => {
      offs.forEach((f) => f());
      this.controller?.abort();
      this.controller = null;
    };
  });

  /** Re-resolves every shown run (answers already fetched come from the cache). */
  refresh(): void {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const sel = this.store.get();
    const layer = sel.layer;
    const group = featureGroup(sel);
    const entries = new Map(this.data.get().runs.map((r) => [r.run, r]));
    const runs = sel.runs.slice(0, MAX_RUNS);
    if (!layer) {
      this.state.set({ layer: null, group, runs: [] });
      return;
    }
    const prev = new Map(this.state.get().runs.map((r) => [r.run, r]));
    this.state.set({
      layer,
      group,
      runs: runs.map((run) => {
        const old = prev.get(run);
        const info = entries.get(run)?.info ?? null;
        return old && old.layer === layer ? { ...old, info, status: "loading" } : { run, layer, info, status: "loading" };
      }),
    });
    for (const run of runs) void this.load(run, layer, sel.step, group, controller.signal);
  }

  private async fetch(run: string, layer: string, step: number | null, group: FeatureGroup, signal: AbortSignal): Promise<Features> {
    const hit = this.answers.lookup(run, layer, step, groupKey(group));
    if (hit) return hit;
    const f = await this.api.features(run, layer, step, groupParams(group), { signal });
    this.answers.keep(run, layer, groupKey(group), f);
    return f;
  }

  private async load(run: string, layer: string, selStep: number | null, group: FeatureGroup, signal: AbortSignal): Promise<void> {
    const info = this.state.get().runs.find((r) => r.run === run)?.info;
    if (info && !info.layers.some((l) => l.name === layer)) {
      // runs of different architectures side by side: say so instead of asking the server
      this.patch(run, layer, { status: "error", error: `${layer} is not a tracked layer of this run.`, features: undefined });
      return;
    }
    try {
      let known = this.answers.steps(run, layer);
      let f: Features | null = null;
      if (!known) {
        // the latest first: it lists the steps the layer has, then the nearest one to the selected step
        f = await this.fetch(run, layer, null, group, signal);
        known = f.steps;
      }
      const step = stepForRun(known, selStep);
      if (!f || f.step !== step) f = await this.fetch(run, layer, step, group, signal);
      if (!signal.aborted) this.patch(run, layer, { status: "ready", features: f, error: undefined });
    } catch (err) {
      if (signal.aborted || (err as Error)?.name === "AbortError") return;
      this.patch(run, layer, { status: "error", error: (err as Error)?.message ?? String(err), features: undefined });
    }
  }

  private patch(run: string, layer: string, p: Partial<RunFeatures>): void {
    const st = this.state.get();
    this.state.set({ runs: st.runs.map((r) => (r.run === run && r.layer === layer ? { ...r, ...p } : r)) });
  }
}

const loaders = new WeakMap<Store<Selection>, FeatureLoader>();

/** The one loader per selection store (panels call `attach` on mount and the returned function on destroy). */
export function featureLoader(api: ApiClient, store: Store<Selection>, data: Store<DataState>): FeatureLoader {
  let l = loaders.get(store);
  if (!l) {
    l = new FeatureLoader(api, store, data);
    loaders.set(store, l);
  }
  return l;
}
