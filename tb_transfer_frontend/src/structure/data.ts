// The structure level's answers of `/structure`, cached per (run, layer, step, class) and shared by its panels: a
// panel asks for what it draws and is called back when an answer arrives.

import type { ApiClient } from "../api";
import type { Structure } from "../types";

export type Entry = { status: "pending" } | { status: "ready"; value: Structure } | { status: "error"; error: string };

const MAX_ENTRIES = 400;
const cache = new Map<string, Entry>();
const waiting = new Set<() => void>();

export function structureKey(run: string, layer: string, step: number | null, cls: number): string {
  return JSON.stringify([run, layer, step, cls]);
}

/** The cached answer, fetching it (once) when missing; `onChange` is called when any answer arrives. */
export function structureEntry(api: ApiClient, run: string, layer: string, step: number | null, cls: number, onChange: () => void): Entry {
  const key = structureKey(run, layer, step, cls);
  waiting.add(onChange);
  let e = cache.get(key);
  if (!e) {
    if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string); // the oldest
    e = { status: "pending" };
    cache.set(key, e);
    api
      .structure(run, layer, step, cls)
      .then((value) => cache.set(key, { status: "ready", value }))
      .catch((err: Error) => cache.set(key, { status: "error", error: err.message }))
      .finally(() => [...waiting].forEach((f) => f()));
  }
  return e;
}

export function forget(onChange: () => void): void {
  waiting.delete(onChange);
}

/** The ready answer, or null. */
export function readyStructure(run: string, layer: string, step: number | null, cls: number): Structure | null {
  const e = cache.get(structureKey(run, layer, step, cls));
  return e?.status === "ready" ? e.value : null;
}
