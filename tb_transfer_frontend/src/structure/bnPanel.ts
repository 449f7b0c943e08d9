// BatchNorm drift: per BatchNorm layer over the steps (bn_stats of /statistics: the mean over channels of |drift| of
// one field, as BatchNorm-layer × step heat-maps, one per run on one scale), and per channel of the selected
// BatchNorm layer at the selected step (bn_drift via /layer, signed bars). Clicking a cell selects the BatchNorm
// layer, the step and the tracked layer it follows; selecting a tracked layer elsewhere selects its BatchNorm layer.

import { sequentialScale } from "../charts/scale";
import { Tooltip } from "../charts/tooltip";
import { layerRecords } from "../data";
import { clear, el, segmented } from "../dom";
import { renderLoop } from "../loop";
import { registerPanel, type PanelContext, type PanelInstance } from "../panels";
import { unionLayers } from "../transforms";
import type { View } from "../view";
import { chartExports, runNotes, showState } from "../overview/common";
import { layerHeatmap } from "../overview/heatmap";
import { matrixCells } from "../overview/matrix";
import { fmtValue } from "../overview/scales";
import { bnChannelStrips, type BnChannelRun } from "./bnChannels";
import { BN_FIELDS, BN_LABEL, bnFor, bnMatrices, layerOfBn, type BnField } from "./layerModel";

