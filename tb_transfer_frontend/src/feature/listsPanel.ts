// The ranked channels: for the group (the selection, a class or every class) and the selected layer, for each shown
// run, two lists side by side, the pretrained and the current model, ranked by domain-discriminativeness (most or
// least first). Each row: rank, channel id, |coefficient| bar with the rank AUC, class importance bar, the mirrored
// per-domain histogram (source above, target below, shared bins), the dead fraction and the checkbox of the
// domain-discrimination plot. Lists are virtualised (only the rows in view are in the DOM). Clicking a row selects
// the channel everywhere (the store's `neuron`).

import { clear, el, segmented, svgEl } from "../dom";
import { renderLoop } from "../loop";
import { registerPanel, type PanelContext } from "../panels";
import { setNeuron } from "../store";
import type { Features, ModelName, Num } from "../types";
import { featureData, featureLoader, type RunFeatures } from "./data";
import { maxFinite, mirroredBars, rankedRows, visibleWindow, type ChannelRow } from "./model";
import { checkedChannels, featureState, groupLabel, toggleChecked, type FeatureState } from "./state";
import { injectFeatureListStyles } from "./style";

export const ROW_HEIGHT = 44;
export const VISIBLE_ROWS = 10;
const HIST_W = 150;
const HIST_H = 36;
const MODELS: readonly ModelName[] = ["pretrained", "current"];

const fmt = (v: Num | undefined, digits = 2): string => (v === null || v === undefined || !Number.isFinite(v) ? "—" : v.toFixed(digits));
const pct = (v: Num | undefined): string => (v === null || v === undefined || !Number.isFinite(v) ? "—" : `${Math.round(v * 100)}%`);

/** The group's dead fraction of a channel: the domains' fractions weighted by their instance counts. */
export function deadFraction(dead: readonly [Num, Num], count: readonly [number, number]): Num {
  let sum = 0;
  let n = 0;
  for (const d of [0, 1]) {
    const v = dead[d];
    if (v !== null && Number.isFinite(v) && count[d] > 0) {
      sum += v * count[d];
      n += count[d];
    }
  }
  return n ? sum / n : null;
}

/** The mirrored histogram of one row (SVG); `data-counts` = "source counts|target counts" for tests and exports. */
export function histogramSvg(row: ChannelRow): SVGSVGElement {
  const { bars, max, mid } = mirroredBars(row.hist, HIST_W - 18, HIST_H);
  const svg = svgEl("svg", {
    class: "tbt-feat-hist",
    width: HIST_W,
    height: HIST_H,
    viewBox: `0 0 ${HIST_W} ${HIST_H}`,
    role: "img",
    "aria-label": `activation histogram of channel ${row.channel}: source above (max ${max[0]}), target below (max ${max[1]})`,
    "data-counts": `${row.hist[0].join(",")}|${row.hist[1].join(",")}`,
  });
  for (const b of bars) {
    svg.appendChild(svgEl("rect", {
      class: b.domain === 0 ? "tbt-feat-bar-source" : "tbt-feat-bar-target",
      x: b.x.toFixed(1), y: b.y.toFixed(1), width: b.width.toFixed(1), height: Math.max(0.5, b.height).toFixed(1),
    }));
  }
  svg.appendChild(svgEl("line", { class: "tbt-feat-mid", x1: 0, x2: HIST_W - 18, y1: mid, y2: mid }));
  const label = (d: 0 | 1) => {
    const t = svgEl("text", { class: `tbt-feat-max tbt-feat-max-${d ? "target" : "source"}`, x: HIST_W - 16, y: d ? HIST_H - 2 : 9 });
    t.textContent = String(max[d]);
    return t;
  };
  svg.append(label(0), label(1));
  const [lo, hi] = row.extent;
  const title = svgEl("title");
  title.textContent = `pooled activation from ${fmt(lo, 3)} to ${fmt(hi, 3)}; bins shared by the domains`;
  svg.prepend(title);
  return svg;
}

interface ListScales {
  coef: number;
  importance: number;
}

function bar(fraction: number, cls: string, text: string, title: string): HTMLElement {
  const fill = el("div", { class: `tbt-feat-fill ${cls}` });
  fill.style.width = `${Math.max(0, Math.min(1, fraction)) * 100}%`;
  return el("div", { class: "tbt-feat-bar", title }, el("div", { class: "tbt-feat-track" }, fill), el("span", { class: "tbt-feat-num" }, text));
}

