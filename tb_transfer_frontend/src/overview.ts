// The layer overview (model-structure level at layer granularity), registered as four panels of the "overview"
// section: layer × step heat-maps of every layer measure, the network diagram, depth profiles, and the per-filter
// drift of the selected layer. Runs are compared side by side (aligned small multiples on shared scales) or as
// run A − run B (compareMode "difference": A = the second selected run, B = the first, the reference that the
// statistical level subtracts too; a swap button reorders them).

import type { DataState } from "./data";
import { clear, el } from "./dom";
import { Tooltip, type TooltipRow } from "./charts/tooltip";
import { exportButtons, registerPanel, type ExportSources, type PanelContext, type PanelHandle, type PanelInstance } from "./panels";
import { createStore, setCompareMode, setLayer, setNeuron, setRuns, stepForRun, type Store } from "./store";
import { measureLabel, unionSteps } from "./transforms";
import type { LayerDrift, RunInfo, Selection, Statistics, Theme } from "./types";
import { dagLayout, type GraphLayer } from "./overview/dag";
import { filterDistribution, type FilterRun } from "./overview/filters";
import { layerHeatmap, type LayerHeatmap, type Multiple } from "./overview/heatmap";
import {
  alignMatrices,
  columnAt,
  differenceMatrix,
  HEATMAP_MEASURES,
  layerStepMatrix,
  matrixCells,
  measureDomain,
  measureSpec,
  MEASURE_SPECS,
  unionLayers,
  type LayerStepMatrix,
} from "./overview/matrix";
import { networkDiagram, type NodeSeries } from "./overview/network";
import { differenceProfile, profileMultiples, type ProfileRun } from "./overview/profiles";
import { differenceScale, fmtValue, measureScale } from "./overview/scales";
import { OVERVIEW_CSS } from "./overview/style";

// ---------------------------------------------------------------------------------------------------------------
// The view model shared by the panels

export interface RunView {
  run: string;
  stats: Statistics;
  info: RunInfo | null;
  color: string;
}

export interface OverviewView {
  sel: Selection;
  theme: Theme;
  /** Selected runs whose statistics are loaded, in selection order. */
  runs: RunView[];
  loading: string[];
  errors: { run: string; error: string }[];
  /** Union of the runs' layers (model order) and steps (of A and B only in difference mode). */
  layers: string[];
  steps: number[];
  /**
   * The selected step on the union grid: the latest when the selection follows the latest step (in difference
   * mode the latest step both runs have), else the largest grid step not after it.
   */
  step: number | null;
  /** Difference mode with at least two runs: [A, B] = the first two selected runs. */
  pair: [RunView, RunView] | null;
  stepLabel: string;
}

export function buildView(store: Store<Selection>, data: Store<DataState>, runColor: (run: string) => string): OverviewView {
  const sel = store.get();
  const d = data.get();
  const entries = new Map(d.runs.map((r) => [r.run, r]));
  const runs: RunView[] = [];
  const loading: string[] = [];
  const errors: { run: string; error: string }[] = [];
  for (const run of sel.runs) {
    const st = d.stats.get(run);
    if (st?.data) runs.push({ run, stats: st.data, info: entries.get(run)?.info ?? null, color: runColor(run) });
    else if (st?.status === "error") errors.push({ run, error: st.error ?? "could not be read" });
    else loading.push(run);
  }
  const pair: [RunView, RunView] | null = sel.compareMode === "difference" && runs.length >= 2 ? [runs[1], runs[0]] : null;
  // A difference is drawn on the grid of its two runs only.
  const shown = pair ?? runs;
  const layers = unionLayers(shown.map((r) => r.stats.layer_stats?.layers ?? []));
  const steps = unionSteps(shown.map((r) => r.stats.steps));
  let step = stepForRun(steps, sel.step);
  if (pair && sel.step === null) {
    // Following the latest step: the latest step both runs logged (a difference needs both).
    const inB = new Set(pair[1].stats.steps);
    const common = pair[0].stats.steps.filter((s) => inB.has(s));
    step = common.length ? common[common.length - 1] : step;
  }
  const stepLabel = String(runs.find((r) => r.info?.step_unit)?.info?.step_unit ?? "step");
  return { sel, theme: sel.theme, runs, loading, errors, layers, steps, step, pair, stepLabel };
}

