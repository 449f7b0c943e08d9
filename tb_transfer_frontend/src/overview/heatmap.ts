// One measure as layer × step heat-maps: one small multiple per run (or one A − B difference), all on the same
// rows (layers by name in model order), each over its own steps (the steps that run logged; its selected step is
// its own: its largest step <= the selected one), on the same colour scale, side by side, with one legend.
// SVG cells while they are few; a canvas under the SVG once they number in the thousands. Missing or failed values
// are hatched grey; a layer a run does not have (another architecture's) is a dashed line, "not in this run".
// Hover shows run, layer, step and value; click (or arrow keys) selects layer and step.

import * as d3 from "d3";
import { el, svgEl } from "../dom";
import type { Exportable } from "../export";
import { drawScaleLegend, LEGEND_HEIGHT } from "../charts/colorLegend";
import { cellPointer, paintCells } from "../charts/heatmap";
import { textWidth } from "../charts/lines";
import { hatchPattern, type ColorScale } from "../charts/scale";
import type { Tooltip, TooltipRow } from "../charts/tooltip";
import { stepForRun, stepIndex } from "../store";
import { unionSteps } from "../transforms";
import type { Theme } from "../types";
import type { LayerStepMatrix } from "./matrix";

export interface Multiple {
  /** Run name, or a label such as "A − B". */
  key: string;
  title: string;
  /** Run colour of the title swatch (null: none). */
  color: string | null;
  /** On the shared rows: every multiple has the same layers (`absent` marks those the run lacks); its own steps. */
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
  /** The selected step (null: the latest); each multiple outlines its own step for it (`stepForRun`). */
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
  /** Cells drawn per multiple (= layers × steps of the longest multiple). */
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
  const stepsOf = o.multiples.map((m) => m.matrix.steps);
  const allSteps = unionSteps(stepsOf);
  const L = layers.length;
  const T = Math.max(0, ...stepsOf.map((s) => s.length));
  const columns = stepsOf.reduce((a, s) => a + Math.max(1, s.length), 0);
  const n = Math.max(1, o.multiples.length);
  const labels = layers.map((l) => shortName(l));
  const labelW = Math.ceil(Math.min(170, Math.max(40, ...labels.map((s) => textWidth(s, 11) + 10))));
  const cellW = Math.max(3, Math.min(44, Math.floor((o.width - labelW - 10 - (n - 1) * GAP) / Math.max(1, columns))));
  const cellH = L <= 24 ? 16 : Math.max(4, Math.min(16, Math.floor(480 / L)));
  const mws = stepsOf.map((s) => cellW * Math.max(1, s.length));
  const mh = cellH * L;
  const top = HEADER + TITLE_H;
  const bottom = 34;
  const gridW = labelW + mws.reduce((a, w) => a + w, 0) + (n - 1) * GAP;
  const W = Math.max(gridW + 8, 420);
  const H = top + mh + bottom;
  const x0 = (i: number) => labelW + mws.slice(0, i).reduce((a, w) => a + w, 0) + i * GAP;
  const anyAbsent = o.multiples.some((m) => m.matrix.absent?.some((a) => a));

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
  const right = drawScaleLegend(svg, lg, o.scale, o.theme, { barWidth: 160 });
  if (anyAbsent) {
    const ax = right + 16;
    lg.append("line").attr("class", "tbt-ov-absent tbt-ov-absent-swatch").attr("x1", ax).attr("x2", ax + 14).attr("y1", 11).attr("y2", 11);
    lg.append("text").attr("class", "tbt-legend-text").attr("x", ax + 18).attr("y", 14).text("not in this run");
  }
  lg.attr("transform", `translate(${Math.ceil(textWidth(o.title, 13)) + 28},0)`);

  const rasters: NonNullable<Exportable["rasters"]> = [];
  const rows = root.append("g").attr("class", "tbt-axis tbt-ov-rows").attr("transform", `translate(0,${top})`);
  const rowStep = Math.max(1, Math.ceil(11 / cellH));
  const maxLabel = Math.max(...allSteps.map((s) => textWidth(String(s), 10)), 8);
  const every = Math.max(1, Math.ceil((maxLabel + 6) / cellW));
  const axes: d3.Selection<SVGGElement, unknown, null, undefined>[] = [];
  const highlights: d3.Selection<SVGGElement, unknown, null, undefined>[] = [];

