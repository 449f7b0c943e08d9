// Importance × discriminativeness: one point per channel, x = its class importance, y = |domain AUC − 0.5| (how well
// it alone tells the domains apart), for the pretrained model (hollow) and the current model (filled), with an
// arrow from each channel's pretrained position to its current one. The "important and domain-specific" quadrant is
// named on the chart: channels the class relies on that respond differently to the two domains, where transfer
// hurts. Click a channel to select it everywhere. One chart per selected run (up to four), same group and layer.

import { axisBottom, axisLeft, scaleLinear, select } from "d3";
import { dodgeRows } from "../charts/labels";
import { clear, el, svgEl } from "../dom";
import { DOMAIN_MARK } from "../instance/model";
import { renderLoop } from "../loop";
import { registerPanel, type PanelContext } from "../panels";
import { setNeuron } from "../store";
import type { Features, Theme } from "../types";
import { oid, type View } from "../view";
import { featureData, featureLoader } from "./data";
import { channelPoints, inHurtQuadrant, quadrantThresholds, type ChannelPoint } from "./plots";
import { injectFeaturePlotStyles } from "./plotStyle";
import { groupLabel } from "./state";

const M = { l: 44, r: 12, t: 16, b: 36 };
/** The radius of a channel's point and the height of a row of dodged points at y = 0.5, px. */
const DOT_R = 4;
const ROW = 7;