/** The tracked layers' graph of the selected runs: layers in model order, inputs merged over runs. */
export function graphOf(v: OverviewView): { layers: GraphLayer[]; types: Map<string, string> } {
  const inputs = new Map<string, Set<string>>();
  const types = new Map<string, string>();
  const lists: string[][] = [];
  for (const r of v.pair ?? v.runs) {
    const ls = r.info?.layers;
    if (ls?.length) {
      lists.push(ls.map((l) => l.name));
      for (const l of ls) {
        const s = inputs.get(l.name) ?? new Set<string>();
        for (const i of l.inputs ?? []) s.add(i);
        inputs.set(l.name, s);
        if (l.type) types.set(l.name, l.type);
      }
    } else {
      // No run_info: the layers of layer_stats as a chain.
      const names = r.stats.layer_stats?.layers ?? [];
      lists.push(names);
      names.forEach((n, i) => {
        const s = inputs.get(n) ?? new Set<string>();
        if (i > 0) s.add(names[i - 1]);
        inputs.set(n, s);
      });
    }
  }
  const order = unionLayers(lists);
  return { layers: order.map((name) => ({ name, inputs: [...(inputs.get(name) ?? [])] })), types };
}

function swapPair(store: Store<Selection>): void {
  const r = store.get().runs;
  if (r.length >= 2) setRuns([r[1], r[0], ...r.slice(2)], store);
}

const diffTitle = (p: [RunView, RunView]) => `${p[0].run} − ${p[1].run}`;

// ---------------------------------------------------------------------------------------------------------------
// Panel plumbing: coalesced rendering, resize, focus kept across re-renders, comparison controls

interface Renderer {
  schedule(): void;
  destroy(): void;
}

/**
 * Renders a panel at most once per animation frame after any change of the selection or the data. The panel's
 * content width is tracked with a ResizeObserver (read once at first), so drawing never forces a layout.
 */
function renderLoop(ctx: PanelContext, draw: (v: OverviewView, width: number) => void): Renderer {
  let pending = false;
  let width = 0;
  const run = () => {
    pending = false;
    const focusKey = focusedKey(ctx.panel.root);
    if (!width) width = Math.max(0, ctx.panel.body.clientWidth - 28); // padding of .tbt-panel-body
    const t0 = performance.now();
    try {
      draw(buildView(ctx.store, ctx.data, ctx.runColor), width);
      ctx.panel.root.dataset.rendered = "true";
      ctx.panel.root.dataset.renderMs = (performance.now() - t0).toFixed(1);
      ctx.panel.root.dataset.renders = String(Number(ctx.panel.root.dataset.renders ?? 0) + 1);
    } catch (err) {
      console.error(`tb-transfer: ${ctx.panel.id} failed`, err);
      ctx.panel.setState("error", `This view failed: ${(err as Error).message}`);
    }
    if (focusKey) restoreFocus(ctx.panel.root, focusKey);
  };
  const schedule = () => {
    if (pending) return;
    pending = true;
    if (typeof requestAnimationFrame === "function") requestAnimationFrame(run);
    else setTimeout(run, 0);
  };
  const unsubs = [
    ctx.store.subscribe((s) => [s.runs, s.step, s.layer, s.neuron, s.compareMode, s.theme], schedule),
    ctx.data.subscribe((d) => [d.runs, d.stats, d.version], schedule),
  ];
  let ro: ResizeObserver | null = null;
  if (typeof ResizeObserver === "function") {
    ro = new ResizeObserver((entries) => {
      const w = entries[entries.length - 1]?.contentRect.width ?? 0;
      if (w && Math.abs(w - width) > 16) {
        width = w;
        schedule();
      }
    });
    ro.observe(ctx.panel.body);
  }
  schedule();
  return {
    schedule,
    destroy() {
      unsubs.forEach((u) => u());
      ro?.disconnect();
    },
  };
}

/** A key that finds the focused control again after a re-render (re-rendering replaces the elements). */
function focusedKey(root: HTMLElement): string | null {
  const a = root.ownerDocument.activeElement;
  if (!a || !root.contains(a)) return null;
  const m = a.getAttribute("data-measure");
  if (m) return `[data-measure="${CSS.escape(m)}"]`;
  const l = a.getAttribute("data-layer");
  if (l) return `.tbt-ov-node[data-layer="${CSS.escape(l)}"]`;
  const c = a.getAttribute("data-control");
  if (c) return `[data-control="${CSS.escape(c)}"]`;
  return null;
}

