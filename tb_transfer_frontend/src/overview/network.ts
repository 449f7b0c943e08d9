// The network diagram: tracked layers as a layered DAG (dag.ts) drawn top to bottom, main path in lane 0, parallel
// branches beside it, skip connections as arcs on the left. Each node is filled with the chosen measure at the
// selected step on the measure's shared scale: one segment per run (overlay) or one A − B segment (difference).
// Nodes are focusable buttons (Enter/Space select, arrow keys walk model order); labels are set with .text().

import * as d3 from "d3";
import { svgEl } from "../dom";
import type { Tooltip, TooltipRow } from "../charts/tooltip";
import type { Theme } from "../types";
import type { DagLayout } from "./dag";
import { shortName } from "./heatmap";
import { drawScaleLegend, LEGEND_HEIGHT } from "../charts/colorLegend";
import { hatchPattern, type ColorScale } from "../charts/scale";

export interface NodeSeries {
  key: string;
  title: string;
  color: string | null;
  /** Value per node name (missing → null). */
  values: ReadonlyMap<string, number | null>;
}

export interface NetworkOptions {
  layout: DagLayout;
  /** Layer type per name ("Conv2d"), shown under the name. */
  types: ReadonlyMap<string, string>;
  series: readonly NodeSeries[];
  scale: ColorScale;
  measureLabel: string;
  theme: Theme;
  width: number;
  selectedLayer: string | null;
  onSelect(layer: string): void;
  tooltip: Tooltip;
  format: (v: number | null, signed?: boolean) => string;
  signed?: boolean;
}

const NODE_W = 54;
const NODE_H = 16;

