import { describe, expect, it } from "vitest";
import { makeStats } from "../testdata";
import type { Statistics } from "../types";
import {
  alignMatrices,
  columnAt,
  differenceMatrix,
  layerStepMatrix,
  matrixCells,
  measureDomain,
  symmetricDomain,
  type LayerStepMatrix,
} from "./matrix";
import { unionLayers } from "../transforms";

const MEASURES = ["weight_drift", "weight_cosine", "cka_target", "cka_source", "mmd", "domain_auc", "pad", "logme"];

/** /statistics JSON (testdata.ts) with layer_stats from `f(m, l, t)`; steps in `missingSteps` have no record. */
function stats(
  steps: number[],
  layers: string[],
  f: (m: number, l: number, t: number) => number | null,
  missingSteps: number[] = [],
): Statistics {
  return {
    ...makeStats("r", steps),
    layer_stats: {
      measures: MEASURES,
      layers,
      values: steps.map((s, t) => (missingSteps.includes(s) ? null : MEASURES.map((_, m) => layers.map((_, l) => f(m, l, t))))),
    },
  };
}

describe("layerStepMatrix", () => {
  it("transposes [T][M][L] to [L][T] for one measure", () => {
    const s = stats([0, 1, 2], ["a", "b"], (m, l, t) => m * 100 + l * 10 + t);
    const mat = layerStepMatrix(s, "cka_target"); // m = 2
    expect(mat.layers).toEqual(["a", "b"]);
    expect(mat.steps).toEqual([0, 1, 2]);
    expect(mat.values).toEqual([
      [200, 201, 202],
      [210, 211, 212],
    ]);
  });

  it("gives null for failed values, missing step records and unknown measures", () => {
    const s = stats([0, 5, 9], ["a", "b"], (_m, l, t) => (l === 1 && t === 0 ? null : 1), [5]);
    const mat = layerStepMatrix(s, "weight_drift");
    expect(mat.values).toEqual([
      [1, null, 1],
      [null, null, 1],
    ]);
    expect(layerStepMatrix(s, "nope").values).toEqual([
      [null, null, null],
      [null, null, null],
    ]);
  });

  it("has cells = layers × steps of the API", () => {
    const s = stats([0, 1, 2, 3], ["a", "b", "c"], () => 0.5);
    const mat = layerStepMatrix(s, "mmd");
    expect(mat.values.flat()).toHaveLength(12);
  });
});

describe("unionLayers", () => {
  it("keeps model order and inserts extra layers after their predecessor", () => {
    expect(unionLayers([["a", "b", "d"], ["a", "b", "c", "d", "e"]])).toEqual(["a", "b", "c", "d", "e"]);
    expect(unionLayers([["b", "c"], ["x", "b"]])).toEqual(["x", "b", "c"]);
    expect(unionLayers([["a"], ["a", "p", "q"]])).toEqual(["a", "p", "q"]);
    expect(unionLayers([])).toEqual([]);
    // runs of different architectures: each run's layers together, in its own order, first run's first
    expect(unionLayers([["conv1", "conv2", "fc1", "fc"], ["1", "3", "5"]])).toEqual(["conv1", "conv2", "fc1", "fc", "1", "3", "5"]);
    expect(unionLayers([["b", "c"], ["x", "y", "c"]])).toEqual(["b", "x", "y", "c"]);
  });
});

const M = (layers: string[], steps: number[], values: (number | null)[][]): LayerStepMatrix => ({ layers, steps, values });

describe("alignMatrices", () => {
  it("puts runs on one grid: union of layers and steps, missing cells null", () => {
    const a = M(["x", "y"], [0, 1, 2], [[1, 2, 3], [4, 5, 6]]);
    const b = M(["x", "z"], [0, 2, 4], [[7, 8, 9], [10, 11, 12]]);
    const [A, B] = alignMatrices([a, b]);
    // z follows x in b's model order, so it goes right after x
    expect(A.layers).toEqual(["x", "z", "y"]);
    expect(A.steps).toEqual([0, 1, 2, 4]);
    expect(B.steps).toEqual(A.steps);
    expect(A.values).toEqual([
      [1, 2, 3, null],
      [null, null, null, null],
      [4, 5, 6, null],
    ]);
    expect(B.values).toEqual([
      [7, null, 8, 9],
      [10, null, 11, 12],
      [null, null, null, null],
    ]);
  });
});