function mount(ctx: PanelContext) {
  const { panel, store, api, data } = ctx;
  const detach = featureLoader(api, store, data).attach();
  const grid = el("div", { class: "tbt-fp-pair" });
  const note = el("div", { class: "tbt-fp-legend" });
  panel.body.append(grid, note);
  let svgs: SVGSVGElement[] = [];
  let shownPoints: { run: string; points: ChannelPoint[] }[] = [];
  let drawnKey = "";
  let dodged = false; // some chart stacked points at y = 0.5 in rows

  function draw(v: View, width: number): void {
    const fd = featureData.get();
    const layer = v.sel.layer;
    if (!v.runs.length) return panel.setState(v.loading.length ? "loading" : "empty", v.loading.length ? "Loading runs…" : "Select a run.");
    if (!layer) return panel.setState("empty", "Pick a layer in the header to see its channels.");
    const runs = fd.runs.filter((r) => r.layer === layer);
    if (!runs.length || runs.every((r) => !r.features && r.status === "loading")) return panel.setState("loading", "Loading channels…");
    const key = [Math.round(width), v.theme, layer, JSON.stringify(v.sel.neuron), ...runs.map((r) => `${r.run}:${r.status}:${r.error ?? ""}:${oid(r.features)}`)].join("|");
    if (key === drawnKey && panel.root.dataset.state === "ready") return;
    drawnKey = key;
    panel.setState("ready");
    panel.setTitle(`Importance × discriminativeness · ${groupLabel(fd.group, runs[0]?.info?.class_names ?? [])}`);
    const cols = runs.length > 1 ? 2 : 1;
    grid.style.gridTemplateColumns = `repeat(${cols}, minmax(0, 1fr))`;
    const w = Math.max(220, Math.floor(((width || 600) - (cols - 1) * 12) / cols));
    const h = Math.min(340, Math.max(220, Math.round(w * 0.62)));
    clear(grid);
    dodged = false;
    svgs = [];
    shownPoints = [];
    for (const r of runs) {
      const swatch = el("span", { class: "tbt-fp-swatch" });
      swatch.style.background = ctx.runColor(r.run);
      const head = el("div", { class: "tbt-fp-run-head" }, swatch, el("span", { class: "tbt-fp-run-name" }, r.run));
      const cell = el("div", { class: "tbt-fi-cell", "data-run": r.run }, head);
      if (!r.features) {
        cell.appendChild(el("div", { class: `tbt-fp-status${r.status === "error" ? " tbt-fp-error" : ""}`, role: "status" }, r.status === "error" ? r.error ?? "" : "Loading…"));
      } else {
        const f = r.features;
        const points = channelPoints(f.recorded, f.models.pretrained, f.models.current);
        shownPoints.push({ run: r.run, points });
        head.appendChild(el("span", { class: "tbt-muted" }, `${layer} · step ${f.step}`));
        if (points.length) cell.appendChild(chart(v.theme, r.run, f, points, w, h));
        else cell.appendChild(el("div", { class: "tbt-fp-status", role: "status" }, "No channel has both a class importance and a domain AUC for this group."));
      }
      grid.appendChild(cell);
    }
    clear(note);
    const hollow = el("span", { class: "tbt-inst-glyph" }, "○");
    hollow.style.color = DOMAIN_MARK[v.theme][1];
    const filled = el("span", { class: "tbt-inst-glyph" }, "●");
    filled.style.color = DOMAIN_MARK[v.theme][1];
    note.append(el("span", null, hollow, " pretrained (step 0) → ", filled, " current; one point per channel"),
      el("span", null, "x: class importance (Taylor, ℓ2-normalised over the recorded channels) · y: |domain AUC − 0.5| (0: both domains alike, 0.5: fully separated). Click a channel to select it."));
    if (dodged) note.append(el("span", { class: "tbt-fi-dodge-note" }, "Points at y = 0.5 (AUC 0 or 1: the channel alone separates the domains) that would hide each other are stacked in rows above the dashed 0.5 line: every row is y = 0.5."));
    panel.setExports({
      figure: () => (svgs[0] ? { svg: svgs[0], name: "importance-discriminativeness" } : null),
      csv: () => {
        const rows: (string | number | null)[][] = [["run", "channel", "importance_pretrained", "importance_current", "auc_distance_pretrained", "auc_distance_current"]];
        for (const s of shownPoints) for (const p of s.points) rows.push([s.run, p.channel, p.importance[0], p.importance[1], p.specificity[0], p.specificity[1]]);
        return { rows, name: "importance-discriminativeness" };
      },
    });
  }

  function chart(theme: Theme, run: string, f: Features, points: ChannelPoint[], w: number, h: number): SVGSVGElement {
    const t = quadrantThresholds(points);
    const maxX = Math.max(1e-6, ...points.flatMap((p) => p.importance.filter((x): x is number => x !== null)));
    const x = scaleLinear().domain([0, maxX]).nice().range([M.l, w - M.r]);
    // Channels that separate the domains perfectly (AUC 0 or 1: y = 0.5, common on small probe sets) share one
    // line; where they would overlap they are dodged upwards in rows above it (all rows mean y = 0.5, as the band
    // above the plot says), so that each stays visible and clickable.
    const onTop: { p: ChannelPoint; m: 0 | 1 }[] = [];
    for (const p of points) for (const m of [0, 1] as const) if (p.importance[m] !== null && p.specificity[m] !== null && p.specificity[m]! >= 0.5 - 1e-9) onTop.push({ p, m });
    const rows = dodgeRows(onTop.map((o) => x(o.p.importance[o.m]!)), 2 * DOT_R + 1);
    const maxRow = Math.max(0, ...rows);
    const rowH = maxRow ? Math.min(ROW, (0.3 * (h - M.t - M.b)) / maxRow) : ROW; // the rows take 30% of the height at most
    const band = maxRow * rowH;
    const y = scaleLinear().domain([0, 0.5]).range([h - M.b, M.t + band]);
    const lift = new Map(onTop.map((o, i) => [`${o.p.channel}:${o.m}`, rows[i] * rowH]));
    /** The drawn position of a channel's point in model m (null when it has none). */
    const at = (p: ChannelPoint, m: 0 | 1): [number, number] | null =>
      p.importance[m] === null || p.specificity[m] === null ? null : [x(p.importance[m]!), y(p.specificity[m]!) - (lift.get(`${p.channel}:${m}`) ?? 0)];
    const svg = svgEl("svg", { class: "tbt-fi-svg tbt-chart", width: w, height: h, viewBox: `0 0 ${w} ${h}`, role: "img",
      "aria-label": `Importance and domain-discriminativeness of the channels of run ${run}` });
    svg.dataset.run = run;
    svg.dataset.channels = String(points.length);
    svgs.push(svg);
    const g = select(svg);
    // The quadrant where transfer hurts: important and domain-specific.
    const qx = x(Math.min(t.importance, x.domain()[1]));
    const qy = y(t.specificity);
    g.append("rect").attr("class", "tbt-fi-quadrant").attr("x", qx).attr("y", M.t).attr("width", Math.max(0, w - M.r - qx)).attr("height", Math.max(0, qy - M.t));
    g.append("text").attr("class", "tbt-fi-quadrant-label").attr("x", w - M.r - 4).attr("y", qy - 18).attr("text-anchor", "end")
      .text("important and domain-specific: transfer hurts here");
    g.append("g").attr("class", "tbt-fi-axis").attr("transform", `translate(0,${h - M.b})`).call(axisBottom(x).ticks(5));
    g.append("g").attr("class", "tbt-fi-axis").attr("transform", `translate(${M.l},0)`).call(axisLeft(y).ticks(5));
    svg.dataset.dodged = String(band > 0 ? rows.filter((r) => r > 0).length : 0);
    svg.dataset.topY = String(y(0.5));
    if (band > 0) {
      dodged = true;
      g.append("line").attr("class", "tbt-fi-top").attr("x1", M.l).attr("x2", w - M.r).attr("y1", y(0.5)).attr("y2", y(0.5));
    }
    g.append("text").attr("class", "tbt-fp-axis-title").attr("x", (M.l + w - M.r) / 2).attr("y", h - 4).attr("text-anchor", "middle").text("class importance");
    g.append("text").attr("class", "tbt-fp-axis-title").attr("transform", `translate(11 ${(M.t + h - M.b) / 2}) rotate(-90)`).attr("text-anchor", "middle").text("|domain AUC − 0.5|");
    const color = DOMAIN_MARK[theme][1];
    const neuron = store.get().neuron;
    const layer = f.layer;
    const hurt = { pretrained: 0, current: 0 };
    for (const p of points) {
      const [ix0, ix1] = p.importance;
      const [sy0, sy1] = p.specificity;
      if (inHurtQuadrant(ix0, sy0, t)) hurt.pretrained++;
      if (inHurtQuadrant(ix1, sy1, t)) hurt.current++;
      const item = svgEl("g", { class: "tbt-fi-channel", "data-channel": p.channel });
      const a0 = at(p, 0);
      const a1 = at(p, 1);
      if (a0 && a1) {
        const [x0, y0] = a0;
        const [x1, y1] = a1;
        const len = Math.hypot(x1 - x0, y1 - y0);
        item.appendChild(svgEl("line", { class: "tbt-fi-move", x1: x0, y1: y0, x2: x1, y2: y1 }));
        if (len > 8) {
          const ux = (x1 - x0) / len, uy = (y1 - y0) / len;
          const bx = x1 - 4 * ux, by = y1 - 4 * uy; // the head ends at the current point's edge
          item.appendChild(svgEl("polygon", { class: "tbt-fp-arrowhead", points: `${bx.toFixed(1)},${by.toFixed(1)} ${(bx - 5 * ux + 2.5 * uy).toFixed(1)},${(by - 5 * uy - 2.5 * ux).toFixed(1)} ${(bx - 5 * ux - 2.5 * uy).toFixed(1)},${(by - 5 * uy + 2.5 * ux).toFixed(1)}` }));
        }
      }
      const selected = !!neuron && neuron.layer === layer && neuron.channel === p.channel;
      if (a0)
        item.appendChild(svgEl("circle", { class: "tbt-fi-point tbt-fi-pre", cx: a0[0], cy: a0[1], r: DOT_R - 0.5, fill: "none", stroke: color, "stroke-width": 1.3, "data-selected": String(selected) }));
      if (a1)
        item.appendChild(svgEl("circle", { class: "tbt-fi-point tbt-fi-cur", cx: a1[0], cy: a1[1], r: DOT_R, fill: color, "fill-opacity": 0.85, "data-selected": String(selected) }));
      const title = svgEl("title");
      const f2 = (v: number | null) => (v === null ? "—" : v.toFixed(3));
      title.textContent = `Channel ${p.channel}: importance ${f2(ix0)} → ${f2(ix1)}, |AUC − 0.5| ${f2(sy0)} → ${f2(sy1)}. Click to select it.`;
      item.appendChild(title);
      item.addEventListener("click", () => setNeuron({ layer, channel: p.channel }, store));
      svg.appendChild(item);
    }
    svg.dataset.hurtPretrained = String(hurt.pretrained);
    svg.dataset.hurtCurrent = String(hurt.current);
    g.append("text").attr("class", "tbt-fp-axis-title tbt-fi-hurt-count").attr("x", w - M.r - 4).attr("y", qy - 5).attr("text-anchor", "end")
      .text(`channels in it: ${hurt.pretrained} pretrained → ${hurt.current} current`);
    return svg;
  }

  const loop = renderLoop(ctx, draw, { watch: (s) => [s.runs, s.layer, s.neuron, s.theme] });
  const off = featureData.subscribe((d) => [d.runs, d.group], () => loop.schedule());
  return {
    destroy() {
      loop.destroy();
      off();
      detach();
    },
  };
}

if (typeof document !== "undefined") injectFeaturePlotStyles(document);

registerPanel({
  id: "feature-importance",
  section: "feature",
  title: "Importance × discriminativeness",
  info:
    "One point per recorded channel of the layer: x = its importance for the group's class (gradient × activation), y = how far its domain AUC is from 0.5 (how well it alone tells source from target). Hollow: the pretrained model; filled: the current one; the arrow shows how fine-tuning moved the channel. The shaded quadrant (importance at or above the median and above 0, AUC outside [0.25, 0.75]) holds channels the class relies on that respond differently to the two domains: where transfer hurts.",
  span: 6,
  order: 40,
  mount,
});
