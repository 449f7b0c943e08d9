// The Network Relation View: for the selected class and the chosen layers, one matching matrix per layer (the
// pretrained model's important channels × the current model's; dark = similar, one colour scale for every layer and
// run), the distances of the rest as side histograms behind barrier lines, and the weight blocks from each layer's
// source (its `conn_source`, so ResNet shortcuts and downsample branches are right) when both are drawn: I→I cells
// (opacity |w|, a dot where the connection is among the pretrained model's important ones), I→N and N→I box plots
// with the share of connections that correspond to pretrained ones, the N→N histogram and flow lines. Runs side by
// side in one zoomable SVG (exported as PNG or SVG).

import * as d3 from "d3";
import { drawScaleLegend } from "../charts/colorLegend";
import type { ColorScale } from "../charts/scale";
import { Tooltip } from "../charts/tooltip";
import { clear, el } from "../dom";
import { renderLoop } from "../loop";
import { DOMAIN_COLORS } from "../palette";
import { registerPanel, type PanelContext } from "../panels";
import { setClass, setNeuron } from "../store";
import { fmt } from "../transforms";
import type { Num, Structure, Theme } from "../types";
import type { View } from "../view";
import { forget, structureEntry, type Entry } from "./data";
import {
  boxFromHist, CELL, correspondingShare, distanceScale, flowCounts, sharedDistanceDomain, sharedWeightMax, sourceOf,
  unionLayers, unitLayout, type BoxStats, type UnitLayout,
} from "./model";
import type { Rect } from "../charts/shared";
import { chosenLayers, structureState, withLayer } from "./state";

type G = d3.Selection<SVGGElement, unknown, null, undefined>;

const TITLE_H = 34;
const UNIT_GAP = 28;
const RUN_GAP = 48;
const LEGEND_H = 60;

/** Zoom transform kept across redraws (the same for every run: they are drawn in one SVG). */
let zoomT: d3.ZoomTransform = d3.zoomIdentity;

interface Unit {
  run: string;
  layer: string;
  source: string | null;
  entry: Entry;
  layout: UnitLayout | null;
  x: number;
  y: number;
}

function modelColor(theme: Theme, m: number): string {
  return m === 0 ? DOMAIN_COLORS[theme].source : DOMAIN_COLORS[theme].target;
}

