// The colour legend of every heat-map and node colouring, drawn inside a chart's SVG (so it travels with PNG/SVG
// exports): an optional title, the gradient of a scale with ticks, what the two ends mean, and the hatched swatch of
// missing/failed values.

import * as d3 from "d3";
import { svgEl } from "../dom";
import type { Theme } from "../types";
import { fmt } from "../transforms";
import { textWidth } from "./lines";
import { hatchPattern, type ColorScale } from "./scale";

let gradientCounter = 0;

/** Height of a legend with a title line; without one it is 10 px less. */
export const LEGEND_HEIGHT = 42;

export interface LegendOptions {
  /** Width of the gradient bar (px). */
  barWidth?: number;
  /** Title line above the bar. */
  label?: string;
  /** Tick values (default: about four round values of the domain). */
  ticks?: number[];
  tickFormat?: (v: number) => string;
  /** The hatched "missing / failed" swatch (default shown). */
  missing?: boolean;
}

/**
 * Draws the legend of `scale` at the origin of `g` (inside `svg`, which receives the gradient and hatch defs);
 * returns its width. The low and high notes of the scale are written beside the bar when it has them.
 */
export function drawScaleLegend(
  svg: SVGSVGElement,
  g: d3.Selection<SVGGElement, unknown, null, undefined>,
  scale: ColorScale,
  theme: Theme,
  o: LegendOptions = {},
): number {
  const bw = o.barWidth ?? 170;
  const root = d3.select(svg);
  let defs = root.select<SVGDefsElement>("defs");
  if (defs.empty()) defs = root.insert("defs", ":first-child");
  const id = `tbt-ov-grad-${++gradientCounter}`;
  const grad = defs.append("linearGradient").attr("id", id);
  for (let i = 0; i <= 16; i++) grad.append("stop").attr("offset", `${(i / 16) * 100}%`).attr("stop-color", scale.ramp(i / 16));

  const lg = g.append("g").attr("class", "tbt-ov-legend").attr("role", "img").attr("aria-label", `Colour scale ${o.label ?? ""} from ${fmt(scale.domain[0])} to ${fmt(scale.domain[1])}`.replace(/\s+/g, " "));
  if (o.label) lg.append("text").attr("class", "tbt-legend-text tbt-ov-legend-title").attr("x", 0).attr("y", 9).text(o.label);
  const y0 = o.label ? 16 : 6;
  const tickFormat = o.tickFormat ?? ((t: number) => d3.format("~g")(+t.toPrecision(3)));
  let ticks = o.ticks ?? d3.scaleLinear().domain(scale.domain).ticks(4);
  if (!o.ticks && scale.diverging && !ticks.includes(0)) ticks = [...ticks, 0].sort((a, b) => a - b);
  // [← low note] [gradient with ticks] [high note →] [hatched swatch: missing / failed]
  const lowText = scale.lowNote ? `← ${scale.lowNote}` : "";
  const highText = scale.highNote ? `${scale.highNote} →` : "";
  const bx = lowText ? textWidth(lowText, 11) + 6 : Math.ceil(textWidth(tickFormat(ticks[0] ?? 0), 11) / 2) + 1;
  if (lowText) lg.append("text").attr("class", "tbt-legend-text tbt-ov-note").attr("x", bx - 5).attr("y", y0 + 8).attr("text-anchor", "end").text(lowText);
  lg.append("rect").attr("class", "tbt-legend-bar").attr("x", bx).attr("y", y0).attr("width", bw).attr("height", 10).attr("fill", `url(#${id})`);
  if (highText) lg.append("text").attr("class", "tbt-legend-text tbt-ov-note").attr("x", bx + bw + 5).attr("y", y0 + 8).text(highText);
  const x = d3.scaleLinear().domain(scale.domain).range([bx, bx + bw]);
  const tg = lg.append("g").attr("class", "tbt-ov-legend-ticks");
  for (const t of ticks) {
    tg.append("line").attr("class", "tbt-ov-tick").attr("x1", x(t)).attr("x2", x(t)).attr("y1", y0 + 10).attr("y2", y0 + 13);
    tg.append("text").attr("class", "tbt-legend-text").attr("x", x(t)).attr("y", y0 + 23).attr("text-anchor", "middle").text(tickFormat(t));
  }
  let right = bx + bw + (highText ? 5 + textWidth(highText, 11) : Math.ceil(textWidth(tickFormat(ticks[ticks.length - 1] ?? 0), 11) / 2) + 1);
  if (o.missing ?? true) {
    const nx = right + 16;
    lg.append("rect").attr("x", nx).attr("y", y0).attr("width", 14).attr("height", 10).attr("fill", hatchPattern(svg, theme)).attr("class", "tbt-ov-null-swatch");
    lg.append("text").attr("class", "tbt-legend-text").attr("x", nx + 18).attr("y", y0 + 8).text("missing / failed");
    right = nx + 18 + textWidth("missing / failed", 11);
  }
  return right;
}

/** The legend of `scale` as an SVG of its own (e.g. under a grid of heat-maps). */
export function colorLegend(scale: ColorScale, theme: Theme, o: LegendOptions = {}): SVGSVGElement {
  const H = o.label ? LEGEND_HEIGHT : LEGEND_HEIGHT - 10;
  const svg = svgEl("svg", { class: "tbt-chart tbt-color-legend", height: H, role: "img", "aria-label": o.label ?? "Colour scale" });
  const w = Math.ceil(drawScaleLegend(svg, d3.select(svg).append("g"), scale, theme, o)) + 2;
  svg.setAttribute("width", String(w));
  svg.setAttribute("viewBox", `0 0 ${w} ${H}`);
  return svg;
}
