// The heat-map component: a grid of coloured cells, drawn as SVG rects while they are few and on a canvas under the
// chart's SVG once they are many (one pixel per cell in a small image, scaled up without smoothing), with a hover
// outline, tooltip and click on the cell under the pointer. `paintCells` and `cellPointer` are the parts every
// heat-map uses (the confusion matrices below, the layer overview's layer × step multiples); `heatmap` is the
// matrix chart (e.g. a confusion matrix) with row and column names and one highlighted index.

import * as d3 from "d3";
import { el, svgEl } from "../dom";
import type { Exportable } from "../export";
import type { Theme } from "../types";
import { canvasHatch, colorTable, hatchPattern, normalize, sequentialScale, type ColorScale } from "./scale";
import { axisTitles, cellAt } from "./shared";
import type { Tooltip, TooltipRow } from "./tooltip";

type G = d3.Selection<SVGGElement, unknown, null, undefined>;
type Raster = NonNullable<Exportable["rasters"]>[number];

export interface CellsOptions {
  /** Values, [rows][cols]; null = missing. */
  values: readonly (readonly (number | null)[])[];
  cellW: number;
  cellH: number;
  scale: ColorScale;
  theme: Theme;
  /** Fill of missing cells (a hatch pattern's url), or null to leave them empty. */
  missing: string | null;
  /** Use a canvas when rows × cols exceeds this. */
  canvasThreshold: number;
  /** The chart's wrapper and where the grid's origin sits in it (the canvas goes there, under the SVG). */
  wrap: HTMLElement;
  x: number;
  y: number;
  /** data-multiple of the canvas. */
  key?: string;
  /** Rows left unpainted (neither coloured nor hatched): e.g. layers the run does not have. */
  absent?: readonly boolean[];
}

/**
 * Paints the cells into `g` (SVG rects, `.tbt-ov-cell`, missing ones `.tbt-ov-null`) or onto a canvas placed in
 * `wrap` (`canvas.tbt-ov-canvas`); returns the canvas as a raster for PNG/SVG export, or null.
 */
export function paintCells(g: G, o: CellsOptions): Raster | null {
  const rows = o.values.length;
  const cols = o.values[0]?.length ?? 0;
  if (rows * cols > o.canvasThreshold) {
    const width = o.cellW * cols;
    const height = o.cellH * rows;
    const canvas = el("canvas", { class: "tbt-ov-canvas", "data-multiple": o.key ?? null });
    const dpr = Math.min(2, (typeof window !== "undefined" && window.devicePixelRatio) || 1);
    canvas.width = Math.max(1, Math.round(width * dpr));
    canvas.height = Math.max(1, Math.round(height * dpr));
    Object.assign(canvas.style, { position: "absolute", left: `${o.x}px`, top: `${o.y}px`, width: `${width}px`, height: `${height}px` });
    paintCanvas(canvas, o, dpr, width, height);
    o.wrap.appendChild(canvas);
    return { canvas, x: o.x, y: o.y, width, height };
  }
  const cells: { r: number; c: number; v: number | null }[] = [];
  for (let r = 0; r < rows; r++) if (!o.absent?.[r]) for (let c = 0; c < cols; c++) cells.push({ r, c, v: o.values[r][c] ?? null });
  g.append("g")
    .attr("class", "tbt-ov-cells")
    .selectAll("rect")
    .data(o.missing ? cells : cells.filter((d) => d.v !== null))
    .join("rect")
    .attr("class", (d) => (d.v === null ? "tbt-ov-cell tbt-ov-null" : "tbt-ov-cell"))
    .attr("x", (d) => d.c * o.cellW)
    .attr("y", (d) => d.r * o.cellH)
    .attr("width", o.cellW)
    .attr("height", o.cellH)
    .attr("fill", (d) => (d.v === null ? o.missing : o.scale.color(d.v)));
  return null;
}

/**
 * One pixel per cell in a small image (colours from a 256-entry table), scaled up without smoothing over the
 * hatching, which shows through where values are missing: thousands of cells cost one drawImage.
 */
function paintCanvas(canvas: HTMLCanvasElement, o: CellsOptions, dpr: number, w: number, h: number): void {
  const ctx = canvas.getContext("2d");
  const R = o.values.length;
  const C = o.values[0]?.length ?? 0;
  if (!ctx || !R || !C) return;
  const small = canvas.ownerDocument.createElement("canvas");
  small.width = C;
  small.height = R;
  const sctx = small.getContext("2d");
  if (!sctx) return;
  const img = sctx.createImageData(C, R);
  const lut = colorTable(o.scale);
  let missing = false;
  for (let r = 0; r < R; r++)
    for (let c = 0; c < C; c++) {
      const v = o.values[r][c];
      const p = (r * C + c) * 4;
      if (v === null || v === undefined) {
        missing = true;
        continue; // transparent
      }
      const k = Math.round(normalize(v, o.scale.domain) * 255) * 3;
      img.data[p] = lut[k];
      img.data[p + 1] = lut[k + 1];
      img.data[p + 2] = lut[k + 2];
      img.data[p + 3] = 255;
    }
  sctx.putImageData(img, 0, 0);
  ctx.scale(dpr, dpr);
  if (missing && o.missing) {
    ctx.fillStyle = canvasHatch(ctx, o.theme);
    const rh = h / R;
    for (let r = 0; r < R; r++) if (!o.absent?.[r]) ctx.fillRect(0, r * rh, w, rh);
  }
  ctx.imageSmoothingEnabled = false;
  ctx.drawImage(small, 0, 0, w, h);
}