export function rowElement(row: ChannelRow, f: Features, scales: ListScales, checked: boolean, selected: boolean, onCheck: () => void): HTMLElement {
  const coef = row.coef;
  const abs = coef === null ? null : Math.abs(coef); // no coefficient (e.g. no source instance in the group): "—"
  const dead = deadFraction(row.dead, f.count);
  const check = el("input", { type: "checkbox", class: "tbt-feat-check", "aria-label": `Project channel ${row.channel} in the domain-discrimination plot` });
  check.checked = checked;
  check.addEventListener("click", (e) => e.stopPropagation());
  check.addEventListener("change", onCheck);
  const item = el(
    "div",
    {
      class: `tbt-feat-row${selected ? " tbt-selected" : ""}`,
      role: "listitem",
      tabindex: 0,
      "data-channel": row.channel,
      "data-rank": row.rank ?? "",
      "aria-current": selected ? "true" : null,
    },
    el("span", { class: "tbt-feat-rank" }, row.rank ?? "—"),
    el("span", { class: "tbt-feat-channel" }, `#${row.channel}`),
    bar(scales.coef && abs !== null && Number.isFinite(abs) ? abs / scales.coef : 0, coef !== null && coef < 0 ? "tbt-feat-fill-source" : "tbt-feat-fill-target",
      `|w| ${fmt(abs)} · AUC ${fmt(row.auc)}`,
      `domain coefficient ${fmt(coef, 3)}${coef === null ? "" : coef < 0 ? " (higher on source)" : " (higher on target)"}; rank AUC of target vs source ${fmt(row.auc, 3)} (0.5: no difference)`),
    bar(scales.importance && row.importance !== null ? row.importance / scales.importance : 0, "tbt-feat-fill-importance", fmt(row.importance),
      `class importance (gradient × activation) ${fmt(row.importance, 3)}`),
    histogramSvg(row),
    el("span", { class: "tbt-feat-dead", title: `dead (pooled activation ≤ 0): source ${pct(row.dead[0])}, target ${pct(row.dead[1])}` }, pct(dead)),
    check,
  );
  return item;
}

/**
 * A virtualised list: a scroll box as tall as `VISIBLE_ROWS` rows over a spacer as tall as every row; only the rows
 * in view (plus a few) are in the DOM, redrawn on scroll. `data-rows` = every row, `data-order` = their channels.
 */
export function virtualList(rows: readonly ChannelRow[], draw: (row: ChannelRow) => HTMLElement, scrollTop = 0, onScroll?: (top: number) => void): HTMLElement {
  const height = Math.min(VISIBLE_ROWS, rows.length) * ROW_HEIGHT;
  const spacer = el("div", { class: "tbt-feat-spacer" });
  spacer.style.height = `${rows.length * ROW_HEIGHT}px`;
  const scroll = el("div", { class: "tbt-feat-scroll", role: "list", "data-rows": rows.length, "data-order": rows.map((r) => r.channel).join(",") }, spacer);
  scroll.style.height = `${height}px`;
  let drawn = "";
  const paint = () => {
    const w = visibleWindow(scroll.scrollTop || scrollTop, height, ROW_HEIGHT, rows.length);
    const key = `${w.start}:${w.end}`;
    if (key === drawn) return;
    drawn = key;
    clear(spacer);
    for (let i = w.start; i < w.end; i++) {
      const node = draw(rows[i]);
      node.style.top = `${i * ROW_HEIGHT}px`;
      node.style.height = `${ROW_HEIGHT}px`;
      spacer.appendChild(node);
    }
    scroll.dataset.start = String(w.start);
    scroll.dataset.end = String(w.end);
  };
  scroll.addEventListener("scroll", () => {
    scrollTop = scroll.scrollTop;
    onScroll?.(scrollTop);
    paint();
  });
  paint();
  if (scrollTop) queueMicrotask(() => (scroll.scrollTop = scrollTop));
  return scroll;
}

/** The scroll position that shows row `index` (unchanged when it is already in view, or when index < 0). */
export function scrollFor(index: number, scrollTop: number): number {
  if (index < 0) return scrollTop;
  const top = index * ROW_HEIGHT;
  const view = VISIBLE_ROWS * ROW_HEIGHT;
  if (top >= scrollTop && top + ROW_HEIGHT <= scrollTop + view) return scrollTop;
  return Math.max(0, top - 2 * ROW_HEIGHT);
}

