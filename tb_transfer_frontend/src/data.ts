// The data every level shares: the run list (/runs) and each run's statistics (/statistics), with loading and
// error states per run. An observable store like the selection, so views subscribe the same way. `version` grows
// whenever newly fetched data differ (a reload with new steps), so views that fetch their own routes can refetch:
// `cachedRequest` keeps such answers for one version, and `layerRecord` is the `/layer` one.

import { ApiClient, ApiError, api as defaultApi } from "./api";
import { setRunOrder } from "./palette";
import { createStore, stepForRun, Store } from "./store";
import type { LayerDrift, RunEntry, RunInfo, Statistics } from "./types";

export interface RunStats {
  status: "loading" | "ready" | "error";
  data: Statistics | null;
  error: string | null;
  /** Signature of the /runs entry the data were fetched for (steps + error), to refetch only what changed. */
  signature: string;
}

export interface DataState {
  status: "loading" | "ready" | "error";
  runs: RunEntry[];
  /** Message when /runs itself failed. */
  error: string | null;
  stats: ReadonlyMap<string, RunStats>;
  /** Grows whenever new data arrived (first load or a reload that changed something). */
  version: number;
}

export function initialData(): DataState {
  return { status: "loading", runs: [], error: null, stats: new Map(), version: 0 };
}

export const data: Store<DataState> = createStore(initialData());

function signature(entry: RunEntry | undefined): string {
  if (!entry) return "";
  const s = entry.steps;
  return `${s.length}:${s[0] ?? ""}:${s[s.length - 1] ?? ""}:${entry.error ?? ""}`;
}

function message(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  if (err instanceof Error) return err.message;
  return String(err);
}

/** Loads runs and statistics into a store; one instance drives the app (tests create their own). */
export class DataLoader {
  private inflight = new Map<string, Promise<void>>();
  private runsInflight: Promise<void> | null = null;

  constructor(
    readonly store: Store<DataState> = data,
    readonly client: ApiClient = defaultApi,
  ) {}

  entry(run: string): RunEntry | undefined {
    return this.store.get().runs.find((r) => r.run === run);
  }

  info(run: string): RunInfo | null {
    return this.entry(run)?.info ?? null;
  }

  /** Fetches /runs. Keeps the previous list on failure after a first success (a transient reload error). */
  loadRuns(): Promise<void> {
    if (this.runsInflight) return this.runsInflight;
    this.runsInflight = (async () => {
      try {
        const resp = await this.client.runs();
        const runs = Array.isArray(resp?.runs) ? resp.runs : [];
        setRunOrder(runs.map((r) => r.run));
        const prev = this.store.get();
        const changed =
          prev.status !== "ready" ||
          prev.runs.length !== runs.length ||
          prev.runs.some((r, i) => r.run !== runs[i].run || signature(r) !== signature(runs[i]));
        this.store.set({
          status: "ready",
          runs,
          error: null,
          version: changed ? prev.version + 1 : prev.version,
        });
      } catch (err) {
        const prev = this.store.get();
        if (prev.status !== "ready") this.store.set({ status: "error", error: message(err) });
        else console.warn("tb-transfer: reloading runs failed", err);
      } finally {
        this.runsInflight = null;
      }
    })();
    return this.runsInflight;
  }

