// Rank movement: for each shown run, a slope chart of the top 20 channels of either model (in the chosen order),
// from their rank by domain-discriminativeness in the pretrained model (left) to their rank in the current model
// (right). A line that rises marks a channel that became domain-specific; one that falls, a channel that became
// domain-invariant. Clicking a line selects the channel everywhere.

import { spreadLabels } from "../charts/labels";
import { clear, el, svgEl } from "../dom";
import { renderLoop } from "../loop";
import { registerPanel, type PanelContext } from "../panels";
import { setNeuron } from "../store";
import type { Features } from "../types";
import { featureData, featureLoader } from "./data";
import { slopeLines, type SlopeLine } from "./model";
import { featureState } from "./state";
import { injectFeatureListStyles } from "./style";

export const SLOPE_TOP = 20;
const HEIGHT = 380;
const MARGIN = { top: 26, right: 46, bottom: 22, left: 46 };
/** The least distance between two end labels (10px text), px. */
const END_GAP = 11;

/** The y position of a rank (1 at the top) on a chart of ranks 1..maxRank. */
export function rankY(rank: number, maxRank: number, height = HEIGHT): number {
  const inner = height - MARGIN.top - MARGIN.bottom;
  return MARGIN.top + (maxRank > 1 ? ((rank - 1) / (maxRank - 1)) * inner : inner / 2);
}

function slopeChart(f: Features, lines: SlopeLine[], width: number, neuron: number | null, onPick: (ch: number) => void): SVGSVGElement {
  const drawn = lines.filter((l) => l.from !== null && l.to !== null);
  const maxRank = Math.max(2, ...drawn.map((l) => Math.max(l.from!, l.to!)));
  const x0 = MARGIN.left;
  const x1 = width - MARGIN.right;
  const svg = svgEl("svg", { width, height: HEIGHT, viewBox: `0 0 ${width} ${HEIGHT}`, role: "img",
    "aria-label": `rank movement of the top ${SLOPE_TOP} channels of layer ${f.layer}, pretrained to current` });
  const label = (x: number, y: number, text: string, anchor: string) => {
    const t = svgEl("text", { class: "tbt-feat-axis-label", x, y, "text-anchor": anchor });
    t.textContent = text;
    return t;
  };
  const bottom = HEIGHT - 3;
  svg.append(label(2, 12, "pretrained: rank 1", "start"), label(width - 2, 12, `current (step ${f.step}): rank 1`, "end"),
    label(2, bottom, `rank ${maxRank}`, "start"), label(width - 2, bottom, `rank ${maxRank}`, "end"));
  for (const x of [x0, x1]) svg.append(svgEl("line", { class: "tbt-feat-axis", x1: x, x2: x, y1: rankY(1, maxRank), y2: rankY(maxRank, maxRank) }));
  // End labels (ranks up to SLOPE_TOP, and the selected channel) spread so that none overlaps, each joined to its
  // line's end by a short leader.
  const endY = (side: "from" | "to") => {
    const shown = drawn.filter((l) => l[side]! <= SLOPE_TOP || l.channel === neuron);
    const ys = spreadLabels(shown.map((l) => rankY(l[side]!, maxRank)), END_GAP, MARGIN.top - 6, HEIGHT - MARGIN.bottom + 6);
    return new Map(shown.map((l, i) => [l.channel, ys[i]]));
  };
  const ends = { from: endY("from"), to: endY("to") };
  // the selected channel last, so it is drawn on top
  const ordered = [...drawn].sort((a, b) => Number(a.channel === neuron) - Number(b.channel === neuron));
  for (const l of ordered) {
    const ya = rankY(l.from!, maxRank);
    const yb = rankY(l.to!, maxRank);
    const g = svgEl("g", { "data-channel": l.channel, "data-from": l.from!, "data-to": l.to!, class: "tbt-feat-slope-line" });
    const title = svgEl("title");
    title.textContent = `channel ${l.channel}: rank ${l.from} → ${l.to}${l.kind === "specific" ? " (became more domain-specific)" : l.kind === "invariant" ? " (became more domain-invariant)" : ""}`;
    const path = svgEl("line", { class: `tbt-feat-line tbt-feat-line-${l.kind}${l.channel === neuron ? " tbt-selected" : ""}`, x1: x0, y1: ya, x2: x1, y2: yb });
    const hit = svgEl("line", { class: "tbt-feat-line-hit", x1: x0, y1: ya, x2: x1, y2: yb });
    g.append(title, path, hit);
    g.addEventListener("click", () => onPick(l.channel));
    const end = (x: number, y: number, side: -1 | 1, at: number | undefined) => {
      if (at === undefined) return;
      g.append(svgEl("line", { class: "tbt-feat-leader", x1: x, y1: y, x2: x + side * 6, y2: at }));
      const t = svgEl("text", { class: "tbt-feat-end", x: x + side * 8, y: at + 3.5, "text-anchor": side < 0 ? "end" : "start" });
      t.textContent = `#${l.channel}`;
      g.append(t);
    };
    end(x0, ya, -1, ends.from.get(l.channel));
    end(x1, yb, 1, ends.to.get(l.channel));
    svg.append(g);
  }
  return svg;
}

