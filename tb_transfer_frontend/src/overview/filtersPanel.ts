// The per-filter drift panel: for the selected layer at the selected step, every output filter's relative weight
// change from its pretrained weights and its cosine to them (fetched from /layer per run, cached per data version).

import { clear, el } from "../dom";
import { Tooltip } from "../charts/tooltip";
import { renderLoop } from "../loop";
import { registerPanel, type PanelContext, type PanelInstance } from "../panels";
import { layerRecords } from "../data";
import { setNeuron } from "../store";
import { OVERVIEW_LOOP, showState } from "./common";
import { filterDistribution, type FilterRun } from "./filters";
import { fmtValue } from "./scales";

function mountFilters(ctx: PanelContext): PanelInstance {
  const { panel } = ctx;
  const content = el("div", { class: "tbt-ov-content" });
  panel.body.appendChild(content);
  const tooltip = new Tooltip(panel.body);
  let svg: SVGSVGElement | null = null;
  let csvRows: (string | number | null)[][] = [];
  let ticket = 0;
  panel.setExports({
    figure: () => (svg ? { svg, name: `filters-${ctx.store.get().layer ?? ""}` } : null),
    csv: () => (csvRows.length ? { rows: csvRows, name: `filters-${ctx.store.get().layer ?? ""}` } : null),
  });
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
    void layerRecords(ctx, runs, layer, v.sel.step).then(({ answers, failed }) => {
      if (my !== ticket) return; // a newer render started
      panel.setState("ready");
      clear(content);
      const fr: FilterRun[] = answers.map(({ run: r, at }) => {
        const drift = at.values("drift");
        const cosine = at.values("cosine");
        const k = Math.max(drift.length, cosine.length);
        const pad = (xs: (number | null)[]) => (xs.length ? xs : new Array<number | null>(k).fill(null)); // a field the record lacks
        return { key: r.run, title: r.run, color: r.color, step: at.step, drift: pad(drift), cosine: pad(cosine) };
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
  }, OVERVIEW_LOOP);
  return {
    destroy() {
      ticket++;
      loop.destroy();
    },
  };
}

registerPanel({
  id: "overview-filters",
  section: "overview",
  title: "Per-filter drift",
  info: "For the selected layer at the selected step: every output filter's relative weight change from its pretrained weights (bars, sorted largest first) and its cosine to them (below, same order; bars hang from 1 so a longer bar is a larger change). Shows whether a layer changed as a whole or through a few rewritten filters.",
  span: 12,
  order: 40,
  mount: (ctx) => mountFilters(ctx),
});
