// The domain-discrimination plot (the paper's Feature View plot): for each selected run, the group's instances
// projected on x = the unit normal of a linear SVM separating source from target on the checked channels and y = the
// first principal component of the residual, for the pretrained and the current model side by side, each with the
// SVM's accuracy; biplot arrows for the checked channels (click one to select the channel everywhere); hover an
// instance for its thumbnail. Checking a channel re-projects at once: only `/feature_projection` is asked again
// (`/features` answers are shared and kept), and an older request still in flight is cancelled.

import { placeLabels } from "../charts/labels";
import { placeCard } from "../charts/tooltip";
import { clear, el, svgEl } from "../dom";
import { DOMAIN_MARK, GREY } from "../instance/model";
import { instanceState } from "../instance/state";
import { thumbnailCanvas } from "../instance/thumbs";
import { renderLoop } from "../loop";
import { registerPanel, type PanelContext } from "../panels";
import { setNeuron } from "../store";
import type { FeatureProjection, ModelName, RunInfo, Theme } from "../types";
import { oid, type View } from "../view";
import { featureData, featureLoader, groupKey, type FeatureData, type RunFeatures } from "./data";
import { arrowScale, arrowTips, LatestRequest, linear, pointArrays, projectionWindow } from "./plots";
import { injectFeaturePlotStyles } from "./plotStyle";
import { checkedChannels, featureState, groupLabel, groupParams, toggleChecked, type FeatureGroup } from "./state";

const MODELS: readonly ModelName[] = ["pretrained", "current"];
const MODEL_LABEL: Record<ModelName, string> = { pretrained: "Pretrained", current: "Current" };
const MARGIN = { left: 30, right: 10, top: 8, bottom: 30 };
/** The arrow labels' size (11px text): the width of a character and the height of a line, in px. */
const LABEL_CHAR_PX = 6.4;
const LABEL_PX = 13;

interface Slot {
  run: string;
  request: LatestRequest;
  /** What is asked for now (run, layer, step, group, checked state). */
  want: string;
  status: "loading" | "ready" | "error" | "empty";
  message?: string;
  channels: number[];
  answers?: Record<ModelName, FeatureProjection>;
  /** Milliseconds from the request to the answers of the last re-projection (both models). */
  ms?: number;
  info: RunInfo | null;
}

interface Plot {
  run: string;
  model: ModelName;
  svg: SVGSVGElement;
  ring: SVGCircleElement;
  /** Pixel positions of the points and their probe instance ids. */
  px: Float64Array;
  py: Float64Array;
  ids: number[];
  answer: FeatureProjection;
}

function domainNames(info: RunInfo | null): [string, string] {
  return [info?.domain_names?.source || "source", info?.domain_names?.target || "target"];
}

