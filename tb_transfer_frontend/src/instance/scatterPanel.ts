// The instance scatter panel: for each of up to four selected runs, the probe instances at the layer and step
// (small multiples, linked hover and selection), PCA or t-SNE (PCA shown while t-SNE computes), colour-by modes,
// class filter, pan/zoom, lasso and rectangle selection into the shared instance set, a hover card with the
// thumbnail, and lines to the clicked instance's nearest neighbours across domains.

import { placeCard } from "../charts/tooltip";
import { clear, el, segmented } from "../dom";
import { channelFor } from "../feature/answers";
import { renderLoop } from "../loop";
import { registerPanel, type PanelContext } from "../panels";
import { setClass, setInstances } from "../store";
import type { InstancesReady, Num, Theme } from "../types";
import { classChip, classNames, domainNames, fmt, highlightedClasses, labelledSelect } from "./common";
import {
  activationRange,
  classColors,
  colorBy,
  COLOR_MODES,
  CORRECT_COLORS,
  CHANGED_COLOR,
  DOMAIN_MARK,
  GREY,
  lossCap,
  mispredicted,
  pTargetColor,
  sequentialColor,
  splitCoords,
  type ColorMode,
} from "./model";
import { ScatterChart, type Tool } from "./scatter";
import { instanceLayer, instanceState, loaderFor, type RunInstances } from "./state";
import { thumbnailCanvas } from "./thumbs";

interface Cell {
  run: string;
  root: HTMLElement;
  title: HTMLElement;
  status: HTMLElement;
  chart: ScatterChart;
  shown?: InstancesReady;
  layer?: string;
}

