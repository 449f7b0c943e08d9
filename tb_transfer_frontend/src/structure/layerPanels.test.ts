// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";
import { heatmap } from "../charts/heatmap";
import { sequentialScale } from "../charts/scale";
import { Tooltip } from "../charts/tooltip";
import { makeStats } from "../testdata";
import type { LayerCka, RunInfo, Statistics } from "../types";
import { bnChannelStrips, bnDomains } from "./bnChannels";
import { absMax, bestMatch, bnFor, bnMatrices, bnStepMatrix, ckaMatrix, epochSeries, layerOfBn, sharedDomain, weightStepSeries } from "./layerModel";

const XSS = "<img src=x onerror=alert(1)>";

function cka(): LayerCka {
  // rows: current conv1, conv2, fc; columns in another order: the diagonal is found by name
  return {
    run: "r",
    step: 2,
    steps: [0, 1, 2],
    current: ["conv1", "conv2", "fc"],
    pretrained: ["fc", "conv1", "conv2"],
    values: [
      [0.1, 0.9, 0.3],
      [0.2, 0.8, 0.7],
      [null, 0.2, 0.1],
    ],
  };
}

function withBn(): Statistics {
  const s = makeStats("r", [0, 1, 2]);
  s.bn_stats = {
    fields: ["mean_shift", "log_var_ratio", "weight_change", "bias_change"],
    layers: ["bn1", "bn2"],
    values: [
      [[0, 0], [0, 0], [0, 0], [0, 0]],
      null,
      [[0.5, 0.25], [0.1, null], [0.3, 0.2], [0.01, 0.02]],
    ],
  };
  s.weight_steps = {
    steps: [5, 10, 15],
    fields: ["drift", "cosine"],
    layers: ["conv1", "conv2", "fc"],
    values: [
      [[0.01, 0.02, 0.03], [1, 1, 1]],
      null,
      [[0.05, 0.04, 0.2], [0.99, 0.98, 0.9]],
    ],
  };
  return s;
}

