// Per-channel BatchNorm drift of one BatchNorm layer at one step: per run, four strips (running mean shift, log
// running-variance ratio, γ change, β change) of signed bars from a zero line, channels in index order. Each field
// has one symmetric scale shared by every run. Hover names the channel and its four values. SVG.

import * as d3 from "d3";
import { svgEl } from "../dom";
import { hatchPattern } from "../charts/scale";
import type { Tooltip } from "../charts/tooltip";
import type { Theme } from "../types";
import { absMax, BN_FIELDS, BN_LABEL } from "./layerModel";

export interface BnChannelRun {
  key: string;
  title: string;
  color: string;
  step: number | null;
  /** [4 fields in BN_FIELDS order][K channels]; null = missing / failed. */
  values: (number | null)[][];
}

export interface BnChannelOptions {
  bn: string;
  width: number;
  theme: Theme;
  stepLabel: string;
  tooltip: Tooltip;
  tooltipHost: HTMLElement;
  format: (v: number | null) => string;
}

const STRIP_H = 40;
const STRIP_GAP = 12;
const HEAD = 22;
const BLOCK_GAP = 16;
const BAR_MAX = 14;

/** The symmetric domain of each field over every run: [−m, m] with m the largest |value|. */
export function bnDomains(runs: readonly BnChannelRun[]): number[] {
  return BN_FIELDS.map((_, f) => absMax(runs.map((r) => r.values[f] ?? [])));
}

export function bnChannelStrips(runs: readonly BnChannelRun[], o: BnChannelOptions): SVGSVGElement {
  const m = { left: 150, right: 10 };
  const W = Math.max(o.width, 360);
  const kmax = Math.max(1, ...runs.map((r) => r.values[0]?.length ?? 0));
  const inner = Math.min(W - m.left - m.right, kmax * BAR_MAX);
  const blockH = HEAD + BN_FIELDS.length * (STRIP_H + STRIP_GAP) + 14;
  const H = runs.length * (blockH + BLOCK_GAP);
  const svg = svgEl("svg", { class: "tbt-chart tbt-bn-channels", width: W, height: H, viewBox: `0 0 ${W} ${H}`, role: "group", "aria-label": `Per-channel BatchNorm drift of ${o.bn}` });
  const root = d3.select(svg);
  const hatch = hatchPattern(svg, o.theme);
  const domains = bnDomains(runs);

  runs.forEach((r, i) => {
    const K = r.values[0]?.length ?? 0;
    const x = d3.scaleBand<number>().domain(d3.range(K)).range([0, Math.min(inner, K * BAR_MAX)]).paddingInner(K > 100 ? 0 : 0.15);
    const xw = x.range()[1];
    const bw = Math.max(0.5, x.bandwidth());
    const g = root.append("g").attr("class", "tbt-bn-run").attr("data-multiple", r.key).attr("data-channels", K).attr("transform", `translate(${m.left},${i * (blockH + BLOCK_GAP)})`);
    const title = g.append("g").attr("transform", `translate(${-m.left + 4},13)`);
    title.append("rect").attr("x", 0).attr("y", -9).attr("width", 10).attr("height", 10).attr("rx", 2).attr("fill", r.color);
    title.append("text").attr("class", "tbt-ov-run-name").attr("x", 14).text(`${r.title} · ${o.bn} · ${o.stepLabel} ${r.step ?? "–"} · ${K} channels`);
    BN_FIELDS.forEach((field, f) => {
      const top = HEAD + f * (STRIP_H + STRIP_GAP);
      const y = d3.scaleLinear().domain([-domains[f], domains[f]]).range([STRIP_H, 0]);
      const gs = g.append("g").attr("class", "tbt-bn-strip").attr("data-field", field).attr("transform", `translate(0,${top})`);
      gs.append("text").attr("class", "tbt-axis-label").attr("x", -8).attr("y", STRIP_H / 2).attr("dy", "0.35em").attr("text-anchor", "end").text(BN_LABEL[field]);
      gs.append("g").attr("class", "tbt-axis tbt-axis-y").attr("transform", `translate(${xw + 4},0)`).call(d3.axisRight(y).tickValues([-domains[f], 0, domains[f]]).tickFormat((d) => d3.format("~g")(+(d as number).toPrecision(2))).tickSizeOuter(0));
      gs.append("line").attr("class", "tbt-bn-zero").attr("x1", 0).attr("x2", xw).attr("y1", y(0)).attr("y2", y(0));
      let path = "";
      let gaps = "";
      (r.values[f] ?? []).forEach((v, k) => {
        const bx = x(k) ?? 0;
        if (v === null) gaps += `M${bx},0h${bw}v${STRIP_H}h${-bw}Z`;
        else {
          const y0 = y(Math.max(0, v));
          path += `M${bx},${y0}h${bw}v${Math.max(0.5, Math.abs(y(v) - y(0)))}h${-bw}Z`;
        }
      });
      gs.append("path").attr("class", "tbt-bn-bars").attr("d", path).attr("fill", r.color);
      if (gaps) gs.append("path").attr("class", "tbt-ov-null").attr("d", gaps).attr("fill", hatch);
    });
    g.append("text").attr("class", "tbt-axis-label").attr("x", xw / 2).attr("y", blockH - 4).attr("text-anchor", "middle").text("channels (index order)");

    const span = BN_FIELDS.length * (STRIP_H + STRIP_GAP);
    const hover = g.append("rect").attr("class", "tbt-ov-hover").attr("data-export", "skip").attr("y", HEAD).attr("height", span).style("display", "none");
    g.append("rect")
      .attr("class", "tbt-overlay")
      .attr("data-export", "skip")
      .attr("y", HEAD)
      .attr("width", xw)
      .attr("height", span)
      .attr("fill", "transparent")
      .on("mousemove", (event: MouseEvent) => {
        const [px] = d3.pointer(event, g.node());
        const k = Math.floor((px / xw) * K);
        if (k < 0 || k >= K) return;
        hover.style("display", null).attr("x", (x(k) ?? 0) - 1).attr("width", bw + 2);
        const hb = o.tooltipHost.getBoundingClientRect();
        o.tooltip.show(
          event.clientX - hb.left + o.tooltipHost.scrollLeft,
          event.clientY - hb.top + o.tooltipHost.scrollTop,
          `${r.title} · ${o.bn} · channel ${k}`,
          BN_FIELDS.map((field, f) => ({ label: BN_LABEL[field], value: o.format(r.values[f]?.[k] ?? null) })),
        );
      })
      .on("mouseleave", () => {
        hover.style("display", "none");
        o.tooltip.hide();
      });
  });
  return svg;
}
