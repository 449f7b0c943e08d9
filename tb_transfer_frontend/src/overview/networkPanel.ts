// The network diagram panel: the tracked layers as a graph (skip connections as arcs), each node coloured by the
// chosen measure at the selected step, one segment per run or the A − B difference.

import { el } from "../dom";
import { measureLabel } from "../measures";
import { registerPanel, type PanelContext, type PanelInstance } from "../panels";
import { setLayer } from "../store";
import { graphOf, runNotes } from "./common";
import { dagLayout } from "./dag";
import { alignMatrices } from "./matrix";
import { layerValuesAtStep, measureState, mountMeasurePanel } from "./measurePanel";
import { networkDiagram, type NodeSeries } from "./network";
import { differenceScale, fmtValue, measureScale } from "./scales";

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

registerPanel({
  id: "overview-network",
  section: "overview",
  title: "Network diagram",
  info: "The tracked layers as a graph (from the model's data flow; skip connections as arcs on the left), each coloured by the chosen measure at the selected step on the same scale as its heat-map. Click a layer (or focus it and press Enter) to select it.",
  span: 5,
  order: 20,
  mount: (ctx) => mountNetwork(ctx),
});
