// The layer × step heat-maps panel: one heat-map per layer measure of the table (measures.ts) that is drawn as a
// heat-map, each with one colour scale shared by every run and layer; aligned small multiples, or run A − run B.

import { clear, el } from "../dom";
import { Tooltip, type TooltipRow } from "../charts/tooltip";
import { renderLoop } from "../loop";
import { HEATMAP_MEASURES, measureLabel, measureSpec } from "../measures";
import { registerPanel, type PanelContext, type PanelInstance } from "../panels";
import { stepForRun } from "../store";
import type { View } from "../view";
import { chartExports, compareControls, diffTitle, OVERVIEW_LOOP, runNotes, showState } from "./common";
import { layerHeatmap, type LayerHeatmap, type Multiple } from "./heatmap";
import { alignLayers, alignMatrices, differenceMatrix, layerStepMatrix, matrixCells, type LayerStepMatrix } from "./matrix";
import { differenceScale, fmtValue, measureScale } from "./scales";

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
export function heatmapSet(v: View, measure: string): HeatmapSet {
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
  const aligned = alignLayers(v.runs.map((r) => layerStepMatrix(r.stats, measure)));
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
        v.pair ? "" : "Each run over the steps it logged. ",
        "Hatched: missing or failed; a dashed row: a layer the run does not have. Click a cell, or focus a heat-map and use the arrow keys, to select a layer and step.",
      ),
    );
  }, OVERVIEW_LOOP);
  return {
    destroy() {
      loop.destroy();
    },
  };
}

registerPanel({
  id: "overview-heatmaps",
  section: "overview",
  title: "Layer × step heat-maps",
  info: "Per tracked layer (rows, model order) and logged step (columns): relative weight drift, weight cosine to the pretrained weights, unbiased linear CKA to the pretrained model on the target and the source probe, and the domain discrepancy of the layer's features (MMD, domain-classifier AUC). Each measure has one colour scale shared by all runs and layers. Several runs: aligned small multiples; difference mode: run A − run B.",
  span: 12,
  order: 10,
  mount: (ctx) => mountHeatmaps(ctx),
});
