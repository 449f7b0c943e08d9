import { describe, expect, it, vi } from "vitest";
import { ApiClient } from "../api";
import { readyStructure, structureEntry } from "./data";
import * as d3 from "d3";
import type { RunInfo, Structure } from "../types";
import { matchesOf, topImages } from "./detailPanel";
import {
  boxFromHist, CELL, connectedPairs, correspondingShare, distanceScale, flowCounts, histQuantile, sharedDistanceDomain,
  sharedWeightMax, unionLayers, unitLayout,
} from "./model";
import type { Rect } from "../charts/shared";
import { chosenLayers, withLayer } from "./state";

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

describe("unit layout", () => {
  it("aligns every weight block's cells with the matrix beside it", () => {
    for (const [k, kIn] of [[4, 3], [8, 8], [2, 6]]) {
      const L = unitLayout(k, kIn);
      const W = L.weights!;
      expect(L.matrix).toEqual({ x: L.matrix.x, y: L.matrix.y, w: k * CELL, h: k * CELL });
      // current: columns = the matrix's columns (same x, same width); rows = the source's channels
      expect(W.current.cells.x).toBe(L.matrix.x);
      expect(W.current.cells.w).toBe(L.matrix.w);
      expect(W.current.cells.h).toBe(kIn * CELL);
      // pretrained: rows = the matrix's rows (same y, same height)
      expect(W.pretrained.cells.y).toBe(L.matrix.y);
      expect(W.pretrained.cells.h).toBe(L.matrix.h);
      expect(W.pretrained.cells.w).toBe(kIn * CELL);
      // box plots: one per row / column of the block they summarise, aligned with it
      expect([W.current.fromI.y, W.current.fromI.h]).toEqual([W.current.cells.y, W.current.cells.h]);
      expect([W.current.toI.x, W.current.toI.w]).toEqual([W.current.cells.x, W.current.cells.w]);
      expect([W.pretrained.toI.y, W.pretrained.toI.h]).toEqual([W.pretrained.cells.y, W.pretrained.cells.h]);
      expect([W.pretrained.fromI.x, W.pretrained.fromI.w]).toEqual([W.pretrained.cells.x, W.pretrained.cells.w]);
      // the side histograms continue the matrix's rows and columns
      expect([L.histRight.y, L.histRight.h]).toEqual([L.matrix.y, L.matrix.h]);
      expect([L.histBelow.x, L.histBelow.w]).toEqual([L.matrix.x, L.matrix.w]);
      expect([L.histCorner.x, L.histCorner.y]).toEqual([L.histRight.x, L.histBelow.y]);
      // the current model's weights sit above, the pretrained model's to the left: opposite sides of the matrix
      expect(W.current.cells.y + W.current.cells.h).toBeLessThan(L.matrix.y);
      expect(W.pretrained.cells.x + W.pretrained.cells.w).toBeLessThan(L.matrix.x);
      // barrier lines lie between the important cells and the rest
      expect(L.barrierX).toBeGreaterThan(L.matrix.x + L.matrix.w);
      expect(L.barrierX).toBeLessThan(L.histRight.x);
      expect(L.barrierY).toBeGreaterThan(L.matrix.y + L.matrix.h);
      expect(L.barrierY).toBeLessThan(L.histBelow.y);
      // nothing overlaps, everything is inside the unit
      const rects: Rect[] = [L.matrix, L.histRight, L.histBelow, L.histCorner,
        ...[W.current, W.pretrained].flatMap((g) => [g.cells, g.toI, g.fromI, g.nn, g.flow])];
      for (let i = 0; i < rects.length; i++) {
        expect(rects[i].x).toBeGreaterThanOrEqual(0);
        expect(rects[i].y).toBeGreaterThanOrEqual(0);
        expect(rects[i].x + rects[i].w).toBeLessThanOrEqual(L.width);
        expect(rects[i].y + rects[i].h).toBeLessThanOrEqual(L.height);
        for (let j = i + 1; j < rects.length; j++) expect(overlaps(rects[i], rects[j]), `${i} × ${j}`).toBe(false);
      }
    }
  });

  it("draws no weight blocks without a source", () => {
    const L = unitLayout(5, 0);
    expect(L.weights).toBeNull();
    expect(L.matrix.w).toBe(5 * CELL);
  });
});

