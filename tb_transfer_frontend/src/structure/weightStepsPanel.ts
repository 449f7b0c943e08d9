// Weight drift at optimizer steps: the selected layer's relative weight drift (or cosine) to the pretrained weights
// as logged by `on_train_step` (weight_steps, its own step axis), beside the same measure per logged step
// (layer_stats, the layer overview's). One line per run in its colour; both charts share the y scale.

import { lineChart, type LineSeries } from "../charts/lines";
import { Tooltip } from "../charts/tooltip";
import { clear, el, segmented } from "../dom";
import { renderLoop } from "../loop";
import { registerPanel, type PanelContext, type PanelInstance } from "../panels";
import { fmt, hasValues } from "../transforms";
import { runNotes, showState } from "../overview/common";
import { epochSeries, sharedDomain, weightStepSeries } from "./layerModel";

type Field = "drift" | "cosine";
const LABEL: Record<Field, string> = { drift: "relative drift ‖W − W0‖/‖W0‖", cosine: "cosine to W0" };

function mountWeightSteps(ctx: PanelContext): PanelInstance {
  const { panel } = ctx;
  let field: Field = "drift";
  const toggle = segmented<Field>("Weight measure", [{ id: "drift", label: "Drift" }, { id: "cosine", label: "Cosine" }], (f) => {
    field = f;
    toggle.set(f);
    loop.schedule();
  }, { initial: field, control: "ws" });
  panel.controls.appendChild(toggle.element);
  const content = el("div", { class: "tbt-structure-ws" });
  panel.body.appendChild(content);
  const tooltip = new Tooltip(panel.body);
  let csvRows: (string | number | null)[][] = [];
  let fine: SVGSVGElement | null = null;
  panel.setExports({
    figure: () => (fine ? { svg: fine, name: `weight-steps-${field}` } : null),
    csv: () => (csvRows.length > 1 ? { rows: csvRows, name: `weight-steps-${field}` } : null),
  });

  const loop = renderLoop(ctx, (v, width) => {
    tooltip.hide();
    clear(content);
    fine = null;
    csvRows = [];
    if (!showState(panel, v)) return;
    const notes = runNotes(v);
    if (notes) content.appendChild(notes);
    const layer = v.sel.layer && v.layers.includes(v.sel.layer) ? v.sel.layer : v.layers[v.layers.length - 1];
    const withSteps = v.runs.filter((r) => r.stats.weight_steps?.steps.length);
    const fineSeries: LineSeries[] = withSteps.map((r) => ({ id: r.run, label: r.run, color: r.color, points: weightStepSeries(r.stats, layer, field), width: 1.6 }));
    const epochLines: LineSeries[] = v.runs.map((r) => ({ id: r.run, label: r.run, color: r.color, points: epochSeries(r.stats, layer, field), marker: "circle", width: 1.6 }));
    const yDomain = sharedDomain([...fineSeries, ...epochLines].map((s) => s.points), field === "drift") ?? undefined;
    content.appendChild(
      el("p", { class: "tbt-caption tbt-ov-sub" }, `${layer}${v.sel.layer ? "" : " (the last layer; select another in the header or the layer overview)"}: ${LABEL[field]}, left at optimizer steps (on_train_step), right per logged ${v.stepLabel}; one y scale.`),
    );
    const row = el("div", { class: "tbt-multiples tbt-ws-row" });
    const each = Math.max(300, Math.floor((width - 18) / 2));
    const fineBox = el("div", { class: "tbt-multiple tbt-ws-fine", "data-layer": layer, "data-runs": withSteps.length });
    fineBox.appendChild(el("div", { class: "tbt-run-title" }, "At optimizer steps (weight_steps)"));
    if (!fineSeries.some((s) => hasValues(s.points))) {
      fineBox.appendChild(
        el("p", { class: "tbt-note" }, withSteps.length ? `No weight_steps values for ${layer}.` : "No weight_steps records: call cb.on_train_step(step) after optimizer steps (every_n_steps= thins them)."),
      );
    } else {
      fine = lineChart(fineSeries, {
        width: each,
        height: 220,
        xLabel: "optimizer step",
        yLabel: field,
        yDomain,
        yZero: field === "drift",
        valueFormat: (x) => fmt(x),
        tooltip,
        tooltipHost: panel.body,
        ariaLabel: `${LABEL[field]} of ${layer} at optimizer steps`,
      });
      fineBox.appendChild(fine);
    }
    const epochBox = el("div", { class: "tbt-multiple tbt-ws-epoch", "data-layer": layer });
    epochBox.appendChild(el("div", { class: "tbt-run-title" }, `Per ${v.stepLabel} (layer_stats)`));
    const epochChart = lineChart(epochLines, {
      width: each,
      height: 220,
      xLabel: v.stepLabel,
      yLabel: field,
      yDomain,
      yZero: field === "drift",
      markX: v.step,
      valueFormat: (x) => fmt(x),
      onClickX: (x) => ctx.store.set({ step: x }),
      tooltip,
      tooltipHost: panel.body,
      ariaLabel: `${LABEL[field]} of ${layer} per ${v.stepLabel}`,
    });
    epochBox.appendChild(epochChart);
    row.append(fineBox, epochBox);
    content.appendChild(row);
    csvRows = [["run", "axis", "step", "layer", field]];
    for (const s of fineSeries) for (const p of s.points) csvRows.push([s.id, "optimizer_step", p.x, layer, p.y]);
    for (const s of epochLines) for (const p of s.points) csvRows.push([s.id, v.stepLabel, p.x, layer, p.y]);
  });
  return { destroy: () => loop.destroy() };
}

registerPanel({
  id: "structure-weight-steps",
  section: "structure",
  title: "Weight drift at optimizer steps",
  info:
    "The selected layer's relative weight change from its pretrained weights (or cosine to them), logged at optimizer steps by on_train_step (left; its own step axis), beside the same measure at each logged step (right). The fine-grained series shows when within an epoch a layer moved, e.g. a jump in the first steps after unfreezing.",
  span: 12,
  order: 80,
  mount: (ctx) => mountWeightSteps(ctx),
});
