// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";
import { Tooltip } from "../charts/tooltip";
import { RESNET_LIKE } from "./testgraphs";
import { dagLayout } from "./dag";
import { sortByDrift, filterDomains } from "./filters";
import { layerHeatmap, shortName } from "./heatmap";
import { fmtValue, measureScale } from "./scales";
import { networkDiagram } from "./network";

const XSS = "<img src=x onerror=alert(1)>";

function heatmap(layers: string[], steps: number[], canvasThreshold?: number) {
  const values = layers.map((_, l) => steps.map((_, t) => ((l + t) % 5 === 0 ? null : (l + t) / 10)));
  const matrix = { layers, steps, values };
  const host = document.createElement("div");
  document.body.appendChild(host);
  const onSelect = vi.fn();
  const hm = layerHeatmap({
    measure: "weight_drift",
    title: "Weight drift",
    help: "help",
    multiples: [
      { key: "a", title: XSS, color: "#123456", matrix },
      { key: "b", title: "b", color: "#654321", matrix },
    ],
    scale: measureScale("weight_drift", [matrix], "light"),
    theme: "light",
    width: 800,
    selectedLayer: layers[1],
    selectedStep: steps[2],
    stepLabel: "epoch",
    onSelect,
    current: () => ({ layer: layers[1], step: steps[2] }),
    tooltip: new Tooltip(host),
    format: fmtValue,
    canvasThreshold,
  });
  host.appendChild(hm.element);
  return { hm, values, onSelect };
}

describe("layerHeatmap", () => {
  it("draws layers × steps SVG cells per multiple, null cells hatched, titles as text", () => {
    const { hm, values } = heatmap(["l0", "l1", "l2"], [0, 5, 10, 15]);
    const gs = hm.element.querySelectorAll(".tbt-ov-multiple");
    expect(gs).toHaveLength(2);
    for (const g of gs) {
      expect(g.querySelectorAll(".tbt-ov-cell")).toHaveLength(12);
      expect(g.querySelectorAll(".tbt-ov-null")).toHaveLength(values.flat().filter((v) => v === null).length);
      expect(g.getAttribute("data-cells")).toBe("12");
    }
    expect(hm.element.querySelector("img")).toBeNull();
    expect([...hm.element.querySelectorAll(".tbt-ov-run-name")].map((t) => t.firstChild!.textContent)).toEqual([XSS, "b"]);
    // the selected layer and step are highlighted once per multiple
    expect(hm.element.querySelectorAll(".tbt-ov-hl-cell")).toHaveLength(2);
    expect(hm.element.querySelector(".tbt-ov-rows .tbt-tick-selected")!.textContent).toBe("l1");
    expect(hm.element.getAttribute("data-domain")).toBe("0,0.4"); // the largest value of any multiple
  });

  it("switches to canvas when cells number in the thousands, keeping the cell count", () => {
    const layers = Array.from({ length: 40 }, (_, i) => `layer${i}`);
    const steps = Array.from({ length: 60 }, (_, i) => i);
    const { hm } = heatmap(layers, steps);
    expect(hm.element.querySelectorAll("canvas.tbt-ov-canvas")).toHaveLength(2);
    expect(hm.element.querySelectorAll(".tbt-ov-cell")).toHaveLength(0);
    expect(hm.cells).toBe(2400);
    expect(hm.figure.rasters).toHaveLength(2);
  });

  it("draws each multiple over its own steps, outlines each one's own step, marks layers a run lacks apart from failures", () => {
    const host = document.createElement("div");
    document.body.appendChild(host);
    const a = { layers: ["c1", "c2", "x"], steps: [0, 1, 2], values: [[0.1, 0.2, 0.3], [0.1, null, 0.3], [null, null, null]], absent: [false, false, true] };
    const b = { layers: ["c1", "c2", "x"], steps: [0, 1], values: [[0.1, 0.2], [0.1, 0.2], [0.4, 0.5]], absent: [false, false, false] };
    const hm = layerHeatmap({
      measure: "weight_drift", title: "Weight drift", help: "", theme: "light", width: 800, stepLabel: "epoch", format: fmtValue,
      multiples: [{ key: "a", title: "a", color: "#123456", matrix: a }, { key: "b", title: "b", color: "#654321", matrix: b }],
      scale: measureScale("weight_drift", [a, b], "light"),
      selectedLayer: "c1", selectedStep: null, onSelect: vi.fn(), current: () => ({ layer: "c1", step: null }), tooltip: new Tooltip(host),
    });
    const g = (k: string) => hm.element.querySelector(`.tbt-ov-multiple[data-multiple="${k}"]`)!;
    expect(g("a").getAttribute("data-steps")).toBe("3");
    expect(g("b").getAttribute("data-steps")).toBe("2");
    expect(g("b").querySelectorAll(".tbt-ov-cell")).toHaveLength(6); // no column for step 2, which b did not log
    expect(g("b").querySelectorAll(".tbt-ov-null")).toHaveLength(0);
    // latest: a outlines its step 2, b its own step 1
    expect(g("a").querySelector(".tbt-ov-steps .tbt-tick-selected")!.textContent).toBe("2");
    expect(g("b").querySelector(".tbt-ov-steps .tbt-tick-selected")!.textContent).toBe("1");
    // a has no layer x: a dashed "not in this run" row, no hatched cells there; its failed c2 cell stays hatched
    expect([...g("a").querySelectorAll(".tbt-ov-absent")].map((e) => e.getAttribute("data-layer"))).toEqual(["x"]);
    expect(g("a").querySelectorAll(".tbt-ov-cell")).toHaveLength(6);
    expect(g("a").querySelectorAll(".tbt-ov-null")).toHaveLength(1);
    expect([...hm.element.querySelectorAll(".tbt-ov-legend ~ text, .tbt-legend-text")].map((t) => t.textContent)).toContain("not in this run");
    hm.select("c1", 1);
    expect(g("a").querySelector(".tbt-ov-steps .tbt-tick-selected")!.textContent).toBe("1");
    expect(g("b").querySelector(".tbt-ov-steps .tbt-tick-selected")!.textContent).toBe("1");
  });

  it("moves the selection with the arrow keys", () => {
    const { hm, onSelect } = heatmap(["l0", "l1", "l2"], [0, 5, 10, 15]);
    hm.element.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowDown" }));
    expect(onSelect).toHaveBeenLastCalledWith("l2", 10);
    hm.element.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowLeft" }));
    expect(onSelect).toHaveBeenLastCalledWith("l1", 5);
    hm.element.dispatchEvent(new KeyboardEvent("keydown", { key: "End" }));
    expect(onSelect).toHaveBeenLastCalledWith("l1", 15);
  });
});

