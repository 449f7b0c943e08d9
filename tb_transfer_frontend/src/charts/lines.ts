// A line chart over numeric x (steps) or categorical x (layers), with gaps for null values, per-point markers,
// reference lines, a marked x (the selected step), hover values and click-to-select-x. SVG; reusable.

import * as d3 from "d3";
import { svgEl } from "../dom";
import type { Point } from "../transforms";
import { axisTitles } from "./shared";
import type { Tooltip, TooltipRow } from "./tooltip";

export type Marker = "circle" | "cross" | "square" | "none";

export interface LineSeries {
  id: string;
  /** Series name (e.g. "target val"). */
  label: string;
  /** Group name shown before the label in tooltips (e.g. the run). */
  group?: string;
  color: string;
  /** SVG stroke-dasharray; "" = solid. */
  dash?: string;
  width?: number;
  points: readonly Point[];
  /** Marker of every point, or per point. */
  marker?: Marker | ((p: Point, i: number) => Marker);
  hollow?: boolean;
  /** Draw markers only (no line). */
  markersOnly?: boolean;
}

export interface RefLine {
  y: number;
  /** Text drawn at the line's right end. */
  label: string;
  /** Name in the tooltip (default: label). */
  name?: string;
  color: string;
  dash?: string;
}

export interface LineChartOptions {
  width: number;
  height: number;
  xLabel: string;
  yLabel: string;
  /** Categorical x: tick values and labels (x values are indices). */
  xTicks?: { value: number; label: string }[];
  xDomain?: [number, number];
  yDomain?: [number, number];
  /** Include 0 in the y domain. */
  yZero?: boolean;
  yTickFormat?: (v: number) => string;
  valueFormat?: (v: number) => string;
  xFormat?: (x: number) => string;
  /** A marked x value (the selected step): a vertical rule. */
  markX?: number | null;
  markXLabel?: string;
  /** A highlighted categorical x (the selected layer): a band. */
  highlightX?: number | null;
  refLines?: RefLine[];
  /** Horizontal rule at y = 0. */
  zeroLine?: boolean;
  onClickX?: (x: number) => void;
  tooltip?: Tooltip;
  /** Tooltip coordinates are relative to this element (the tooltip's host); default: the svg's parent. */
  tooltipHost?: HTMLElement;
  ariaLabel: string;
}

const CROSS = 3.2;
const RADIUS = 3;

function markerPath(kind: Marker, x: number, y: number): string {
  switch (kind) {
    case "cross":
      return `M${x - CROSS},${y - CROSS}L${x + CROSS},${y + CROSS}M${x - CROSS},${y + CROSS}L${x + CROSS},${y - CROSS}`;
    case "circle":
      return `M${x - RADIUS},${y}a${RADIUS},${RADIUS} 0 1,0 ${2 * RADIUS},0a${RADIUS},${RADIUS} 0 1,0 ${-2 * RADIUS},0Z`;
    case "square":
      return `M${x - RADIUS},${y - RADIUS}h${2 * RADIUS}v${2 * RADIUS}h${-2 * RADIUS}Z`;
    default:
      return "";
  }
}

/** Approximate text width for margin computation (no layout needed). */
export function textWidth(s: string, px = 11): number {
  return s.length * px * 0.58;
}

