// One measure as layer × step heat-maps: one small multiple per run (or one A − B difference), all on the same
// grid (layers by name in model order, steps by value) and the same colour scale, side by side, with one legend.
// SVG cells while they are few; a canvas under the SVG once they number in the thousands. Missing or failed values
// are hatched grey. Hover shows run, layer, step and value; click (or arrow keys) selects layer and step.

import * as d3 from "d3";
import { el, svgEl } from "../dom";
import type { Exportable } from "../export";
import { drawScaleLegend, LEGEND_HEIGHT } from "../charts/colorLegend";
import { cellPointer, paintCells } from "../charts/heatmap";
import { textWidth } from "../charts/lines";
import { hatchPattern, type ColorScale } from "../charts/scale";
import type { Tooltip, TooltipRow } from "../charts/tooltip";
import type { Theme } from "../types";
import type { LayerStepMatrix } from "./matrix";

export interface Multiple {
  /** Run name, or a label such as "A − B". */
  key: string;
  title: string;
  /** Run colour of the title swatch (null: none). */
  color: string | null;
  /** On the shared grid: every multiple has the same layers and steps. */
  matrix: LayerStepMatrix;
}

export interface LayerHeatmapOptions {
  measure: string;
  title: string;
  help: string;
  multiples: readonly Multiple[];
  scale: ColorScale;
  theme: Theme;
  /** Width available (px). */
  width: number;
  selectedLayer: string | null;
  selectedStep: number | null;
  /** Name of the step axis ("epoch"). */
  stepLabel: string;
  onSelect(layer: string, step: number): void;
  /** The selection now (keys may arrive before the re-render that follows a selection). */
  current(): { layer: string | null; step: number | null };
  tooltip: Tooltip;
  /** Extra tooltip rows for a cell (e.g. the two runs behind a difference). */
  extraRows?: (multiple: number, layer: number, step: number) => TooltipRow[];
  /** Use a canvas when a multiple has more cells than this (default 1500). */
  canvasThreshold?: number;
  /** Differences: values get a sign. */
  signed?: boolean;
  format: (v: number | null, signed?: boolean) => string;
}

export interface LayerHeatmap {
  element: HTMLElement;
  figure: Exportable;
  /** Cells drawn per multiple (= layers × steps). */
  cells: number;
  /** Moves the selection outlines and bold labels without redrawing the cells. */
  select(layer: string | null, step: number | null): void;
}

const GAP = 14;
const HEADER = LEGEND_HEIGHT - 4;
const TITLE_H = 18;

/** Shortens long layer names in the middle ("layer4.1.…conv2"); the full name is in the tooltip. */
export function shortName(name: string, max = 26): string {
  if (name.length <= max) return name;
  const head = Math.ceil((max - 1) * 0.45);
  return `${name.slice(0, head)}…${name.slice(name.length - (max - 1 - head))}`;
}