  /**
   * Makes sure the statistics of `runs` are loaded and match the current /runs entry; fetches only what is
   * missing or stale. A run whose /runs entry carries an error and no steps is not fetched: its error is shown.
   * Answers of one call are committed to the store together (one notification, so views draw once), except that
   * answers arriving after `batchMs` are committed as they come (a slow run does not hold back the others).
   */
  ensureStatistics(runs: readonly string[], batchMs = 1500): Promise<void> {
    const jobs: Promise<void>[] = [];
    const pending = new Map<string, RunStats>();
    let streaming = false;
    let versionBump = false;
    const flush = () => {
      if (!pending.size) return;
      const next = new Map(this.store.get().stats);
      for (const [run, v] of pending) next.set(run, v);
      pending.clear();
      const patch: Partial<DataState> = { stats: next };
      if (versionBump) patch.version = this.store.get().version + 1;
      versionBump = false;
      this.store.set(patch);
    };
    const started = new Map<string, RunStats>();
    for (const run of runs) {
      const entry = this.entry(run);
      const sig = signature(entry);
      const cur = this.store.get().stats.get(run);
      if (cur && cur.signature === sig) continue;
      const inflight = this.inflight.get(run);
      if (inflight) {
        jobs.push(inflight);
        continue;
      }
      if (entry?.error && !entry.steps.length) {
        started.set(run, { status: "error", data: null, error: entry.error, signature: sig });
        continue;
      }
      // Keep showing old data while a reload fetches new data (no flashing).
      started.set(run, { status: cur?.data ? "ready" : "loading", data: cur?.data ?? null, error: null, signature: cur?.signature ?? "" });
      const job = (async () => {
        let result: RunStats;
        try {
          const stats = await this.client.statistics(run);
          result = { status: "ready", data: stats, error: entry?.error ?? null, signature: sig };
          if (cur?.data) versionBump = true;
        } catch (err) {
          result = { status: "error", data: null, error: message(err), signature: sig };
        } finally {
          this.inflight.delete(run);
        }
        pending.set(run, result);
        if (streaming) flush();
      })();
      this.inflight.set(run, job);
      jobs.push(job);
    }
    if (started.size) {
      const next = new Map(this.store.get().stats);
      for (const [run, v] of started) next.set(run, v);
      this.store.set({ stats: next });
    }
    const timer = setTimeout(() => {
      streaming = true;
      flush();
    }, batchMs);
    return Promise.all(jobs).then(() => {
      clearTimeout(timer);
      flush();
    });
  }

  /** Reload (host DataReloaded or polling): refetch /runs, then the statistics that changed. */
  async reload(selected: readonly string[]): Promise<void> {
    await this.loadRuns();
    const loaded = [...this.store.get().stats.keys()];
    await this.ensureStatistics([...new Set([...selected, ...loaded])]);
  }
}

export const loader = new DataLoader();

/** What a cached request needs of a panel's context. */
export interface RequestContext {
  api: ApiClient;
  data: Store<DataState>;
}

interface Answers {
  data: Store<DataState>;
  version: number;
  promises: Map<string, Promise<unknown>>;
}

const answers = new WeakMap<ApiClient, Answers>();

/**
 * The answer of `request()` for `key`, shared by every panel that asks with the same client: kept until the data's
 * `version` changes (a reload brought new steps, so every answer is fetched again), while a failed request is
 * dropped at once so the next call retries it. `key` must name the route and all of its parameters.
 */
export function cachedRequest<T>(ctx: RequestContext, key: string, request: () => Promise<T>): Promise<T> {
  const version = ctx.data.get().version;
  let a = answers.get(ctx.api);
  if (!a || a.data !== ctx.data || a.version !== version) {
    a = { data: ctx.data, version, promises: new Map() };
    answers.set(ctx.api, a);
  }
  let p = a.promises.get(key) as Promise<T> | undefined;
  if (!p) {
    const cache = a.promises;
    p = request();
    p.catch(() => {
      if (cache.get(key) === p) cache.delete(key);
    });
    cache.set(key, p);
  }
  return p;
}

/** One `/layer` record at one step: each field's values per channel (non-finite values as null). */
export interface LayerAtStep {
  run: string;
  layer: string;
  /** The record's step shown for the asked step (its largest ≤ it), or null when it has none. */
  step: number | null;
  /** A field's values per channel at `step`; [] when the field or the step is missing. */
  values(field: string): (number | null)[];
}