function mount(ctx: PanelContext) {
  injectFeatureListStyles(document);
  const { panel, store, api, data } = ctx;
  const detach = featureLoader(api, store, data).attach();
  const scrolls = new Map<string, number>();
  /** The neuron the lists were last scrolled to (a neuron selected elsewhere is scrolled into view once). */
  let shownNeuron = "";
  const order = segmented<"most" | "least">("Order", [
    { id: "most", label: "Most domain-discriminative", title: "Channels that tell the domains apart best first (domain-specific)" },
    { id: "least", label: "Least", title: "Channels that tell the domains apart least first (domain-invariant, transferable)" },
  ], (id) => featureState.set({ order: id }));
  panel.controls.append(order.element);

  const exportRows = (): (string | number | null)[][] => {
    const rows: (string | number | null)[][] = [["run", "layer", "step", "model", "rank", "channel", "domain_coef", "domain_auc", "importance", "dead_source", "dead_target"]];
    for (const r of featureData.get().runs) {
      const f = r.features;
      if (!f) continue;
      for (const m of MODELS) for (const row of rankedRows(f, m, "most")) rows.push([r.run, f.layer, f.step, m, row.rank, row.channel, row.coef, row.auc, row.importance, row.dead[0], row.dead[1]]);
    }
    return rows;
  };
  panel.setExports({ csv: () => ({ rows: exportRows(), name: "ranked_channels" }) });

  function runBlock(r: RunFeatures, st: FeatureState, color: string, scrollToNeuron: boolean): HTMLElement {
    const f = r.features;
    const sel = store.get();
    const names = r.info?.class_names ?? [];
    const head = el("div", { class: "tbt-feat-run-head" }, el("span", { class: "tbt-feat-run-swatch" }), el("span", { class: "tbt-feat-run-name", title: r.run }, r.run));
    (head.firstChild as HTMLElement).style.background = color;
    const block = el("div", { class: "tbt-feat-run", "data-run": r.run, "data-status": r.status }, head);
    if (r.status === "error") {
      block.append(el("div", { class: "tbt-feat-error", role: "alert" }, r.error ?? "could not be read"));
      return block;
    }
    if (!f) {
      head.append(el("span", { class: "tbt-feat-status" }, "loading…"));
      return block;
    }
    const recorded = f.recorded.length < f.channels ? ` · ${f.recorded.length} of ${f.channels} channels recorded` : ` · ${f.channels} channels`;
    head.append(el("span", { class: "tbt-feat-status" }, `${f.layer} · step ${f.step} · ${answerGroupLabel(f, names)} (${f.count[0]} source, ${f.count[1]} target)${recorded}${r.status === "loading" ? " · updating…" : ""}`));
    block.dataset.step = String(f.step);
    block.dataset.count = f.count.join(",");
    const scales: ListScales = {
      coef: maxFinite(MODELS.flatMap((m) => f.models[m].domain_coef)),
      importance: maxFinite(MODELS.flatMap((m) => f.models[m].importance)),
    };
    const currentRanking = f.models.current.ranking;
    const checked = new Set(checkedChannels(st, f.layer, currentRanking));
    const neuron = sel.neuron && sel.neuron.layer === f.layer ? sel.neuron.channel : null;
    const lists = el("div", { class: "tbt-feat-lists" });
    for (const m of MODELS) {
      const rows = rankedRows(f, m, st.order);
      const key = `${r.run}\u0000${m}`;
      if (scrollToNeuron && neuron !== null) scrolls.set(key, scrollFor(rows.findIndex((x) => x.channel === neuron), scrolls.get(key) ?? 0));
      const draw = (row: ChannelRow) => {
        const node = rowElement(row, f, scales, checked.has(row.channel), row.channel === neuron, () => toggleChecked(f.layer, currentRanking, row.channel));
        const pick = () => setNeuron({ layer: f.layer, channel: row.channel }, store);
        node.addEventListener("click", pick);
        node.addEventListener("keydown", (e) => {
          if (e.key === "Enter" || e.key === " ") {
            e.preventDefault();
            pick();
          }
        });
        return node;
      };
      const cols = el("div", { class: "tbt-feat-cols", "aria-hidden": "true" },
        el("span", { class: "tbt-feat-rank" }, "#"), el("span", null, "channel"),
        el("span", { title: "|coefficient| of a linear target-vs-source classifier on the group's standardised activations; rank AUC" }, "|w| · AUC"),
        el("span", { title: "class importance (gradient × activation)" }, "importance"),
        el("span", { title: "pooled activation over the group's instances: source above, target below, shared bins; numbers: each half's max count" }, "source ▲ / target ▼"),
        el("span", { class: "tbt-feat-dead", title: "fraction of the group's instances with pooled activation ≤ 0" }, "dead"),
        el("span", { title: "project in the domain-discrimination plot" }, "✓"));
      const title = m === "pretrained" ? "Pretrained model (step 0)" : `Current model (step ${f.step})`;
      const list = el("div", { class: "tbt-feat-list", "data-model": m }, el("div", { class: "tbt-feat-list-title" }, title), cols,
        rows.length ? virtualList(rows, draw, scrolls.get(key) ?? 0, (top) => scrolls.set(key, top)) : el("p", { class: "tbt-feat-note" }, "No recorded channels."));
      lists.append(list);
    }
    block.append(lists);
    if (f.recorded.length < f.channels) {
      block.append(el("p", { class: "tbt-feat-note" },
        `Only recorded channels are ranked: per-instance activations are kept for ${f.recorded.length} of the layer's ${f.channels} channels, chosen once per run from the pretrained model (alternately the most important and the most domain-discriminative), so both ends of the ranking are among them.`));
    }
    return block;
  }

  const loop = renderLoop(ctx, (v) => {
    const fd = featureData.get();
    const st = featureState.get();
    order.set(st.order);
    if (!v.selected.length) {
      panel.setState("empty", "Select a run to rank its channels.");
      return;
    }
    if (!fd.layer) {
      panel.setState("empty", "Pick a layer in the header.");
      return;
    }
    if (!fd.runs.length) {
      panel.setState("loading");
      return;
    }
    if (fd.runs.every((r) => r.status === "error")) {
      panel.setState("error", fd.runs.map((r) => `${r.run}: ${r.error}`).join("\n"));
      return;
    }
    panel.setState("ready");
    clear(panel.body);
    const box = el("div", { class: "tbt-feat-runs" });
    const n = v.sel.neuron ? `${v.sel.neuron.layer}\u0000${v.sel.neuron.channel}` : "";
    const scrollToNeuron = n !== shownNeuron && fd.runs.some((r) => r.features);
    if (scrollToNeuron) shownNeuron = n;
    for (const r of fd.runs) box.append(runBlock(r, st, ctx.runColor(r.run), scrollToNeuron));
    panel.body.append(box);
  }, { watch: (s) => [s.runs, s.step, s.layer, s.class, s.instances, s.neuron, s.theme] });
  const offs = [
    featureData.subscribe((d) => [d.runs, d.layer], () => loop.schedule()),
    featureState.subscribe((s) => [s.order, s.checked, s.layer], () => loop.schedule()),
  ];
  return {
    destroy() {
      offs.forEach((f) => f());
      loop.destroy();
      detach();
    },
  };
}

/** The label of the group an answer was computed for ("class cat", "12 selected instances", "all classes"). */
export function answerGroupLabel(f: Features, classNames: readonly string[]): string {
  if (f.group === "class" && f.class !== null) return groupLabel({ kind: "class", class: f.class }, classNames);
  if (f.group === "instances") return groupLabel({ kind: "selection", instances: Array(f.count[0] + f.count[1]).fill(0) });
  return groupLabel({ kind: "all" });
}

registerPanel({
  id: "feature-lists",
  section: "feature",
  title: "Ranked channels",
  info:
    "For the group (the instance level's selection, else the selected class, else every class) at the selected layer: the channels of the pretrained and of the current model ranked by domain-discriminativeness (|coefficient| of a linear target-vs-source classifier on the group's activations). Each row: |coefficient| and rank AUC, class importance, the mirrored activation histogram (source above, target below, shared bins, each half's maximum count), the dead fraction, and a checkbox that projects the channel in the domain-discrimination plot. Click a row to select the channel everywhere.",
  span: 12,
  order: 10,
  mount,
});