export function lineChart(series: readonly LineSeries[], o: LineChartOptions): SVGSVGElement {
  const yFmt = o.yTickFormat ?? d3.format("~g");
  const vFmt = o.valueFormat ?? yFmt;
  const xFmt = o.xFormat ?? ((x: number) => (o.xTicks ? o.xTicks.find((t) => t.value === x)?.label ?? String(x) : String(x)));

  // y domain
  let yDom = o.yDomain;
  if (!yDom) {
    let lo = Infinity;
    let hi = -Infinity;
    for (const s of series)
      for (const p of s.points)
        if (p.y !== null) {
          lo = Math.min(lo, p.y);
          hi = Math.max(hi, p.y);
        }
    for (const r of o.refLines ?? []) {
      lo = Math.min(lo, r.y);
      hi = Math.max(hi, r.y);
    }
    if (o.yZero || o.zeroLine) {
      lo = Math.min(lo, 0);
      hi = Math.max(hi, 0);
    }
    if (lo === Infinity) [lo, hi] = [0, 1];
    if (lo === hi) [lo, hi] = [lo - 0.5 * (Math.abs(lo) || 1), hi + 0.5 * (Math.abs(hi) || 1)];
    const pad = (hi - lo) * 0.06;
    yDom = [lo - (o.yZero && lo === 0 ? 0 : pad), hi + pad];
  }
  const y0 = d3.scaleLinear().domain(yDom).nice(5);
  const yTicks = y0.ticks(5);
  const tickW = Math.max(...yTicks.map((t) => textWidth(yFmt(t))), 10);

  // x domain
  const xs = new Set<number>();
  for (const s of series) for (const p of s.points) xs.add(p.x);
  const xValues = [...xs].sort((a, b) => a - b);
  let xDom = o.xDomain ?? (xValues.length ? [xValues[0], xValues[xValues.length - 1]] : [0, 1]);
  if (xDom[0] === xDom[1]) xDom = [xDom[0] - 0.5, xDom[1] + 0.5];
  const rotate = !!o.xTicks && o.xTicks.some((t) => textWidth(t.label) > (o.width - 80) / Math.max(o.xTicks!.length, 1) - 4);
  const bottomTickH = rotate ? Math.min(90, Math.max(...o.xTicks!.map((t) => textWidth(t.label))) * 0.72 + 12) : 18;

  const m = { top: 14, right: 16, bottom: bottomTickH + 26, left: Math.ceil(tickW) + 30 };
  const W = Math.max(o.width, 200);
  const H = Math.max(o.height, 120);
  const iw = W - m.left - m.right;
  const ih = H - m.top - m.bottom;
  const xPad = o.xTicks ? 0.5 : 0;
  const x = d3.scaleLinear().domain([xDom[0] - xPad, xDom[1] + xPad]).range([0, iw]);
  const y = y0.range([ih, 0]);

  const svg = svgEl("svg", {
    class: "tbt-chart",
    width: W,
    height: H,
    viewBox: `0 0 ${W} ${H}`,
    role: "img",
    "aria-label": o.ariaLabel,
  });
  const root = d3.select(svg);
  const g = root.append("g").attr("transform", `translate(${m.left},${m.top})`);

  // grid + axes
  g.append("g")
    .attr("class", "tbt-gridlines")
    .selectAll("line")
    .data(yTicks)
    .join("line")
    .attr("x1", 0)
    .attr("x2", iw)
    .attr("y1", (d) => y(d))
    .attr("y2", (d) => y(d));

  if (o.highlightX !== null && o.highlightX !== undefined && o.xTicks) {
    const bw = Math.abs(x(1) - x(0));
    g.append("rect")
      .attr("class", "tbt-highlight-band")
      .attr("x", x(o.highlightX) - bw / 2)
      .attr("width", bw)
      .attr("y", 0)
      .attr("height", ih);
  }

  const yAxis = d3.axisLeft(y).tickValues(yTicks).tickFormat((d) => yFmt(d as number)).tickSizeOuter(0);
  g.append("g").attr("class", "tbt-axis tbt-axis-y").call(yAxis);
  let xAxis: d3.Axis<d3.NumberValue>;
  if (o.xTicks) {
    xAxis = d3
      .axisBottom(x)
      .tickValues(o.xTicks.map((t) => t.value))
      .tickFormat((d) => xFmt(d as number))
      .tickSizeOuter(0);
  } else {
    const integerTicks = x.ticks(Math.max(2, Math.floor(iw / 70))).filter((t) => Number.isInteger(t));
    xAxis = d3.axisBottom(x).tickValues(integerTicks).tickFormat((d) => String(d)).tickSizeOuter(0);
  }
  const xg = g.append("g").attr("class", "tbt-axis tbt-axis-x").attr("transform", `translate(0,${ih})`).call(xAxis);
  if (rotate) {
    xg.selectAll<SVGTextElement, unknown>("text")
      .attr("text-anchor", "end")
      .attr("dx", "-0.5em")
      .attr("dy", "0.3em")
      .attr("transform", "rotate(-40)");
  }
  axisTitles(g, { iw, ih, xLabelY: ih + bottomTickH + 20, yLabelX: -m.left + 13, xLabel: o.xLabel, yLabel: o.yLabel });

  if (o.zeroLine && y.domain()[0] < 0 && y.domain()[1] > 0) {
    g.append("line").attr("class", "tbt-zero").attr("x1", 0).attr("x2", iw).attr("y1", y(0)).attr("y2", y(0));
  }

  // reference lines
  for (const r of o.refLines ?? []) {
    const ry = y(r.y);
    g.append("line")
      .attr("class", "tbt-refline")
      .attr("x1", 0)
      .attr("x2", iw)
      .attr("y1", ry)
      .attr("y2", ry)
      .attr("stroke", r.color)
      .attr("stroke-dasharray", r.dash ?? "2 3");
    g.append("text")
      .attr("class", "tbt-refline-label")
      .attr("x", iw - 2)
      .attr("y", ry - 4)
      .attr("text-anchor", "end")
      .attr("fill", r.color)
      .text(r.label);
  }

  // selected x
  if (o.markX !== null && o.markX !== undefined && o.markX >= x.domain()[0] && o.markX <= x.domain()[1]) {
    const mx = x(o.markX);
    g.append("line").attr("class", "tbt-mark-x").attr("x1", mx).attr("x2", mx).attr("y1", 0).attr("y2", ih);
    if (o.markXLabel) {
      const right = mx > iw - 60;
      g.append("text")
        .attr("class", "tbt-mark-x-label")
        .attr("x", mx + (right ? -4 : 4))
        .attr("y", 9)
        .attr("text-anchor", right ? "end" : "start")
        .text(o.markXLabel);
    }
  }

  // series
  const line = d3
    .line<Point>()
    .defined((p) => p.y !== null)
    .x((p) => x(p.x))
    .y((p) => y(p.y as number));
  const sg = g.append("g").attr("class", "tbt-series");
  for (const s of series) {
    const gs = sg.append("g").attr("class", "tbt-line-series").attr("data-series", s.id);
    if (!s.markersOnly) {
      gs.append("path")
        .attr("class", "tbt-line")
        .attr("d", line(s.points as Point[]) ?? "")
        .attr("fill", "none")
        .attr("stroke", s.color)
        .attr("stroke-width", s.width ?? 1.8)
        .attr("stroke-dasharray", s.dash || null)
        .attr("stroke-linejoin", "round")
        .attr("stroke-linecap", "round");
    }
    if (s.marker && s.marker !== "none") {
      const byKind = new Map<Marker, string[]>();
      s.points.forEach((p, i) => {
        if (p.y === null) return;
        const kind = typeof s.marker === "function" ? s.marker(p, i) : (s.marker as Marker);
        if (kind === "none") return;
        const list = byKind.get(kind) ?? [];
        list.push(markerPath(kind, x(p.x), y(p.y)));
        byKind.set(kind, list);
      });
      for (const [kind, parts] of byKind) {
        const filled = kind !== "cross" && !s.hollow;
        const mk = gs
          .append("path")
          .attr("class", `tbt-marker tbt-marker-${kind}`)
          .attr("data-points", parts.length)
          .attr("d", parts.join(""))
          .attr("fill", filled ? s.color : "none")
          .attr("stroke", s.color)
          .attr("stroke-width", kind === "cross" ? 1.6 : 1.3);
        if (!filled && kind !== "cross") mk.style("fill", "var(--tbt-panel)");
      }
    }
  }

  // hover + click
  if (o.tooltip || o.onClickX) {
    const hover = g.append("line").attr("class", "tbt-hover-x").attr("data-export", "skip").attr("y1", 0).attr("y2", ih).style("display", "none");
    const overlay = g
      .append("rect")
      .attr("class", "tbt-overlay").attr("data-export", "skip")
      .attr("width", iw)
      .attr("height", ih)
      .attr("fill", "transparent")
      .style("cursor", o.onClickX ? "pointer" : "default");
    const nearest = (px: number): number | null => {
      if (!xValues.length) return null;
      const xv = x.invert(px);
      const i = d3.bisectCenter(xValues, xv);
      return xValues[Math.max(0, Math.min(xValues.length - 1, i))];
    };
    overlay
      .on("mousemove", (event: MouseEvent) => {
        const [px] = d3.pointer(event, g.node());
        const xv = nearest(px);
        if (xv === null) return;
        hover.style("display", null).attr("x1", x(xv)).attr("x2", x(xv));
        if (o.tooltip) {
          const rows: TooltipRow[] = [];
          for (const s of series) {
            const p = s.points.find((q) => q.x === xv);
            if (!p) continue;
            rows.push({
              color: s.color,
              dash: s.dash,
              label: s.group ? `${s.group} · ${s.label}` : s.label,
              value: p.y === null ? "n/a" : vFmt(p.y),
            });
          }
          for (const r of o.refLines ?? []) rows.push({ color: r.color, dash: r.dash ?? "2 3", label: r.name ?? r.label, value: vFmt(r.y), muted: true });
          const host = o.tooltipHost ?? (svg.parentElement as HTMLElement);
          const hb = host.getBoundingClientRect();
          o.tooltip.show(event.clientX - hb.left, event.clientY - hb.top, `${o.xLabel}: ${xFmt(xv)}`, rows);
        }
      })
      .on("mouseleave", () => {
        hover.style("display", "none");
        o.tooltip?.hide();
      })
      .on("click", (event: MouseEvent) => {
        if (!o.onClickX) return;
        const [px] = d3.pointer(event, g.node());
        const xv = nearest(px);
        if (xv !== null) o.onClickX(xv);
      });
  }
  return svg;
}
