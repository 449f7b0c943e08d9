import { describe, expect, it } from "vitest";
import { initialData, type DataState } from "./data";
import { createStore, initialSelection } from "./store";
import { makeStats } from "./testdata";
import type { Selection } from "./types";
import { buildView, stepUnit, viewKey } from "./view";

function stores() {
  const st = makeStats("a", [0, 2, 4]);
  const data = createStore<DataState>({
    ...initialData(),
    status: "ready",
    runs: [{ run: "a", steps: st.steps, error: "one record unreadable", info: null }],
    stats: new Map([["a", { status: "ready" as const, data: st, error: "one record unreadable", signature: "" }]]),
  });
  const store = createStore<Selection>({ ...initialSelection(), runs: ["a"] });
  return { store, data };
}

describe("the shared view model", () => {
  it("is one object per state of the selection and the data, shared by every panel", () => {
    const { store, data } = stores();
    const color = () => "#123456";
    const v = buildView(store, data, color);
    expect(buildView(store, data, color)).toBe(v);
    store.set({ class: 1 });
    const w = buildView(store, data, color);
    expect(w).not.toBe(v);
    expect(viewKey(w)).toBe(viewKey(v)); // the class is not part of what every panel draws from
    store.set({ step: 3 });
    const x = buildView(store, data, color);
    expect(x.runs[0].step).toBe(2);
    expect(x.selectedStep).toBe(3);
    expect(viewKey(x)).not.toBe(viewKey(w));
  });

  it("draws a run read in part, and lists it among the runs with errors", () => {
    const { store, data } = stores();
    const v = buildView(store, data, () => "#000000");
    expect(v.runs.map((r) => r.run)).toEqual(["a"]);
    expect(v.errors).toEqual([{ run: "a", error: "one record unreadable" }]);
    expect(v.stepLabel).toBe("step");
  });

  it("names the step axis after the first run that declares a unit", () => {
    expect(stepUnit([null, { version: 1, class_names: [], layers: [], step_unit: "epoch" }])).toBe("epoch");
    expect(stepUnit([])).toBe("step");
  });
});
