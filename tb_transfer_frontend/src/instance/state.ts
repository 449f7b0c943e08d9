// The instance level's own state (projection, colour-by, class filter, tool, hover, clicked instance) and the
// loader of `/instances` that every instance panel reads: for each shown run (the first four selected), the PCA
// answer at the layer and step, and — when t-SNE is asked for — the t-SNE answer once the backend has it (PCA is
// shown meanwhile). Selections of instances live in the shared store (`instances`): probe instance ids are the
// same at every step, layer and run.

import type { ApiClient } from "../api";
import { ApiError } from "../api";
import { sharedUse, StepAnswers, type DataState } from "../data";
import { createStore, stepForRun, type Store } from "../store";
import type { InstancesReady, Projection, RunInfo, Selection } from "../types";
import type { ColorMode } from "./model";
import type { Tool } from "./scatter";

export const MAX_RUNS = 4;
export const PENULTIMATE = "penultimate";

export interface RunInstances {
  run: string;
  layer: string;
  info: RunInfo | null;
  status: "loading" | "ready" | "error";
  error?: string;
  /** The PCA answer (always fetched first). */
  pca?: InstancesReady;
  /** The answer the scatter shows: t-SNE when asked for and ready, else PCA. */
  shown?: InstancesReady;
  tsne: "off" | "pending" | "ready" | "failed";
  tsneError?: string;
}

export interface InstanceState {
  projection: Projection;
  colorBy: ColorMode;
  classFilter: "all" | "selected";
  tool: Tool;
  /** Which embedding: the header's layer, or the penultimate features. */
  layerMode: "header" | "penultimate";
  hovered: number | null;
  /** The clicked instance (nearest neighbours) and the run it was clicked in. */
  focus: { run: string; id: number } | null;
  /** Nearest neighbours of the focused instance, once fetched (the scatter draws lines to them). */
  neighbors: { run: string; id: number; ids: number[]; distances: (number | null)[] } | null;
  runs: RunInstances[];
}

export function initialInstanceState(): InstanceState {
  return { projection: "pca", colorBy: "class", classFilter: "all", tool: "pan", layerMode: "header", hovered: null, focus: null, neighbors: null, runs: [] };
}

export const instanceState: Store<InstanceState> = createStore(initialInstanceState());

/** The layer the instance level shows for the selection. */
export function instanceLayer(sel: Selection, st: InstanceState): string | null {
  return st.layerMode === "penultimate" ? PENULTIMATE : sel.layer;
}

/** The first shown run with data (the side panels' run). */
export function primary(st: InstanceState): RunInstances | null {
  return st.runs.find((r) => r.shown) ?? null;
}

const POLL_MS = 800;

/**
 * Keeps `instanceState.runs` in step with the selection. One controller per store; panels call `attach` on mount
 * and the returned function on destroy.
 */
export class InstanceLoader {
  private readonly answers = new StepAnswers<InstancesReady>();
  private generation = 0;
  private timers = new Set<ReturnType<typeof setTimeout>>();

  constructor(
    private readonly api: ApiClient,
    private readonly store: Store<Selection>,
    private readonly data: Store<DataState>,
    private readonly state: Store<InstanceState> = instanceState,
  ) {}

  /** Panels attach on mount and call the answer on destroy; the loader follows the selection while one is attached. */
  readonly attach = sharedUse(() => {
    const offs = [
      this.store.subscribe((s) => [s.runs.slice(0, MAX_RUNS).join("\u0000"), s.step, s.layer], () => this.refresh()),
      this.state.subscribe((s) => [s.projection, s.layerMode], () => this.refresh()),
      this.data.subscribe((d) => [d.runs, d.version], () => {
        this.answers.forgetSteps(); // new steps may have arrived: learn them again
        this.refresh();
      }),
    ];
    this.refresh();
    return () => {
      offs.forEach((f) => f());
      this.generation++;
      this.timers.forEach(clearTimeout);
      this.timers.clear();
    };
  });