function mount(ctx: PanelContext) {
  const { panel, store, api, data } = ctx;
  const detach = featureLoader(api, store, data).attach();
  const slots = new Map<string, Slot>();
  const rows = el("div", { class: "tbt-fp-rows" });
  const legend = el("div", { class: "tbt-fp-legend", "aria-label": "Legend" });
  const card = el("div", { class: "tbt-fp-card", role: "tooltip" });
  card.hidden = true;
  panel.body.append(rows, legend, card);
  let plots: Plot[] = [];
  let hovered: { run: string; id: number } | null = null;
  let drawnKey = "";

  /** Asks again for what changed (a run, layer, step, group or the checked channels); the `/features` answers (the
   * ranking behind the default checked channels, the recorded channels, the step with records) come from the
   * feature level's loader. */
  function sync(fd: FeatureData, layer: string): RunFeatures[] {
    const fs = featureState.get();
    const shown = fd.runs.filter((r) => r.layer === layer);
    for (const run of [...slots.keys()])
      if (!shown.some((r) => r.run === run)) {
        slots.get(run)!.request.cancel();
        slots.delete(run);
      }
    for (const r of shown) {
      let slot = slots.get(r.run);
      if (!slot) {
        slot = { run: r.run, request: new LatestRequest(), want: "", status: "loading", channels: [], info: r.info };
        slots.set(r.run, slot);
      }
      slot.info = r.info;
      const f = r.features;
      if (!f) {
        if (r.status === "error") {
          slot.request.cancel();
          slot.want = "";
          Object.assign(slot, { status: "error", message: r.error, answers: undefined });
        }
        continue;
      }
      const recorded = new Set(f.recorded);
      const channels = checkedChannels(fs, layer, f.models.current.ranking).filter((c) => recorded.has(c));
      const want = [layer, f.step, groupKey(fd.group), channels.join(",")].join("\u0000");
      if (slot.want === want) continue;
      slot.want = want;
      void load(slot, layer, f.step, fd.group, channels, want);
    }
    return shown;
  }

  async function load(slot: Slot, layer: string, step: number, group: FeatureGroup, channels: number[], want: string): Promise<void> {
    const t0 = performance.now();
    if (!slot.answers) slot.status = "loading";
    panel.root.dataset.pending = "true";
    try {
      const params = groupParams(group);
      const got = channels.length
        ? await slot.request.run((signal) => Promise.all(MODELS.map((m) => api.featureProjection(slot.run, layer, step, params, m, channels, { signal }))))
        : [];
      if (got === null || slot.want !== want) return; // a later click asked again
      slot.channels = channels;
      if (!got.length) {
        slot.request.cancel();
        slot.status = "empty";
        slot.message = "No channel is checked: check channels in the ranked lists.";
        slot.answers = undefined;
      } else {
        slot.answers = { pretrained: got[0], current: got[1] };
        slot.status = "ready";
        slot.ms = performance.now() - t0;
      }
    } catch (err) {
      if (slot.want !== want) return;
      slot.status = "error";
      slot.message = (err as Error)?.message ?? String(err);
      slot.answers = undefined;
    }
    if ([...slots.values()].every((s) => s.status !== "loading")) delete panel.root.dataset.pending;
    loop.schedule();
  }

  function draw(v: View, width: number): void {
    const layer = v.sel.layer;
    if (!v.runs.length) {
      panel.setState(v.loading.length ? "loading" : "empty", v.loading.length ? "Loading runs…" : "Select a run.");
      return;
    }
    if (!layer) {
      panel.setState("empty", "Pick a layer in the header to see its channels.");
      return;
    }
    const fd = featureData.get();
    const shownRuns = sync(fd, layer);
    const shown = shownRuns.map((r) => slots.get(r.run)!);
    if (!shown.length || shown.every((s) => s.status === "loading" && !s.answers)) {
      panel.setState("loading", "Projecting…");
      return;
    }
    // Redraw only when what is drawn changed (the loader refreshes on every reload of the data).
    const key = [Math.round(width), v.theme, layer, JSON.stringify(v.sel.neuron), groupKey(fd.group),
      ...shown.map((s) => `${s.run}:${s.status}:${s.message ?? ""}:${oid(s.answers)}:${oid(s.info)}`)].join("|");
    if (key === drawnKey && panel.root.dataset.state === "ready") return;
    drawnKey = key;
    panel.setState("ready");
    const names = shownRuns[0]?.info?.class_names ?? [];
    panel.setTitle(`Domain-discrimination plot · ${groupLabel(fd.group, names)}`);
    const w = Math.max(160, Math.floor(((width || 800) - 12) / 2));
    const h = Math.min(360, Math.max(200, Math.round(w * 0.75)));
    clear(rows);
    plots = [];
    hovered = null;
    card.hidden = true;
    for (const slot of shown) rows.appendChild(runRow(v, slot, layer, w, h));
    const first = shown.find((s) => s.answers);
    panel.root.dataset.channels = (first?.channels ?? []).join(",");
    if (first?.ms !== undefined) panel.root.dataset.fetchMs = first.ms.toFixed(1);
    drawLegend(layer, shown.filter((s) => s.answers).map((s) => ({ run: s.run, channels: s.channels })), first?.info ?? null, v.theme);
    panel.setExports({
      figure: () => (plots[0] ? { svg: plots[0].svg, name: `domain-discrimination-${plots[0].run}-${plots[0].model}` } : null),
      csv: () => {
        const out: (string | number | null)[][] = [["run", "model", "instance", "domain", "x", "y"]];
        for (const p of plots) p.answer.points.forEach(([x, y], i) => out.push([p.run, p.model, p.answer.instances[i], p.answer.domain[i], x, y]));
        return { rows: out, name: "domain-discrimination" };
      },
    });
  }

  function runRow(v: View, slot: Slot, layer: string, w: number, h: number): HTMLElement {
    const swatch = el("span", { class: "tbt-fp-swatch" });
    swatch.style.background = ctx.runColor(slot.run);
    const head = el("div", { class: "tbt-fp-run-head" }, swatch, el("span", { class: "tbt-fp-run-name" }, slot.run),
      el("span", { class: "tbt-muted" }, `${layer}${slot.answers ? ` · step ${slot.answers.current.step}` : ""}`));
    const row = el("div", { class: "tbt-fp-run", "data-run": slot.run }, head);
    if (!slot.answers) {
      const cls = slot.status === "error" ? "tbt-fp-status tbt-fp-error" : "tbt-fp-status";
      row.appendChild(el("div", { class: cls, role: "status" }, slot.status === "loading" ? "Projecting…" : slot.message ?? ""));
      return row;
    }
    const pair = el("div", { class: "tbt-fp-pair" });
    for (const m of MODELS) pair.appendChild(plotCell(v, slot, m, w, h));
    row.appendChild(pair);
    return row;
  }

  function plotCell(v: View, slot: Slot, model: ModelName, w: number, h: number): HTMLElement {
    const a = slot.answers![model];
    const acc = a.svm_accuracy;
    const accText = acc === null || !Number.isFinite(acc) ? "—" : `${(acc * 100).toFixed(1)}%`;
    const head = el("div", { class: "tbt-fp-cell-head" },
      el("span", { class: "tbt-fp-model" }, model === "pretrained" ? `${MODEL_LABEL[model]} (step 0)` : `${MODEL_LABEL[model]} (step ${a.step ?? "?"})`),
      el("span", { class: "tbt-fp-acc", title: "Training accuracy of the linear SVM that separates source from target on the checked channels" }, "SVM accuracy ", el("strong", null, accText)));
    const svg = projectionSvg(v.theme, slot, model, a, w, h);
    return el("div", { class: "tbt-fp-cell" }, head, svg);
  }

  function projectionSvg(theme: Theme, slot: Slot, model: ModelName, a: FeatureProjection, w: number, h: number): SVGSVGElement {
    const svg = svgEl("svg", { class: "tbt-fp-svg tbt-fp-plot", width: w, height: h, viewBox: `0 0 ${w} ${h}`, role: "img",
      "aria-label": `Domain-discrimination plot of run ${slot.run}, ${model} model` });
    svg.dataset.run = slot.run;
    svg.dataset.model = model;
    svg.dataset.channels = a.channels.join(",");
    svg.dataset.points = String(a.points.length);
    svg.dataset.accuracy = String(a.svm_accuracy ?? "");
    svg.dataset.arrows = JSON.stringify(a.arrows);
    const pw = w - MARGIN.left - MARGIN.right;
    const ph = h - MARGIN.top - MARGIN.bottom;
    const { x, y } = pointArrays(a.points);
    const scale = arrowScale(x, y, a.arrows);
    const tips = arrowTips(a.arrows, scale);
    const win = projectionWindow(x, y, tips, pw, ph);
    const sx = linear(win.x0, win.x1, MARGIN.left, MARGIN.left + pw);
    const sy = linear(win.y0, win.y1, MARGIN.top + ph, MARGIN.top);
    const [srcName, tgtName] = domainNames(slot.info);
    svg.append(
      svgEl("rect", { class: "tbt-fp-frame", x: MARGIN.left, y: MARGIN.top, width: pw, height: ph }),
      svgEl("line", { class: "tbt-fp-zero", x1: sx(0), x2: sx(0), y1: MARGIN.top, y2: MARGIN.top + ph }),
      svgEl("line", { class: "tbt-fp-zero", x1: MARGIN.left, x2: MARGIN.left + pw, y1: sy(0), y2: sy(0) }),
    );
    const bgL = svgEl("text", { class: "tbt-fp-bg-label", x: MARGIN.left + 8, y: MARGIN.top + ph / 2, "text-anchor": "start", "dominant-baseline": "middle" });
    bgL.textContent = srcName;
    const bgR = svgEl("text", { class: "tbt-fp-bg-label", x: MARGIN.left + pw - 8, y: MARGIN.top + ph / 2, "text-anchor": "end", "dominant-baseline": "middle" });
    bgR.textContent = tgtName;
    const xt = svgEl("text", { class: "tbt-fp-axis-title", x: MARGIN.left + pw / 2, y: h - 8, "text-anchor": "middle" });
    xt.textContent = `SVM normal (${srcName} ← → ${tgtName})`;
    const yt = svgEl("text", { class: "tbt-fp-axis-title", transform: `translate(12 ${MARGIN.top + ph / 2}) rotate(-90)`, "text-anchor": "middle" });
    yt.textContent = "1st PC of the residual";
    svg.append(bgL, bgR, xt, yt);
    // Points: × source, ● target, in the domain colours.
    const colors = DOMAIN_MARK[theme];
    const marks = svgEl("g", { class: "tbt-fp-points" });
    const px = new Float64Array(x.length);
    const py = new Float64Array(x.length);
    for (let i = 0; i < x.length; i++) {
      px[i] = sx(x[i]);
      py[i] = sy(y[i]);
      if (!Number.isFinite(px[i]) || !Number.isFinite(py[i])) continue;
      const target = a.domain[i] === 1;
      if (target) {
        marks.appendChild(svgEl("circle", { class: "tbt-fp-point", cx: px[i].toFixed(1), cy: py[i].toFixed(1), r: 3.2, fill: colors[1], "fill-opacity": 0.75, stroke: GREY[theme] }));
      } else {
        const d = `M${(px[i] - 3).toFixed(1)},${(py[i] - 3).toFixed(1)}l6,6m-6,0l6,-6`;
        marks.appendChild(svgEl("path", { class: "tbt-fp-point", d, stroke: colors[0], fill: "none" }));
      }
    }
    svg.appendChild(marks);
    // Biplot arrows from the origin (the points are standardised, centred on 0).
    const ox = sx(0);
    const oy = sy(0);
    const neuron = store.get().neuron;
    const arrows = svgEl("g", { class: "tbt-fp-arrows" });
    // Labels beyond the tips, placed longest arrow first so that none overlaps another (or a tip) and none leaves
    // the frame; a label that had to move away from its tip gets a leader line.
    const tipPx = a.channels.map((_, k) => [sx(tips[k][0]), sy(tips[k][1])] as const);
    const byLength = a.channels.map((_, k) => k).sort((i, j) => Math.hypot(tipPx[j][0] - ox, tipPx[j][1] - oy) - Math.hypot(tipPx[i][0] - ox, tipPx[i][1] - oy));
    const boxes = placeLabels(
      byLength.map((k) => ({ x: tipPx[k][0], y: tipPx[k][1], w: LABEL_CHAR_PX * `ch ${a.channels[k]}`.length + 2, h: LABEL_PX, dx: tipPx[k][0] - ox, dy: tipPx[k][1] - oy })),
      { x: MARGIN.left, y: MARGIN.top, w: pw, h: ph },
    );
    const labelBox = new Map(byLength.map((k, i) => [k, boxes[i]]));
    a.channels.forEach((ch, k) => {
      const tx = sx(tips[k][0]);
      const ty = sy(tips[k][1]);
      const g = svgEl("g", { class: "tbt-fp-arrow", "data-channel": ch, tabindex: 0, role: "button",
        "aria-label": `Channel ${ch}: loadings ${fmtNum(a.arrows[k][0])}, ${fmtNum(a.arrows[k][1])}; select it` });
      g.dataset.selected = String(!!neuron && neuron.layer === a.layer && neuron.channel === ch);
      const len = Math.hypot(tx - ox, ty - oy);
      g.appendChild(svgEl("line", { x1: ox, y1: oy, x2: tx, y2: ty }));
      g.appendChild(svgEl("line", { class: "tbt-fp-arrow-hit", x1: ox, y1: oy, x2: tx, y2: ty }));
      if (len > 6) {
        const ux = (tx - ox) / len;
        const uy = (ty - oy) / len;
        const head = [[tx, ty], [tx - 7 * ux + 3.5 * uy, ty - 7 * uy - 3.5 * ux], [tx - 7 * ux - 3.5 * uy, ty - 7 * uy + 3.5 * ux]];
        g.appendChild(svgEl("polygon", { class: "tbt-fp-arrowhead", points: head.map((p) => p.map((q) => q.toFixed(1)).join(",")).join(" ") }));
      }
      const box = labelBox.get(k)!;
      if (box.moved) {
        const lx = Math.max(box.x, Math.min(tx, box.x + box.w)); // the box's nearest point to the tip
        const ly = Math.max(box.y, Math.min(ty, box.y + box.h));
        g.appendChild(svgEl("line", { class: "tbt-fp-leader", x1: tx, y1: ty, x2: lx, y2: ly }));
      }
      const label = svgEl("text", { x: box.x + 1, y: box.y + box.h - 2.5, "text-anchor": "start" });
      label.textContent = `ch ${ch}`;
      const title = svgEl("title");
      title.textContent = `Channel ${ch}: loading ${fmtNum(a.arrows[k][0])} on the SVM normal, ${fmtNum(a.arrows[k][1])} on the residual's PC 1. Click to select it.`;
      g.append(label, title);
      const choose = () => setNeuron({ layer: a.layer ?? store.get().layer ?? "", channel: ch }, store);
      g.addEventListener("click", choose);
      g.addEventListener("keydown", (e) => {
        if (e.key === "Enter" || e.key === " ") {
          e.preventDefault();
          choose();
        }
      });
      arrows.appendChild(g);
    });
    svg.appendChild(arrows);
    const ring = svgEl("circle", { class: "tbt-fp-ring", r: 6, cx: -99, cy: -99 });
    ring.style.display = "none";
    svg.appendChild(ring);
    const plot: Plot = { run: slot.run, model, svg, ring, px, py, ids: a.instances, answer: a };
    plots.push(plot);
    svg.addEventListener("pointermove", (e) => onHover(plot, e));
    svg.addEventListener("pointerleave", () => setHover(null));
    return svg;
  }

  function onHover(plot: Plot, e: PointerEvent): void {
    if ((e.target as Element | null)?.closest(".tbt-fp-arrow")) return setHover(null);
    const box = plot.svg.getBoundingClientRect();
    const mx = e.clientX - box.left;
    const my = e.clientY - box.top;
    let best = -1;
    let bestD = 10 * 10;
    for (let i = 0; i < plot.px.length; i++) {
      const d = (plot.px[i] - mx) ** 2 + (plot.py[i] - my) ** 2;
      if (d < bestD) {
        bestD = d;
        best = i;
      }
    }
    if (best < 0) return setHover(null);
    setHover({ run: plot.run, id: plot.ids[best] }, plot, e.clientX, e.clientY);
  }

  /** Rings the hovered instance in both plots of its run (and in the instance scatter), with its card. */
  function setHover(h: { run: string; id: number } | null, from?: Plot, cx = 0, cy = 0): void {
    if (hovered?.run === h?.run && hovered?.id === h?.id) return;
    hovered = h;
    panel.root.dataset.hovered = h ? String(h.id) : "";
    for (const p of plots) {
      const i = h && p.run === h.run ? p.ids.indexOf(h.id) : -1;
      p.ring.style.display = i >= 0 ? "" : "none";
      if (i >= 0) {
        p.ring.setAttribute("cx", p.px[i].toFixed(1));
        p.ring.setAttribute("cy", p.py[i].toFixed(1));
      }
    }
    instanceState.set({ hovered: h ? h.id : null });
    if (!h || !from) {
      card.hidden = true;
      return;
    }
    showCard(from, h.id, cx, cy);
  }

  function showCard(plot: Plot, id: number, cx: number, cy: number): void {
    const slot = slots.get(plot.run);
    const a = plot.answer;
    const i = a.instances.indexOf(id);
    const info = slot?.info ?? null;
    const [srcName, tgtName] = domainNames(info);
    clear(card);
    card.dataset.id = String(id);
    card.dataset.run = plot.run;
    const label = a.label?.[i];
    const rowsBox = el("div", { class: "tbt-fp-card-rows" });
    const row = (k: string, val: string) => rowsBox.append(el("span", { class: "tbt-muted" }, k), el("span", null, val));
    row("Instance", `#${id}`);
    row("Domain", a.domain[i] === 1 ? `${tgtName} ●` : `${srcName} ×`);
    if (label !== undefined) row("Label", info?.class_names?.[label] ?? String(label));
    row("Position", `${fmtNum(a.points[i][0])}, ${fmtNum(a.points[i][1])}`);
    card.append(thumbnailCanvas(api, plot.run, info, id, 96, "tbt-inst-thumb tbt-fp-thumb"), rowsBox);
    card.hidden = false;
    placeCard(card, panel.body, cx, cy, 14, 240, 110);
  }

  /**
   * The legend, with the checked channels as chips: the channels each run's plots draw arrows for (one row for all
   * runs when they draw the same channels, else one row per run, so a chip never names an arrow a plot lacks).
   */
  function drawLegend(layer: string, drawn: { run: string; channels: number[] }[], info: RunInfo | null, theme: Theme): void {
    clear(legend);
    const [srcName, tgtName] = domainNames(info);
    const cross = el("span", { class: "tbt-inst-glyph" }, "×");
    cross.style.color = DOMAIN_MARK[theme][0];
    const dot = el("span", { class: "tbt-inst-glyph" }, "●");
    dot.style.color = DOMAIN_MARK[theme][1];
    legend.append(el("span", null, cross, ` ${srcName}  `, dot, ` ${tgtName}`),
      el("span", null, "Arrows: the checked channels' loadings on the two axes (click one to select the channel)."));
    const withArrows = drawn.filter((d) => d.channels.length);
    const same = withArrows.every((d) => d.channels.join() === withArrows[0].channels.join());
    for (const d of same ? withArrows.slice(0, 1) : withArrows) {
      const runs = same ? withArrows.map((w) => w.run) : [d.run];
      const chips = el("span", { class: `tbt-fp-chips${same ? "" : " tbt-fp-chips-run"}`, role: "group", "data-runs": runs.join("\n"), "aria-label": `Checked channels${same ? "" : ` of ${d.run}`}` });
      if (!same) {
        const swatch = el("span", { class: "tbt-fp-swatch" });
        swatch.style.background = ctx.runColor(d.run);
        chips.append(swatch, el("span", { class: "tbt-fp-run-name" }, d.run), " ");
      }
      chips.append("Checked: ");
      for (const ch of d.channels) {
        const b = el("button", { type: "button", class: "tbt-fp-chip", "data-channel": ch, title: `Uncheck channel ${ch}` }, `ch ${ch} ×`);
        b.addEventListener("click", () => {
          const ranking = d.channels; // the default (this run's top 5) is what is shown; unchecking starts from it
          toggleChecked(layer, ranking, ch);
        });
        chips.appendChild(b);
      }
      legend.appendChild(chips);
    }
  }

  const loop = renderLoop(ctx, draw, { watch: (s) => [s.runs, s.layer, s.neuron, s.theme] });
  const offs = [
    featureState.subscribe((s) => [s.checked, s.layer], () => loop.schedule()),
    featureData.subscribe((d) => [d.runs, d.group], () => loop.schedule()),
  ];
  return {
    destroy() {
      loop.destroy();
      offs.forEach((f) => f());
      detach();
      for (const s of slots.values()) s.request.cancel();
    },
  };
}

function fmtNum(v: number | null | undefined): string {
  return v === null || v === undefined || !Number.isFinite(v) ? "—" : v.toFixed(2);
}

if (typeof document !== "undefined") injectFeaturePlotStyles(document);

registerPanel({
  id: "feature-projection",
  section: "feature",
  title: "Domain-discrimination plot",
  info:
    "The group's probe instances (× source, ● target) on x = the unit normal of a linear SVM that separates source from target on the checked channels (standardised), and y = the first principal component of what is left; the pretrained model (step 0) beside the current one, each with the SVM's training accuracy. Arrows: each checked channel's loadings on the two axes. Checking a channel re-projects at once. Hover an instance for its thumbnail; click an arrow to select the channel everywhere.",
  span: 12,
  order: 30,
  mount,
});
