import { describe, expect, it } from "vitest";
import { initialData, type DataState, type RunStats } from "../data";
import { createStore, initialSelection } from "../store";
import { makeStats } from "../testdata";
import type { RunEntry, Selection, Statistics } from "../types";
import { buildView } from "../view";
import { graphOf } from "./common";
import { heatmapSet } from "./heatmapsPanel";
import { layerValuesAtStep } from "./measurePanel";

const MEASURES = ["weight_drift", "weight_cosine", "cka_target", "cka_source", "mmd", "domain_auc", "pad", "logme"];

/** A run's /statistics with layer_stats value = base + 10·layer + step for every measure (cosine: 1 − …/100). */
function stats(run: string, steps: number[], layers: string[], base: number): Statistics {
  return {
    ...makeStats(run, steps),
    layer_stats: {
      measures: MEASURES,
      layers,
      values: steps.map((s) => MEASURES.map((m) => layers.map((_, l) => (m === "weight_cosine" ? 1 - (base + 10 * l + s) / 100 : base + 10 * l + s)))),
    },
  };
}

function entry(run: string, st: Statistics, layers: { name: string; inputs: string[] }[]): RunEntry {
  return {
    run,
    steps: st.steps,
    error: null,
    info: { version: 1, class_names: [], layers: layers.map((l) => ({ ...l, type: "Conv2d", out_channels: 4, embedding_dim: 4 })) },
  };
}

function setup(sel: Partial<Selection>) {
  const a = stats("A", [0, 1, 2, 3, 4], ["c1", "c2"], 0);
  const b = stats("B", [0, 2, 4, 6], ["c1", "c2", "c3"], 0.5);
  const data = createStore<DataState>({
    ...initialData(),
    status: "ready",
    runs: [
      entry("A", a, [{ name: "c1", inputs: [] }, { name: "c2", inputs: ["c1"] }]),
      entry("B", b, [{ name: "c1", inputs: [] }, { name: "c2", inputs: ["c1"] }, { name: "c3", inputs: ["c2", "c1"] }]),
    ],
    stats: new Map<string, RunStats>([
      ["A", { status: "ready", data: a, error: null, signature: "" }],
      ["B", { status: "ready", data: b, error: null, signature: "" }],
      ["C", { status: "error", data: null, error: "boom", signature: "" }],
    ]),
  });
  const store = createStore<Selection>({ ...initialSelection(), runs: ["A", "B"], ...sel });
  return buildView(store, data, (r) => (r === "A" ? "#111111" : "#222222"));
}

describe("buildView", () => {
  it("collects ready runs in selection order, with errors and loading runs apart", () => {
    const v = setup({ runs: ["C", "A", "B", "D"] });
    expect(v.runs.map((r) => r.run)).toEqual(["A", "B"]);
    expect(v.errors).toEqual([{ run: "C", error: "boom" }]);
    expect(v.loading).toEqual(["D"]);
    expect(v.layers).toEqual(["c1", "c2", "c3"]);
    expect(v.steps).toEqual([0, 1, 2, 3, 4, 6]);
    expect(v.step).toBe(6);
    expect(v.pair).toBeNull();
  });

  it("difference mode: A is the second selected run and B the first (the reference), and following the latest step means the latest step both have", () => {
    const v = setup({ compareMode: "difference" });
    expect(v.pair!.map((r) => r.run)).toEqual(["B", "A"]);
    expect(v.step).toBe(4);
    // an explicit step is kept (on the grid) even when one run lacks it
    expect(setup({ compareMode: "difference", step: 3 }).step).toBe(3);
    // one run only: no difference
    expect(setup({ compareMode: "difference", runs: ["A"] }).pair).toBeNull();
  });
});

describe("heatmapSet", () => {
  it("side by side: one multiple per run on the same rows, each over its own steps, one shared scale", () => {
    const v = setup({});
    const s = heatmapSet(v, "weight_drift");
    expect(s.multiples.map((m) => m.key)).toEqual(["A", "B"]);
    for (const m of s.multiples) expect(m.matrix.layers).toEqual(["c1", "c2", "c3"]);
    // no column for a step a run did not log
    expect(s.multiples[0].matrix.steps).toEqual([0, 1, 2, 3, 4]);
    expect(s.multiples[1].matrix.steps).toEqual([0, 2, 4, 6]);
    // drift max over both runs: B's c3 at step 6 = 0.5 + 20 + 6
    expect(s.scale.domain).toEqual([0, 26.5]);
    expect(s.multiples[0].matrix.values[2]).toEqual([null, null, null, null, null]);
    expect(s.multiples[0].matrix.absent).toEqual([false, false, true]); // A has no c3: not in this run
    expect(s.multiples[1].matrix.absent).toEqual([false, false, false]);
    expect(s.multiples[1].matrix.values[0]).toEqual([0.5, 2.5, 4.5, 6.5]);
  });

  it("difference: A − B with steps matched by value and a symmetric diverging scale", () => {
    const v = setup({ compareMode: "difference" });
    const s = heatmapSet(v, "weight_drift");
    expect(s.multiples).toHaveLength(1);
    const d = s.multiples[0].matrix;
    expect(d.steps).toEqual([0, 1, 2, 3, 4, 6]);
    expect(d.values[0]).toEqual([0.5, null, 0.5, null, 0.5, null]);
    expect(d.values[2].every((x) => x === null)).toBe(true); // c3: only one run has it
    expect(s.scale.diverging).toBe(true);
    expect(s.scale.domain).toEqual([-0.5, 0.5]);
    expect(s.signed).toBe(true);
  });
});

describe("layerValuesAtStep", () => {
  it("gives each run its own step (largest <= the selected one) side by side", () => {
    const v = setup({ step: 3 });
    const at = layerValuesAtStep(v, "mmd");
    expect(at.series.map((s) => [s.key, s.step])).toEqual([["A", 3], ["B", 2]]);
    expect(at.series[0].values).toEqual([3, 13, null]);
    expect(at.series[1].values).toEqual([2.5, 12.5, 22.5]);
  });

  it("gives A − B at one step, null where a run has no record at that step", () => {
    expect(layerValuesAtStep(setup({ compareMode: "difference" }), "mmd").series[0].values).toEqual([0.5, 0.5, null]);
    expect(layerValuesAtStep(setup({ compareMode: "difference", step: 3 }), "mmd").series[0].values).toEqual([null, null, null]);
  });
});

describe("graphOf", () => {
  it("merges the runs' layer graphs in model order", () => {
    const g = graphOf(setup({}));
    expect(g.layers).toEqual([
      { name: "c1", inputs: [] },
      { name: "c2", inputs: ["c1"] },
      { name: "c3", inputs: ["c2", "c1"] },
    ]);
    expect(g.types.get("c3")).toBe("Conv2d");
  });
});
