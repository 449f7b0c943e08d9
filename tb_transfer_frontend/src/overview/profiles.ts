// Depth profiles: the chosen measure across layers (model order) at the selected step. Several runs: aligned small
// multiples with one y scale (the measure's shared domain) and the run's colour in each title, the first logged step
// (the pretrained model) dashed for reference. Difference mode: A − B per layer as bars on the diverging scale.
// Everything sits in one SVG (nested charts) so one export holds the whole figure.

import * as d3 from "d3";
import { svgEl } from "../dom";
import { lineChart, textWidth, type LineSeries } from "../charts/lines";
import type { Tooltip } from "../charts/tooltip";
import type { Point } from "../transforms";
import { shortName } from "./heatmap";
import { hatchPattern, type ColorScale } from "../charts/scale";
import type { Theme } from "../types";

export interface ProfileRun {
  key: string;
  title: string;
  color: string;
  /** Values per layer (aligned with `layers`) at the selected step, and at the first step. */
  values: readonly (number | null)[];
  first: readonly (number | null)[];
  step: number | null;
  firstStep: number | null;
}

export interface ProfileOptions {
  layers: readonly string[];
  measureLabel: string;
  stepLabel: string;
  domain: [number, number];
  width: number;
  theme: Theme;
  selectedLayer: string | null;
  onSelectLayer(layer: string): void;
  tooltip: Tooltip;
  tooltipHost: HTMLElement;
}

const GAP = 16;
const TITLE_H = 20;
const CHART_H = 260;

function xTicks(layers: readonly string[]) {
  return layers.map((l, i) => ({ value: i, label: shortName(l, 16) }));
}

/** Aligned small multiples of depth profiles, one per run. */
export function profileMultiples(runs: readonly ProfileRun[], o: ProfileOptions): SVGSVGElement {
  const n = Math.max(1, runs.length);
  const cw = Math.max(240, Math.floor((o.width - (n - 1) * GAP) / n));
  const W = n * cw + (n - 1) * GAP;
  const H = TITLE_H + CHART_H;
  const outer = svgEl("svg", { class: "tbt-chart tbt-ov-profiles", width: W, height: H, viewBox: `0 0 ${W} ${H}`, role: "group", "aria-label": `Depth profiles of ${o.measureLabel}` });
  const root = d3.select(outer);
  const hl = o.selectedLayer === null ? null : o.layers.indexOf(o.selectedLayer);
  runs.forEach((r, i) => {
    const x = i * (cw + GAP);
    const tg = root.append("g").attr("class", "tbt-ov-multiple-title").attr("data-multiple", r.key).attr("transform", `translate(${x + 4},14)`);
    tg.append("rect").attr("x", 0).attr("y", -9).attr("width", 10).attr("height", 10).attr("rx", 2).attr("fill", r.color);
    tg.append("text").attr("class", "tbt-ov-run-name").attr("x", 14).attr("y", 0).text(`${r.title}${r.step !== null ? ` · ${o.stepLabel} ${r.step}` : ""}`);
    const series: LineSeries[] = [];
    if (r.firstStep !== null && r.firstStep !== r.step)
      // currentColor: the stylesheet gives the reference line the theme's faint colour (style.ts)
      series.push({ id: `${r.key}:first`, label: `${o.stepLabel} ${r.firstStep} (pretrained)`, color: "currentColor", dash: "4 3", width: 1.4, points: r.first.map((y, l): Point => ({ x: l, y })), marker: "none" });
    series.push({ id: `${r.key}:step`, label: `${o.stepLabel} ${r.step ?? "–"}`, color: r.color, width: 2, points: r.values.map((y, l): Point => ({ x: l, y })), marker: "circle" });
    const chart = lineChart(series, {
      width: cw,
      height: CHART_H,
      xLabel: "layer (model order)",
      yLabel: o.measureLabel,
      xTicks: xTicks(o.layers),
      yDomain: o.domain,
      highlightX: hl !== null && hl >= 0 ? hl : null,
      onClickX: (l) => o.onSelectLayer(o.layers[l]),
      tooltip: o.tooltip,
      tooltipHost: o.tooltipHost,
      xFormat: (l) => o.layers[l] ?? String(l),
      ariaLabel: `${o.measureLabel} by layer, ${r.title}`,
    });
    chart.setAttribute("x", String(x));
    chart.setAttribute("y", String(TITLE_H));
    chart.setAttribute("data-multiple", r.key);
    outer.appendChild(chart);
  });
  return outer;
}

