// Confusion matrices at the selected step, one per run (up to four, as small multiples), of the target or the
// source probe: rows true class, columns predicted class, colour the share of the true class's instances. Click a
// cell to select its true class.

import { clear, el, segmented } from "../dom";
import { colorLegend } from "../charts/colorLegend";
import { heatmap } from "../charts/heatmap";
import { sequentialScale } from "../charts/scale";
import { Tooltip } from "../charts/tooltip";
import type { Exportable } from "../export";
import { registerPanel } from "../panels";
import { setClass } from "../store";
import { confusionMatrix, pct } from "../transforms";
import type { View } from "../view";
import { runTitle, statPanel } from "./level";

/** Columns of at least 230 px each (a 2 × 2 grid for four runs), 18 px apart. */
function columns(n: number, width: number): { cols: number; each: number } {
  const GAP = 18;
  let cols = Math.max(1, Math.min(n, Math.floor((width + GAP) / (230 + GAP))));
  if (n === 4 && cols === 3) cols = 2;
  return { cols, each: Math.floor((width - GAP * (cols - 1)) / cols) };
}

registerPanel({
  id: "stat-confusion",
  section: "statistical",
  title: "Confusion matrix",
  span: 7,
  order: 50,
  info: "Rows: true class; columns: predicted class; colour: share of the true class's probe instances. Click a cell to select its true class.",
  mount(ctx) {
    const { panel, store } = ctx;
    let domain: "target" | "source" = "target";
    let figure: Exportable | null = null;

    const toggle = segmented("Domain", [{ id: "target", label: "Target" }, { id: "source", label: "Source" }] as const, (d) => {
      domain = d;
      toggle.set(d);
      loop.schedule();
    }, { initial: domain });
    panel.controls.appendChild(toggle.element);
    panel.setExports({ figure: () => figure });

    const draw = (v: View, width: number) => {
      const body = panel.body;
      clear(body);
      figure = null;
      const tooltip = new Tooltip(body);
      const shown = v.runs.slice(0, 4);
      const grid = el("div", { class: "tbt-multiples" });
      const { each } = columns(shown.length, width);
      const scale = sequentialScale([0, 1], v.theme);
      for (const r of shown) {
        const m = confusionMatrix(r.stats, r.t, domain);
        const cell = el("div", { class: "tbt-multiple" });
        if (!v.single) cell.appendChild(runTitle(r.run, r.color));
        if (!m) {
          cell.appendChild(el("p", { class: "tbt-note" }, `No ${domain} confusion matrix at step ${r.step ?? "–"}.`));
          grid.appendChild(cell);
          continue;
        }
        const names = r.stats.class_names;
        const hm = heatmap({
          rows: names,
          cols: names,
          values: m.rates,
          labels: m.counts,
          scale,
          theme: v.theme,
          width: Math.min(each, 560),
          xLabel: "Predicted class",
          yLabel: "True class",
          highlight: v.sel.class,
          onCellClick: (row) => setClass(row, store),
          tooltip,
          tooltipRows: (row, col) => ({
            title: `${names[row]} → ${names[col]}`,
            rows: [
              { label: "instances", value: String(m.counts[row][col] ?? "–") },
              { label: `share of true ${names[row]}`, value: pct(m.rates[row][col]) },
              ...(v.single ? [] : [{ label: "run", value: r.run }]),
            ],
          }),
          ariaLabel: `${domain} confusion matrix of ${r.run} at step ${r.step ?? ""}`,
        });
        cell.appendChild(hm.element);
        figure ??= { ...hm.figure, name: `confusion-${domain}-${r.run}` };
        grid.appendChild(cell);
      }
      body.appendChild(grid);
      if (v.runs.length > shown.length) body.appendChild(el("p", { class: "tbt-note" }, `Showing the first ${shown.length} of ${v.runs.length} selected runs.`));
      body.appendChild(
        colorLegend(scale, v.theme, { label: `Share of the true class's ${domain} instances`, barWidth: 210, ticks: [0, 1], tickFormat: (x) => pct(x, 0), missing: false }),
      );
    };

    const loop = statPanel(ctx, { key: (v, width) => `${domain}|${v.sel.class}|${width}`, draw });
    return loop;
  },
});