describe("box plots from histograms", () => {
  it("computes quantiles inside bins and clips whiskers to the data", () => {
    const b = boxFromHist([0, 4, 0, 4], [0, 1, 2, 3, 4])!;
    expect(b).toMatchObject({ count: 8, min: 1, max: 4, q1: 1.5, median: 2, q3: 3.5, lo: 1, hi: 4 });
    expect(boxFromHist([0, 0], [0, 1, 2])).toBeNull();
    expect(boxFromHist([1, null], [0, 1, 2])).toBeNull();
    expect(boxFromHist(null, [0, 1])).toBeNull();
  });

  it("is within one bin of the exact quantiles of the values", () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const values = Array.from({ length: 500 }, () => rand() ** 2 * 3);
    const edges = Array.from({ length: 17 }, (_, i) => (i * 3) / 16);
    const counts = new Array(16).fill(0);
    for (const v of values) counts[Math.min(15, Math.floor(v / (3 / 16)))]++;
    const sorted = [...values].sort((a, b) => a - b);
    const exact = (p: number) => sorted[Math.floor(p * (sorted.length - 1))];
    for (const p of [0.25, 0.5, 0.75]) expect(Math.abs(histQuantile(counts, edges, p) - exact(p))).toBeLessThanOrEqual(3 / 16);
    const b = boxFromHist(counts, edges)!;
    expect(b.count).toBe(500);
    expect(b.lo).toBeGreaterThanOrEqual(b.min);
    expect(b.hi).toBeLessThanOrEqual(b.max);
    expect(b.q1).toBeLessThanOrEqual(b.median);
    expect(b.median).toBeLessThanOrEqual(b.q3);
  });
});

function structure(distance: (number | null)[][], conn?: (number | null)[][][]): Structure {
  const k = distance.length;
  return {
    important: [Array.from({ length: k }, (_, i) => i), Array.from({ length: k }, (_, i) => i + 10)],
    distance, matches_pretrained: [], matches_current: [], rest_hist: [], rest_hist_edges: [], conn_source: "",
    conn_weight: conn ?? null,
  };
}

describe("shared scales", () => {
  it("one distance domain for every layer and run, so equal distances get equal colours", () => {
    const a = structure([[0.1, 0.3], [null, 0.2]]);
    const b = structure([[0.6, 0.05], [0.3, 0.4]]);
    const domain = sharedDistanceDomain([a, b, null]);
    expect(domain).toEqual([0, 0.6]);
    for (const theme of ["light", "dark"] as const) {
      const scale = distanceScale(domain, theme);
      expect(scale.color(a.distance[0][1]!)).toBe(scale.color(b.distance[1][0]!));
      // dark = similar: the smallest distance is darker than the largest
      const lum = (c: string) => { const x = d3.rgb(c); return 0.2126 * x.r + 0.7152 * x.g + 0.0722 * x.b; };
      expect(lum(scale.color(0))).toBeLessThan(lum(scale.color(0.6)));
    }
    expect(sharedDistanceDomain([])).toEqual([0, 1]);
  });

  it("one weight maximum over the cells and histogram ranges of every run", () => {
    const a = structure([[0.1]], [[[0.5]], [[2.0]]]);
    const b = { ...structure([[0.1]], [[[0.1]], [[null]]]), conn_edges: [[0, 3.5], [0, 1]] } as Structure;
    expect(sharedWeightMax([a, b])).toBe(3.5);
    expect(sharedWeightMax([structure([[0.1]])])).toBe(1);
  });
});