/** The values of `/layer` record `d` at the run's step `step` (its largest step ≤ it; the latest when null). */
export function layerAt(d: LayerDrift, step: number | null): LayerAtStep {
  const shown = stepForRun(d.steps, step);
  const t = shown === null ? -1 : d.steps.indexOf(shown);
  const at = t >= 0 ? d.values[t] : null;
  return {
    run: d.run,
    layer: d.layer,
    step: at ? shown : null,
    values(field: string) {
      const fi = d.fields.indexOf(field);
      const row = at && fi >= 0 ? at[fi] : null;
      return (row ?? []).map((x) => (typeof x === "number" && Number.isFinite(x) ? x : null));
    },
  };
}

/** `layerRecord` of several runs (each at the selected step): the answers in the runs' order, and "run: message" per
 * run whose request failed. */
export async function layerRecords<R extends { run: string }>(ctx: RequestContext, runs: readonly R[], layer: string, step: number | null): Promise<{ answers: { run: R; at: LayerAtStep }[]; failed: string[] }> {
  const results = await Promise.allSettled(runs.map((r) => layerRecord(ctx, r.run, layer, step)));
  const answers: { run: R; at: LayerAtStep }[] = [];
  const failed: string[] = [];
  results.forEach((res, i) => {
    if (res.status === "fulfilled") answers.push({ run: runs[i], at: res.value });
    else failed.push(`${runs[i].run}: ${(res.reason as Error)?.message ?? res.reason}`);
  });
  return { answers, failed };
}

/**
 * `/layer` of a run's layer at the run's step `step`: per-filter drift of a tracked layer or per-channel drift of a
 * BatchNorm layer. The record (all steps) is fetched once per data version for every panel (`cachedRequest`).
 */
export async function layerRecord(ctx: RequestContext, run: string, layer: string, step: number | null): Promise<LayerAtStep> {
  const d = await cachedRequest(ctx, JSON.stringify(["layer", run, layer]), () => ctx.api.layer(run, layer));
  return layerAt(d, step);
}

/**
 * Reference counting for a loader the mounted panels share: `start` runs when the first user attaches and its
 * returned stop when the last one detaches. Returns `attach`, whose answer is that user's detach (idempotent).
 */
export function sharedUse(start: () => () => void): () => () => void {
  let users = 0;
  let stop: (() => void) | null = null;
  return () => {
    if (users++ === 0) stop = start();
    let attached = true;
    return () => {
      if (!attached) return;
      attached = false;
      if (--users === 0) {
        stop?.();
        stop = null;
      }
    };
  };
}

/**
 * Answers of a route whose heavy records exist at a sample of the steps (`/features`, `/instances`), per run, layer
 * and `variant` (the group, the projection): each kept under the step it is at (the oldest dropped beyond `max`),
 * and the steps each run's layer has, learnt from its answers (`steps` of an answer; a null step asks the latest).
 */
export class StepAnswers<T extends { step: number; steps?: number[] | null }> {
  private readonly answers = new Map<string, T>();
  private readonly known = new Map<string, number[]>();

  constructor(private readonly max = 64) {}

  /** The steps the layer has records at, once an answer told them. */
  steps(run: string, layer: string): number[] | undefined {
    return this.known.get(JSON.stringify([run, layer]));
  }

  /** Forgets the steps learnt (a reload may have brought new ones); the answers stay valid. */
  forgetSteps(): void {
    this.known.clear();
  }

  /** The answer kept for a step (never for null: the latest may have moved). */
  lookup(run: string, layer: string, step: number | null, variant: string): T | undefined {
    return step === null ? undefined : this.answers.get(JSON.stringify([run, layer, step, variant]));
  }

  keep(run: string, layer: string, variant: string, answer: T): void {
    this.known.set(JSON.stringify([run, layer]), answer.steps ?? [answer.step]);
    this.answers.set(JSON.stringify([run, layer, answer.step, variant]), answer);
    while (this.answers.size > this.max) this.answers.delete(this.answers.keys().next().value as string);
  }
}