describe("differenceMatrix", () => {
  it("subtracts B from A with steps aligned by value, null where either is missing", () => {
    // A logs every epoch, B every other epoch and one step later: only steps 2 and 4 are shared.
    const a = M(["l0", "l1"], [0, 1, 2, 3, 4], [[0, 1, 2, 3, 4], [0, 10, 20, null, 40]]);
    const b = M(["l0", "l1"], [2, 4, 6], [[0.5, 1, 1], [5, 5, 5]]);
    const d = differenceMatrix(a, b);
    expect(d.steps).toEqual([0, 1, 2, 3, 4, 6]);
    expect(d.values).toEqual([
      [null, null, 1.5, null, 3, null],
      [null, null, 15, null, 35, null],
    ]);
    // swapping the runs negates the difference
    const e = differenceMatrix(b, a);
    expect(e.values.flat().map((v) => (v === null ? null : -v))).toEqual(d.values.flat());
  });

  it("gives null rows for layers only one run has", () => {
    const d = differenceMatrix(M(["a", "b"], [0], [[1], [2]]), M(["a"], [0], [[0.25]]));
    expect(d.layers).toEqual(["a", "b"]);
    expect(d.values).toEqual([[0.75], [null]]);
  });
});

describe("measureDomain", () => {
  const run1 = M(["a"], [0, 1], [[0, 0.4]]);
  const run2 = M(["a"], [0, 1], [[0, 1.6]]);

  it("shares one domain over all runs: drift and MMD from 0 to the max of all runs", () => {
    expect(measureDomain("weight_drift", [run1, run2])).toEqual([0, 1.6]);
    expect(measureDomain("mmd", [run1])).toEqual([0, 0.4]);
    // the same domain whichever run is drawn
    expect(measureDomain("weight_drift", [run2, run1])).toEqual(measureDomain("weight_drift", [run1, run2]));
  });

  it("uses fixed domains for bounded measures", () => {
    expect(measureDomain("cka_target", [run2])).toEqual([0, 1]);
    expect(measureDomain("cka_source", [])).toEqual([0, 1]);
    expect(measureDomain("domain_auc", [run1])).toEqual([0.5, 1]);
    expect(measureDomain("pad", [run1])).toEqual([0, 2]);
  });

  it("cosine: [0, 1] unless a value is negative, then [-1, 1]", () => {
    expect(measureDomain("weight_cosine", [M(["a"], [0], [[0.9]])])).toEqual([0, 1]);
    expect(measureDomain("weight_cosine", [M(["a"], [0], [[0.9]]), M(["a"], [0], [[-0.1]])])).toEqual([-1, 1]);
  });

  it("never returns an empty domain", () => {
    expect(measureDomain("weight_drift", [M(["a"], [0], [[0]])])).toEqual([0, 1]);
    expect(measureDomain("weight_drift", [M(["a"], [0], [[null]])])).toEqual([0, 1]);
    expect(measureDomain("logme", [M(["a"], [0, 1], [[2, 2]])])).toEqual([2, 4]);
    expect(measureDomain("logme", [M(["a"], [0, 1], [[-3, 2]])])).toEqual([-3, 2]);
  });
});

describe("symmetricDomain", () => {
  it("is centred at 0 and covers the largest |difference|", () => {
    expect(symmetricDomain([M(["a"], [0, 1], [[-0.2, 0.5]])])).toEqual([-0.5, 0.5]);
    expect(symmetricDomain([M(["a"], [0, 1], [[-0.7, null]])])).toEqual([-0.7, 0.7]);
    expect(symmetricDomain([M(["a"], [0], [[null]])])).toEqual([-1, 1]);
  });
});

describe("matrixCells / columnAt", () => {
  it("writes a CSV grid and reads a depth profile", () => {
    const m = M(["a", "b"], [0, 3], [[1, null], [2, 4]]);
    expect(matrixCells([{ title: "r1", matrix: m }, { title: "r2", matrix: m }])).toEqual([
      ["run", "layer", "0", "3"],
      ["r1", "a", 1, null],
      ["r1", "b", 2, 4],
      ["r2", "a", 1, null],
      ["r2", "b", 2, 4],
    ]);
    expect(columnAt(m, 3)).toEqual([null, 4]);
    expect(columnAt(m, 7)).toEqual([null, null]);
  });
});