describe("connections and counts", () => {
  const info = {
    version: 2, class_names: ["a"],
    layers: [
      { name: "conv1", type: "Conv2d", out_channels: 12, inputs: [], embedding_dim: 12, conn_source: null },
      { name: "l1.conv2", type: "Conv2d", out_channels: 12, inputs: ["conv1"], embedding_dim: 12, conn_source: "conv1" },
      { name: "l2.conv1", type: "Conv2d", out_channels: 72, inputs: ["conv1", "l1.conv2"], embedding_dim: 64, conn_source: "l1.conv2" },
      { name: "l2.down", type: "Conv2d", out_channels: 72, inputs: ["conv1", "l1.conv2"], embedding_dim: 64, conn_source: "l1.conv2" },
      { name: "fc", type: "Linear", out_channels: 1, inputs: ["l2.conv1"], embedding_dim: 1, conn_source: null },
    ],
  } as RunInfo;

  it("follows conn_source, so a shortcut branch pairs with its real source, not the previous layer", () => {
    expect(connectedPairs(info, ["l1.conv2", "l2.conv1", "l2.down"])).toEqual([["l1.conv2", "l2.conv1"], ["l1.conv2", "l2.down"]]);
    expect(connectedPairs(info, ["conv1", "l2.down"])).toEqual([]);
    expect(chosenLayers({ layers: ["l2.down", "conv1", "gone"], rest: true, weights: true, detail: null }, info.layers)).toEqual(["conv1", "l2.down"]);
    expect(chosenLayers({ layers: null, rest: true, weights: true, detail: null }, info.layers)).toEqual(["conv1", "l1.conv2", "l2.conv1"]);
  });

  it("adds a layer selected elsewhere in model order, and lists the layers of runs of different architectures", () => {
    const all = info.layers.map((l) => l.name);
    expect(withLayer(["conv1", "l2.down"], all, "l1.conv2")).toEqual(["conv1", "l1.conv2", "l2.down"]);
    expect(withLayer(["conv1"], all, "conv1")).toEqual(["conv1"]);
    expect(withLayer(["conv1"], all, "not-a-structure-layer")).toEqual(["conv1"]);
    expect(withLayer(["conv1"], all, null)).toEqual(["conv1"]);
    const other = { ...info, layers: [{ ...info.layers[0], name: "features.0" }, info.layers[1]] } as RunInfo;
    expect(unionLayers([info, null, other]).map((l) => l.name)).toEqual([...all.filter((n) => info.layers.find((l) => l.name === n && (l.out_channels ?? 0) > 1)), "features.0"]);
  });

  it("counts the flow of each region and the share corresponding to pretrained connections", () => {
    const s = {
      ...structure([[0.1, 0.2], [0.3, 0.4]], [[[1, 2], [3, null]], [[1, 2], [null, null]]]),
      conn_i_to_n: [[[1, 2], [0, 3]], [[2, 2], [1, 1]]],
      conn_n_to_i: [[[5, 0], [0, 5]], [[4, 0], [0, 4]]],
      conn_n_to_n: [[10, 10], [9, 11]],
    } as Structure;
    expect(flowCounts(s, 0)).toEqual({ ii: 3, in: 6, ni: 10, nn: 20 });
    expect(flowCounts(s, 1)).toEqual({ ii: 2, in: 6, ni: 8, nn: 20 });
    expect(flowCounts({ ...s, conn_i_to_n: [[[null, 1]], [[null, 1]]] } as Structure, 1)).toBeNull();
    expect(correspondingShare(4, 1)).toBe(0.25);
    expect(correspondingShare(0, 0)).toBeNull();
    expect(correspondingShare(4, null)).toBeNull();
  });
});

describe("neuron detail", () => {
  it("lists a neuron's top matches with their distances, and its top-activating instances per domain", () => {
    const s = { important: [[3, 1], [7, 2]], matches_pretrained: [[7, 2, 0], [2, 7, 0]], matches_current: [[3, 1, 0], [1, 3, 0]],
      match_distance_pretrained: [[0.1, 0.2, 0.3], [0.05, 0.2, 0.4]], match_distance_current: [[0.1, 0.3, 0.5], [0.2, 0.25, 0.3]] };
    expect(matchesOf(s, "pretrained", 1)).toEqual([{ channel: 2, distance: 0.05 }, { channel: 7, distance: 0.2 }, { channel: 0, distance: 0.4 }]);
    expect(matchesOf(s, "current", 7)?.[0]).toEqual({ channel: 3, distance: 0.1 });
    expect(matchesOf(s, "current", 5)).toBeNull();
    const c = { top: { pretrained: { source: { instances: [4, 2], activations: [3, 1] }, target: { instances: [9], activations: [null] } },
      current: { source: { instances: [], activations: [] }, target: { instances: [5], activations: [0.5] } } } };
    expect(topImages(c as never, "pretrained")).toEqual([
      { domain: "source", id: 4, value: 3 }, { domain: "source", id: 2, value: 1 }, { domain: "target", id: 9, value: null }]);
    expect(topImages(c as never, "current")).toEqual([{ domain: "target", id: 5, value: 0.5 }]);
  });
});

describe("structure answers", () => {
  it("asks the latest first, then the nearest step the layer's records were kept at, once", async () => {
    const asked: string[] = [];
    const fetch = vi.fn(async (url: string) => {
      asked.push(url);
      const q = new URLSearchParams(url.split("?")[1]);
      const step = q.has("step") ? Number(q.get("step")) : 9;
      return new Response(JSON.stringify({ ...structure([[0.5]]), step, steps: [0, 4, 9] }), { status: 200 });
    });
    const api = new ApiClient({ fetch });
    const settle = () => new Promise((r) => setTimeout(r, 0));
    const changed = vi.fn();
    expect(structureEntry(api, "r", "l", 6, 1, changed).status).toBe("pending");
    await settle();
    await settle();
    expect(structureEntry(api, "r", "l", 6, 1, changed).status).toBe("pending"); // now at step 4 (the kept one ≤ 6)
    await settle();
    await settle();
    const e = structureEntry(api, "r", "l", 6, 1, changed);
    expect(e.status).toBe("ready");
    expect(readyStructure("r", "l", 7, 1)?.step).toBe(4);
    expect(structureEntry(api, "r", "l", 9, 1, changed).status).toBe("ready"); // the latest answer, aliased
    expect(asked.map((u) => new URLSearchParams(u.split("?")[1]).get("step"))).toEqual([null, "4"]);
    expect(changed).toHaveBeenCalled();
  });
});