function restoreFocus(root: HTMLElement, key: string): void {
  const n = root.querySelector<HTMLElement | SVGElement>(key);
  if (n && root.ownerDocument.activeElement !== n) n.focus({ preventScroll: true });
}

/** Compare controls (overlay / difference, and swap A ⇄ B) in a panel header; hidden with fewer than two runs. */
function compareControls(ctx: PanelContext): { element: HTMLElement; update(v: OverviewView): void } {
  const box = el("div", { class: "tbt-ov-compare" });
  const seg = el("div", { class: "tbt-segmented", role: "group", "aria-label": "Compare runs" });
  for (const [mode, text, title] of [
    ["overlay", "Side by side", "Each run as its own small multiple, all on the same scales"],
    ["difference", "A − B", "The second selected run minus the first (the reference, as in the statistical level), on a diverging scale centred at 0"],
  ] as const) {
    const b = el("button", { type: "button", "data-value": mode, "data-control": `compare-${mode}`, title }, text);
    b.addEventListener("click", () => setCompareMode(mode, ctx.store));
    seg.appendChild(b);
  }
  const swap = el("button", { type: "button", class: "tbt-button tbt-ov-swap", "data-control": "swap", title: "Swap runs A and B (reorders the first two selected runs)" }, "Swap A ⇄ B");
  swap.addEventListener("click", () => swapPair(ctx.store));
  box.append(seg, swap);
  return {
    element: box,
    update(v) {
      box.hidden = v.runs.length < 2;
      seg.querySelectorAll("button").forEach((b) => b.setAttribute("aria-pressed", String(b.dataset.value === v.sel.compareMode)));
      swap.hidden = !v.pair;
    },
  };
}

/** Loading / empty / error states common to the panels; returns true when there is something to draw. */
function showState(panel: PanelHandle, v: OverviewView): boolean {
  if (!v.sel.runs.length) {
    panel.setState("empty", "Select one or more runs in the header.");
    return false;
  }
  if (!v.runs.length) {
    if (v.loading.length) panel.setState("loading", `Loading ${v.loading.join(", ")}…`);
    else panel.setState("error", v.errors.map((e) => `${e.run}: ${e.error}`).join("\n") || "No data.");
    return false;
  }
  if (!v.layers.length) {
    panel.setState("empty", "The selected runs have no layer measures (layer_stats) yet.");
    return false;
  }
  panel.setState("ready");
  return true;
}

/** A one-line note for selected runs still loading or unreadable (the statistical level shows the full errors). */
function runNotes(v: OverviewView): HTMLElement | null {
  const parts: string[] = [];
  if (v.loading.length) parts.push(`Loading ${v.loading.join(", ")}…`);
  if (v.errors.length) parts.push(`Not shown (could not be read): ${v.errors.map((e) => e.run).join(", ")}.`);
  return parts.length ? el("p", { class: "tbt-note tbt-ov-sub", title: v.errors.map((e) => `${e.run}: ${e.error}`).join("\n") }, parts.join(" ")) : null;
}

/** Small PNG · SVG · CSV buttons for one chart, through the panels' export buttons. */
function chartExports(label: string, sources: ExportSources): HTMLElement {
  const box = el("div", { class: "tbt-panel-exports tbt-ov-chart-exports", role: "group", "aria-label": `Export ${label}` });
  box.append(...exportButtons(label, sources));
  return box;
}

let stylesInjected = false;
function injectOverviewStyles(doc: Document): void {
  if (stylesInjected && doc.querySelector("style[data-tb-transfer-overview]")) return;
  const s = doc.createElement("style");
  s.setAttribute("data-tb-transfer-overview", "");
  s.textContent = OVERVIEW_CSS;
  doc.head.appendChild(s);
  stylesInjected = true;
}

// ---------------------------------------------------------------------------------------------------------------
// Heat-maps

export interface HeatmapSet {
  measure: string;
  title: string;
  multiples: Multiple[];
  signed: boolean;
  scale: ReturnType<typeof measureScale>;
  /** Difference only: runs A and B on the difference's grid (for tooltips). */
  parts?: [LayerStepMatrix, LayerStepMatrix];
}