function mount(ctx: PanelContext) {
  const { panel, store, api, data } = ctx;
  const detach = loaderFor(api, store, data).attach();
  const st = instanceState;

  // -- controls ---------------------------------------------------------------------------------------------
  const projection = segmented("Projection", [
    { id: "pca", label: "PCA", title: "PCA: one frame per run and layer, fitted on the first step" },
    { id: "tsne", label: "t-SNE", title: "t-SNE: computed by the backend, warm-started and aligned across steps" },
  ], (p) => st.set({ projection: p as "pca" | "tsne" }));
  const colour = labelledSelect("Colour", "tbt-inst-colorby");
  for (const m of COLOR_MODES) colour.select.appendChild(el("option", { value: m.id }, m.label));
  colour.select.addEventListener("change", () => st.set({ colorBy: colour.select.value as ColorMode }));
  const filter = labelledSelect("Classes", "tbt-inst-classfilter");
  filter.select.append(el("option", { value: "all" }, "All classes"), el("option", { value: "selected" }, "Selected class only"));
  filter.select.addEventListener("change", () => st.set({ classFilter: filter.select.value as "all" | "selected" }));
  const embedding = labelledSelect("Embedding", "tbt-inst-embedding");
  embedding.select.append(el("option", { value: "header" }, "Layer of the header"), el("option", { value: "penultimate" }, "penultimate"));
  embedding.select.addEventListener("change", () => st.set({ layerMode: embedding.select.value as "header" | "penultimate" }));
  const tool = segmented("Tool", [
    { id: "pan", label: "Pan", title: "Drag to pan, wheel to zoom, click an instance for its nearest neighbours" },
    { id: "lasso", label: "Lasso", title: "Draw around instances to select them (Shift adds)" },
    { id: "box", label: "Box", title: "Drag a rectangle to select instances (Shift adds)" },
  ], (t) => st.set({ tool: t as Tool }));
  panel.controls.append(projection.element, tool.element, colour.wrap, filter.wrap, embedding.wrap);

  const grid = el("div", { class: "tbt-inst-multiples" });
  const legend = el("div", { class: "tbt-inst-legend", "aria-label": "Legend" });
  const card = el("div", { class: "tbt-inst-card", role: "tooltip" });
  card.hidden = true;
  panel.body.classList.add("tbt-inst-body");
  panel.body.append(grid, legend, card);

  const cells = new Map<string, Cell>();
  let hoverRun: string | null = null;
  /** Colour by "selected channel": the neuron's activation of every instance, per run, at the run's shown step. */
  const neuronActs = new Map<string, { key: string; values: Num[] | null; error?: string }>();

  /** The selected channel's current-model activations for run `run` at `step` (null until known; asks once). */
  function neuronActivation(run: string, step: number): { values: Num[] | null; error?: string } {
    const n = store.get().neuron;
    if (!n) return { values: null };
    const key = [n.layer, n.channel, step].join("\u0000");
    const hit = neuronActs.get(run);
    if (hit?.key === key) return hit;
    const entry: { key: string; values: Num[] | null; error?: string } = { key, values: null };
    neuronActs.set(run, entry);
    channelFor(api, run, n.layer, step, n.channel).then(
      (a) => {
        entry.values = a.activations.current;
        loop.schedule();
      },
      (err) => {
        entry.error = (err as Error)?.message ?? String(err);
        loop.schedule();
      },
    );
    return entry;
  }

  function theme(): Theme {
    return store.get().theme;
  }

  function cellFor(r: RunInstances): Cell {
    let c = cells.get(r.run);
    if (c) return c;
    const chart = new ScatterChart({
      onHover: (id, cx, cy) => {
        hoverRun = id === null ? null : r.run;
        st.set({ hovered: id });
        if (id !== null) showCard(r.run, id, cx, cy);
        else card.hidden = true;
      },
      onClick: (id) => st.set({ focus: id === null ? null : { run: r.run, id } }),
      onSelect: (ids, additive) => setInstances(additive ? [...store.get().instances, ...ids] : ids, store),
    });
    const swatch = el("span", { class: "tbt-inst-run-swatch" });
    swatch.style.background = ctx.runColor(r.run);
    const title = el("div", { class: "tbt-inst-cell-title" });
    const status = el("span", { class: "tbt-inst-status", role: "status" });
    const head = el("div", { class: "tbt-inst-cell-head" }, swatch, title, status);
    const root = el("div", { class: "tbt-inst-cell", "data-run": r.run }, head, chart.root);
    chart.root.dataset.run = r.run;
    c = { run: r.run, root, title, status, chart };
    cells.set(r.run, c);
    return c;
  }

  function layoutCells(n: number, contentWidth: number): { w: number; h: number } {
    const width = contentWidth || panel.body.clientWidth || 800;
    const cols = n <= 1 ? 1 : 2;
    grid.style.gridTemplateColumns = `repeat(${cols}, minmax(0, 1fr))`;
    const w = Math.floor((width - (cols - 1) * 12) / cols);
    const h = n <= 1 ? Math.min(520, Math.max(320, Math.round(w * 0.62))) : Math.min(420, Math.max(260, Math.round(w * 0.8)));
    return { w, h };
  }

  function render(width: number): void {
    const s = st.get();
    const sel = store.get();
    projection.set(s.projection);
    tool.set(s.tool);
    colour.select.value = s.colorBy;
    filter.select.value = s.classFilter;
    embedding.select.value = s.layerMode;
    const layer = instanceLayer(sel, s);
    if (!sel.runs.length) {
      panel.setState("empty", "Select a run to see its probe instances.");
      return;
    }
    if (!layer) {
      panel.setState("empty", "Pick a layer in the header (or the penultimate embedding).");
      return;
    }
    const runs = s.runs;
    if (runs.length && runs.every((r) => r.status === "error")) {
      panel.setState("error", runs.map((r) => `${r.run}: ${r.error}`).join("\n"));
      return;
    }
    if (!runs.some((r) => r.shown)) {
      panel.setState("loading", "Loading instances…");
      return;
    }
    panel.setState("ready");
    const keep = new Set(runs.map((r) => r.run));
    for (const [run, c] of cells)
      if (!keep.has(run)) {
        c.chart.destroy();
        c.root.remove();
        cells.delete(run);
      }
    const { w, h } = layoutCells(runs.length, width);
    const order = runs.map((r) => cellFor(r).root);
    if (order.length !== grid.children.length || order.some((e, k) => grid.children[k] !== e)) {
      clear(grid);
      grid.append(...order);
    }
    for (const r of runs) {
      const c = cellFor(r);
      c.chart.setTheme(sel.theme);
      c.chart.setTool(s.tool);
      if (Number(c.chart.root.style.width.replace("px", "")) !== w || Number(c.chart.root.style.height.replace("px", "")) !== h) c.chart.resize(w, h);
      updateCell(c, r);
    }
    renderLegend();
    panel.setExports({
      figure: () => {
        const c = [...cells.values()][0];
        return c ? { svg: c.chart.svg, rasters: [{ canvas: c.chart.canvas, x: 0, y: 0, width: w, height: h }], name: `instances-${c.run}` } : null;
      },
      csv: () => {
        const rows: (string | number | null)[][] = [["run", "instance", "index", "domain", "label", "prediction", "x", "y"]];
        for (const r of st.get().runs) {
          const d = r.shown;
          if (!d) continue;
          const names = classNames(r.info, d);
          const doms = domainNames(r.info);
          d.coords.forEach((xy, i) =>
            rows.push([r.run, i, d.index?.[i] ?? null, d.domain ? doms[d.domain[i]] : null, d.label ? names[d.label[i]] : null, d.prediction?.[i] ?? null, xy[0], xy[1]]),
          );
        }
        return { rows, name: "instances" };
      },
    });
  }

  function updateCell(c: Cell, r: RunInstances): void {
    const d = r.shown;
    const s = st.get();
    const sel = store.get();
    c.root.dataset.state = r.status;
    c.title.textContent = `${r.run}`;
    const status: string[] = [];
    if (d) status.push(`${r.layer} · step ${d.step} · ${d.projection === "tsne" ? "t-SNE" : "PCA"}`);
    if (r.tsne === "pending") status.push("t-SNE computing…");
    if (r.tsne === "failed") status.push(`t-SNE failed: ${r.tsneError ?? ""}`);
    if (r.status === "error") status.push(r.error ?? "error");
    c.status.textContent = status.join(" — ");
    const root = c.chart.root;
    root.dataset.tsne = r.tsne;
    root.hidden = !d;
    c.root.classList.toggle("tbt-inst-cell-error", r.status === "error");
    if (!d) return;
    root.dataset.projection = d.projection;
    root.dataset.step = String(d.step);
    root.dataset.layer = r.layer;
    root.dataset.n = String(d.coords.length);
    if (c.shown !== d) {
      const { x, y } = splitCoords(d.coords);
      const dom = new Uint8Array(d.coords.length);
      d.domain?.forEach((v, i) => (dom[i] = v ? 1 : 0));
      const reset = c.layer !== r.layer || (c.shown !== undefined && c.shown.coords.length !== d.coords.length);
      c.chart.setData(x, y, dom, { animate: c.shown !== undefined && !reset, resetView: reset });
      const ev = d.explained_variance;
      c.chart.setAxisTitles(
        d.projection === "tsne" ? "t-SNE 1" : `PC 1${ev?.[0] != null ? ` (${Math.round(ev[0] * 100)}%)` : ""}`,
        d.projection === "tsne" ? "t-SNE 2" : `PC 2${ev?.[1] != null ? ` (${Math.round(ev[1] * 100)}%)` : ""}`,
      );
      c.shown = d;
      c.layer = r.layer;
    }
    const names = classNames(r.info, d);
    const hl = highlightedClasses(sel.class, sel.instances, d);
    const neuron = s.colorBy === "neuron" && sel.neuron ? neuronActivation(r.run, d.step) : null;
    const fill = colorBy(d, { mode: s.colorBy, theme: sel.theme, nClasses: names.length, highlighted: hl, activation: neuron?.values ?? null });
    root.dataset.colorBy = s.colorBy;
    root.dataset.neuron = neuron?.values && sel.neuron ? `${sel.neuron.layer}:${sel.neuron.channel}:${d.step}` : "";
    if (neuron?.error) c.status.textContent = [c.status.textContent, `selected channel: ${neuron.error}`].filter(Boolean).join(" — ");
    const alpha = new Float32Array(d.coords.length).fill(1);
    if (s.classFilter === "selected" && sel.class !== null && d.label) d.label.forEach((c2, i) => (alpha[i] = c2 === sel.class ? 1 : 0.12));
    // A selection stays highlighted: the other instances recede (at every step, layer and run).
    if (sel.instances.size) for (let i = 0; i < alpha.length; i++) if (!sel.instances.has(i)) alpha[i] *= 0.35;
    c.chart.setStyle({ fill, alpha, outline: mispredicted(d) });
    setMarks(c);
  }

  function setMarks(c: Cell): void {
    const s = st.get();
    const nn = s.neighbors && s.neighbors.run === c.run ? s.neighbors : null;
    c.chart.setMarks({ selected: store.get().instances, hovered: s.hovered, lines: nn ? { from: nn.id, to: nn.ids } : null });
  }

  function showCard(run: string, id: number, cx: number, cy: number): void {
    const r = st.get().runs.find((x) => x.run === run);
    const d = r?.shown;
    if (!r || !d) return;
    const th = theme();
    const sel = store.get();
    const names = classNames(r.info, d);
    const hl = highlightedClasses(sel.class, sel.instances, d);
    const doms = domainNames(r.info);
    clear(card);
    card.dataset.id = String(id);
    card.dataset.run = run;
    const thumb = thumbnailCanvas(api, run, r.info, id, 112, "tbt-inst-thumb tbt-inst-thumb-large");
    const rows = el("div", { class: "tbt-inst-card-rows" });
    const row = (k: string, ...v: (Node | string)[]) => rows.appendChild(el("div", { class: "tbt-inst-card-row" }, el("span", { class: "tbt-muted" }, k), el("span", null, ...v)));
    const dom = d.domain ? d.domain[id] : null;
    card.dataset.domain = dom === null ? "" : String(dom);
    row("Instance", `#${id}${d.index ? ` (dataset index ${d.index[id]})` : ""}`);
    const generic = dom ? "target" : "source";
    row("Domain", dom === null ? "—" : `${doms[dom]}${doms[dom] === generic ? "" : ` (${generic})`} ${dom ? "●" : "×"}`);
    row("Label", classChip(d.label?.[id], names, th, hl));
    row("Prediction", classChip(d.prediction?.[id], names, th, hl));
    row("Previous", classChip(d.previous_prediction?.[id], names, th, hl));
    row("Loss", fmt(d.loss?.[id]));
    row("Margin", fmt(d.margin?.[id]));
    row("P(target)", fmt(d.p_target?.[id]));
    card.append(thumb, rows);
    card.hidden = false;
    placeCard(card, panel.body, cx, cy, 16, 300, 140);
  }

  function renderLegend(): void {
    clear(legend);
    const s = st.get();
    const th = store.get().theme;
    const first = s.runs.find((r) => r.shown);
    const d = first?.shown;
    const glyphs = el("span", { class: "tbt-inst-legend-group" },
      el("span", { class: "tbt-inst-glyph" }, "×"), " source ",
      el("span", { class: "tbt-inst-glyph" }, "●"), " target ",
      el("span", { class: "tbt-inst-glyph tbt-inst-glyph-out" }, "●"), " dark outline = mispredicted",
    );
    legend.appendChild(glyphs);
    const swatches = el("span", { class: "tbt-inst-legend-group" });
    const sw = (color: string, text: string, cls?: number) => {
      const b = el("span", { class: "tbt-inst-sw" });
      b.style.background = color;
      if (cls === undefined) {
        swatches.append(b, el("span", null, text));
        return;
      }
      // A class in the legend selects it everywhere in the tab (click again to clear).
      const item = el("button", { type: "button", class: "tbt-inst-legend-class", "data-class": cls, "aria-pressed": String(store.get().class === cls), title: `Select class ${text} everywhere` }, b, text);
      item.addEventListener("click", () => setClass(cls, store, true));
      swatches.append(item);
    };
    const names = classNames(first?.info ?? null, d);
    const doms = domainNames(first?.info ?? null);
    switch (s.colorBy) {
      case "class": {
        const hl = highlightedClasses(store.get().class, store.get().instances, d);
        const cols = classColors(names.length, hl, th);
        const shown = names.length <= 10 ? names.map((_, i) => i) : hl.slice(0, 10);
        shown.forEach((c) => sw(cols[c], names[c], c));
        if (names.length > 10) sw(GREY[th], shown.length ? "other classes" : "all classes (select a class to colour it)");
        break;
      }
      case "domain":
        sw(DOMAIN_MARK[th][0], doms[0]);
        sw(DOMAIN_MARK[th][1], doms[1]);
        break;
      case "correct":
        sw(CORRECT_COLORS[th][0], "correct");
        sw(CORRECT_COLORS[th][1], "incorrect");
        break;
      case "p_target":
        [0, 0.25, 0.5, 0.75, 1].forEach((p) => sw(pTargetColor(p, th), p === 0 ? "0 (source-like)" : p === 1 ? "1 (target-like)" : String(p)));
        break;
      case "loss": {
        const cap = lossCap(d?.loss ?? null);
        [0, 0.5, 1].forEach((u) => sw(sequentialColor(u), u === 1 ? `≥ ${cap.toFixed(2)}` : (u * cap).toFixed(2)));
        break;
      }
      case "neuron": {
        const n = store.get().neuron;
        if (!n) {
          sw(GREY[th], "no channel selected: click a channel in the feature level");
          break;
        }
        const values = first && d ? neuronActs.get(first.run)?.values ?? null : null;
        const range = activationRange(values);
        if (!range) {
          sw(GREY[th], `channel ${n.channel} of ${n.layer}: loading…`);
          break;
        }
        swatches.appendChild(el("span", null, `channel ${n.channel} of ${n.layer}, current model:`));
        [0, 0.5, 1].forEach((u) => sw(sequentialColor(u), (range[0] + u * (range[1] - range[0])).toFixed(2)));
        break;
      }
      case "changed":
        sw(CHANGED_COLOR[th], "prediction changed since the previous step");
        sw(GREY[th], "unchanged or unknown");
        break;
    }
    legend.appendChild(swatches);
  }

  // Drawn through the tab's render loop (one draw per frame, at the panel's width); the level's own state
  // schedules it too. Hover only moves rings (no redraw of the panel).
  const loop = renderLoop(ctx, (_v, width) => render(width), { watch: (s) => [s.instances, s.class, s.theme, s.runs, s.layer, s.neuron] });
  const offs = [
    st.subscribe((s) => [s.runs, s.colorBy, s.classFilter, s.tool, s.projection, s.layerMode, s.neighbors], () => loop.schedule()),
    st.subscribe((s) => s.hovered, () => {
      for (const c of cells.values()) setMarks(c);
      if (st.get().hovered === null || hoverRun === null) card.hidden = true; // hovered from another panel: rings only
    }),
  ];
  return {
    destroy() {
      loop.destroy();
      offs.forEach((f) => f());
      for (const c of cells.values()) c.chart.destroy();
      detach();
    },
  };
}

registerPanel({
  id: "instance-scatter",
  section: "instance",
  title: "Probe instances",
  info:
    "Each probe instance at the layer and step: × source, ● target; colour by class (or another measure, or the activation of the channel selected in the feature level); a dark outline marks a misprediction. Equal aspect ratio. PCA uses one frame per run and layer, so points move only when the representation moves; t-SNE is warm-started and aligned across steps (PCA is shown while it computes). Wheel to zoom, drag to pan, Lasso/Box to select, click an instance for its nearest neighbours in the other domain. Up to four selected runs side by side, hover and selection linked.",
  span: 8,
  order: 10,
  mount,
});
