// Per-filter drift of the selected layer at the selected step (/layer): per run, the filters sorted by relative
// drift ‖W_k − W0_k‖/‖W0_k‖ (bars, largest first) with their cosine to the pretrained filter in the same order
// below (bars hang from 1, so for both strips a longer bar means more change). Scales are shared by all runs.
// Hover names the filter; click selects it as the neuron in the store.

import * as d3 from "d3";
import { svgEl } from "../dom";
import type { Tooltip } from "../charts/tooltip";
import type { Theme } from "../types";
import { hatchPattern } from "../charts/scale";

export interface FilterRun {
  key: string;
  title: string;
  color: string;
  step: number | null;
  drift: readonly (number | null)[];
  cosine: readonly (number | null)[];
}

/** Filter indices sorted by drift, largest first; filters without a drift go last (by index). */
export function sortByDrift(drift: readonly (number | null)[]): number[] {
  return drift
    .map((v, k) => ({ v, k }))
    .sort((a, b) => (a.v === null ? (b.v === null ? a.k - b.k : 1) : b.v === null ? -1 : b.v - a.v || a.k - b.k))
    .map((d) => d.k);
}

/** Shared domains: drift [0, max over runs], cosine [min over runs (nice, at most 0.9), 1]. */
export function filterDomains(runs: readonly FilterRun[]): { drift: [number, number]; cosine: [number, number] } {
  let dmax = 0;
  let cmin = 1;
  for (const r of runs) {
    for (const v of r.drift) if (v !== null && v > dmax) dmax = v;
    for (const v of r.cosine) if (v !== null && v < cmin) cmin = v;
  }
  const lo = Math.min(0.9, Math.floor(cmin * 10) / 10);
  return { drift: [0, dmax > 0 ? dmax : 1], cosine: [Math.max(-1, lo), 1] };
}

function quantile(sorted: readonly number[], q: number): number | null {
  return sorted.length ? (d3.quantileSorted(sorted as number[], q) ?? null) : null;
}

/** Median, 90th percentile and maximum of the drift (nulls dropped). */
export function driftSummary(drift: readonly (number | null)[]): { n: number; median: number | null; p90: number | null; max: number | null } {
  const v = drift.filter((x): x is number => x !== null).sort((a, b) => a - b);
  return { n: v.length, median: quantile(v, 0.5), p90: quantile(v, 0.9), max: v.length ? v[v.length - 1] : null };
}

export interface FilterOptions {
  layer: string;
  width: number;
  theme: Theme;
  stepLabel: string;
  selectedChannel: number | null;
  onSelectChannel(channel: number): void;
  tooltip: Tooltip;
  tooltipHost: HTMLElement;
  format: (v: number | null) => string;
}

const STRIP_H = 64;
const COS_H = 40;
const BLOCK_GAP = 18;
const HEAD = 34;
const BAR_MAX = 18;
const SEP = 12; // between the drift and the cosine strip

