// Layer × layer CKA (Kornblith et al. 2019): for each selected run at the selected step, unbiased linear CKA between
// every layer of the fine-tuned model (rows) and every layer of the pretrained model (columns) on the target probe
// (/layer_cka). The diagonal (dashed outlines) is layer i against itself, the layer overview's CKA (target); a bright
// cell off the diagonal means a representation moved to another depth. One colour scale for every run. Click a cell
// to select its row's layer.

import { colorLegend } from "../charts/colorLegend";
import { heatmap } from "../charts/heatmap";
import { sequentialScale } from "../charts/scale";
import { Tooltip } from "../charts/tooltip";
import { cachedRequest } from "../data";
import { clear, el } from "../dom";
import type { Exportable } from "../export";
import { renderLoop } from "../loop";
import { registerPanel, type PanelContext, type PanelInstance } from "../panels";
import { runTitle } from "../statistics/level";
import { setLayer } from "../store";
import { fmt } from "../transforms";
import type { LayerCka } from "../types";
import { showState } from "../overview/common";
import { bestMatch, ckaMatrix } from "./layerModel";

const MAX_RUNS = 4;

function mountCka(ctx: PanelContext): PanelInstance {
  const { panel } = ctx;
  const content = el("div", { class: "tbt-structure-cka" });
  panel.body.appendChild(content);
  let figure: Exportable | null = null;
  let csvRows: (string | number | null)[][] = [];
  let ticket = 0;
  panel.setExports({
    figure: () => figure,
    csv: () => (csvRows.length > 1 ? { rows: csvRows, name: "layer-cka" } : null),
  });
  const fetchCka = (run: string, step: number | null): Promise<LayerCka> =>
    cachedRequest(ctx, JSON.stringify(["layer_cka", run, step]), () => ctx.api.layerCka(run, step));

  const loop = renderLoop(ctx, (v, width) => {
    if (!showState(panel, v)) {
      clear(content);
      figure = null;
      return;
    }
    const runs = v.runs.slice(0, MAX_RUNS);
    const my = ++ticket;
    if (!content.childElementCount) panel.setState("loading", "Loading the layer × layer CKA…");
    void Promise.allSettled(runs.map((r) => fetchCka(r.run, r.step))).then((results) => {
      if (my !== ticket) return; // a newer render started
      panel.setState("ready");
      clear(content);
      figure = null;
      csvRows = [["run", "step", "current_layer", "pretrained_layer", "cka"]];
      const tooltip = new Tooltip(panel.body);
      const scale = sequentialScale([0, 1], v.theme, { low: "different", high: "same representation" });
      const cols = Math.max(1, Math.min(runs.length, Math.floor((width + 18) / (380 + 18))));
      const each = Math.floor((width - 18 * (cols - 1)) / cols);
      const grid = el("div", { class: "tbt-multiples" });
      results.forEach((res, i) => {
        const r = runs[i];
        const cell = el("div", { class: "tbt-multiple tbt-cka-multiple", "data-run": r.run });
        cell.appendChild(runTitle(`${r.run} · ${v.stepLabel} ${r.step ?? "–"}`, r.color));
        if (res.status === "rejected") {
          cell.appendChild(el("p", { class: "tbt-note" }, `No layer CKA: ${(res.reason as Error)?.message ?? res.reason}`));
          grid.appendChild(cell);
          return;
        }
        const c = res.value;
        const { values, diagonal } = ckaMatrix(c);
        const best = bestMatch(c);
        cell.dataset.step = String(c.step);
        cell.dataset.layers = String(c.current.length);
        const sel = v.sel.layer ? c.current.indexOf(v.sel.layer) : -1;
        const hm = heatmap({
          rows: c.current,
          cols: c.pretrained,
          values,
          scale,
          theme: v.theme,
          width: Math.min(each, 620),
          xLabel: "pretrained model's layer",
          yLabel: "fine-tuned model's layer",
          highlight: sel >= 0 && c.pretrained[sel] === c.current[sel] ? sel : null,
          diagonal: true,
          hatchMissing: true,
          onCellClick: (row) => setLayer(c.current[row], ctx.store),
          tooltip,
          tooltipRows: (row, col) => ({
            title: `${c.current[row]} (fine-tuned) vs ${c.pretrained[col]} (pretrained)`,
            rows: [
              { label: "CKA (target probe)", value: values[row][col] === null ? "undefined (see failures)" : fmt(values[row][col]) },
              { label: `${c.current[row]} is most similar to`, value: best[row] ?? "–" },
              ...(c.current[row] === c.pretrained[col] ? [{ label: "diagonal", value: "= the layer's CKA (target)" }] : []),
              ...(v.single ? [] : [{ label: "run", value: r.run, color: r.color }]),
            ],
          }),
          ariaLabel: `Layer × layer CKA of ${r.run} at ${v.stepLabel} ${c.step}`,
        });
        cell.appendChild(hm.element);
        const moved = c.current.filter((name, k) => best[k] !== null && best[k] !== name && diagonal[k] !== null);
        cell.appendChild(
          el(
            "p",
            { class: "tbt-caption" },
            moved.length
              ? `Closest to another pretrained layer than to its own: ${moved.slice(0, 6).join(", ")}${moved.length > 6 ? ` and ${moved.length - 6} more` : ""}.`
              : "Every layer is closest to its own pretrained layer.",
          ),
        );
        figure ??= { ...hm.figure, name: `layer-cka-${r.run}` };
        c.current.forEach((a, k) => c.pretrained.forEach((b, j) => csvRows.push([r.run, c.step, a, b, values[k][j]])));
        grid.appendChild(cell);
      });
      content.appendChild(grid);
      if (v.runs.length > runs.length) content.appendChild(el("p", { class: "tbt-note" }, `Showing the first ${runs.length} of ${v.runs.length} selected runs.`));
      content.appendChild(colorLegend(scale, v.theme, { label: "Unbiased linear CKA on the target probe (dashed: the diagonal, layer i vs layer i)", barWidth: 200, ticks: [0, 0.5, 1] }));
    });
  });
  return {
    destroy() {
      ticket++;
      loop.destroy();
    },
  };
}

registerPanel({
  id: "structure-layer-cka",
  section: "structure",
  title: "Layer × layer CKA",
  info:
    "Unbiased linear CKA (Kornblith et al. 2019; the unbiased estimator of Nguyen et al. 2021) between every layer of the fine-tuned model (rows) and every layer of the pretrained model (columns), on the target probe, at the selected step. A bright diagonal: each layer still represents what it did; a bright cell off the diagonal: that representation moved to another depth. Dashed: the diagonal (the layer overview's CKA, target). Click a cell to select its row's layer.",
  span: 12,
  order: 60,
  mount: (ctx) => mountCka(ctx),
});
