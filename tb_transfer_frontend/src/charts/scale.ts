// Colour scales shared by every heat-map, node colouring and colour legend: a scale maps a value to a colour over a
// domain; sequential (single hue, colour-blind safe, both themes) or diverging (purple–orange, centred at 0). Missing
// or failed values are grey with hatching, in SVG and on canvas alike.

import * as d3 from "d3";
import type { Theme } from "../types";

export interface ColorScale {
  domain: [number, number];
  /** Colour of a value (clamped to the domain). */
  color(v: number): string;
  /** The ramp over [0, 1] in domain order (low → high), for legends. */
  ramp(t: number): string;
  diverging: boolean;
  /** Legend words at the low and high ends (e.g. "kept", "changed"). */
  lowNote: string;
  highNote: string;
}

/** Position of `v` in `domain` clamped to [0, 1]. */
export function normalize(v: number, domain: readonly [number, number]): number {
  const t = (v - domain[0]) / (domain[1] - domain[0] || 1);
  return t < 0 ? 0 : t > 1 ? 1 : t;
}

/** Sequential, colour-blind-safe ramps (single hue) for both themes. */
function heatColor(theme: Theme): (t: number) => string {
  return theme === "dark"
    ? d3.interpolateRgbBasis(["#1c232c", "#1f4e79", "#3d8fd1", "#a9d6f5"])
    : d3.interpolateRgbBasis(["#f7fbff", "#c6dbef", "#6baed6", "#2171b5", "#08306b"]);
}

/** The sequential scale over `domain` (reversed: the strongest colour at the low end). */
export function sequentialScale(domain: [number, number], theme: Theme, notes = { low: "", high: "" }, reversed = false): ColorScale {
  const base = heatColor(theme);
  const ramp = reversed ? (t: number) => base(1 - t) : base;
  return { domain, ramp, color: (v) => ramp(normalize(v, domain)), diverging: false, lowNote: notes.low, highNote: notes.high };
}

const tables = new WeakMap<ColorScale, Uint8Array>();

/** The scale's ramp sampled at 256 points as RGB bytes (for painting pixels). */
export function colorTable(scale: ColorScale): Uint8Array {
  let t = tables.get(scale);
  if (!t) {
    t = new Uint8Array(256 * 3);
    for (let i = 0; i < 256; i++) {
      const c = d3.rgb(scale.ramp(i / 255));
      t[i * 3] = c.r;
      t[i * 3 + 1] = c.g;
      t[i * 3 + 2] = c.b;
    }
    tables.set(scale, t);
  }
  return t;
}

/** Purple (B higher) – light/dark centre – orange (A higher). */
export function divergingRamp(theme: Theme): (t: number) => string {
  return theme === "dark"
    ? d3.interpolateRgbBasis(["#b8b0e0", "#7c6fb8", "#433b6b", "#2b2e35", "#6e4a1f", "#d38a2f", "#fdc27a"])
    : d3.interpolateRgbBasis(["#542788", "#998ec3", "#d8daeb", "#f7f7f7", "#fee0b6", "#f1a340", "#b35806"]);
}

/** Colours of missing/failed cells (grey with hatching) and of highlights, per theme. */
function nullStyle(theme: Theme): { fill: string; hatch: string } {
  return theme === "dark" ? { fill: "#2f343b", hatch: "#5d646e" } : { fill: "#eef0f2", hatch: "#b4b9c2" };
}

let patternCounter = 0;

/** Adds a hatched "missing" pattern to an SVG's <defs> and returns its `url(#id)`. */
export function hatchPattern(svg: SVGSVGElement, theme: Theme): string {
  const s = nullStyle(theme);
  const id = `tbt-ov-hatch-${++patternCounter}`;
  const root = d3.select(svg);
  let defs = root.select<SVGDefsElement>("defs");
  if (defs.empty()) defs = root.insert("defs", ":first-child");
  const p = defs
    .append("pattern")
    .attr("id", id)
    .attr("patternUnits", "userSpaceOnUse")
    .attr("width", 5)
    .attr("height", 5)
    .attr("patternTransform", "rotate(45)");
  p.append("rect").attr("width", 5).attr("height", 5).attr("fill", s.fill);
  // inline style: a stylesheet rule for `line` elements must not restyle the hatching
  p.append("line").attr("x1", 1).attr("y1", 0).attr("x2", 1).attr("y2", 5).style("stroke", s.hatch).style("stroke-width", "1.6px");
  return `url(#${id})`;
}

/** The same hatching as a canvas pattern. */
export function canvasHatch(ctx: CanvasRenderingContext2D, theme: Theme): CanvasPattern | string {
  const s = nullStyle(theme);
  const tile = document.createElement("canvas");
  tile.width = 6;
  tile.height = 6;
  const t = tile.getContext("2d");
  if (!t) return s.fill;
  t.fillStyle = s.fill;
  t.fillRect(0, 0, 6, 6);
  t.strokeStyle = s.hatch;
  t.lineWidth = 1.2;
  t.beginPath();
  t.moveTo(0, 6);
  t.lineTo(6, 0);
  t.moveTo(-1, 1);
  t.lineTo(1, -1);
  t.moveTo(5, 7);
  t.lineTo(7, 5);
  t.stroke();
  return ctx.createPattern(tile, "repeat") ?? s.fill;
}

