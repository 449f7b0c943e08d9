import { describe, expect, it, vi } from "vitest";
import {
  createStore,
  initialSelection,
  setClass,
  setNeuron,
  setRuns,
  shallowEqual,
  stepForRun,
  stepIndex,
  toggleRun,
} from "./store";

describe("Store", () => {
  it("notifies a subscriber only when its selected value changes", () => {
    const s = createStore(initialSelection());
    const onClass = vi.fn();
    const onRuns = vi.fn();
    s.subscribe((x) => x.class, onClass);
    s.subscribe((x) => x.runs, onRuns);
    s.set({ class: 2 });
    expect(onClass).toHaveBeenCalledWith(2, null);
    expect(onRuns).not.toHaveBeenCalled();
    s.set({ class: 2 }); // unchanged: no notification
    expect(onClass).toHaveBeenCalledTimes(1);
    setRuns(["a", "b"], s);
    expect(onRuns).toHaveBeenCalledTimes(1);
    setRuns(["a", "b"], s); // a new but equal array: shallow-equal, no notification
    expect(onRuns).toHaveBeenCalledTimes(1);
  });

  it("unsubscribes, and supports immediate calls", () => {
    const s = createStore({ n: 1 });
    const fn = vi.fn();
    const off = s.subscribe((x) => x.n, fn, { immediate: true });
    expect(fn).toHaveBeenCalledWith(1, 1);
    off();
    s.set({ n: 2 });
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it("handles a listener that sets the store again (no re-entrancy, final state seen)", () => {
    const s = createStore({ a: 0, b: 0 });
    s.subscribe((x) => x.a, (a) => s.set({ b: a * 10 }));
    const seen: number[] = [];
    s.subscribe((x) => x.b, (b) => seen.push(b));
    s.set({ a: 1 });
    expect(s.get()).toEqual({ a: 1, b: 10 });
    expect(seen).toEqual([10]);
  });

  it("keeps working when a listener throws", () => {
    const s = createStore({ a: 0 });
    const err = vi.spyOn(console, "error").mockImplementation(() => {});
    s.subscribe((x) => x.a, () => {
      throw new Error("boom");
    });
    const ok = vi.fn();
    s.subscribe((x) => x.a, ok);
    s.set({ a: 1 });
    expect(ok).toHaveBeenCalled();
    err.mockRestore();
  });

  it("toggles runs in selection order and toggles a class off", () => {
    const s = createStore(initialSelection());
    toggleRun("b", s);
    toggleRun("a", s);
    expect(s.get().runs).toEqual(["b", "a"]);
    toggleRun("b", s);
    expect(s.get().runs).toEqual(["a"]);
    setClass(3, s, true);
    expect(s.get().class).toBe(3);
    setClass(3, s, true);
    expect(s.get().class).toBeNull();
    setClass(3, s);
    setClass(3, s);
    expect(s.get().class).toBe(3);
  });

  it("does not notify for an equal neuron", () => {
    const s = createStore(initialSelection());
    const fn = vi.fn();
    s.subscribe((x) => x.neuron, fn);
    setNeuron({ layer: "l", channel: 1 }, s);
    setNeuron({ layer: "l", channel: 1 }, s);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});

describe("shallowEqual", () => {
  it("compares arrays, sets, maps and objects one level deep", () => {
    expect(shallowEqual([1, "a"], [1, "a"])).toBe(true);
    expect(shallowEqual([1], [1, 2])).toBe(false);
    expect(shallowEqual(new Set([1, 2]), new Set([2, 1]))).toBe(true);
    expect(shallowEqual(new Set([1]), new Set([2]))).toBe(false);
    expect(shallowEqual(new Map([["a", 1]]), new Map([["a", 1]]))).toBe(true);
    expect(shallowEqual({ a: 1 }, { a: 1 })).toBe(true);
    expect(shallowEqual({ a: {} }, { a: {} })).toBe(false);
    expect(shallowEqual(NaN, NaN)).toBe(true);
    expect(shallowEqual(null, {})).toBe(false);
  });
});

describe("stepForRun", () => {
  it("picks the largest step <= the selected one, the first step below the range, the latest for null", () => {
    const steps = [0, 2, 4, 8];
    expect(stepForRun(steps, null)).toBe(8);
    expect(stepForRun(steps, 5)).toBe(4);
    expect(stepForRun(steps, 4)).toBe(4);
    expect(stepForRun(steps, -1)).toBe(0);
    expect(stepForRun(steps, 100)).toBe(8);
    expect(stepForRun([], 3)).toBeNull();
    expect(stepIndex(steps, 5)).toBe(2);
    expect(stepIndex([], 5)).toBe(-1);
  });
});
