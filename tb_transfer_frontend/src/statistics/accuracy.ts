// Accuracy (or loss) over training with the paper's encoding: colour = data domain for one run, run colour for
// several (line style = data split); marker = model (○ the pretrained model at the first step, × fine-tuned); the
// pretrained model reused directly on the target data as a dotted reference. Click to select a step.

import * as d3 from "d3";
import { clear, el } from "../dom";
import { legend, type LegendItem } from "../charts/legend";
import { lineChart, type LineSeries, type Marker, type RefLine } from "../charts/lines";
import { Tooltip } from "../charts/tooltip";
import { DASHES, DOMAIN_COLORS } from "../palette";
import { registerPanel } from "../panels";
import { setStep } from "../store";
import { differenceSeries, directReuseBaseline, hasValues, pct, performanceSeries, pp, type Point } from "../transforms";
import type { RunView, View } from "../view";
import { runLegend, SPLIT_LABEL, splitColor, statPanel } from "./level";

/** Line style per split when colour encodes the run. */
const SPLIT_DASH: Record<string, string> = { target_val: DASHES.solid, target: DASHES.dashed, source: DASHES.dotted };
const SPLITS = ["target_val", "target", "source"];

registerPanel({
  id: "stat-accuracy",
  section: "statistical",
  title: "Accuracy over training",
  span: 8,
  order: 20,
  info: "Colour = data domain (one run) or run (several runs; line style = data). Marker = model: ○ the pretrained model (first step), × the fine-tuned model. The dotted line is the pretrained model reused directly on the target data. Click to select a step.",
  mount(ctx) {
    const { panel, store } = ctx;
    let metric: "accuracy" | "loss" = "accuracy";
    const hiddenSplits = new Set<string>();
    let svg: SVGSVGElement | null = null;

    const metricSelect = el("select", { class: "tbt-select", "aria-label": "Metric" }, el("option", { value: "accuracy" }, "Accuracy"), el("option", { value: "loss" }, "Loss"));
    metricSelect.addEventListener("change", () => {
      metric = metricSelect.value === "loss" ? "loss" : "accuracy";
      panel.setTitle(metric === "loss" ? "Loss over training" : "Accuracy over training");
      loop.schedule();
    });
    panel.controls.appendChild(metricSelect);
    panel.setExports({ figure: () => (svg ? { svg, name: `${metric}` } : null) });

    const draw = (v: View, width: number) => {
      const body = panel.body;
      clear(body);
      const theme = v.theme;
      const isAcc = metric === "accuracy";
      const diff = v.pair !== null;
      const fmtV = isAcc ? d3.format(".1%") : d3.format(".3f");
      const series: LineSeries[] = [];
      const firstStep = (r: RunView) => r.stats.steps[0];
      // Marker = model: ○ the pretrained model (first step), × the fine-tuned model. With many points, × only at the
      // selected step (thousands of crosses would hide the lines).
      const totalPoints = v.runs.reduce((n, r) => n + r.stats.steps.length * 3, 0);
      const dense = totalPoints > 600 || v.runs.some((r) => r.stats.steps.length > 40);
      const markerFor = (r: RunView) => (p: Point): Marker => (p.x === firstStep(r) ? "circle" : !dense || p.x === r.step ? "cross" : "none");
      const ref = v.runs[0];
      const available = SPLITS.filter((s) => v.runs.some((r) => hasValues(performanceSeries(r.stats, s, metric))));
      const refLines: RefLine[] = [];
      for (const r of v.runs) {
        if (diff && r === ref) continue;
        for (const s of available) {
          if (hiddenSplits.has(s)) continue;
          let pts = performanceSeries(r.stats, s, metric);
          if (!hasValues(pts)) continue;
          if (diff) pts = differenceSeries(performanceSeries(ref.stats, s, metric), pts);
          series.push({
            id: `${r.run}:${s}`,
            group: v.single ? undefined : r.run,
            label: SPLIT_LABEL[s],
            color: v.single ? splitColor(s, theme) : r.color,
            dash: v.single ? (s === "target_val" ? DASHES.dashed : DASHES.solid) : SPLIT_DASH[s],
            points: pts,
            marker: markerFor(r),
            width: s === "target_val" ? 2.2 : 1.6,
          });
        }
      }
      if (!diff && v.single && isAcc) {
        const b = directReuseBaseline(v.runs[0].stats);
        if (b) refLines.push({ y: b.value, label: `direct reuse ${pct(b.value)}`, name: `direct reuse (pretrained on ${SPLIT_LABEL[b.split]})`, color: DOMAIN_COLORS[theme].targetLight, dash: DASHES.dotted });
      }
      const items: LegendItem[] = v.single
        ? available.map((s) => ({ id: s, label: SPLIT_LABEL[s], color: splitColor(s, theme), dash: s === "target_val" ? DASHES.dashed : "", marker: "cross" as Marker, hidden: hiddenSplits.has(s) }))
        : available.map((s) => ({ id: s, label: SPLIT_LABEL[s], color: "var(--tbt-muted)", dash: SPLIT_DASH[s], hidden: hiddenSplits.has(s) }));
      const legendBox = el("div", { class: "tbt-legend-row" });
      legendBox.appendChild(
        legend(items, (id) => {
          if (hiddenSplits.has(id)) hiddenSplits.delete(id);
          else hiddenSplits.add(id);
          loop.schedule();
        }, "Data splits"),
      );
      const markerItems: LegendItem[] = [
        { id: "m-pre", label: "pretrained", color: "var(--tbt-muted)", marker: "circle", markerOnly: true, title: "The pretrained model (first step)" },
        { id: "m-ft", label: "fine-tuned", color: "var(--tbt-muted)", marker: "cross", markerOnly: true, title: "The fine-tuned model" },
      ];
      if (refLines.length) markerItems.push({ id: "m-reuse", label: "direct reuse", color: DOMAIN_COLORS[theme].targetLight, dash: DASHES.dotted, title: "The pretrained model reused directly on the target data" });
      legendBox.appendChild(legend(markerItems, undefined, "Markers"));
      if (!v.single) legendBox.appendChild(runLegend(v, diff ? ref.run : null));
      body.appendChild(legendBox);

      const yLabel = diff ? `Δ ${isAcc ? "accuracy" : "loss"} vs ${ref.run}${isAcc ? " (pp)" : ""}` : isAcc ? "Accuracy (%)" : "Loss (cross-entropy)";
      const fmtDiff = isAcc ? (x: number) => pp(x) : d3.format("+.3f");
      svg = lineChart(series, {
        width,
        height: 280,
        xLabel: `Step (${v.stepLabel})`,
        yLabel,
        yDomain: !diff && isAcc ? [0, 1] : undefined,
        yTickFormat: isAcc ? (diff ? (x) => (x * 100).toFixed(0) : (x) => `${Math.round(x * 100)}`) : d3.format("~g"),
        valueFormat: diff ? fmtDiff : fmtV,
        zeroLine: diff,
        refLines,
        markX: v.selectedStep,
        markXLabel: v.selectedStep !== null ? `step ${v.selectedStep}` : undefined,
        onClickX: (x) => setStep(x, store),
        tooltip: new Tooltip(body),
        ariaLabel: `${isAcc ? "Accuracy" : "Loss"} over steps for ${v.runs.length} run(s)`,
      });
      body.appendChild(el("div", { class: "tbt-figure" }, svg));
    };

    const loop = statPanel(ctx, {
      key: (v, width) => `${metric}|${[...hiddenSplits]}|${v.sel.compareMode}|${width}`,
      draw,
    });
    return loop;
  },
});