/** A − B per layer as bars on the diverging scale. */
export function differenceProfile(
  diff: readonly (number | null)[],
  o: ProfileOptions & { scale: ColorScale; title: string; format: (v: number | null, signed?: boolean) => string },
): SVGSVGElement {
  const L = o.layers.length;
  const ticks = xTicks(o.layers);
  const rotate = ticks.some((t) => textWidth(t.label) > (o.width - 80) / Math.max(L, 1) - 4);
  const bottom = (rotate ? Math.min(90, Math.max(...ticks.map((t) => textWidth(t.label))) * 0.72 + 12) : 18) + 26;
  const m = { top: TITLE_H + 8, right: 16, bottom, left: 56 };
  const W = Math.max(o.width, 260);
  const H = TITLE_H + CHART_H;
  const iw = W - m.left - m.right;
  const ih = H - m.top - m.bottom;
  const svg = svgEl("svg", { class: "tbt-chart tbt-ov-profiles tbt-ov-diff-profile", width: W, height: H, viewBox: `0 0 ${W} ${H}`, role: "group", "aria-label": `${o.title} by layer` });
  const root = d3.select(svg);
  const hatch = hatchPattern(svg, o.theme);
  root.append("text").attr("class", "tbt-ov-run-name").attr("x", 4).attr("y", 14).text(o.title);
  const g = root.append("g").attr("transform", `translate(${m.left},${m.top})`);
  const x = d3.scaleBand<number>().domain(d3.range(L)).range([0, iw]).padding(0.2);
  const y = d3.scaleLinear().domain(o.scale.domain).range([ih, 0]).nice();
  g.append("g").attr("class", "tbt-gridlines").selectAll("line").data(y.ticks(5)).join("line").attr("x1", 0).attr("x2", iw).attr("y1", (d) => y(d)).attr("y2", (d) => y(d));
  const hl = o.selectedLayer === null ? -1 : o.layers.indexOf(o.selectedLayer);
  if (hl >= 0) g.append("rect").attr("class", "tbt-highlight-band").attr("x", (x(hl) ?? 0) - x.step() * x.padding() / 2).attr("width", x.step()).attr("y", 0).attr("height", ih);
  g.append("g").attr("class", "tbt-axis tbt-axis-y").call(d3.axisLeft(y).ticks(5).tickFormat((d) => d3.format("~g")(d as number)).tickSizeOuter(0));
  const xa = g
    .append("g")
    .attr("class", "tbt-axis tbt-axis-x")
    .attr("transform", `translate(0,${ih})`)
    .call(d3.axisBottom(x).tickFormat((i) => ticks[i as number].label).tickSizeOuter(0));
  if (rotate) xa.selectAll<SVGTextElement, unknown>("text").attr("text-anchor", "end").attr("dx", "-0.5em").attr("dy", "0.3em").attr("transform", "rotate(-40)");
  g.append("text").attr("class", "tbt-axis-label").attr("x", iw / 2).attr("y", ih + bottom - 8).attr("text-anchor", "middle").text("layer (model order)");
  g.append("text").attr("class", "tbt-axis-label").attr("transform", `translate(${-m.left + 13},${ih / 2}) rotate(-90)`).attr("text-anchor", "middle").text(o.measureLabel);
  const y0 = y(0);
  g.append("g")
    .attr("class", "tbt-ov-bars")
    .selectAll("rect")
    .data(diff.map((v, l) => ({ v, l })))
    .join("rect")
    .attr("class", (d) => (d.v === null ? "tbt-ov-bar tbt-ov-null" : "tbt-ov-bar"))
    .attr("x", (d) => x(d.l) ?? 0)
    .attr("width", x.bandwidth())
    .attr("y", (d) => (d.v === null ? y.range()[1] : Math.min(y0, y(d.v))))
    .attr("height", (d) => (d.v === null ? ih : Math.max(1, Math.abs(y(d.v) - y0))))
    .attr("fill", (d) => (d.v === null ? hatch : o.scale.color(d.v)))
    .attr("fill-opacity", (d) => (d.v === null ? 0.35 : 1))
    .style("cursor", "pointer")
    .on("click", (_e, d) => o.onSelectLayer(o.layers[d.l]))
    .on("mousemove", (event: MouseEvent, d) => {
      const hb = o.tooltipHost.getBoundingClientRect();
      o.tooltip.show(event.clientX - hb.left + o.tooltipHost.scrollLeft, event.clientY - hb.top + o.tooltipHost.scrollTop, o.layers[d.l], [{ label: o.title, value: o.format(d.v, true) }]);
    })
    .on("mouseleave", () => o.tooltip.hide());
  g.append("line").attr("class", "tbt-zero").attr("x1", 0).attr("x2", iw).attr("y1", y0).attr("y2", y0);
  return svg;
}
