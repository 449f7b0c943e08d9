// A matrix heat-map (e.g. a confusion matrix): SVG cells for small matrices, a canvas for large ones (with an SVG
// overlay for axes and highlights either way). One highlighted index outlines its row and column.

import * as d3 from "d3";
import { el, svgEl } from "../dom";
import type { Theme } from "../types";
import { axisTitles, cellAt } from "./shared";
import type { Tooltip, TooltipRow } from "./tooltip";

export interface HeatmapOptions {
  rows: readonly string[];
  cols: readonly string[];
  /** Colour values, [rows][cols]; null = no data (drawn empty). */
  values: readonly (readonly (number | null)[])[];
  /** Optional numbers written in cells when they are large enough. */
  labels?: readonly (readonly (number | null)[])[];
  domain?: [number, number];
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
  ariaLabel: string;
}

export interface HeatmapResult {
  element: HTMLElement;
  svg: SVGSVGElement;
  canvas: HTMLCanvasElement | null;
}

/** Sequential, colour-blind-safe ramps (single hue) for both themes. */
export function heatColor(theme: Theme): (t: number) => string {
  return theme === "dark"
    ? d3.interpolateRgbBasis(["#1c232c", "#1f4e79", "#3d8fd1", "#a9d6f5"])
    : d3.interpolateRgbBasis(["#f7fbff", "#c6dbef", "#6baed6", "#2171b5", "#08306b"]);
}

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
  const domain = o.domain ?? [0, d3.max(o.values.flat(), (v) => v ?? 0) || 1];
  const ramp = heatColor(o.theme);
  const color = (v: number) => ramp(Math.max(0, Math.min(1, (v - domain[0]) / (domain[1] - domain[0] || 1))));
  const useCanvas = nr * nc > (o.canvasThreshold ?? 900);

  const wrap = el("div", { class: "tbt-heatmap" });
  wrap.style.width = `${W}px`;
  wrap.style.height = `${H}px`;
  let canvas: HTMLCanvasElement | null = null;
  if (useCanvas) {
    canvas = el("canvas", { class: "tbt-heatmap-canvas" });
    const dpr = Math.min(2, (typeof window !== "undefined" && window.devicePixelRatio) || 1);
    canvas.width = iw * dpr;
    canvas.height = ih * dpr;
    canvas.style.width = `${iw}px`;
    canvas.style.height = `${ih}px`;
    canvas.style.left = `${m.left}px`;
    canvas.style.top = `${m.top}px`;
    const ctx = canvas.getContext("2d");
    if (ctx) {
      ctx.scale(dpr, dpr);
      for (let r = 0; r < nr; r++)
        for (let c = 0; c < nc; c++) {
          const v = o.values[r]?.[c];
          if (v === null || v === undefined) continue;
          ctx.fillStyle = color(v);
          ctx.fillRect(c * cell, r * cell, cell, cell);
        }
    }
    wrap.appendChild(canvas);
  }

  const svg = svgEl("svg", { class: "tbt-chart", width: W, height: H, viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": o.ariaLabel });
  wrap.appendChild(svg);
  const g = d3.select(svg).append("g").attr("transform", `translate(${m.left},${m.top})`);
  g.append("rect").attr("class", "tbt-heatmap-frame").attr("width", iw).attr("height", ih);

  if (!useCanvas) {
    const cells: { r: number; c: number; v: number | null }[] = [];
    for (let r = 0; r < nr; r++) for (let c = 0; c < nc; c++) cells.push({ r, c, v: o.values[r]?.[c] ?? null });
    g.append("g")
      .attr("class", "tbt-cells")
      .selectAll("rect")
      .data(cells.filter((d) => d.v !== null))
      .join("rect")
      .attr("x", (d) => d.c * cell)
      .attr("y", (d) => d.r * cell)
      .attr("width", cell)
      .attr("height", cell)
      .attr("fill", (d) => color(d.v as number));
    if (o.labels && cell >= 20) {
      const lab = g.append("g").attr("class", "tbt-cell-labels");
      for (const d of cells) {
        const n = o.labels[d.r]?.[d.c];
        if (n === null || n === undefined || n === 0) continue;
        const t = d.v === null ? 0 : (d.v - domain[0]) / (domain[1] - domain[0] || 1);
        lab
          .append("text")
          .attr("x", d.c * cell + cell / 2)
          .attr("y", d.r * cell + cell / 2)
          .attr("dy", "0.35em")
          .attr("text-anchor", "middle")
          .attr("class", t > 0.55 ? "tbt-cell-label tbt-on-dark" : "tbt-cell-label")
          .text(d3.format("~s")(n));
      }
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

  if (o.highlight !== null && o.highlight !== undefined && o.highlight >= 0 && o.highlight < Math.max(nr, nc)) {
    const h = o.highlight;
    if (h < nr) g.append("rect").attr("class", "tbt-heatmap-hl").attr("x", -1).attr("y", h * cell).attr("width", iw + 2).attr("height", cell);
    if (h < nc) g.append("rect").attr("class", "tbt-heatmap-hl").attr("x", h * cell).attr("y", -1).attr("width", cell).attr("height", ih + 2);
  }

  if (o.tooltip || o.onCellClick) {
    const hover = g.append("rect").attr("class", "tbt-heatmap-hover").attr("data-export", "skip").attr("width", cell).attr("height", cell).style("display", "none");
    const at = (event: MouseEvent): [number, number] | null => cellAt(event, g.node(), cell, cell, nr, nc);
    g.append("rect")
      .attr("class", "tbt-overlay").attr("data-export", "skip")
      .attr("width", iw)
      .attr("height", ih)
      .attr("fill", "transparent")
      .style("cursor", o.onCellClick ? "pointer" : "default")
      .on("mousemove", (event: MouseEvent) => {
        const rc = at(event);
        if (!rc) return;
        hover.style("display", null).attr("x", rc[1] * cell).attr("y", rc[0] * cell);
        if (o.tooltip && o.tooltipRows) {
          const t = o.tooltipRows(rc[0], rc[1]);
          const host = o.tooltip.element.parentElement as HTMLElement;
          const hb = host.getBoundingClientRect();
          o.tooltip.show(event.clientX - hb.left, event.clientY - hb.top, t.title, t.rows);
        }
      })
      .on("mouseleave", () => {
        hover.style("display", "none");
        o.tooltip?.hide();
      })
      .on("click", (event: MouseEvent) => {
        const rc = at(event);
        if (rc && o.onCellClick) o.onCellClick(rc[0], rc[1]);
      });
  }
  return { element: wrap, svg, canvas };
}

let gradientCounter = 0;

/** A horizontal colour legend (gradient bar with end labels) as an SVG. */
export function colorLegend(theme: Theme, width: number, lo: string, hi: string, label: string): SVGSVGElement {
  const H = 34;
  const svg = svgEl("svg", { class: "tbt-chart tbt-color-legend", width, height: H, viewBox: `0 0 ${width} ${H}`, role: "img", "aria-label": label });
  const root = d3.select(svg);
  const id = `tbt-grad-${++gradientCounter}`;
  const grad = root.append("defs").append("linearGradient").attr("id", id);
  const ramp = heatColor(theme);
  for (let i = 0; i <= 10; i++) grad.append("stop").attr("offset", `${i * 10}%`).attr("stop-color", ramp(i / 10));
  const bw = Math.max(60, width - 2);
  root.append("rect").attr("x", 1).attr("y", 14).attr("width", bw - 2).attr("height", 8).attr("fill", `url(#${id})`).attr("class", "tbt-legend-bar");
  root.append("text").attr("class", "tbt-legend-text").attr("x", 1).attr("y", 10).text(label);
  root.append("text").attr("class", "tbt-legend-text").attr("x", 1).attr("y", 33).text(lo);
  root.append("text").attr("class", "tbt-legend-text").attr("x", bw - 1).attr("y", 33).attr("text-anchor", "end").text(hi);
  return svg;
}