export interface PointerOptions {
  rows: number;
  cols: number;
  cellW: number;
  cellH: number;
  tooltip?: Tooltip;
  /** Title and rows of the tooltip of a cell. */
  tooltipRows?: (row: number, col: number) => { title: string; rows: TooltipRow[] };
  onClick?: (row: number, col: number) => void;
}

/** The hover outline and the pointer overlay of a grid drawn from the origin of `g` (left out of exports). */
export function cellPointer(g: G, o: PointerOptions): void {
  const hover = g.append("rect").attr("class", "tbt-ov-hover").attr("data-export", "skip").attr("width", o.cellW).attr("height", o.cellH).style("display", "none");
  const at = (event: MouseEvent) => cellAt(event, g.node(), o.cellW, o.cellH, o.rows, o.cols);
  g.append("rect")
    .attr("class", "tbt-overlay tbt-ov-overlay")
    .attr("data-export", "skip")
    .attr("width", o.cellW * o.cols)
    .attr("height", o.cellH * o.rows)
    .attr("fill", "transparent")
    .style("cursor", o.onClick ? "pointer" : "default")
    .on("mousemove", (event: MouseEvent) => {
      const rc = at(event);
      if (!rc) return;
      hover.style("display", null).attr("x", rc[1] * o.cellW).attr("y", rc[0] * o.cellH);
      if (o.tooltip && o.tooltipRows) {
        const t = o.tooltipRows(rc[0], rc[1]);
        const host = o.tooltip.element.parentElement as HTMLElement;
        const hb = host.getBoundingClientRect();
        o.tooltip.show(event.clientX - hb.left + host.scrollLeft, event.clientY - hb.top + host.scrollTop, t.title, t.rows);
      }
    })
    .on("mouseleave", () => {
      hover.style("display", "none");
      o.tooltip?.hide();
    })
    .on("click", (event: MouseEvent) => {
      const rc = at(event);
      if (rc && o.onClick) o.onClick(rc[0], rc[1]);
    });
}

export interface HeatmapOptions {
  rows: readonly string[];
  cols: readonly string[];
  /** Colour values, [rows][cols]; null = no data (drawn empty). */
  values: readonly (readonly (number | null)[])[];
  /** Optional numbers written in cells when they are large enough. */
  labels?: readonly (readonly (number | null)[])[];
  /** The colour scale (default: sequential over [0, the largest value]). */
  scale?: ColorScale;
  theme: Theme;
  /** Maximum width in px of the whole figure. */
  width: number;
  xLabel: string;
  yLabel: string;
  /** Index highlighted as row and column (e.g. the selected class). */
  highlight?: number | null;
  onCellClick?: (row: number, col: number) => void;
  tooltip?: Tooltip;
  tooltipRows?: (row: number, col: number) => { title: string; rows: TooltipRow[] };
  /** Use canvas when rows × cols exceeds this (default 900 = 30 × 30). */
  canvasThreshold?: number;
  /** Outline the cells whose row and column have the same name (`.tbt-heatmap-diag`), e.g. layer i vs layer i. */
  diagonal?: boolean;
  /** Draw missing cells hatched (default: left empty). */
  hatchMissing?: boolean;
  ariaLabel: string;
}

export interface HeatmapResult {
  element: HTMLElement;
  svg: SVGSVGElement;
  canvas: HTMLCanvasElement | null;
  figure: Exportable;
}