function mount(ctx: PanelContext) {
  injectFeatureListStyles(document);
  const { panel, store, api, data } = ctx;
  const detach = featureLoader(api, store, data).attach();
  panel.setExports({
    csv: () => {
      const rows: (string | number | null)[][] = [["run", "layer", "step", "channel", "pretrained_rank", "current_rank", "movement"]];
      for (const r of featureData.get().runs) {
        const f = r.features;
        if (f) for (const l of slopeLines(f, SLOPE_TOP, featureState.get().order)) rows.push([r.run, f.layer, f.step, l.channel, l.from, l.to, l.kind]);
      }
      return { rows, name: "rank_movement" };
    },
  });
  const loop = renderLoop(ctx, (v, width) => {
    const fd = featureData.get();
    const order = featureState.get().order;
    const ready = fd.runs.filter((r) => r.features);
    if (!v.selected.length || !fd.layer) {
      panel.setState("empty", !v.selected.length ? "Select a run." : "Pick a layer in the header.");
      return;
    }
    if (!ready.length) {
      if (fd.runs.length && fd.runs.every((r) => r.status === "error")) panel.setState("error", fd.runs.map((r) => `${r.run}: ${r.error}`).join("\n"));
      else panel.setState("loading");
      return;
    }
    panel.setState("ready");
    clear(panel.body);
    const sel = store.get();
    const box = el("div", { class: "tbt-feat-slopes" });
    const avail = width || panel.body.clientWidth || 440;
    const w = Math.max(220, Math.min(440, Math.floor((avail - 12 * (ready.length - 1)) / ready.length)));
    for (const r of ready) {
      const f = r.features!;
      const neuron = sel.neuron && sel.neuron.layer === f.layer ? sel.neuron.channel : null;
      const lines = slopeLines(f, SLOPE_TOP, order);
      const head = el("div", { class: "tbt-feat-run-head" }, el("span", { class: "tbt-feat-run-swatch" }), el("span", { class: "tbt-feat-run-name", title: r.run }, r.run),
        el("span", { class: "tbt-feat-status", title: `the ${SLOPE_TOP} ${order} domain-discriminative channels of either model` }, `top ${SLOPE_TOP} (${order})`));
      (head.firstChild as HTMLElement).style.background = ctx.runColor(r.run);
      const ranked = lines.some((l) => l.from !== null && l.to !== null);
      const cell = el("div", { class: "tbt-feat-slope", "data-run": r.run, "data-lines": lines.length }, head,
        ranked
          ? slopeChart(f, lines, w, neuron, (ch) => setNeuron({ layer: f.layer, channel: ch }, store))
          : el("p", { class: "tbt-note tbt-feat-unranked" }, "No channel is ranked in both models: the group has no domain coefficients (e.g. no source instance)."));
      cell.style.width = `${w}px`;
      box.append(cell);
    }
    const key = (cls: string, text: string) => el("span", null, el("span", { class: `tbt-feat-key ${cls}` }), text);
    const legend = el("div", { class: "tbt-feat-legend" },
      key("tbt-feat-key-specific", "became more domain-specific (rank up)"),
      key("tbt-feat-key-invariant", "became more domain-invariant (rank down)"),
      key("tbt-feat-key-same", "same rank"));
    panel.body.append(box, legend);
  }, { watch: (s) => [s.runs, s.step, s.layer, s.class, s.instances, s.neuron, s.theme] });
  const offs = [
    featureData.subscribe((d) => [d.runs, d.layer], () => loop.schedule()),
    featureState.subscribe((s) => [s.order], () => loop.schedule()),
  ];
  return {
    destroy() {
      offs.forEach((f) => f());
      loop.destroy();
      detach();
    },
  };
}

registerPanel({
  id: "feature-slopes",
  section: "feature",
  title: "Rank movement",
  info:
    "The top 20 channels of either model by domain-discriminativeness (or the least, per the order), from their rank in the pretrained model (left) to their rank in the current model (right): rising lines became domain-specific, falling lines domain-invariant. Click a line to select the channel.",
  span: 6,
  order: 50,
  mount,
});