function mount(ctx: PanelContext) {
  const { panel, store, api } = ctx;
  panel.body.classList.add("tbt-st-body");
  const controls = el("div", { class: "tbt-st-controls" });
  panel.controls.appendChild(controls);
  const tooltip = new Tooltip(panel.body);
  let svgNode: SVGSVGElement | null = null;
  let csvRows: (string | number | null)[][] = [];
  panel.setExports({
    figure: () => (svgNode ? { svg: svgNode, name: "structure-matrices" } : null),
    csv: () => (csvRows.length > 1 ? { rows: csvRows, name: "structure-matrices" } : null),
  });

  const loop = renderLoop(ctx, (v) => draw(v), { watch: (s) => [s.runs, s.step, s.class, s.neuron, s.theme] });
  const redraw = () => loop.schedule();
  const offState = structureState.subscribe((s) => [s.layers, s.rest, s.weights], redraw);
  // The layer selected elsewhere (the header, the overview, a channel clicked in the feature level) is drawn too.
  const offFollow = store.subscribe((s) => [s.layer, s.neuron?.layer ?? null], ([layer, neuronLayer]) => {
    const shown = new Set(store.get().runs);
    const all = unionLayers(ctx.data.get().runs.filter((r) => shown.has(r.run)).map((r) => r.info));
    if (!all.length) return;
    let layers = chosenLayers(structureState.get(), all);
    for (const l of [layer, neuronLayer]) layers = withLayer(layers, all.map((x) => x.name), l);
    structureState.set({ layers });
  });

  function drawControls(v: View, layers: string[], all: string[], names: string[]): void {
    clear(controls);
    const cls = el("select", { class: "tbt-select tbt-st-class", "aria-label": "Class" });
    cls.appendChild(el("option", { value: "" }, "Class…"));
    names.forEach((n, i) => {
      const o = el("option", { value: String(i) }, n);
      if (v.sel.class === i) o.selected = true;
      cls.appendChild(o);
    });
    cls.addEventListener("change", () => setClass(cls.value === "" ? null : Number(cls.value), store));
    const chips = el("div", { class: "tbt-st-layers", role: "group", "aria-label": "Layers" });
    for (const name of all) {
      const on = layers.includes(name);
      const b = el("button", { type: "button", class: "tbt-toggle tbt-st-layer", "aria-pressed": String(on), "data-layer": name }, name);
      b.addEventListener("click", () => {
        const next = on ? layers.filter((l) => l !== name) : [...layers, name];
        structureState.set({ layers: all.filter((l) => next.includes(l)), detail: null });
      });
      chips.appendChild(b);
    }
    const st = structureState.get();
    const toggle = (label: string, key: "rest" | "weights") => {
      const b = el("button", { type: "button", class: "tbt-toggle tbt-st-switch", "aria-pressed": String(st[key]), "data-switch": key }, label);
      b.addEventListener("click", () => structureState.set({ [key]: !structureState.get()[key] } as Partial<typeof st>));
      return b;
    };
    controls.append(cls, chips, toggle("Rest", "rest"), toggle("Weights", "weights"));
  }

  function draw(v: View): void {
    const first = v.runs[0];
    const allLayers = unionLayers(v.runs.map((r) => r.info));
    const all = allLayers.map((l) => l.name);
    const names = first?.info?.class_names ?? [];
    const layers = chosenLayers(structureState.get(), allLayers);
    drawControls(v, layers, all, names);
    svgNode = null;
    csvRows = [];
    if (!v.runs.length) return panel.setState("empty", "Select a run.");
    if (!all.length) return panel.setState("empty", "The selected runs have no tracked layers with channels.");
    const cls = v.sel.class;
    if (cls === null) return panel.setState("empty", "Important channels are found per class, so “All classes” has none to show: choose a class here or in the header.");
    if (!layers.length) return panel.setState("empty", "Choose one or more layers.");
    panel.setState("ready");
    const st = structureState.get();

    // entries and geometry per run and layer
    const units: Unit[][] = v.runs.map((r) =>
      layers.map((layer) => {
        const entry = structureEntry(api, r.run, layer, r.step, cls, redraw);
        const source = st.weights ? sourceOf(r.info, layer, layers) : null;
        let layout: UnitLayout | null = null;
        if (entry.status === "ready") {
          const k = entry.value.important[1]?.length ?? 0;
          const kIn = source && entry.value.conn_weight ? (entry.value.important_source?.[1]?.length ?? entry.value.conn_weight[1]?.[0]?.length ?? 0) : 0;
          layout = unitLayout(k, kIn);
        }
        return { run: r.run, layer, source, entry, layout, x: 0, y: 0 };
      }),
    );
    const ready = units.flat().filter((u) => u.entry.status === "ready").map((u) => (u.entry as { value: Structure }).value);
    const scale = distanceScale(sharedDistanceDomain(ready), v.theme);
    const wmax = sharedWeightMax(ready);
    const flowMax = Math.max(1, ...ready.flatMap((s) => [0, 1].map((m) => flowCounts(s, m)).flatMap((f) => (f ? [f.ii, f.in, f.ni, f.nn] : []))));

    // positions: runs side by side, layers top to bottom
    let x = 0;
    let height = 0;
    const colWidths: number[] = [];
    for (const col of units) {
      let y = LEGEND_H + 30;
      let w = 260;
      for (const u of col) {
        u.x = x;
        u.y = y + TITLE_H;
        const lw = u.layout?.width ?? 260;
        const lh = u.layout?.height ?? 40;
        w = Math.max(w, lw);
        y += TITLE_H + lh + UNIT_GAP;
      }
      colWidths.push(w);
      x += w + RUN_GAP;
      height = Math.max(height, y);
    }
    const width = Math.max(x - RUN_GAP, 620); // at least the legend's width
    const root = d3
      .select<SVGSVGElement, unknown>(document.createElementNS("http://www.w3.org/2000/svg", "svg"))
      .attr("class", "tbt-st-svg")
      .attr("width", width)
      .attr("height", height)
      .attr("viewBox", `0 0 ${width} ${height}`)
      .attr("role", "img")
      .attr("aria-label", `Matching matrices of class ${names[cls] ?? cls}`);
    const svg = root.node()!;
    const zoomG = root.append("g").attr("class", "tbt-st-zoom");
    const legendG = root.append("g").attr("class", "tbt-st-legend").attr("transform", "translate(0,4)");
    drawScaleLegend(svg, legendG, scale, v.theme, { label: "Distance (1 − Pearson r)/2 between channels, class " + (names[cls] ?? cls), barWidth: 180 });
    legendG.append("text").attr("class", "tbt-legend-text").attr("x", 0).attr("y", LEGEND_H - 4)
      .text(`Rows: the pretrained model's important channels; columns: the current model's. Weight cells: opacity = ‖w‖ / ${fmt(wmax, 3)}; ● = among the pretrained model's important connections`);

    csvRows = [["run", "layer", "kind", "model", "row", "column", "value"]];
    v.runs.forEach((r, ri) => {
      const col = units[ri];
      const head = zoomG.append("g").attr("class", "tbt-st-run").attr("data-run", r.run);
      head.append("rect").attr("x", col[0]?.x ?? 0).attr("y", LEGEND_H + 10).attr("width", 10).attr("height", 10).attr("fill", r.color);
      head.append("text").attr("class", "tbt-st-run-title").attr("x", (col[0]?.x ?? 0) + 14).attr("y", LEGEND_H + 19)
        .text(`${r.run} · ${v.stepLabel} ${r.step ?? "–"}`);
      for (const u of col) drawUnit(head, u, v, scale, wmax, flowMax);
    });

    const zoom = d3.zoom<SVGSVGElement, unknown>().scaleExtent([0.2, 4]).on("zoom", (ev: d3.D3ZoomEvent<SVGSVGElement, unknown>) => {
      zoomT = ev.transform;
      zoomG.attr("transform", zoomT.toString());
    });
    root.call(zoom).on("dblclick.zoom", null);
    root.call(zoom.transform, zoomT);
    svgNode = svg;
    const reset = el("button", { type: "button", class: "tbt-button tbt-st-reset", "data-export": "skip" }, "Reset zoom");
    reset.addEventListener("click", () => root.call(zoom.transform, d3.zoomIdentity));
    const status = units.flat().filter((u) => u.entry.status === "pending").length;
    clear(panel.body);
    panel.body.append(
      el("div", { class: "tbt-st-bar" }, reset, el("span", { class: "tbt-muted tbt-small" }, status ? `Loading ${status} layer${status === 1 ? "" : "s"}…` : "Drag to pan, wheel to zoom. Click a channel id or a cell for details.")),
      el("div", { class: "tbt-st-scroll" }, svg),
      tooltip.element,
    );
    panel.root.dataset.loading = String(status);
  }

  function drawUnit(parent: G, u: Unit, v: View, scale: ColorScale, wmax: number, flowMax: number): void {
    const g = parent.append("g").attr("class", "tbt-st-unit").attr("data-run", u.run).attr("data-layer", u.layer)
      .attr("transform", `translate(${u.x},${u.y})`);
    const info = v.runs.find((r) => r.run === u.run)?.info;
    const li = info?.layers.find((l) => l.name === u.layer);
    const title = `${u.layer} · ${li?.type ?? ""}${li?.out_channels ? ` (${li.out_channels} ch)` : ""}${u.source ? ` · weights from ${u.source}` : li?.conn_source ? ` · source ${li.conn_source} not drawn` : ""}`;
    g.append("text").attr("class", "tbt-st-unit-title").attr("x", 0).attr("y", -TITLE_H + 14).text(title);
    if (u.entry.status !== "ready" || !u.layout) {
      g.attr("data-status", u.entry.status);
      g.append("text").attr("class", "tbt-muted tbt-st-note").attr("x", 0).attr("y", 10)
        .text(u.entry.status === "pending" ? "Loading…" : `No structure: ${(u.entry as { error: string }).error}`);
      return;
    }
    g.attr("data-status", "ready");
    const s = u.entry.value;
    const runStep = v.runs.find((r) => r.run === u.run)?.step;
    if (typeof s.step === "number" && s.step !== runStep) {
      g.append("text").attr("class", "tbt-st-note").attr("x", 0).attr("y", -TITLE_H + 26).text(`records of ${v.stepLabel} ${s.step} (the nearest kept)`);
    }
    const L = u.layout;
    const st = structureState.get();
    const theme = v.theme;
    const pre = s.important[0] ?? [];
    const cur = s.important[1] ?? [];
    const neuron = v.sel.neuron;
    // matrix cells
    const mg = g.append("g").attr("class", "tbt-st-matrix").attr("transform", `translate(${L.matrix.x},${L.matrix.y})`);
    s.distance.forEach((row, i) =>
      row.forEach((d, j) => {
        const cell = mg.append("rect").attr("class", "tbt-st-cell").attr("x", j * CELL + 1).attr("y", i * CELL + 1)
          .attr("width", CELL - 2).attr("height", CELL - 2).attr("fill", d === null ? "none" : scale.color(d))
          .attr("data-row", pre[i]).attr("data-col", cur[j]).attr("data-distance", d === null ? "" : String(d))
          .attr("tabindex", 0).attr("role", "button").attr("aria-label", `pretrained ${pre[i]} × current ${cur[j]}: ${fmt(d, 3)}`);
        cell.on("mouseenter", (ev: MouseEvent) => tip(ev, `Pretrained ${pre[i]} × current ${cur[j]}`, [{ label: "Distance", value: fmt(d, 3) }]))
          .on("mouseleave", () => tooltip.hide())
          .on("click", () => pickCell())
          .on("keydown", (ev: KeyboardEvent) => {
            if (ev.key === "Enter" || ev.key === " ") pickCell();
          });
        const pickCell = () => structureState.set({ detail: { kind: "cell", run: u.run, layer: u.layer, pretrained: pre[i], current: cur[j], distance: d } });
        csvRows.push([u.run, u.layer, "distance", "", pre[i], cur[j], d]);
      }),
    );
    // neuron labels: pretrained rows left of the matrix, current columns above it
    labels(g, u, pre, 0, "row", L.matrix.x - 3, L.matrix.y, u.layer, theme);
    labels(g, u, cur, 1, "col", L.matrix.x, L.matrix.y - 3, u.layer, theme);
    // barrier lines and side histograms of the rest
    if (st.rest) {
      const bl = g.append("g").attr("class", "tbt-st-barrier");
      bl.append("line").attr("x1", L.barrierX).attr("x2", L.barrierX).attr("y1", L.matrix.y - 2).attr("y2", L.height);
      bl.append("line").attr("y1", L.barrierY).attr("y2", L.barrierY).attr("x1", L.matrix.x - 2).attr("x2", L.width);
      const rh = s.rest_hist ?? [];
      const top = Math.max(1, ...rh.flat().map((c) => c ?? 0));
      const hl = ["important pretrained × other current", "other pretrained × important current", "other × other"];
      [L.histRight, L.histBelow, L.histCorner].forEach((r, h) => hist(g, r, rh[h] ?? [], s.rest_hist_edges, top, `tbt-st-dhist`, `Distances: ${hl[h]}`, String(h)));
    }
    // selected neuron: a band over its row / column in the matrix and the weight block aligned with it
    if (neuron && neuron.layer === u.layer) {
      const i = pre.indexOf(neuron.channel);
      const j = cur.indexOf(neuron.channel);
      const x0 = L.weights ? L.weights.pretrained.cells.x : L.matrix.x;
      const y0 = L.weights ? L.weights.current.cells.y : L.matrix.y;
      if (i >= 0) band(g, { x: x0 - 1, y: L.matrix.y + i * CELL, w: L.matrix.x + L.matrix.w - x0 + 2, h: CELL }, "row");
      if (j >= 0) band(g, { x: L.matrix.x + j * CELL, y: y0 - 1, w: CELL, h: L.matrix.y + L.matrix.h - y0 + 2 }, "col");
    }
    if (L.weights && u.source && s.conn_weight) drawWeights(g, u, s, L, v, wmax, flowMax);
  }

  function drawWeights(g: G, u: Unit, s: Structure, L: UnitLayout, v: View, wmax: number, flowMax: number): void {
    const W = L.weights!;
    const theme = v.theme;
    const src = s.important_source ?? [[], []];
    const st = structureState.get();
    const neuron = v.sel.neuron;
    for (const m of [1, 0]) {
      const geo = m === 1 ? W.current : W.pretrained;
      const outIds = s.important[m] ?? [];
      const inIds = src[m] ?? [];
      const color = modelColor(theme, m);
      const wg = g.append("g").attr("class", "tbt-st-weights").attr("data-model", m === 1 ? "current" : "pretrained");
      wg.append("rect").attr("class", "tbt-st-frame").attr("x", geo.cells.x - 1).attr("y", geo.cells.y - 1).attr("width", geo.cells.w + 2).attr("height", geo.cells.h + 2);
      const cw = s.conn_weight?.[m] ?? [];
      // current: rows = source channels, columns = this layer's (aligned with the matrix's columns);
      // pretrained: rows = this layer's (aligned with the matrix's rows), columns = source channels.
      cw.forEach((row, o) =>
        row.forEach((w, j) => {
          const [cx, cy] = m === 1 ? [o, j] : [j, o];
          const cell = wg.append("rect").attr("class", "tbt-st-wcell").attr("x", geo.cells.x + cx * CELL + 1).attr("y", geo.cells.y + cy * CELL + 1)
            .attr("width", CELL - 2).attr("height", CELL - 2).attr("fill", w === null ? "none" : color)
            .attr("fill-opacity", w === null ? 0 : Math.max(0.04, Math.abs(w) / wmax))
            .attr("data-from", inIds[j]).attr("data-to", outIds[o]).attr("data-w", w === null ? "" : String(w));
          cell.on("mouseenter", (ev: MouseEvent) => tip(ev, `${m ? "Current" : "Pretrained"}: ${u.source} ${inIds[j]} → ${u.layer} ${outIds[o]}`, [{ label: "‖w‖", value: fmt(w, 4) }]))
            .on("mouseleave", () => tooltip.hide());
          if (m === 1 && s.conn_in_pretrained?.[o]?.[j]) {
            wg.append("circle").attr("class", "tbt-st-dot").attr("cx", geo.cells.x + cx * CELL + CELL / 2).attr("cy", geo.cells.y + cy * CELL + CELL / 2).attr("r", 2.5)
              .attr("data-from", inIds[j]).attr("data-to", outIds[o]);
          }
          csvRows.push([u.run, u.layer, "weight", m ? "current" : "pretrained", inIds[j], outIds[o], w]);
        }),
      );
      // the source's channel labels: left of the current block's rows, above the pretrained block's columns
      if (m === 1) labels(g, u, inIds, 1, "row", geo.cells.x - 3, geo.cells.y, u.source!, theme);
      else labels(g, u, inIds, 0, "col", geo.cells.x, geo.cells.y - 3, u.source!, theme);
      if (neuron && neuron.layer === u.source) {
        const k = inIds.indexOf(neuron.channel);
        if (k >= 0) band(g, m === 1 ? { x: geo.cells.x - 1, y: geo.cells.y + k * CELL, w: geo.cells.w + 2, h: CELL } : { x: geo.cells.x + k * CELL, y: geo.cells.y - 1, w: CELL, h: geo.cells.h + 2 }, m === 1 ? "row" : "col");
      }
      if (!st.rest) continue;
      const edges = s.conn_edges?.[m] ?? null;
      // I→N: per source channel; N→I: per channel of this layer
      const iToN = (s.conn_i_to_n?.[m] ?? []).map((h) => boxFromHist(h, edges));
      const nToI = (s.conn_n_to_i?.[m] ?? []).map((h) => boxFromHist(h, edges));
      const maxCount = Math.max(1, ...[...iToN, ...nToI].map((b) => b?.count ?? 0));
      const shareOf = (list: Num[] | null | undefined, i: number, b: BoxStats | null) => (m === 1 && b ? correspondingShare(b.count, list?.[i]) : null);
      iToN.forEach((b, i) => boxplot(wg, geo.fromI, i, m === 1 ? "h" : "v", b, wmax, maxCount, color, shareOf(s.conn_i_to_n_in_pretrained, i, b), `I→N from ${u.source} ${inIds[i]}`, theme));
      nToI.forEach((b, i) => boxplot(wg, geo.toI, i, m === 1 ? "v" : "h", b, wmax, maxCount, color, shareOf(s.conn_n_to_i_in_pretrained, i, b), `N→I to ${u.layer} ${outIds[i]}`, theme));
      const nn = s.conn_n_to_n?.[m] ?? [];
      hist(wg, geo.nn, nn, edges, Math.max(1, ...nn.map((c) => c ?? 0)), "tbt-st-whist", `${m ? "Current" : "Pretrained"} weights N→N (‖w‖)`, "nn");
      const f = flowCounts(s, m);
      if (f) flow(wg, geo.flow, f, flowMax, color, m, u);
    }
  }

  function labels(g: G, u: Unit, ids: number[], m: number, dir: "row" | "col", x: number, y: number, layer: string, theme: Theme): void {
    const lg = g.append("g").attr("class", "tbt-st-labels");
    ids.forEach((id, i) => {
      const t = lg.append("text").attr("class", "tbt-st-label").attr("fill", modelColor(theme, m))
        .attr("data-model", m ? "current" : "pretrained").attr("data-channel", id).attr("data-layer", layer)
        .attr("tabindex", 0).attr("role", "button").attr("aria-label", `${m ? "current" : "pretrained"} model, ${layer}, channel ${id}`)
        .text(String(id));
      if (dir === "row") t.attr("x", x).attr("y", y + i * CELL + CELL / 2 + 4).attr("text-anchor", "end");
      else t.attr("transform", `translate(${x + i * CELL + CELL / 2 + 4},${y}) rotate(-90)`);
      const pick = () => {
        setNeuron({ layer, channel: id }, store);
        structureState.set({ detail: { kind: "neuron", run: u.run, layer, model: m ? "current" : "pretrained", channel: id } });
      };
      t.on("click", pick).on("keydown", (ev: KeyboardEvent) => {
        if (ev.key === "Enter" || ev.key === " ") pick();
      });
    });
  }

  function band(g: G, r: Rect, kind: string): void {
    g.append("rect").attr("class", "tbt-st-highlight").attr("data-band", kind).attr("x", r.x).attr("y", r.y).attr("width", r.w).attr("height", r.h);
  }

  function hist(g: G, r: Rect, counts: readonly Num[], edges: readonly Num[] | null, top: number, cls: string, label: string, key: string): void {
    const hg = g.append("g").attr("class", cls).attr("data-hist", key).attr("transform", `translate(${r.x},${r.y})`);
    hg.append("rect").attr("class", "tbt-st-frame").attr("width", r.w).attr("height", r.h);
    const n = counts.length;
    if (!n) return;
    const bw = (r.w - 4) / n;
    counts.forEach((c, i) => {
      const h = ((c ?? 0) / top) * (r.h - 14);
      hg.append("rect").attr("class", "tbt-st-bar").attr("x", 2 + i * bw).attr("y", r.h - 2 - h).attr("width", Math.max(0.5, bw - 0.5)).attr("height", h).attr("data-count", c ?? "");
    });
    hg.append("text").attr("class", "tbt-st-hist-label").attr("x", 3).attr("y", 9).text(`Σ ${counts.reduce<number>((a, c) => a + (c ?? 0), 0)}`);
    hg.on("mouseenter", (ev: MouseEvent) => tip(ev, label, [
      { label: "count", value: String(counts.reduce<number>((a, c) => a + (c ?? 0), 0)) },
      { label: "range", value: edges ? `${fmt(edges[0], 3)} – ${fmt(edges[edges.length - 1], 3)}` : "–" },
    ])).on("mouseleave", () => tooltip.hide());
  }

  function boxplot(g: G, r: Rect, i: number, dir: "h" | "v", b: BoxStats | null, wmax: number, maxCount: number, color: string, share: number | null, label: string, theme: Theme): void {
    const bg = g.append("g").attr("class", "tbt-st-box").attr("data-index", i).attr("data-count", b?.count ?? 0);
    if (!b) return;
    const len = (dir === "h" ? r.w : r.h) - 14;
    const pos = (v: number) => (v / wmax) * len;
    const thick = 4 + (CELL - 8) * (b.count / maxCount);
    const mid = (dir === "h" ? r.y : r.x) + i * CELL + CELL / 2;
    // horizontal: values grow rightwards from the band's left; vertical: upwards from the band's bottom
    const at = (v: number) => (dir === "h" ? r.x + pos(v) : r.y + r.h - pos(v));
    const line = (a: number, c: number, cls: string) => {
      const l = bg.append("line").attr("class", cls);
      if (dir === "h") l.attr("x1", at(a)).attr("x2", at(c)).attr("y1", mid).attr("y2", mid);
      else l.attr("y1", at(a)).attr("y2", at(c)).attr("x1", mid).attr("x2", mid);
    };
    line(b.lo, b.hi, "tbt-st-whisker");
    const [p, q] = [at(b.q1), at(b.q3)];
    const box = bg.append("rect").attr("class", "tbt-st-boxrect").attr("fill", color).attr("fill-opacity", 0.35).attr("stroke", color);
    if (dir === "h") box.attr("x", Math.min(p, q)).attr("width", Math.max(1, Math.abs(q - p))).attr("y", mid - thick / 2).attr("height", thick);
    else box.attr("y", Math.min(p, q)).attr("height", Math.max(1, Math.abs(q - p))).attr("x", mid - thick / 2).attr("width", thick);
    const med = bg.append("line").attr("class", "tbt-st-median");
    if (dir === "h") med.attr("x1", at(b.median)).attr("x2", at(b.median)).attr("y1", mid - thick / 2).attr("y2", mid + thick / 2);
    else med.attr("y1", at(b.median)).attr("y2", at(b.median)).attr("x1", mid - thick / 2).attr("x2", mid + thick / 2);
    if (share !== null) {
      const [cx, cy] = dir === "h" ? [r.x + r.w - 6, mid] : [mid, r.y + 6];
      bg.attr("data-share", share.toFixed(4));
      bg.append("circle").attr("class", "tbt-st-pie-bg").attr("cx", cx).attr("cy", cy).attr("r", 5);
      const arc = d3.arc()({ innerRadius: 0, outerRadius: 5, startAngle: 0, endAngle: 2 * Math.PI * share });
      if (arc) bg.append("path").attr("class", "tbt-st-pie").attr("d", arc).attr("fill", DOMAIN_COLORS[theme].source).attr("transform", `translate(${cx},${cy})`);
    }
    bg.on("mouseenter", (ev: MouseEvent) => tip(ev, label, [
      { label: "# connections", value: String(b.count) },
      { label: "median ‖w‖", value: fmt(b.median, 3) },
      { label: "Q1 – Q3", value: `${fmt(b.q1, 3)} – ${fmt(b.q3, 3)}` },
      ...(share !== null ? [{ label: "corresponding to pretrained", value: `${(share * 100).toFixed(0)}%` }] : []),
    ])).on("mouseleave", () => tooltip.hide());
  }

  function flow(g: G, r: Rect, f: { ii: number; in: number; ni: number; nn: number }, max: number, color: string, m: number, u: Unit): void {
    const fg = g.append("g").attr("class", "tbt-st-flow").attr("data-model", m ? "current" : "pretrained");
    const x0 = r.x + 22;
    const x1 = r.x + r.w - 22;
    const ys = m === 1 ? [r.y + r.h * 0.3, r.y + r.h * 0.7] : [r.y + r.h * 0.3, r.y + r.h * 0.7];
    const pairs: [number, number, number, string][] = [[0, 0, f.ii, "I→I"], [0, 1, f.in, "I→N"], [1, 0, f.ni, "N→I"], [1, 1, f.nn, "N→N"]];
    if (m === 0) {
      // narrow band on the left: vertical flows (source at top, this layer at bottom)
      const xs = [r.x + r.w * 0.3, r.x + r.w * 0.7];
      for (const [a, b, c, name] of pairs) {
        fg.append("line").attr("class", "tbt-st-flowline").attr("x1", xs[a]).attr("y1", r.y + 14).attr("x2", xs[b]).attr("y2", r.y + r.h - 14)
          .attr("stroke", color).attr("stroke-width", Math.max(0.5, (c / max) * 12)).attr("data-flow", name).attr("data-count", c)
          .on("mouseenter", (ev: MouseEvent) => tip(ev, `Pretrained ${name}: ${u.source} → ${u.layer}`, [{ label: "# connections", value: String(c) }])).on("mouseleave", () => tooltip.hide());
      }
      fg.append("text").attr("class", "tbt-st-hist-label").attr("x", xs[0]).attr("y", r.y + 10).attr("text-anchor", "middle").text("I");
      fg.append("text").attr("class", "tbt-st-hist-label").attr("x", xs[1]).attr("y", r.y + 10).attr("text-anchor", "middle").text("N");
      return;
    }
    for (const [a, b, c, name] of pairs) {
      fg.append("line").attr("class", "tbt-st-flowline").attr("x1", x0).attr("y1", ys[a]).attr("x2", x1).attr("y2", ys[b])
        .attr("stroke", color).attr("stroke-width", Math.max(0.5, (c / max) * 12)).attr("data-flow", name).attr("data-count", c)
        .on("mouseenter", (ev: MouseEvent) => tip(ev, `Current ${name}: ${u.source} → ${u.layer}`, [{ label: "# connections", value: String(c) }])).on("mouseleave", () => tooltip.hide());
    }
    ["I", "N"].forEach((t, i) => {
      fg.append("text").attr("class", "tbt-st-hist-label").attr("x", x0 - 6).attr("y", ys[i] + 3).attr("text-anchor", "end").text(t);
      fg.append("text").attr("class", "tbt-st-hist-label").attr("x", x1 + 6).attr("y", ys[i] + 3).text(t);
    });
  }

  function tip(ev: MouseEvent, title: string, rows: { label: string; value: string }[]): void {
    const host = panel.body.getBoundingClientRect();
    tooltip.show(ev.clientX - host.left + 12, ev.clientY - host.top + 12, title, rows);
  }

  return {
    destroy() {
      offState();
      offFollow();
      forget(redraw);
      loop.destroy();
    },
  };
}

registerPanel({
  id: "structure-matrices",
  section: "structure",
  title: "Matching matrices and weight blocks",
  info: "Per layer, the selected class's important channels of the pretrained model (rows, red ids) × those of the current model (columns, blue ids); a cell's colour is their distance (dark = similar), on one scale for every layer and run. Beyond the barrier lines: histograms of the distances not drawn as cells. When a layer's source is drawn too, its weights: the current model's above the matrix, the pretrained model's to its left (cells: opacity ‖w‖; box plots: I→N and N→I with the share corresponding to pretrained connections; N→N histogram; flow lines ∝ counts).",
  span: 8,
  order: 10,
  mount,
});