  private async fetchReady(run: string, layer: string, step: number | null, p: Projection): Promise<InstancesReady | "pending" | { failed: string }> {
    const hit = this.answers.lookup(run, layer, step, p);
    if (hit) return hit;
    const r = await this.api.instances(run, layer, step, p);
    if (r.status === "pending") return "pending";
    if (r.status === "failed") return { failed: r.error };
    this.answers.keep(run, layer, p, r);
    return r;
  }

  /** Re-resolves every shown run (cheap when nothing changed: answers are cached per run, layer, step). */
  refresh(): void {
    const gen = ++this.generation;
    this.timers.forEach(clearTimeout);
    this.timers.clear();
    const sel = this.store.get();
    const st = this.state.get();
    const layer = instanceLayer(sel, st);
    const entries = new Map(this.data.get().runs.map((r) => [r.run, r]));
    const runs = sel.runs.slice(0, MAX_RUNS);
    if (!layer) {
      this.state.set({ runs: [] });
      return;
    }
    const prev = new Map(st.runs.map((r) => [r.run, r]));
    this.state.set({
      runs: runs.map((run) => {
        const old = prev.get(run);
        return old && old.layer === layer
          ? { ...old, status: old.shown ? old.status : "loading" }
          : { run, layer, info: entries.get(run)?.info ?? null, status: "loading", tsne: "off" };
      }),
    });
    for (const run of runs) void this.load(run, layer, sel.step, st.projection, gen, entries.get(run)?.info ?? null);
  }

  private update(gen: number, run: string, patch: Partial<RunInstances>): void {
    if (gen !== this.generation) return;
    this.state.set((s) => ({ runs: s.runs.map((r) => (r.run === run ? { ...r, ...patch } : r)) }));
  }

  private async load(run: string, layer: string, selStep: number | null, projection: Projection, gen: number, info: RunInfo | null): Promise<void> {
    try {
      const known = this.answers.steps(run, layer);
      let step = known ? stepForRun(known, selStep) : null;
      let pca = await this.fetchReady(run, layer, step, "pca");
      if (pca === "pending" || "failed" in pca) throw new Error("PCA projection unavailable");
      if (!known) {
        // First answer (latest step) tells the layer's steps; ask again for the selected one.
        step = stepForRun(pca.steps ?? [pca.step], selStep);
        if (step !== null && step !== pca.step) {
          const again = await this.fetchReady(run, layer, step, "pca");
          if (again !== "pending" && !("failed" in again)) pca = again;
        }
      }
      if (gen !== this.generation) return;
      const cur = this.state.get().runs.find((r) => r.run === run);
      const keepTsne = projection === "tsne" && cur?.shown?.projection === "tsne" && cur.shown.step === pca.step;
      this.update(gen, run, { info, status: "ready", error: undefined, pca, shown: keepTsne ? cur!.shown : pca, tsne: projection === "tsne" ? (keepTsne ? "ready" : "pending") : "off" });
      if (projection === "tsne" && !keepTsne) await this.pollTsne(run, layer, pca.step, gen);
    } catch (err) {
      if (gen !== this.generation) return;
      const msg = err instanceof ApiError || err instanceof Error ? err.message : String(err);
      this.update(gen, run, { status: "error", error: msg, shown: undefined, pca: undefined, tsne: "off" });
    }
  }

  private async pollTsne(run: string, layer: string, step: number, gen: number): Promise<void> {
    if (gen !== this.generation) return;
    const r = await this.fetchReady(run, layer, step, "tsne");
    if (gen !== this.generation) return;
    if (r === "pending") {
      const t = setTimeout(() => {
        this.timers.delete(t);
        void this.pollTsne(run, layer, step, gen).catch((err) => this.update(gen, run, { tsne: "failed", tsneError: String((err as Error)?.message ?? err) }));
      }, POLL_MS);
      this.timers.add(t);
      return;
    }
    if ("failed" in r) {
      this.update(gen, run, { tsne: "failed", tsneError: r.failed });
      return;
    }
    this.update(gen, run, { tsne: "ready", shown: r });
  }
}

let shared: InstanceLoader | null = null;
/** The loader of the tab's store (created on first use). */
export function loaderFor(api: ApiClient, store: Store<Selection>, data: Store<DataState>): InstanceLoader {
  if (!shared) shared = new InstanceLoader(api, store, data);
  return shared;
}