describe("networkDiagram", () => {
  it("draws one node per layer (labels as text) and one edge per input, selecting on click and Enter", () => {
    const layers = [...RESNET_LIKE, { name: XSS, inputs: ["fc"] }];
    const layout = dagLayout(layers);
    const host = document.createElement("div");
    const onSelect = vi.fn();
    const values = new Map(layers.map((l, i) => [l.name, i % 3 ? i / 10 : null]));
    const svg = networkDiagram({
      layout,
      types: new Map([["fc", "Linear"]]),
      series: [{ key: "a", title: "a", color: "#123", values }],
      scale: measureScale("weight_drift", [], "light"),
      measureLabel: "Weight drift",
      theme: "light",
      width: 500,
      selectedLayer: "fc",
      onSelect,
      tooltip: new Tooltip(host),
      format: fmtValue,
    });
    host.appendChild(svg);
    const nodes = svg.querySelectorAll<SVGGElement>(".tbt-ov-node");
    expect([...nodes].map((n) => n.getAttribute("data-layer"))).toEqual(layers.map((l) => l.name));
    expect(svg.querySelectorAll(".tbt-ov-edge")).toHaveLength(layout.edges.length);
    expect(svg.querySelectorAll(".tbt-ov-skip").length).toBeGreaterThan(0);
    expect(svg.querySelector("img")).toBeNull();
    expect(nodes[nodes.length - 1].querySelector(".tbt-ov-node-label tspan")!.textContent).toBe(shortName(XSS, 22));
    expect(svg.querySelector(".tbt-ov-node.tbt-selected")!.getAttribute("data-layer")).toBe("fc");
    expect(svg.querySelectorAll(".tbt-ov-seg.tbt-ov-null")).toHaveLength([...values.values()].filter((v) => v === null).length);
    nodes[2].dispatchEvent(new MouseEvent("click", { bubbles: true }));
    expect(onSelect).toHaveBeenLastCalledWith(layers[2].name);
    nodes[3].dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    expect(onSelect).toHaveBeenLastCalledWith(layers[3].name);
    // parallel branch beside its sibling, same row
    const pos = (name: string) => svg.querySelector(`.tbt-ov-node[data-layer="${name}"]`)!.getAttribute("transform");
    const [x1, y1] = pos("layer2.0.conv1")!.match(/[\d.]+/g)!.map(Number);
    const [x2, y2] = pos("layer2.0.downsample.0")!.match(/[\d.]+/g)!.map(Number);
    expect(y2).toBe(y1);
    expect(x2).toBeGreaterThan(x1);
  });
});

describe("per-filter drift helpers", () => {
  it("sorts filters by drift, largest first, missing last", () => {
    expect(sortByDrift([0.1, null, 0.5, 0.3, null])).toEqual([2, 3, 0, 1, 4]);
  });

  it("shares domains across runs", () => {
    const run = (drift: (number | null)[], cosine: (number | null)[]) => ({ key: "", title: "", color: "", step: 0, drift, cosine });
    expect(filterDomains([run([0.2, 0.4], [0.99, 0.97]), run([1.5, null], [0.8, null])])).toEqual({ drift: [0, 1.5], cosine: [0.8, 1] });
    expect(filterDomains([run([0, 0], [1, 1])])).toEqual({ drift: [0, 1], cosine: [0.9, 1] });
  });
});
