// Colour scales of the layer overview. One scale per measure, shared by every run, heat-map, node and legend that
// shows the measure (so layers and runs are comparable; the reference system's per-block scales were not). Measures
// where a high value means "kept" are drawn reversed, so the strongest colour always means "changed from pretrained"
// or "domains differ". Differences use a diverging purple–orange scale (colour-blind safe, and distinct from the
// red/blue of the source/target domains) centred at 0.

import * as d3 from "d3";
import { heatColor } from "../charts/heatmap";
import { fmt } from "../transforms";
import type { Theme } from "../types";
import { measureDomain, measureSpec, normalize, symmetricDomain, type LayerStepMatrix } from "./matrix";

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

/** The shared scale of a measure over the matrices of every selected run. */
export function measureScale(measure: string, matrices: readonly LayerStepMatrix[], theme: Theme): ColorScale {
  const spec = measureSpec(measure);
  const domain = measureDomain(measure, matrices);
  const base = heatColor(theme);
  const ramp = spec.highIsKept ? (t: number) => base(1 - t) : base;
  const changeWord = measure === "mmd" || measure === "domain_auc" || measure === "pad" ? "domains differ" : "changed";
  const keepWord = measure === "mmd" || measure === "domain_auc" || measure === "pad" ? "domains alike" : "kept";
  return {
    domain,
    ramp,
    color: (v) => ramp(normalize(v, domain)),
    diverging: false,
    lowNote: spec.highIsKept ? changeWord : keepWord,
    highNote: spec.highIsKept ? keepWord : changeWord,
  };
}

/** The diverging scale of A − B differences, symmetric about 0 over all given matrices. */
export function differenceScale(matrices: readonly LayerStepMatrix[], theme: Theme, a = "A", b = "B"): ColorScale {
  const domain = symmetricDomain(matrices);
  const ramp = divergingRamp(theme);
  return {
    domain,
    ramp,
    color: (v) => ramp(normalize(v, domain)),
    diverging: true,
    lowNote: `${b} higher`,
    highNote: `${a} higher`,
  };
}

/** Colours of missing/failed cells (grey with hatching) and of highlights, per theme. */
export function nullStyle(theme: Theme): { fill: string; hatch: string } {
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

/** A value for tooltips: the frame's number format, "+" on positive differences, and what null means. */
export function fmtValue(v: number | null, signed = false): string {
  if (v === null) return "missing / failed";
  return `${signed && v > 0 ? "+" : ""}${fmt(v)}`;
}