/** A matrix heat-map with row and column names; one highlighted index outlines its row and column. */
export function heatmap(o: HeatmapOptions): HeatmapResult {
  const nr = o.rows.length;
  const nc = o.cols.length;
  const labelW = Math.min(110, Math.max(24, ...o.rows.map((r) => r.length * 6.4 + 10)));
  const colLabelH = Math.min(90, Math.max(24, ...o.cols.map((c) => c.length * 6.4 * 0.75 + 12)));
  const m = { top: 10, right: 12, bottom: colLabelH + 22, left: labelW + 22 };
  const cell = Math.max(3, Math.min(42, Math.floor((o.width - m.left - m.right) / Math.max(nc, 1))));
  const iw = cell * nc;
  const ih = cell * nr;
  const W = iw + m.left + m.right;
  const H = ih + m.top + m.bottom;
  const scale = o.scale ?? sequentialScale([0, d3.max(o.values.flat(), (v) => v ?? 0) || 1], o.theme);
  const domain = scale.domain;

  const wrap = el("div", { class: "tbt-heatmap" });
  wrap.style.width = `${W}px`;
  wrap.style.height = `${H}px`;
  const svg = svgEl("svg", { class: "tbt-chart", width: W, height: H, viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": o.ariaLabel });
  const g = d3.select(svg).append("g").attr("transform", `translate(${m.left},${m.top})`);
  const frame = g.append("rect").attr("class", "tbt-heatmap-frame").attr("width", iw).attr("height", ih);
  const raster = paintCells(g, {
    values: o.values,
    cellW: cell,
    cellH: cell,
    scale,
    theme: o.theme,
    missing: o.hatchMissing ? hatchPattern(svg, o.theme) : null,
    canvasThreshold: o.canvasThreshold ?? 900,
    wrap,
    x: m.left,
    y: m.top,
  });
  wrap.appendChild(svg);
  if (raster) frame.style("fill", "none"); // the canvas lies under the SVG

  if (!raster && o.labels && cell >= 20) {
    const lab = g.append("g").attr("class", "tbt-cell-labels");
    for (let r = 0; r < nr; r++)
      for (let c = 0; c < nc; c++) {
        const n = o.labels[r]?.[c];
        if (n === null || n === undefined || n === 0) continue;
        const v = o.values[r]?.[c] ?? null;
        const t = v === null ? 0 : (v - domain[0]) / (domain[1] - domain[0] || 1);
        lab
          .append("text")
          .attr("x", c * cell + cell / 2)
          .attr("y", r * cell + cell / 2)
          .attr("dy", "0.35em")
          .attr("text-anchor", "middle")
          .attr("class", t > 0.55 ? "tbt-cell-label tbt-on-dark" : "tbt-cell-label")
          .text(d3.format("~s")(n));
      }
  }

  // axes: names when they fit, else every k-th
  const step = Math.max(1, Math.ceil(11 / cell));
  const rowTicks = g.append("g").attr("class", "tbt-axis tbt-heatmap-rows");
  o.rows.forEach((name, r) => {
    if (r % step && r !== o.highlight) return;
    rowTicks
      .append("text")
      .attr("x", -6)
      .attr("y", r * cell + cell / 2)
      .attr("dy", "0.35em")
      .attr("text-anchor", "end")
      .attr("class", r === o.highlight ? "tbt-tick-selected" : null)
      .text(name);
  });
  const colTicks = g.append("g").attr("class", "tbt-axis tbt-heatmap-cols");
  o.cols.forEach((name, c) => {
    if (c % step && c !== o.highlight) return;
    const cx = c * cell + cell / 2;
    colTicks
      .append("text")
      .attr("transform", `translate(${cx},${ih + 8}) rotate(-45)`)
      .attr("text-anchor", "end")
      .attr("dy", "0.35em")
      .attr("class", c === o.highlight ? "tbt-tick-selected" : null)
      .text(name);
  });
  axisTitles(g, { iw, ih, xLabelY: ih + colLabelH + 16, yLabelX: -m.left + 12, xLabel: o.xLabel, yLabel: o.yLabel });

  if (o.diagonal) {
    const colOf = new Map(o.cols.map((name, c) => [name, c]));
    const diag = g.append("g").attr("class", "tbt-heatmap-diags");
    o.rows.forEach((name, r) => {
      const c = colOf.get(name);
      if (c === undefined) return;
      diag.append("rect").attr("class", "tbt-heatmap-diag").attr("x", c * cell + 0.5).attr("y", r * cell + 0.5).attr("width", cell - 1).attr("height", cell - 1);
    });
  }

  if (o.highlight !== null && o.highlight !== undefined && o.highlight >= 0 && o.highlight < Math.max(nr, nc)) {
    const h = o.highlight;
    if (h < nr) g.append("rect").attr("class", "tbt-heatmap-hl").attr("x", -1).attr("y", h * cell).attr("width", iw + 2).attr("height", cell);
    if (h < nc) g.append("rect").attr("class", "tbt-heatmap-hl").attr("x", h * cell).attr("y", -1).attr("width", cell).attr("height", ih + 2);
  }

  if (o.tooltip || o.onCellClick)
    cellPointer(g, { rows: nr, cols: nc, cellW: cell, cellH: cell, tooltip: o.tooltip, tooltipRows: o.tooltipRows, onClick: o.onCellClick });
  return { element: wrap, svg, canvas: raster?.canvas ?? null, figure: { svg, rasters: raster ? [raster] : [], name: "heatmap" } };
}
