// The frame the network diagram and the depth profiles share: one measure (picked in either panel), its values per
// layer at the selected step for each run or as A − B, and the panel plumbing around a drawing.

import { clear, el } from "../dom";
import { Tooltip } from "../charts/tooltip";
import { renderLoop } from "../loop";
import { measureLabel, MEASURES } from "../measures";
import type { PanelContext, PanelInstance } from "../panels";
import { createStore, stepForRun, type Store } from "../store";
import type { RunView, View } from "../view";
import { diffTitle, OVERVIEW_LOOP, showState } from "./common";
import { columnAt, differenceMatrix, layerStepMatrix, type LayerStepMatrix } from "./matrix";

export const measureState: Store<{ measure: string }> = createStore({ measure: "weight_drift" });

function measurePicker(v: View | null, id: string): HTMLSelectElement {
  const select = el("select", { class: "tbt-select", "aria-label": "Measure", "data-control": `measure-${id}`, title: "Measure shown by the network diagram and the depth profiles" });
  const available = new Set<string>(v ? v.runs.flatMap((r) => r.stats.layer_stats?.measures ?? []) : []);
  const ids = [...Object.keys(MEASURES).filter((m) => !available.size || available.has(m)), ...[...available].filter((m) => !MEASURES[m])];
  for (const m of ids) select.appendChild(el("option", { value: m }, measureLabel(m)));
  select.value = measureState.get().measure;
  select.addEventListener("change", () => measureState.set({ measure: select.value }));
  return select;
}

/** Values of `measure` per layer for each run at the selected step, or the A − B difference at that step. */
export function layerValuesAtStep(
  v: View,
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
export interface MeasureFigure {
  svg: SVGSVGElement | null;
  csvRows: (string | number | null)[][];
}

/**
 * The frame the network diagram and the depth profiles share: a measure picker (`pickerId`) in the header, a content
 * box, a tooltip, and exports named `${name}-${measure}` of the figure and rows `draw` leaves in `out`; the panel
 * redraws when the measure changes. `draw` runs only when there is something to show.
 */
export function mountMeasurePanel(
  ctx: PanelContext,
  name: string,
  pickerId: string,
  draw: (v: View, bodyWidth: number, content: HTMLElement, tooltip: Tooltip, out: MeasureFigure) => void,
): PanelInstance {
  const { panel } = ctx;
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
  }, OVERVIEW_LOOP);
  const off = measureState.subscribe((s) => s.measure, () => loop.schedule());
  return {
    destroy() {
      off();
      loop.destroy();
    },
  };
}
