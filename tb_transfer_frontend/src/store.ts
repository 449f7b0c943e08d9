// One small observable store. `store` holds the selection that every view shares (runs, step, layer, class,
// instances, neuron, compare mode, theme); views read and write it only through this module and subscribe with
// selectors, so a view re-renders only when the part it shows changed.

import type { CompareMode, NeuronRef, Selection, Theme } from "./types";

export type Listener<T> = (value: T, previous: T) => void;
export type Equality<T> = (a: T, b: T) => boolean;

/** Structural equality one level deep: arrays and sets by element, plain objects by own key (with Object.is). */
export function shallowEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((v, i) => Object.is(v, b[i]));
  }
  if (a instanceof Set || b instanceof Set) {
    if (!(a instanceof Set) || !(b instanceof Set) || a.size !== b.size) return false;
    for (const v of a) if (!b.has(v)) return false;
    return true;
  }
  if (a instanceof Map || b instanceof Map) {
    if (!(a instanceof Map) || !(b instanceof Map) || a.size !== b.size) return false;
    for (const [k, v] of a) if (!b.has(k) || !Object.is(v, b.get(k))) return false;
    return true;
  }
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.is((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

interface Subscription<S, T> {
  selector: (s: S) => T;
  listener: Listener<T>;
  equals: Equality<T>;
  last: T;
}

export interface SubscribeOptions<T> {
  /** Equality of selected values (default: shallowEqual). */
  equals?: Equality<T>;
  /** Call the listener once right away with the current value (previous = current). */
  immediate?: boolean;
}

/** A minimal observable store: get(), set(patch), subscribe(selector, listener). */
export class Store<S extends object> {
  private state: S;
  private readonly subs = new Set<Subscription<S, unknown>>();
  private notifying = false;
  private pending = false;

  constructor(initial: S) {
    this.state = initial;
  }

  get(): S {
    return this.state;
  }

  /** Merges `patch` (or patch(state)) into the state and notifies subscribers whose selected value changed. */
  set(patch: Partial<S> | ((s: S) => Partial<S>)): void {
    const p = typeof patch === "function" ? patch(this.state) : patch;
    let changed = false;
    for (const k of Object.keys(p) as (keyof S)[]) {
      if (!Object.is(this.state[k], p[k])) {
        changed = true;
        break;
      }
    }
    if (!changed) return;
    this.state = { ...this.state, ...p };
    this.notify();
  }

  private notify(): void {
    // A listener that sets the store again re-runs notification after the current pass (no re-entrancy).
    if (this.notifying) {
      this.pending = true;
      return;
    }
    this.notifying = true;
    try {
      do {
        this.pending = false;
        for (const sub of [...this.subs]) {
          if (!this.subs.has(sub)) continue;
          const next = sub.selector(this.state);
          if (!sub.equals(next, sub.last)) {
            const prev = sub.last;
            sub.last = next;
            try {
              sub.listener(next, prev);
            } catch (err) {
              console.error("tb-transfer: store listener failed", err);
            }
          }
        }
      } while (this.pending);
    } finally {
      this.notifying = false;
    }
  }

  /** Calls `listener(value, previous)` whenever `selector(state)` changes; returns the unsubscribe function. */
  subscribe<T>(selector: (s: S) => T, listener: Listener<T>, options: SubscribeOptions<T> = {}): () => void {
    const sub: Subscription<S, T> = {
      selector,
      listener,
      equals: options.equals ?? (shallowEqual as Equality<T>),
      last: selector(this.state),
    };
    this.subs.add(sub as Subscription<S, unknown>);
    if (options.immediate) listener(sub.last, sub.last);
    return () => {
      this.subs.delete(sub as Subscription<S, unknown>);
    };
  }
}

export function createStore<S extends object>(initial: S): Store<S> {
  return new Store(initial);
}

export function initialSelection(): Selection {
  return {
    runs: [],
    step: null,
    layer: null,
    class: null,
    instances: new Set<number>(),
    neuron: null,
    compareMode: "overlay",
    theme: "light",
  };
}

/** The selection shared by every view. */
export const store: Store<Selection> = createStore(initialSelection());

// ---- Small, intention-revealing setters (views may also call store.set directly). ----

export function setRuns(runs: readonly string[], s: Store<Selection> = store): void {
  s.set({ runs: [...new Set(runs)] });
}

/** Adds or removes one run from the selection, keeping selection order. */
export function toggleRun(run: string, s: Store<Selection> = store): void {
  const cur = s.get().runs;
  s.set({ runs: cur.includes(run) ? cur.filter((r) => r !== run) : [...cur, run] });
}

/** Sets the step; null means "follow the latest step". */
export function setStep(step: number | null, s: Store<Selection> = store): void {
  s.set({ step });
}

export function setLayer(layer: string | null, s: Store<Selection> = store): void {
  s.set({ layer });
}

/** Selects a class index; selecting the selected class again clears it when `toggle` is true. */
export function setClass(cls: number | null, s: Store<Selection> = store, toggle = false): void {
  s.set({ class: toggle && cls !== null && s.get().class === cls ? null : cls });
}

export function setInstances(ids: Iterable<number>, s: Store<Selection> = store): void {
  s.set({ instances: new Set(ids) });
}

export function setNeuron(neuron: NeuronRef | null, s: Store<Selection> = store): void {
  const cur = s.get().neuron;
  if (cur && neuron && cur.layer === neuron.layer && cur.channel === neuron.channel) return;
  s.set({ neuron });
}

export function setCompareMode(mode: CompareMode, s: Store<Selection> = store): void {
  s.set({ compareMode: mode });
}

export function setTheme(theme: Theme, s: Store<Selection> = store): void {
  s.set({ theme });
}

/**
 * The step a run shows for the selected (global) step: the largest of its steps <= `step`, else its first step;
 * `step === null` means the latest. Returns null when the run has no steps.
 */
export function stepForRun(steps: readonly number[], step: number | null): number | null {
  if (!steps.length) return null;
  if (step === null) return steps[steps.length - 1];
  let best: number | null = null;
  for (const s of steps) {
    if (s <= step && (best === null || s > best)) best = s;
  }
  return best ?? steps[0];
}

/** Index of `stepForRun(steps, step)` in `steps` (-1 when none). */
export function stepIndex(steps: readonly number[], step: number | null): number {
  const s = stepForRun(steps, step);
  return s === null ? -1 : steps.indexOf(s);
}
