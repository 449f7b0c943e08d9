// Layer transferability: a per-layer measure (LogME by default; any layer measure of the table in measures.ts) in
// model order at the selected step, with the first step (the pretrained model) for reference, and LEEP, a run-level
// score of the source head, where it was logged. Click a layer to select it.

import * as d3 from "d3";
import { clear, el } from "../dom";
import { legend, swatch, type LegendItem } from "../charts/legend";
import { lineChart, type LineSeries } from "../charts/lines";
import { Tooltip } from "../charts/tooltip";
import { measureLabel, measureSpec } from "../measures";
import { DASHES, DOMAIN_COLORS } from "../palette";
import { registerPanel } from "../panels";
import { setLayer } from "../store";
import { fmt, layerProfile, type Point } from "../transforms";
import type { RunView, View } from "../view";
import { runLegend, statPanel } from "./level";

const LEEP_TITLE = "LEEP: log expected empirical prediction of the source head's softmax on the target probe (higher = more transferable)";

/** LEEP of every run at the selected and the first step ("not logged" without a source head). */
function leepRows(v: View): HTMLElement {
  const box = el("div", { class: "tbt-leep" });
  const logged = v.runs.filter((r) => (r.stats.leep ?? []).some((x) => typeof x === "number"));
  if (logged.length < v.runs.length) {
    const n = v.runs.length - logged.length;
    box.appendChild(
      el(
        "div",
        { class: "tbt-leep-row", title: LEEP_TITLE },
        el("span", { class: "tbt-leep-label" }, "LEEP"),
        el("span", { class: "tbt-muted" }, logged.length ? `not logged for ${n} run${n > 1 ? "s" : ""} (no source head)` : "not logged (no source head)"),
      ),
    );
  }
  for (const r of logged) {
    const vals = r.stats.leep ?? [];
    const now = r.t >= 0 ? vals[r.t] ?? null : null;
    const first = vals[0] ?? null;
    box.appendChild(
      el(
        "div",
        { class: "tbt-leep-row", title: LEEP_TITLE },
        v.single ? null : swatch({ color: r.color, marker: "square", markerOnly: true }),
        el("span", { class: "tbt-leep-label" }, v.single ? "LEEP" : `${r.run} · LEEP`),
        el("span", null, `${fmt(now)} at step ${r.step ?? "–"} · ${fmt(first)} at step ${r.stats.steps[0]}`),
      ),
    );
  }
  return box;
}

registerPanel({
  id: "stat-layers",
  section: "statistical",
  title: "Layer transferability",
  span: 8,
  order: 60,
  info: "A transferability estimate per layer (model order) at the selected step, with the first step (the pretrained model, before fine-tuning) for reference. LogME: log evidence of a linear model on the layer's pooled features for the target labels (higher = features more useful). Gaps: the measure failed or was not computed. Click a layer to select it.",
  mount(ctx) {
    const { panel, store } = ctx;
    let measure = "logme";
    let svg: SVGSVGElement | null = null;

    const select = el("select", { class: "tbt-select", "aria-label": "Layer measure" });
    select.addEventListener("change", () => {
      measure = select.value;
      loop.schedule();
    });
    panel.controls.appendChild(select);
    panel.setExports({ figure: () => (svg ? { svg, name: `layers-${measure}` } : null) });

    const controls = (v: View) => {
      const measures = [...new Set(v.runs.flatMap((r) => r.stats.layer_stats.measures))];
      if (measures.length && !measures.includes(measure)) measure = measures.includes("logme") ? "logme" : measures[0];
      const cur = [...select.options].map((o) => o.value).join("|");
      if (cur !== measures.join("|")) {
        clear(select);
        for (const m of measures) select.appendChild(el("option", { value: m }, measureLabel(m)));
      }
      select.value = measure;
    };

    const draw = (v: View, width: number) => {
      const body = panel.body;
      clear(body);
      const theme = v.theme;
      // Layers in model order: the first run's order, then any others.
      const names: string[] = [];
      for (const r of v.runs) for (const l of r.stats.layer_stats.layers) if (!names.includes(l)) names.push(l);
      if (!names.length) {
        svg = null;
        body.appendChild(el("p", { class: "tbt-note" }, "No per-layer measures were logged."));
        return;
      }
      const series: LineSeries[] = [];
      const remap = (r: RunView, pts: Point[]): Point[] =>
        r.stats.layer_stats.layers.map((l, i) => ({ x: names.indexOf(l), y: pts[i]?.y ?? null })).sort((a, b) => a.x - b.x);
      for (const r of v.runs) {
        const color = v.single ? DOMAIN_COLORS[theme].target : r.color;
        if (r.t !== 0) {
          series.push({
            id: `${r.run}:first`,
            group: v.single ? undefined : r.run,
            label: `step ${r.stats.steps[0]} (pretrained)`,
            color,
            dash: DASHES.dashed,
            width: 1.4,
            points: remap(r, layerProfile(r.stats, measure, 0)),
            marker: "circle",
            hollow: true,
          });
        }
        series.push({
          id: `${r.run}:now`,
          group: v.single ? undefined : r.run,
          label: `step ${r.step ?? "–"}`,
          color,
          points: remap(r, layerProfile(r.stats, measure, r.t)),
          marker: r.t === 0 ? "circle" : "cross",
          width: 2,
        });
      }
      const muted = v.single ? DOMAIN_COLORS[theme].target : "var(--tbt-muted)";
      const items: LegendItem[] = [
        { id: "now", label: `selected step${v.single ? ` (${v.runs[0].step ?? "–"})` : ""}`, color: muted, marker: "cross" },
        { id: "first", label: "first step (pretrained model)", color: muted, dash: DASHES.dashed, marker: "circle", hollow: true },
      ];
      const legendRow = el("div", { class: "tbt-legend-row" }, legend(items, undefined, "Steps"));
      if (!v.single) legendRow.appendChild(runLegend(v, null));
      body.appendChild(legendRow);
      const layerIdx = v.sel.layer !== null ? names.indexOf(v.sel.layer) : -1;
      svg = lineChart(series, {
        width,
        height: 260,
        xLabel: "Layer (input → output)",
        yLabel: measureLabel(measure),
        xTicks: names.map((n, i) => ({ value: i, label: n })),
        highlightX: layerIdx >= 0 ? layerIdx : null,
        valueFormat: (x) => measureSpec(measure).format(x),
        yTickFormat: d3.format("~g"),
        onClickX: (x) => setLayer(names[x] ?? null, store),
        tooltip: new Tooltip(body),
        ariaLabel: `${measureLabel(measure)} per layer`,
      });
      body.appendChild(el("div", { class: "tbt-figure" }, svg));
      body.appendChild(leepRows(v));
    };

    const loop = statPanel(ctx, { controls, key: (v, width) => `${measure}|${v.sel.layer}|${width}`, draw });
    return loop;
  },
});
