// A colour legend drawn inside a chart's SVG (so it travels with PNG/SVG exports): the gradient of a shared scale
// with ticks, what the two ends mean, and the hatched swatch of missing/failed values.

import * as d3 from "d3";
import type { Theme } from "../types";
import { fmt } from "../transforms";
import { textWidth } from "../charts/lines";
import { hatchPattern, type ColorScale } from "./scales";

let gradientCounter = 0;

/** Height of a legend with a label line; without one it is 10 px less. */
export const LEGEND_HEIGHT = 42;

/**
 * Draws the legend of `scale` at the origin of `g` (inside `svg`, which receives the gradient and hatch defs);
 * returns its width.
 */
export function drawScaleLegend(
  svg: SVGSVGElement,
  g: d3.Selection<SVGGElement, unknown, null, undefined>,
  scale: ColorScale,
  theme: Theme,
  o: { barWidth?: number; label?: string } = {},
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
  // [← low note] [gradient with ticks] [high note →] [hatched swatch: missing / failed]
  const lowText = `← ${scale.lowNote}`;
  const highText = `${scale.highNote} →`;
  const bx = textWidth(lowText, 11) + 6;
  lg.append("text").attr("class", "tbt-legend-text tbt-ov-note").attr("x", bx - 5).attr("y", y0 + 8).attr("text-anchor", "end").text(lowText);
  lg.append("rect").attr("class", "tbt-legend-bar").attr("x", bx).attr("y", y0).attr("width", bw).attr("height", 10).attr("fill", `url(#${id})`);
  lg.append("text").attr("class", "tbt-legend-text tbt-ov-note").attr("x", bx + bw + 5).attr("y", y0 + 8).text(highText);
  const x = d3.scaleLinear().domain(scale.domain).range([bx, bx + bw]);
  let ticks = x.ticks(4);
  if (scale.diverging && !ticks.includes(0)) ticks = [...ticks, 0].sort((a, b) => a - b);
  const tg = lg.append("g").attr("class", "tbt-ov-legend-ticks");
  for (const t of ticks) {
    tg.append("line").attr("class", "tbt-ov-tick").attr("x1", x(t)).attr("x2", x(t)).attr("y1", y0 + 10).attr("y2", y0 + 13);
    tg.append("text")
      .attr("class", "tbt-legend-text")
      .attr("x", x(t))
      .attr("y", y0 + 23)
      .attr("text-anchor", "middle")
      .text(d3.format("~g")(+t.toPrecision(3)));
  }
  const nx = bx + bw + 5 + textWidth(highText, 11) + 16;
  lg.append("rect").attr("x", nx).attr("y", y0).attr("width", 14).attr("height", 10).attr("fill", hatchPattern(svg, theme)).attr("class", "tbt-ov-null-swatch");
  lg.append("text").attr("class", "tbt-legend-text").attr("x", nx + 18).attr("y", y0 + 8).text("missing / failed");
  return nx + 18 + textWidth("missing / failed", 11);
}