  o.multiples.forEach((m, i) => {
    const gx = x0(i);
    const steps = m.matrix.steps;
    const mw = mws[i];
    const absent = m.matrix.absent ?? [];
    const g = root
      .append("g")
      .attr("class", "tbt-ov-multiple")
      .attr("data-multiple", m.key)
      .attr("data-layers", L)
      .attr("data-steps", steps.length)
      .attr("data-cells", L * steps.length)
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
      absent,
    });
    if (raster) rasters.push(raster);
    absent.forEach((a, l) => {
      if (a) g.append("line").attr("class", "tbt-ov-absent").attr("data-layer", layers[l]).attr("x1", 3).attr("x2", mw - 3).attr("y1", l * cellH + cellH / 2).attr("y2", l * cellH + cellH / 2);
    });
    g.append("rect").attr("class", "tbt-ov-frame").attr("width", mw).attr("height", mh).attr("fill", "none");
    axes.push(g.append("g").attr("class", "tbt-axis tbt-ov-steps").attr("transform", `translate(0,${mh})`));
    highlights.push(g.append("g").attr("class", "tbt-ov-highlights"));

    cellPointer(g, {
      rows: L,
      cols: steps.length,
      cellW,
      cellH,
      tooltip: o.tooltip,
      tooltipRows: (l, t) => ({
        title: m.title,
        rows: [
          { label: "layer", value: layers[l] },
          { label: o.stepLabel, value: String(steps[t]) },
          { label: o.title, value: absent[l] ? "not in this run" : o.format(m.matrix.values[l][t], o.signed) },
          ...(o.extraRows?.(i, l, t) ?? []),
        ],
      }),
      onClick: (l, t) => o.onSelect(layers[l], steps[t]),
    });
  });

  /** Row labels, step ticks and outlines for the selected layer and step (redrawn alone on selection changes). */
  const select = (layer: string | null, step: number | null) => {
    const li = layer === null ? -1 : layers.indexOf(layer);
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
    axes.forEach((ax, i) => {
      const steps = stepsOf[i];
      const mw = mws[i];
      const ti = stepIndex(steps, step);
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
      const hg = highlights[i];
      hg.selectAll("*").remove();
      if (li >= 0) hg.append("rect").attr("class", "tbt-ov-hl").attr("x", -1.5).attr("y", li * cellH - 0.5).attr("width", mw + 3).attr("height", cellH + 1);
      if (ti >= 0) hg.append("rect").attr("class", "tbt-ov-hl").attr("x", ti * cellW - 0.5).attr("y", -1.5).attr("width", cellW + 1).attr("height", mh + 3);
      if (li >= 0 && ti >= 0)
        hg.append("rect").attr("class", "tbt-ov-hl tbt-ov-hl-cell").attr("x", ti * cellW - 1).attr("y", li * cellH - 1).attr("width", cellW + 2).attr("height", cellH + 2);
    });
  };
  select(o.selectedLayer, o.selectedStep);

  wrap.addEventListener("keydown", (e: KeyboardEvent) => {
    const T = allSteps.length;
    if (!L || !T) return;
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1], Home: [0, -T], End: [0, T] };
    const mv = moves[e.key];
    if (!mv) return;
    e.preventDefault();
    const cur = o.current();
    const li = cur.layer === null ? -1 : layers.indexOf(cur.layer);
    const ti = cur.step === null ? T - 1 : allSteps.indexOf(stepForRun(allSteps, cur.step) ?? NaN);
    const l = li < 0 ? 0 : Math.max(0, Math.min(L - 1, li + mv[0]));
    const t = Math.max(0, Math.min(T - 1, (ti < 0 ? T - 1 : ti) + mv[1]));
    o.onSelect(layers[l], allSteps[t]);
  });

  wrap.appendChild(svg);
  return { element: wrap, figure: { svg, rasters, name: o.measure }, cells: L * T, select };
}