function mountBn(ctx: PanelContext): PanelInstance {
  const { panel, store } = ctx;
  let field: BnField = "mean_shift";
  let chosen: string | null = null; // the BatchNorm layer clicked or followed
  let followed: string | null | undefined; // the store's layer the choice last followed
  const toggle = segmented("BatchNorm field", BN_FIELDS.map((f) => ({ id: f, label: BN_LABEL[f] })), (f) => {
    field = f;
    toggle.set(f);
    loop.schedule();
  }, { initial: field, control: "bn" });
  panel.controls.appendChild(toggle.element);
  const content = el("div", { class: "tbt-structure-bn" });
  panel.body.appendChild(content);
  const tooltip = new Tooltip(panel.body);
  let ticket = 0;
  let channelRows: (string | number | null)[][] = [];
  let channelSvg: SVGSVGElement | null = null;

  const channels = (v: View, bn: string, host: HTMLElement, width: number) => {
    const runs = v.runs.filter((r) => r.stats.bn_stats?.layers.includes(bn));
    const lacking = v.runs.filter((r) => r.stats.bn_stats?.layers.length && !runs.includes(r)).map((r) => r.run);
    const my = ++ticket;
    host.appendChild(el("p", { class: "tbt-note" }, `Loading the channels of ${bn}…`));
    void layerRecords(ctx, runs, bn, v.sel.step).then(({ answers, failed }) => {
      if (my !== ticket) return;
      clear(host);
      const shown: BnChannelRun[] = answers.map(({ run: r, at }) => ({ key: r.run, title: r.run, color: r.color, step: at.step, values: BN_FIELDS.map((f) => at.values(f)) }));
      if (lacking.length) host.appendChild(el("p", { class: "tbt-note" }, `${bn} is not a BatchNorm layer of ${lacking.join(", ")}.`));
      if (failed.length) host.appendChild(el("p", { class: "tbt-note tbt-bad" }, `Per-channel drift unavailable: ${failed.join("; ")}`));
      channelRows = [["run", "step", "bn_layer", "channel", ...BN_FIELDS]];
      for (const r of shown) (r.values[0] ?? []).forEach((_, k) => channelRows.push([r.title, r.step, bn, k, ...r.values.map((vals) => vals[k] ?? null)]));
      if (!shown.length) {
        channelSvg = null;
        return;
      }
      channelSvg = bnChannelStrips(shown, { bn, width: Math.max(360, width - 8), theme: v.theme, stepLabel: v.stepLabel, tooltip, tooltipHost: panel.body, format: (x) => fmtValue(x) });
      const svg = channelSvg;
      host.append(
        el("p", { class: "tbt-caption tbt-ov-sub" }, `${bn} at the selected ${v.stepLabel}, per channel: running mean shift (in pretrained standard deviations), log ratio of the running variances, and the change of γ and β; one symmetric scale per field, shared by the runs.`),
        chartExports(`BatchNorm channels of ${bn}`, {
          figure: () => ({ svg, name: `bn-channels-${bn}` }),
          csv: () => ({ rows: channelRows, name: `bn-channels-${bn}` }),
        }),
        el("div", { class: "tbt-ov-scroll" }, svg),
      );
    });
  };

  const loop = renderLoop(ctx, (v, bodyWidth) => {
    tooltip.hide();
    clear(content);
    channelSvg = null;
    if (!showState(panel, v)) return;
    const notes = runNotes(v);
    if (notes) content.appendChild(notes);
    const withBn = v.runs.filter((r) => r.stats.bn_stats?.layers.length);
    if (!withBn.length) {
      content.appendChild(el("p", { class: "tbt-note" }, "The selected runs have no BatchNorm layers (no bn_stats records)."));
      return;
    }
    const without = v.runs.filter((r) => !withBn.includes(r)).map((r) => r.run);
    if (without.length)
      content.appendChild(el("p", { class: "tbt-note tbt-bn-without", "data-runs": without.join("\n") }, `Not shown: ${without.join(", ")} ${without.length > 1 ? "have" : "has"} no BatchNorm layers (no bn_stats records).`));
    const bns = unionLayers(withBn.map((r) => r.stats.bn_stats!.layers));
    if (v.sel.layer !== followed) {
      followed = v.sel.layer;
      chosen = withBn.map((r) => bnFor(r.info, v.sel.layer)).find((b) => b) ?? chosen;
    }
    const bn = chosen && bns.includes(chosen) ? chosen : bns[0];
    const matrices = bnMatrices(withBn.map((r) => r.stats), field);
    let max = 0;
    for (const m of matrices) for (const row of m.values) for (const x of row) if (x !== null && x > max) max = x;
    const scale = sequentialScale([0, max > 0 ? max : 1], v.theme, { low: "kept", high: "changed" });
    const title = `|${BN_LABEL[field]}|, mean over channels`;
    const hm = layerHeatmap({
      measure: `bn-${field}`,
      title,
      help: "Per BatchNorm layer (rows, model order) and step: the mean over its channels of the absolute drift of this field from the pretrained model.",
      multiples: withBn.map((r, i) => ({ key: r.run, title: r.run, color: r.color, matrix: matrices[i] })),
      scale,
      theme: v.theme,
      width: Math.max(320, bodyWidth) - 4,
      selectedLayer: bn,
      selectedStep: v.sel.step, // each run outlines its own step for it
      stepLabel: v.stepLabel,
      onSelect: (name, step) => {
        chosen = name;
        followed = withBn.map((r) => layerOfBn(r.info, name)).find((l) => l) ?? store.get().layer;
        store.set({ step, layer: followed });
        loop.schedule();
      },
      current: () => ({ layer: chosen ?? bn, step: store.get().step }),
      tooltip,
      format: fmtValue,
    });
    content.appendChild(
      el(
        "div",
        { class: "tbt-ov-row tbt-bn-heat" },
        chartExports(title, {
          figure: () => ({ ...hm.figure, name: `bn-${field}` }),
          csv: () => ({ rows: matrixCells(withBn.map((r, i) => ({ title: r.run, matrix: matrices[i] }))), name: `bn-${field}` }),
        }),
        el("div", { class: "tbt-ov-scroll" }, hm.element),
      ),
    );
    const host = el("div", { class: "tbt-ov-row tbt-bn-channel-host", "data-bn": bn });
    content.appendChild(host);
    channels(v, bn, host, bodyWidth);
  });
  panel.setExports({
    csv: () => (channelRows.length > 1 ? { rows: channelRows, name: "bn-channels" } : null),
    figure: () => (channelSvg ? { svg: channelSvg, name: "bn-channels" } : null),
  });
  return {
    destroy() {
      ticket++;
      loop.destroy();
    },
  };
}

registerPanel({
  id: "structure-bn",
  section: "structure",
  title: "BatchNorm drift",
  info:
    "How the BatchNorm layers moved from the pretrained model: per layer over the steps (heat-maps: the mean over channels of |drift| of the chosen field, one scale for every run), and per channel of the selected BatchNorm layer at the selected step (bars). The running statistics move when the target domain's activations differ from the source's; γ and β move with training. Click a cell to select a BatchNorm layer and step.",
  span: 12,
  order: 70,
  mount: (ctx) => mountBn(ctx),
});