export function networkDiagram(o: NetworkOptions): SVGSVGElement {
  const { nodes, edges, ranks, lanes } = o.layout;
  const rowH = Math.max(NODE_H + 8, Math.min(30, Math.floor(620 / Math.max(1, ranks))));
  const maxSpan = edges.reduce((m, e) => Math.max(m, e.span > 1 ? e.span : 0), 0);
  const arcRoom = maxSpan ? 14 + Math.min(maxSpan, 10) * 5 : 6;
  const labelW = 150;
  const laneW = NODE_W + labelW;
  const left = arcRoom;
  const top = LEGEND_HEIGHT + 12;
  const W = Math.max(o.width, left + lanes * laneW + 8, 340);
  const H = top + ranks * rowH + 8;
  const pos = new Map(nodes.map((n) => [n.name, { x: left + n.lane * laneW, y: top + n.rank * rowH }]));
  const byName = new Map(nodes.map((n) => [n.name, n]));

  const svg = svgEl("svg", { class: "tbt-chart tbt-ov-network", width: W, height: H, viewBox: `0 0 ${W} ${H}`, role: "group", "aria-label": `Network diagram coloured by ${o.measureLabel}` });
  const root = d3.select(svg);
  const hatch = hatchPattern(svg, o.theme);
  drawScaleLegend(svg, root.append("g").attr("transform", "translate(4,0)"), o.scale, o.theme, { barWidth: 150, label: o.measureLabel });

  // edges: adjacent ranks in one lane as straight lines; skips in lane 0 as arcs in the left gutter (nested by
  // span); edges into another lane run along the gap above the target's row, so they never cross a label.
  const eg = root.append("g").attr("class", "tbt-ov-edges");
  const gapHalf = (rowH - NODE_H) / 2;
  for (const e of edges) {
    const from = byName.get(e.from)!;
    const a = pos.get(e.from)!;
    const b = pos.get(e.to)!;
    const ax = a.x + NODE_W / 2;
    const bx = b.x + NODE_W / 2;
    const gapY = b.y - gapHalf;
    const off = 8 + Math.min(e.span, 10) * 5;
    const sy = a.y + NODE_H / 2;
    let d: string;
    if (e.span === 1) d = a.x === b.x ? `M${ax},${a.y + NODE_H}V${b.y}` : `M${ax},${a.y + NODE_H}V${gapY}H${bx}V${b.y}`;
    else if (from.lane === 0 && a.x === b.x) d = `M${a.x},${sy}C${a.x - off},${sy} ${a.x - off},${b.y + NODE_H / 2} ${a.x},${b.y + NODE_H / 2}`;
    else if (from.lane === 0) d = `M${a.x},${sy}C${a.x - off},${sy} ${a.x - off},${gapY} ${a.x},${gapY}H${bx}V${b.y}`;
    else d = `M${ax},${a.y + NODE_H}V${gapY}H${bx}V${b.y}`;
    eg.append("path")
      .attr("class", e.span > 1 ? "tbt-ov-edge tbt-ov-skip" : "tbt-ov-edge")
      .attr("d", d)
      .attr("fill", "none")
      .attr("data-from", e.from)
      .attr("data-to", e.to);
  }

  const ng = root.append("g").attr("class", "tbt-ov-nodes");
  const k = Math.max(1, o.series.length);
  const segW = NODE_W / k;
  const order = nodes.map((n) => n.name);
  for (const n of nodes) {
    const p = pos.get(n.name)!;
    const selected = n.name === o.selectedLayer;
    const values = o.series.map((s) => s.values.get(n.name) ?? null);
    const type = o.types.get(n.name) ?? "";
    const g = ng
      .append("g")
      .attr("class", selected ? "tbt-ov-node tbt-selected" : "tbt-ov-node")
      .attr("data-layer", n.name)
      .attr("transform", `translate(${p.x},${p.y})`)
      .attr("tabindex", 0)
      .attr("role", "button")
      .attr("aria-pressed", selected ? "true" : "false")
      .attr("aria-label", `${n.name}${type ? ` (${type})` : ""}: ${o.series.map((s, i) => `${s.title} ${o.format(values[i], o.signed)}`).join(", ")}`)
      .style("cursor", "pointer");
    o.series.forEach((s, i) => {
      const v = values[i];
      g.append("rect")
        .attr("class", v === null ? "tbt-ov-seg tbt-ov-null" : "tbt-ov-seg")
        .attr("x", i * segW)
        .attr("width", segW)
        .attr("height", NODE_H)
        .attr("fill", v === null ? hatch : o.scale.color(v));
      if (k > 1 && s.color) g.append("rect").attr("x", i * segW).attr("y", -3).attr("width", segW).attr("height", 3).attr("fill", s.color);
    });
    g.append("rect").attr("class", "tbt-ov-node-frame").attr("width", NODE_W).attr("height", NODE_H).attr("rx", 2).attr("fill", "none");
    const label = g.append("text").attr("class", "tbt-ov-node-label").attr("x", NODE_W + 6).attr("y", NODE_H / 2).attr("dy", "0.35em");
    label.append("tspan").text(shortName(n.name, 22));
    if (type) label.append("tspan").attr("class", "tbt-ov-node-type").attr("dx", 5).text(type);
    g.append("title").text(n.name);

    const show = (x: number, y: number) => {
      const rows: TooltipRow[] = [];
      if (type) rows.push({ label: "type", value: type });
      if (n.inputs.length) rows.push({ label: "inputs", value: n.inputs.join(", ") });
      o.series.forEach((s, i) => rows.push({ color: s.color ?? undefined, label: s.title, value: o.format(values[i], o.signed) }));
      o.tooltip.show(x, y, n.name, rows);
    };
    g.on("mousemove", (event: MouseEvent) => {
      const host = o.tooltip.element.parentElement as HTMLElement;
      const hb = host.getBoundingClientRect();
      show(event.clientX - hb.left + host.scrollLeft, event.clientY - hb.top + host.scrollTop);
    })
      .on("mouseleave", () => o.tooltip.hide())
      .on("click", () => o.onSelect(n.name))
      .on("keydown", (event: KeyboardEvent) => {
        if (event.key === "Enter" || event.key === " ") {
          event.preventDefault();
          o.onSelect(n.name);
        } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
          event.preventDefault();
          const i = order.indexOf(n.name) + (event.key === "ArrowDown" ? 1 : -1);
          const next = svg.querySelectorAll<SVGGElement>(".tbt-ov-node")[i];
          next?.focus();
        }
      });
  }
  return svg;
}