export function filterDistribution(runs: readonly FilterRun[], o: FilterOptions): SVGSVGElement {
  const dom = filterDomains(runs);
  const m = { left: 62, right: 12 };
  const W = Math.max(o.width, 320);
  const iw = W - m.left - m.right;
  const blockH = HEAD + STRIP_H + SEP + COS_H + 16;
  // Runs side by side while they fit (bars at most BAR_MAX px wide: a few filters should not look like a wall).
  const kmax = Math.max(1, ...runs.map((r) => r.drift.length));
  const inner = Math.min(iw, kmax * BAR_MAX);
  const blockW = Math.max(330, m.left + inner + m.right);
  const cols = Math.max(1, Math.floor((W + BLOCK_GAP) / (blockW + BLOCK_GAP)));
  const H = Math.ceil(runs.length / cols) * (blockH + BLOCK_GAP);
  const svg = svgEl("svg", { class: "tbt-chart tbt-ov-filters", width: W, height: H, viewBox: `0 0 ${W} ${H}`, role: "group", "aria-label": `Per-filter drift of ${o.layer}` });
  const root = d3.select(svg);
  const hatch = hatchPattern(svg, o.theme);
  const yd = d3.scaleLinear().domain(dom.drift).range([STRIP_H, 0]).nice();
  const yc = d3.scaleLinear().domain(dom.cosine).range([COS_H, 0]);

  runs.forEach((r, i) => {
    const K = r.drift.length;
    const order = sortByDrift(r.drift);
    const rankOf = new Map(order.map((k, rank) => [k, rank]));
    const x = d3.scaleBand<number>().domain(d3.range(K)).range([0, Math.min(inner, K * BAR_MAX)]).paddingInner(K > 120 ? 0 : 0.15);
    const xw = x.range()[1];
    const bw = Math.max(0.5, x.bandwidth());
    const g = root.append("g").attr("class", "tbt-ov-filter-run").attr("data-multiple", r.key).attr("data-filters", K).attr("transform", `translate(${(i % cols) * (blockW + BLOCK_GAP) + m.left},${Math.floor(i / cols) * (blockH + BLOCK_GAP)})`);
    const s = driftSummary(r.drift);
    const title = g.append("g").attr("class", "tbt-ov-multiple-title").attr("transform", `translate(${-m.left + 4},12)`);
    title.append("rect").attr("x", 0).attr("y", -9).attr("width", 10).attr("height", 10).attr("rx", 2).attr("fill", r.color);
    title.append("text").attr("class", "tbt-ov-run-name").attr("x", 14).text(`${r.title} · ${o.stepLabel} ${r.step ?? "–"}`);
    title
      .append("text")
      .attr("class", "tbt-legend-text")
      .attr("x", 0)
      .attr("y", 15)
      .text(`${K} filters · drift median ${o.format(s.median)} · 90th pct ${o.format(s.p90)} · max ${o.format(s.max)}`);

    const gd = g.append("g").attr("transform", `translate(0,${HEAD})`);
    gd.append("g").attr("class", "tbt-gridlines").selectAll("line").data(yd.ticks(3)).join("line").attr("x1", 0).attr("x2", xw).attr("y1", (d) => yd(d)).attr("y2", (d) => yd(d));
    gd.append("g").attr("class", "tbt-axis tbt-axis-y").call(d3.axisLeft(yd).ticks(3).tickFormat((d) => d3.format("~g")(d as number)).tickSizeOuter(0));
    gd.append("text").attr("class", "tbt-axis-label").attr("transform", `translate(${-m.left + 12},${STRIP_H / 2}) rotate(-90)`).attr("text-anchor", "middle").text("drift");
    let pd = "";
    let pn = "";
    order.forEach((k, rank) => {
      const v = r.drift[k];
      const bx = x(rank) ?? 0;
      if (v === null) pn += `M${bx},0h${bw}v${STRIP_H}h${-bw}Z`;
      else {
        const top = yd(v);
        pd += `M${bx},${top}h${bw}v${Math.max(0.5, STRIP_H - top)}h${-bw}Z`;
      }
    });
    gd.append("path").attr("class", "tbt-ov-bars-drift").attr("d", pd).attr("fill", r.color);
    if (pn) gd.append("path").attr("class", "tbt-ov-null").attr("d", pn).attr("fill", hatch);

    const gc = g.append("g").attr("transform", `translate(0,${HEAD + STRIP_H + SEP})`);
    gc.append("g").attr("class", "tbt-axis tbt-axis-y").call(d3.axisLeft(yc).tickValues(dom.cosine).tickFormat((d) => d3.format("~g")(d as number)).tickSizeOuter(0));
    gc.append("text").attr("class", "tbt-axis-label").attr("transform", `translate(${-m.left + 12},${COS_H / 2}) rotate(-90)`).attr("text-anchor", "middle").text("cos");
    let pc = "";
    let pcn = "";
    order.forEach((k, rank) => {
      const v = r.cosine[k];
      const bx = x(rank) ?? 0;
      if (v === null) pcn += `M${bx},0h${bw}v${COS_H}h${-bw}Z`;
      else pc += `M${bx},0h${bw}v${Math.max(0.5, Math.min(COS_H, yc(v)))}h${-bw}Z`;
    });
    gc.append("path").attr("class", "tbt-ov-bars-cosine").attr("d", pc).attr("fill", r.color).attr("fill-opacity", 0.55);
    if (pcn) gc.append("path").attr("class", "tbt-ov-null").attr("d", pcn).attr("fill", hatch);
    gc.append("text").attr("class", "tbt-axis-label").attr("x", xw / 2).attr("y", COS_H + 13).attr("text-anchor", "middle").text("filters, sorted by drift (largest first)");

    if (o.selectedChannel !== null && rankOf.has(o.selectedChannel)) {
      const bx = x(rankOf.get(o.selectedChannel)!) ?? 0;
      g.append("rect").attr("class", "tbt-ov-hl").attr("x", bx - 1.5).attr("y", HEAD - 2).attr("width", bw + 3).attr("height", STRIP_H + SEP + COS_H + 4);
    }

    const hover = g.append("rect").attr("class", "tbt-ov-hover").attr("data-export", "skip").attr("y", HEAD).attr("height", STRIP_H + SEP + COS_H).style("display", "none");
    const at = (event: MouseEvent): number | null => {
      const [px] = d3.pointer(event, g.node());
      const rank = Math.floor((px / xw) * K);
      return rank >= 0 && rank < K ? rank : null;
    };
    g.append("rect")
      .attr("class", "tbt-overlay")
      .attr("data-export", "skip")
      .attr("y", HEAD)
      .attr("width", xw)
      .attr("height", STRIP_H + SEP + COS_H)
      .attr("fill", "transparent")
      .style("cursor", "pointer")
      .on("mousemove", (event: MouseEvent) => {
        const rank = at(event);
        if (rank === null) return;
        const k = order[rank];
        hover.style("display", null).attr("x", (x(rank) ?? 0) - 1).attr("width", bw + 2);
        const hb = o.tooltipHost.getBoundingClientRect();
        o.tooltip.show(event.clientX - hb.left + o.tooltipHost.scrollLeft, event.clientY - hb.top + o.tooltipHost.scrollTop, `${r.title} · filter ${k}`, [
          { label: "rank by drift", value: `${rank + 1} of ${K}` },
          { label: "drift", value: o.format(r.drift[k]) },
          { label: "cosine", value: o.format(r.cosine[k]) },
        ]);
      })
      .on("mouseleave", () => {
        hover.style("display", "none");
        o.tooltip.hide();
      })
      .on("click", (event: MouseEvent) => {
        const rank = at(event);
        if (rank !== null) o.onSelectChannel(order[rank]);
      });
  });
  return svg;
}