export function layerHeatmap(o: LayerHeatmapOptions): LayerHeatmap {
  const grid = o.multiples[0]?.matrix ?? { layers: [], steps: [], values: [] };
  const layers = grid.layers;
  const steps = grid.steps;
  const L = layers.length;
  const T = steps.length;
  const n = Math.max(1, o.multiples.length);
  const labels = layers.map((l) => shortName(l));
  const labelW = Math.ceil(Math.min(170, Math.max(40, ...labels.map((s) => textWidth(s, 11) + 10))));
  const cellW = Math.max(3, Math.min(44, Math.floor((o.width - labelW - 10 - (n - 1) * GAP) / Math.max(1, n * T))));
  const cellH = L <= 24 ? 16 : Math.max(4, Math.min(16, Math.floor(480 / L)));
  const mw = cellW * T;
  const mh = cellH * L;
  const top = HEADER + TITLE_H;
  const bottom = 34;
  const gridW = labelW + n * mw + (n - 1) * GAP;
  const W = Math.max(gridW + 8, 420);
  const H = top + mh + bottom;
  const x0 = (i: number) => labelW + i * (mw + GAP);

  const wrap = el("div", {
    class: "tbt-ov-heatmap",
    "data-measure": o.measure,
    "data-domain": o.scale.domain.join(","),
    tabindex: 0,
    role: "group",
    "aria-label": `${o.title}: layer × ${o.stepLabel} heat-map. Arrow keys move the selected layer (up/down) and ${o.stepLabel} (left/right).`,
  });
  wrap.style.position = "relative";
  wrap.style.width = `${W}px`;
  wrap.style.height = `${H}px`;

  const svg = svgEl("svg", { class: "tbt-chart tbt-ov-heatmap-svg", width: W, height: H, viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": o.title });
  svg.style.position = "absolute";
  svg.style.left = "0";
  svg.style.top = "0";
  const root = d3.select(svg);
  const hatch = hatchPattern(svg, o.theme);

  // header: title (with help as a native tooltip) and the legend at the right
  const titleText = root.append("text").attr("class", "tbt-ov-title").attr("x", 0).attr("y", 14).text(o.title);
  titleText.append("title").text(o.help);
  const lg = root.append("g");
  drawScaleLegend(svg, lg, o.scale, o.theme, { barWidth: 160 });
  lg.attr("transform", `translate(${Math.ceil(textWidth(o.title, 13)) + 28},0)`);

  const rasters: NonNullable<Exportable["rasters"]> = [];
  const rows = root.append("g").attr("class", "tbt-axis tbt-ov-rows").attr("transform", `translate(0,${top})`);
  const rowStep = Math.max(1, Math.ceil(11 / cellH));
  const maxLabel = Math.max(...steps.map((s) => textWidth(String(s), 10)), 8);
  const every = Math.max(1, Math.ceil((maxLabel + 6) / cellW));
  const axes: d3.Selection<SVGGElement, unknown, null, undefined>[] = [];
  const highlights: d3.Selection<SVGGElement, unknown, null, undefined>[] = [];

  o.multiples.forEach((m, i) => {
    const gx = x0(i);
    const g = root
      .append("g")
      .attr("class", "tbt-ov-multiple")
      .attr("data-multiple", m.key)
      .attr("data-layers", L)
      .attr("data-steps", T)
      .attr("data-cells", L * T)
      .attr("transform", `translate(${gx},${top})`);
    // title with run colour
    const tt = root.append("g").attr("class", "tbt-ov-multiple-title").attr("transform", `translate(${gx},${HEADER + 12})`);
    let tx = 0;
    if (m.color) {
      tt.append("rect").attr("x", 0).attr("y", -9).attr("width", 10).attr("height", 10).attr("rx", 2).attr("fill", m.color);
      tx = 14;
    }
    tt.append("text").attr("class", "tbt-ov-run-name").attr("x", tx).attr("y", 0).text(m.title).append("title").text(m.title);

    const raster = paintCells(g, {
      values: m.matrix.values,
      cellW,
      cellH,
      scale: o.scale,
      theme: o.theme,
      missing: hatch,
      canvasThreshold: o.canvasThreshold ?? 1500,
      wrap,
      x: gx,
      y: top,
      key: m.key,
    });
    if (raster) rasters.push(raster);
    g.append("rect").attr("class", "tbt-ov-frame").attr("width", mw).attr("height", mh).attr("fill", "none");
    axes.push(g.append("g").attr("class", "tbt-axis tbt-ov-steps").attr("transform", `translate(0,${mh})`));
    highlights.push(g.append("g").attr("class", "tbt-ov-highlights"));

    cellPointer(g, {
      rows: L,
      cols: T,
      cellW,
      cellH,
      tooltip: o.tooltip,
      tooltipRows: (l, t) => ({
        title: m.title,
        rows: [
          { label: "layer", value: layers[l] },
          { label: o.stepLabel, value: String(steps[t]) },
          { label: o.title, value: o.format(m.matrix.values[l][t], o.signed) },
          ...(o.extraRows?.(i, l, t) ?? []),
        ],
      }),
      onClick: (l, t) => o.onSelect(layers[l], steps[t]),
    });
  });

  /** Row labels, step ticks and outlines for the selected layer and step (redrawn alone on selection changes). */
  const select = (layer: string | null, step: number | null) => {
    const li = layer === null ? -1 : layers.indexOf(layer);
    const ti = step === null ? -1 : steps.indexOf(step);
    rows.selectAll("*").remove();
    labels.forEach((name, l) => {
      if (l % rowStep && l !== li) return;
      if (l !== li && li >= 0 && Math.abs(l - li) * cellH < 11) return;
      const t = rows
        .append("text")
        .attr("x", labelW - 6)
        .attr("y", l * cellH + cellH / 2)
        .attr("dy", "0.35em")
        .attr("text-anchor", "end")
        .attr("class", l === li ? "tbt-tick-selected" : null)
        .text(name);
      if (name !== layers[l]) t.append("title").text(layers[l]);
    });
    for (const ax of axes) {
      ax.selectAll("*").remove();
      steps.forEach((s, t) => {
        if (t % every && t !== ti) return;
        if (t !== ti && ti >= 0 && Math.abs(t - ti) * cellW < maxLabel + 4) return;
        ax.append("text")
          .attr("x", t * cellW + cellW / 2)
          .attr("y", 12)
          .attr("text-anchor", "middle")
          .attr("class", t === ti ? "tbt-tick-selected" : null)
          .text(String(s));
      });
      ax.append("text").attr("class", "tbt-axis-label").attr("x", mw / 2).attr("y", 28).attr("text-anchor", "middle").text(o.stepLabel);
    }
    for (const hg of highlights) {
      hg.selectAll("*").remove();
      if (li >= 0) hg.append("rect").attr("class", "tbt-ov-hl").attr("x", -1.5).attr("y", li * cellH - 0.5).attr("width", mw + 3).attr("height", cellH + 1);
      if (ti >= 0) hg.append("rect").attr("class", "tbt-ov-hl").attr("x", ti * cellW - 0.5).attr("y", -1.5).attr("width", cellW + 1).attr("height", mh + 3);
      if (li >= 0 && ti >= 0)
        hg.append("rect").attr("class", "tbt-ov-hl tbt-ov-hl-cell").attr("x", ti * cellW - 1).attr("y", li * cellH - 1).attr("width", cellW + 2).attr("height", cellH + 2);
    }
  };
  select(o.selectedLayer, o.selectedStep);

  wrap.addEventListener("keydown", (e: KeyboardEvent) => {
    if (!L || !T) return;
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1], Home: [0, -T], End: [0, T] };
    const mv = moves[e.key];
    if (!mv) return;
    e.preventDefault();
    const cur = o.current();
    const li = cur.layer === null ? -1 : layers.indexOf(cur.layer);
    const ti = cur.step === null ? T - 1 : steps.indexOf(cur.step);
    const l = li < 0 ? 0 : Math.max(0, Math.min(L - 1, li + mv[0]));
    const t = Math.max(0, Math.min(T - 1, (ti < 0 ? T - 1 : ti) + mv[1]));
    o.onSelect(layers[l], steps[t]);
  });

  wrap.appendChild(svg);
  return { element: wrap, figure: { svg, rasters, name: o.measure }, cells: L * T, select };
}
