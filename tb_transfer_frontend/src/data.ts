// The data every level shares: the run list (/runs) and each run's statistics (/statistics), with loading and
// error states per run. An observable store like the selection, so views subscribe the same way. `version` grows
// whenever newly fetched data differ (a reload with new steps), so views that fetch their own routes can refetch.

import { ApiClient, ApiError, api as defaultApi } from "./api";
import { setRunOrder } from "./palette";
import { createStore, Store } from "./store";
import type { RunEntry, RunInfo, Statistics } from "./types";

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

  private setStats(run: string, value: RunStats): void {
    const next = new Map(this.store.get().stats);
    next.set(run, value);
    this.store.set({ stats: next });
  }

  /**
   * Makes sure the statistics of `runs` are loaded and match the current /runs entry; fetches only what is
   * missing or stale. A run whose /runs entry carries an error is not fetched: its error is shown instead.
   */
  ensureStatistics(runs: readonly string[]): Promise<void> {
    const jobs: Promise<void>[] = [];
    for (const run of runs) {
      const entry = this.entry(run);
      const sig = signature(entry);
      const cur = this.store.get().stats.get(run);
      if (cur && cur.signature === sig && cur.status !== "error") continue;
      if (cur && cur.signature === sig && cur.status === "error") continue;
      const pending = this.inflight.get(run);
      if (pending) {
        jobs.push(pending);
        continue;
      }
      if (entry?.error && !entry.steps.length) {
        this.setStats(run, { status: "error", data: null, error: entry.error, signature: sig });
        continue;
      }
      // Keep showing old data while a reload fetches new data (no flashing).
      this.setStats(run, { status: cur?.data ? "ready" : "loading", data: cur?.data ?? null, error: null, signature: cur?.signature ?? "" });
      const job = (async () => {
        try {
          const stats = await this.client.statistics(run);
          this.setStats(run, { status: "ready", data: stats, error: entry?.error ?? null, signature: sig });
          if (cur?.data) this.store.set({ version: this.store.get().version + 1 });
        } catch (err) {
          this.setStats(run, { status: "error", data: null, error: message(err), signature: sig });
        } finally {
          this.inflight.delete(run);
        }
      })();
      this.inflight.set(run, job);
      jobs.push(job);
    }
    return Promise.all(jobs).then(() => undefined);
  }

  /** Reload (host DataReloaded or polling): refetch /runs, then the statistics that changed. */
  async reload(selected: readonly string[]): Promise<void> {
    await this.loadRuns();
    const loaded = [...this.store.get().stats.keys()];
    await this.ensureStatistics([...new Set([...selected, ...loaded])]);
  }
}

export const loader = new DataLoader();
