// The structure level's answers of `/structure`, cached per (run, layer, step, class) and shared by its panels: a
// panel asks for what it draws and is called back when an answer arrives. The heavy `activations` records are kept
// at a sample of the steps, so the step asked for is the nearest one the layer has (`steps` of an answer; the latest
// answer is asked first when they are not known yet).

import type { ApiClient } from "../api";
import { stepForRun } from "../store";
import type { Structure } from "../types";

export type Entry = { status: "pending" } | { status: "ready"; value: Structure } | { status: "error"; error: string };

const MAX_ENTRIES = 400;
const cache = new Map<string, Entry>();
const layerSteps = new Map<string, number[]>();
const waiting = new Set<() => void>();

export function structureKey(run: string, layer: string, step: number | null, cls: number): string {
  return JSON.stringify([run, layer, step, cls]);
}

function notify(): void {
  [...waiting].forEach((f) => f());
}

function request(api: ApiClient, run: string, layer: string, step: number | null, cls: number): Entry {
  const key = structureKey(run, layer, step, cls);
  let e = cache.get(key);
  if (!e) {
    while (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string); // the oldest
    e = { status: "pending" };
    cache.set(key, e);
    api
      .structure(run, layer, step, cls)
      .then((value) => {
        cache.set(key, { status: "ready", value });
        if (step === null && typeof value.step === "number") cache.set(structureKey(run, layer, value.step, cls), { status: "ready", value });
        if (Array.isArray(value.steps)) layerSteps.set(JSON.stringify([run, layer]), value.steps as number[]);
      })
      .catch((err: Error) => cache.set(key, { status: "error", error: err.message }))
      .finally(notify);
  }
  return e;
}

/** The step of `layer`'s records that a run shows for its step `step` (its largest ≤ it), or null when the layer's
 * steps are not known yet. */
export function layerStep(run: string, layer: string, step: number | null): number | null {
  const steps = layerSteps.get(JSON.stringify([run, layer]));
  return steps ? stepForRun(steps, step) : null;
}

/** The answer for the run's step `step` (fetched once, at the nearest step the layer has); `onChange` is called
 * when any answer arrives. */
export function structureEntry(api: ApiClient, run: string, layer: string, step: number | null, cls: number, onChange: () => void): Entry {
  waiting.add(onChange);
  if (!layerSteps.has(JSON.stringify([run, layer]))) {
    const latest = request(api, run, layer, null, cls);
    if (latest.status !== "ready") return latest;
  }
  return request(api, run, layer, layerStep(run, layer, step), cls);
}

export function forget(onChange: () => void): void {
  waiting.delete(onChange);
}

/** The ready answer for the run's step `step`, or null. */
export function readyStructure(run: string, layer: string, step: number | null, cls: number): Structure | null {
  const e = cache.get(structureKey(run, layer, layerStep(run, layer, step), cls));
  return e?.status === "ready" ? e.value : null;
}