/** The heat-maps of one measure for the view: one multiple per run on shared scales, or the A − B difference. */
export function heatmapSet(v: OverviewView, measure: string): HeatmapSet {
  if (v.pair) {
    const [a, b] = v.pair;
    const ma = layerStepMatrix(a.stats, measure);
    const mb = layerStepMatrix(b.stats, measure);
    const d = differenceMatrix(ma, mb);
    const [pa, pb] = alignMatrices([ma, mb]); // the same grid as d
    return {
      measure,
      title: `${measureLabel(measure)}: A − B`,
      multiples: [{ key: "difference", title: `A − B = ${diffTitle(v.pair)}`, color: null, matrix: d }],
      signed: true,
      scale: differenceScale([d], v.theme, a.run, b.run),
      parts: [pa, pb],
    };
  }
  const aligned = alignMatrices(v.runs.map((r) => layerStepMatrix(r.stats, measure)));
  return {
    measure,
    title: measureLabel(measure),
    multiples: v.runs.map((r, i) => ({ key: r.run, title: r.run, color: r.color, matrix: aligned[i] })),
    signed: false,
    scale: measureScale(measure, aligned, v.theme),
  };
}

function mountHeatmaps(ctx: PanelContext): PanelInstance {
  const { panel } = ctx;
  injectOverviewStyles(panel.root.ownerDocument);
  const compare = compareControls(ctx);
  panel.controls.appendChild(compare.element);
  const content = el("div", { class: "tbt-ov-content" });
  panel.body.appendChild(content);
  const tooltip = new Tooltip(panel.body);
  let sets: HeatmapSet[] = [];
  panel.setExports({
    csv: () => {
      if (!sets.length) return null;
      const rows: (string | number | null)[][] = [["measure", "run", "layer", "step", "value"]];
      for (const s of sets)
        for (const m of s.multiples)
          m.matrix.layers.forEach((layer, l) => m.matrix.steps.forEach((step, t) => rows.push([s.measure, m.title, layer, step, m.matrix.values[l][t]])));
      return { rows, name: "layer-heatmaps" };
    },
  });

  // What the heat-maps are drawn from; when only the selected layer or step changed, they are not redrawn.
  let drawnKey = "";
  let drawn: LayerHeatmap[] = [];
  const loop = renderLoop(ctx, (v, bodyWidth) => {
    compare.update(v);
    tooltip.hide();
    const width = Math.max(320, bodyWidth);
    // data.version grows whenever reloaded statistics differ; a first load changes v.runs
    const key = JSON.stringify([ctx.data.get().version, v.runs.map((r) => [r.run, r.color]), v.pair?.map((r) => r.run), v.sel.compareMode, v.theme, width, v.loading, v.errors]);
    if (key === drawnKey && drawn.length) {
      for (const hm of drawn) hm.select(v.sel.layer, v.step);
      return;
    }
    drawnKey = key;
    drawn = [];
    clear(content);
    if (!showState(panel, v)) return;
    const notes = runNotes(v);
    if (notes) content.appendChild(notes);
    if (v.sel.compareMode === "difference" && !v.pair)
      content.appendChild(el("p", { class: "tbt-note" }, "Difference mode needs two runs: select a second run to see A − B."));
    sets = HEATMAP_MEASURES.map((m) => heatmapSet(v, m));
    for (const s of sets) {
      const spec = measureSpec(s.measure);
      const hm = layerHeatmap({
        measure: s.measure,
        title: s.title,
        help: spec.help,
        multiples: s.multiples,
        scale: s.scale,
        theme: v.theme,
        width: width - 4,
        selectedLayer: v.sel.layer,
        selectedStep: v.step,
        stepLabel: v.stepLabel,
        onSelect: (layer, step) => ctx.store.set({ layer, step }),
        current: () => {
          const s = ctx.store.get();
          return { layer: s.layer, step: stepForRun(v.steps, s.step) };
        },
        tooltip,
        signed: s.signed,
        format: fmtValue,
        extraRows:
          v.pair && s.parts
            ? (_i, l, t): TooltipRow[] =>
                v.pair!.map((r, k) => ({ color: r.color, label: `${k ? "B" : "A"}: ${r.run}`, value: fmtValue(s.parts![k].values[l][t]) }))
            : undefined,
      });
      drawn.push(hm);
      const row = el("div", { class: "tbt-ov-row", "data-measure-row": s.measure });
      const scroll = el("div", { class: "tbt-ov-scroll" }, hm.element);
      row.append(
        chartExports(s.title, {
          figure: () => ({ ...hm.figure, name: `heatmap-${s.measure}${v.pair ? "-difference" : ""}` }),
          csv: () => ({
            rows: matrixCells(s.multiples.map((m) => ({ title: m.title, matrix: m.matrix }))),
            name: `heatmap-${s.measure}${v.pair ? "-difference" : ""}`,
          }),
        }),
        scroll,
      );
      content.appendChild(row);
    }
    content.appendChild(
      el(
        "p",
        { class: "tbt-caption" },
        v.pair
          ? "Orange: run A is higher, purple: run B is higher; steps are matched by value (a step only one run logged is hatched). "
          : "One colour scale per measure, shared by every run and layer (fixed for bounded measures; from 0 to the largest value of any selected run otherwise). The strongest colour always means changed from pretrained / domains differ. ",
        "Hatched: missing or failed. Click a cell, or focus a heat-map and use the arrow keys, to select a layer and step.",
      ),
    );
  });
  return {
    destroy() {
      loop.destroy();
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Network diagram and depth profiles (one measure, shared by both panels)

const measureState: Store<{ measure: string }> = createStore({ measure: "weight_drift" });

function measurePicker(v: OverviewView | null, id: string): HTMLSelectElement {
  const select = el("select", { class: "tbt-select", "aria-label": "Measure", "data-control": `measure-${id}`, title: "Measure shown by the network diagram and the depth profiles" });
  const available = new Set<string>(v ? v.runs.flatMap((r) => r.stats.layer_stats?.measures ?? []) : []);
  const ids = [...Object.keys(MEASURE_SPECS).filter((m) => !available.size || available.has(m)), ...[...available].filter((m) => !MEASURE_SPECS[m])];
  for (const m of ids) select.appendChild(el("option", { value: m }, measureLabel(m)));
  select.value = measureState.get().measure;
  select.addEventListener("change", () => measureState.set({ measure: select.value }));
  return select;
}

/** Values of `measure` per layer for each run at the selected step, or the A − B difference at that step. */
export function layerValuesAtStep(
  v: OverviewView,
  measure: string,
): { series: { key: string; title: string; color: string | null; run: RunView | null; step: number | null; values: (number | null)[] }[]; signed: boolean; matrices: LayerStepMatrix[] } {
  if (v.pair) {
    const d = differenceMatrix(layerStepMatrix(v.pair[0].stats, measure), layerStepMatrix(v.pair[1].stats, measure));
    const col = v.step === null ? [] : columnAt(d, v.step);
    return {
      series: [{ key: "difference", title: `A − B = ${diffTitle(v.pair)}`, color: null, run: null, step: v.step, values: v.layers.map((l) => col[d.layers.indexOf(l)] ?? null) }],
      signed: true,
      matrices: [d],
    };
  }
  const matrices = v.runs.map((r) => layerStepMatrix(r.stats, measure));
  return {
    series: v.runs.map((r, i) => {
      const step = stepForRun(r.stats.steps, v.sel.step);
      const m = matrices[i];
      const col = step === null ? [] : columnAt(m, step);
      return { key: r.run, title: r.run, color: r.color, run: r, step, values: v.layers.map((l) => col[m.layers.indexOf(l)] ?? null) };
    }),
    signed: false,
    matrices,
  };
}

/** What a measure panel's drawing leaves for its PNG/SVG/CSV buttons. */
interface MeasureFigure {
  svg: SVGSVGElement | null;
  csvRows: (string | number | null)[][];
}

/**
 * The frame the network diagram and the depth profiles share: a measure picker (`pickerId`) in the header, a content
 * box, a tooltip, and exports named `${name}-${measure}` of the figure and rows `draw` leaves in `out`; the panel
 * redraws when the measure changes. `draw` runs only when there is something to show.
 */
function mountMeasurePanel(
  ctx: PanelContext,
  name: string,
  pickerId: string,
  draw: (v: OverviewView, bodyWidth: number, content: HTMLElement, tooltip: Tooltip, out: MeasureFigure) => void,
): PanelInstance {
  const { panel } = ctx;
  injectOverviewStyles(panel.root.ownerDocument);
  const controls = el("div", { class: "tbt-ov-controls" });
  panel.controls.appendChild(controls);
  const content = el("div", { class: "tbt-ov-content" });
  panel.body.appendChild(content);
  const tooltip = new Tooltip(panel.body);
  const out: MeasureFigure = { svg: null, csvRows: [] };
  panel.setExports({
    figure: () => (out.svg ? { svg: out.svg, name: `${name}-${measureState.get().measure}` } : null),
    csv: () => (out.csvRows.length ? { rows: out.csvRows, name: `${name}-${measureState.get().measure}` } : null),
  });
  const loop = renderLoop(ctx, (v, bodyWidth) => {
    tooltip.hide();
    clear(controls);
    controls.appendChild(measurePicker(v, pickerId));
    clear(content);
    out.svg = null;
    if (!showState(panel, v)) return;
    draw(v, bodyWidth, content, tooltip, out);
  });
  const off = measureState.subscribe((s) => s.measure, () => loop.schedule());
  return {
    destroy() {
      off();
      loop.destroy();
    },
  };
}

function mountNetwork(ctx: PanelContext): PanelInstance {
  return mountMeasurePanel(ctx, "network", "network", (v, bodyWidth, content, tooltip, out) => {
    const measure = measureState.get().measure;
    const { layers, types } = graphOf(v);
    const layout = dagLayout(layers);
    const at = layerValuesAtStep(v, measure);
    const scale = at.signed
      ? differenceScale(at.matrices, v.theme, v.pair![0].run, v.pair![1].run)
      : measureScale(measure, alignMatrices(at.matrices), v.theme);
    const series: NodeSeries[] = at.series.map((s) => ({
      key: s.key,
      title: s.run ? `${s.title} · ${v.stepLabel} ${s.step ?? "–"}` : s.title,
      color: s.color,
      values: new Map(v.layers.map((l, i) => [l, s.values[i]])),
    }));
    const notes = runNotes(v);
    if (notes) content.appendChild(notes);
    content.appendChild(
      el("p", { class: "tbt-caption tbt-ov-sub" }, `${measureLabel(measure)}${at.signed ? " (A − B)" : ""} at ${v.stepLabel} ${v.step ?? "–"}${!at.signed && v.runs.length > 1 ? "; one segment per run, left to right in selection order" : ""}.`),
    );
    const svg = networkDiagram({
      layout,
      types,
      series,
      scale,
      measureLabel: `${measureLabel(measure)}${at.signed ? " (A − B)" : ""}`,
      theme: v.theme,
      width: Math.max(300, bodyWidth - 8),
      selectedLayer: v.sel.layer,
      onSelect: (layer) => setLayer(layer, ctx.store),
      tooltip,
      format: fmtValue,
      signed: at.signed,
    });
    out.svg = svg;
    content.appendChild(el("div", { class: "tbt-ov-scroll tbt-ov-network-scroll" }, svg));
    out.csvRows = [["layer", "type", "inputs", "rank", "lane", ...series.map((s) => s.title)]];
    for (const n of layout.nodes) out.csvRows.push([n.name, types.get(n.name) ?? "", n.inputs.join(" "), n.rank, n.lane, ...series.map((s) => s.values.get(n.name) ?? null)]);
  });
}

function mountProfiles(ctx: PanelContext): PanelInstance {
  return mountMeasurePanel(ctx, "profile", "profiles", (v, bodyWidth, content, tooltip, out) => {
    const measure = measureState.get().measure;
    const spec = measureSpec(measure);
    const at = layerValuesAtStep(v, measure);
    const width = Math.max(300, bodyWidth - 8);
    const base = {
      layers: v.layers,
      measureLabel: measureLabel(measure),
      stepLabel: v.stepLabel,
      width,
      theme: v.theme,
      selectedLayer: v.sel.layer,
      onSelectLayer: (layer: string) => setLayer(layer, ctx.store),
      tooltip,
      tooltipHost: ctx.panel.body,
    };
    const notes = runNotes(v);
    if (notes) content.appendChild(notes);
    if (at.signed) {
      const scale = differenceScale(at.matrices, v.theme, v.pair![0].run, v.pair![1].run);
      const title = `${measureLabel(measure)}: A − B = ${diffTitle(v.pair!)} at ${v.stepLabel} ${v.step ?? "–"}`;
      out.svg = differenceProfile(at.series[0].values, { ...base, domain: scale.domain, scale, title, format: fmtValue });
      out.csvRows = [["layer", `${measure} A − B`], ...v.layers.map((l, i) => [l, at.series[0].values[i]])];
    } else {
      const domain = measureDomain(measure, alignMatrices(at.matrices));
      const runs: ProfileRun[] = at.series.map((s, i) => {
        const r = s.run!;
        const first = r.stats.steps[0] ?? null;
        const m = at.matrices[i];
        const firstCol = first === null ? [] : columnAt(m, first);
        return {
          key: s.key,
          title: s.title,
          color: s.color ?? r.color,
          values: s.values,
          first: v.layers.map((l) => firstCol[m.layers.indexOf(l)] ?? null),
          step: s.step,
          firstStep: first,
        };
      });
      out.svg = profileMultiples(runs, { ...base, domain });
      out.csvRows = [["layer", ...runs.flatMap((r) => [`${r.title} @${r.step}`, `${r.title} @${r.firstStep}`])], ...v.layers.map((l, i) => [l, ...runs.flatMap((r) => [r.values[i], r.first[i]])])];
    }
    content.appendChild(el("div", { class: "tbt-ov-scroll" }, out.svg));
    content.appendChild(el("p", { class: "tbt-caption" }, spec.help));
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Per-filter drift

function mountFilters(ctx: PanelContext): PanelInstance {
  const { panel } = ctx;
  injectOverviewStyles(panel.root.ownerDocument);
  const content = el("div", { class: "tbt-ov-content" });
  panel.body.appendChild(content);
  const tooltip = new Tooltip(panel.body);
  const cache = new Map<string, Promise<LayerDrift>>();
  let cacheVersion = -1;
  let svg: SVGSVGElement | null = null;
  let csvRows: (string | number | null)[][] = [];
  let ticket = 0;
  panel.setExports({
    figure: () => (svg ? { svg, name: `filters-${ctx.store.get().layer ?? ""}` } : null),
    csv: () => (csvRows.length ? { rows: csvRows, name: `filters-${ctx.store.get().layer ?? ""}` } : null),
  });
  const fetchLayer = (run: string, layer: string): Promise<LayerDrift> => {
    const version = ctx.data.get().version;
    if (version !== cacheVersion) {
      cache.clear();
      cacheVersion = version;
    }
    const key = `${run}\u0000${layer}`;
    let p = cache.get(key);
    if (!p) {
      p = ctx.api.layer(run, layer);
      p.catch(() => cache.delete(key));
      cache.set(key, p);
    }
    return p;
  };
  const loop = renderLoop(ctx, (v, bodyWidth) => {
    tooltip.hide();
    if (!showState(panel, v)) {
      clear(content);
      svg = null;
      return;
    }
    const layer = v.sel.layer;
    if (!layer) {
      clear(content);
      content.appendChild(el("p", { class: "tbt-note" }, "Select a layer (header, heat-map or network diagram) to see the drift of its filters."));
      return;
    }
    const runs = v.runs.filter((r) => r.stats.layer_stats?.layers.includes(layer) || r.info?.layers?.some((l) => l.name === layer));
    const my = ++ticket;
    if (!content.childElementCount) panel.setState("loading", `Loading per-filter drift of ${layer}…`);
    void Promise.allSettled(runs.map((r) => fetchLayer(r.run, layer))).then((results) => {
      if (my !== ticket) return; // a newer render started
      panel.setState("ready");
      clear(content);
      const fr: FilterRun[] = [];
      const failed: string[] = [];
      results.forEach((res, i) => {
        const r = runs[i];
        if (res.status === "rejected") {
          failed.push(`${r.run}: ${(res.reason as Error)?.message ?? res.reason}`);
          return;
        }
        const d = res.value;
        const step = stepForRun(d.steps, v.sel.step);
        const t = step === null ? -1 : d.steps.indexOf(step);
        const vals = t >= 0 ? d.values[t] : null;
        const di = d.fields.indexOf("drift");
        const ci = d.fields.indexOf("cosine");
        const k = vals ? Math.max(vals[di]?.length ?? 0, vals[ci]?.length ?? 0) : 0;
        fr.push({
          key: r.run,
          title: r.run,
          color: r.color,
          step,
          drift: vals && di >= 0 ? vals[di].map((x) => (typeof x === "number" && Number.isFinite(x) ? x : null)) : new Array(k).fill(null),
          cosine: vals && ci >= 0 ? vals[ci].map((x) => (typeof x === "number" && Number.isFinite(x) ? x : null)) : new Array(k).fill(null),
        });
      });
      const missing = v.runs.filter((r) => !runs.includes(r)).map((r) => r.run);
      if (missing.length)
        content.appendChild(el("p", { class: "tbt-note" }, `${layer} is not a tracked layer of ${missing.join(", ")}: pick a layer in the header, a heat-map or the network diagram.`));
      if (failed.length) content.appendChild(el("p", { class: "tbt-note tbt-bad" }, `Per-filter drift unavailable: ${failed.join("; ")}`));
      if (!fr.length) {
        svg = null;
        csvRows = [];
        return;
      }
      const neuron = v.sel.neuron && v.sel.neuron.layer === layer ? v.sel.neuron.channel : null;
      content.appendChild(el("p", { class: "tbt-caption tbt-ov-sub" }, `${layer}: relative drift ‖W_k − W0_k‖/‖W0_k‖ and cosine to the pretrained filter, per output filter; scales shared by the runs. Click a filter to select it.`));
      svg = filterDistribution(fr, {
        layer,
        width: Math.max(320, bodyWidth - 8),
        theme: v.theme,
        stepLabel: v.stepLabel,
        selectedChannel: neuron,
        onSelectChannel: (channel) => setNeuron({ layer, channel }, ctx.store),
        tooltip,
        tooltipHost: panel.body,
        format: (x) => fmtValue(x),
      });
      content.appendChild(el("div", { class: "tbt-ov-scroll" }, svg));
      csvRows = [["run", "step", "filter", "drift", "cosine"]];
      for (const r of fr) r.drift.forEach((d, k) => csvRows.push([r.title, r.step, k, d, r.cosine[k] ?? null]));
    });
  });
  return {
    destroy() {
      ticket++;
      loop.destroy();
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Registration

export function registerOverview(): void {
  registerPanel({
    id: "overview-heatmaps",
    section: "overview",
    title: "Layer × step heat-maps",
    info: "Per tracked layer (rows, model order) and logged step (columns): relative weight drift, weight cosine to the pretrained weights, unbiased linear CKA to the pretrained model on the target and the source probe, and the domain discrepancy of the layer's features (MMD, domain-classifier AUC). Each measure has one colour scale shared by all runs and layers. Several runs: aligned small multiples; difference mode: run A − run B.",
    span: 12,
    order: 10,
    mount: (ctx) => mountHeatmaps(ctx),
  });
  registerPanel({
    id: "overview-network",
    section: "overview",
    title: "Network diagram",
    info: "The tracked layers as a graph (from the model's data flow; skip connections as arcs on the left), each coloured by the chosen measure at the selected step on the same scale as its heat-map. Click a layer (or focus it and press Enter) to select it.",
    span: 5,
    order: 20,
    mount: (ctx) => mountNetwork(ctx),
  });
  registerPanel({
    id: "overview-profiles",
    section: "overview",
    title: "Depth profiles",
    info: "The chosen measure across layers at the selected step (solid) and at the first logged step, the pretrained model (dashed). Several runs: one chart per run with the same y scale. Difference mode: A − B per layer. Click a layer to select it.",
    span: 7,
    order: 30,
    mount: (ctx) => mountProfiles(ctx),
  });
  registerPanel({
    id: "overview-filters",
    section: "overview",
    title: "Per-filter drift",
    info: "For the selected layer at the selected step: every output filter's relative weight change from its pretrained weights (bars, sorted largest first) and its cosine to them (below, same order; bars hang from 1 so a longer bar is a larger change). Shows whether a layer changed as a whole or through a few rewritten filters.",
    span: 12,
    order: 40,
    mount: (ctx) => mountFilters(ctx),
  });
}

registerOverview();