describe("layer × layer CKA", () => {
  it("takes the diagonal by layer name, not by position", () => {
    const { values, diagonal } = ckaMatrix(cka());
    expect(values[2][0]).toBeNull();
    expect(diagonal).toEqual([0.9, 0.7, null]); // conv1↔conv1, conv2↔conv2, fc↔fc (undefined)
  });

  it("names the pretrained layer each current layer is most similar to", () => {
    expect(bestMatch(cka())).toEqual(["conv1", "conv1", "conv1"]);
    expect(bestMatch({ ...cka(), values: [[null, null, null], [0, 0, 0.1], [0.5, 0, 0]] })).toEqual([null, "conv2", "fc"]);
  });

  it("marks the diagonal cells of the heat-map (by name), hatches undefined cells, writes names as text", () => {
    const c = cka();
    const { values } = ckaMatrix(c);
    const onCellClick = vi.fn();
    const hm = heatmap({
      rows: [...c.current.slice(0, 2), XSS],
      cols: [c.pretrained[0], c.pretrained[1], XSS],
      values,
      scale: sequentialScale([0, 1], "dark"),
      theme: "dark",
      width: 400,
      xLabel: "pretrained",
      yLabel: "current",
      diagonal: true,
      hatchMissing: true,
      onCellClick,
      ariaLabel: "cka",
    });
    const diags = [...hm.svg.querySelectorAll<SVGRectElement>(".tbt-heatmap-diag")];
    // rows conv1, conv2, XSS vs cols fc, conv1, XSS: conv1 (row 0, col 1) and XSS (row 2, col 2); conv2 has no column
    expect(diags.length).toBe(2);
    const cells = hm.svg.querySelectorAll(".tbt-ov-cell");
    expect(cells.length).toBe(9); // missing cells are drawn too (hatched)
    expect(hm.svg.querySelectorAll(".tbt-ov-null").length).toBe(1);
    expect(hm.svg.querySelector(".tbt-ov-null")!.getAttribute("fill")).toMatch(/^url\(#tbt-ov-hatch-/);
    const cell = Number(cells[1].getAttribute("width"));
    expect(Number(diags[0].getAttribute("x"))).toBeCloseTo(1 * cell + 0.5);
    expect(Number(diags[0].getAttribute("y"))).toBeCloseTo(0 * cell + 0.5);
    expect(hm.svg.querySelector("img")).toBeNull();
    expect(hm.svg.textContent).toContain(XSS);
  });

  it("draws no diagonal unless asked", () => {
    const hm = heatmap({ rows: ["a"], cols: ["a"], values: [[1]], theme: "light", width: 200, xLabel: "x", yLabel: "y", ariaLabel: "m" });
    expect(hm.svg.querySelectorAll(".tbt-heatmap-diag").length).toBe(0);
  });
});

describe("BatchNorm drift", () => {
  it("lays bn_stats out as BatchNorm layer × step, missing steps and values as null", () => {
    const m = bnStepMatrix(withBn(), "log_var_ratio");
    expect(m.layers).toEqual(["bn1", "bn2"]);
    expect(m.steps).toEqual([0, 1, 2]);
    expect(m.values).toEqual([
      [0, null, 0.1],
      [0, null, null],
    ]);
    expect(bnStepMatrix(makeStats(), "mean_shift").layers).toEqual([]); // no BatchNorm: no rows
  });

  it("puts the runs' matrices on one set of rows, each over its own steps", () => {
    const a = withBn();
    const b = withBn();
    b.steps = [0, 2, 4];
    b.bn_stats!.layers = ["bn2", "bn3"];
    const [ma, mb] = bnMatrices([a, b], "mean_shift");
    expect(ma.layers).toEqual(["bn1", "bn2", "bn3"]);
    expect(ma.steps).toEqual(a.steps); // each run over the steps it logged, no column for another run's step
    expect(mb.steps).toEqual([0, 2, 4]);
    expect(mb.layers).toEqual(ma.layers);
    expect(mb.absent).toEqual([true, false, false]); // b has no bn1: not in this run (not a failure)
    expect(ma.absent).toEqual([false, false, true]);
    expect(mb.values[0]).toEqual([null, null, null]);
    expect(mb.values[1][2]).toBe(0.5); // b's bn2 (its first row) at its step 4 (its third)
  });

  it("maps BatchNorm layers to the tracked layers they follow and back", () => {
    const info = { bn_layers: [{ name: "bn1", channels: 4, layer: "conv1" }, { name: "bn2", channels: 8, layer: null }] } as unknown as RunInfo;
    expect(bnFor(info, "conv1")).toBe("bn1");
    expect(bnFor(info, "fc")).toBeNull();
    expect(layerOfBn(info, "bn1")).toBe("conv1");
    expect(layerOfBn(info, "bn2")).toBeNull();
    expect(bnFor(null, "conv1")).toBeNull();
  });

  it("draws one strip per field and one bar per channel on scales shared by the runs", () => {
    const host = document.createElement("div");
    document.body.appendChild(host);
    const runs = [
      { key: "a", title: XSS, color: "#123456", step: 2, values: [[0.5, -1, null], [0.1, 0.2, 0.3], [0, 0, 0], [null, null, null]] },
      { key: "b", title: "b", color: "#654321", step: 2, values: [[2, 0, 0], [-0.4, 0, 0], [0, 0, 0], [0, 0, 0]] },
    ];
    expect(bnDomains(runs)).toEqual([2, 0.4, 1, 1]); // |max| per field over both runs; all-zero or empty → 1
    const svg = bnChannelStrips(runs, { bn: "bn1", width: 600, theme: "light", stepLabel: "epoch", tooltip: new Tooltip(host), tooltipHost: host, format: String });
    const blocks = svg.querySelectorAll(".tbt-bn-run");
    expect(blocks.length).toBe(2);
    expect(blocks[0].getAttribute("data-channels")).toBe("3");
    expect(blocks[0].querySelectorAll(".tbt-bn-strip").length).toBe(4);
    // run a, mean shift: bars of 0.5 and −1 on [−2, 2] (40 px strip: 5 and 10 px), a hatched gap for the null
    const d = blocks[0].querySelector('[data-field="mean_shift"] .tbt-bn-bars')!.getAttribute("d")!;
    const heights = [...d.matchAll(/v([\d.]+)/g)].map((x) => Number(x[1]));
    expect(heights).toEqual([5, 10]);
    expect(blocks[0].querySelector('[data-field="mean_shift"] .tbt-ov-null')).not.toBeNull();
    expect(svg.querySelector("img")).toBeNull();
    expect(svg.textContent).toContain(XSS);
  });

  it("absMax ignores nulls and falls back to 1", () => {
    expect(absMax([[null, -3, 2]])).toBe(3);
    expect(absMax([[null], []])).toBe(1);
  });
});

describe("weight drift at optimizer steps", () => {
  it("takes the layer's series on its own step axis, and the per-epoch one from layer_stats", () => {
    const s = withBn();
    expect(weightStepSeries(s, "fc", "drift")).toEqual([{ x: 5, y: 0.03 }, { x: 10, y: null }, { x: 15, y: 0.2 }]);
    expect(weightStepSeries(s, "fc", "cosine")[2]).toEqual({ x: 15, y: 0.9 });
    expect(weightStepSeries(s, "nope", "drift").every((p) => p.y === null)).toBe(true);
    expect(weightStepSeries(makeStats(), "fc", "drift")).toEqual([]); // no weight_steps records
    expect(epochSeries(s, "conv2", "drift")).toEqual([{ x: 0, y: 0 }, { x: 1, y: 0.1 }, { x: 2, y: 0.2 }]);
    expect(epochSeries(s, "conv2", "cosine").every((p) => p.y === null)).toBe(true); // no weight_cosine row
  });

  it("shares one y domain between the two charts, with 0 for drift", () => {
    const d = sharedDomain([[{ x: 0, y: 0.1 }, { x: 1, y: 0.3 }], [{ x: 0, y: null }, { x: 5, y: 0.5 }]], true)!;
    expect(d[0]).toBe(0);
    expect(d[1]).toBeGreaterThan(0.5);
    const c = sharedDomain([[{ x: 0, y: 0.9 }, { x: 1, y: 1 }]], false)!;
    expect(c[0]).toBeLessThan(0.9);
    expect(c[1]).toBeGreaterThan(1);
    expect(sharedDomain([[{ x: 0, y: null }]], true)).toBeNull();
  });
});
