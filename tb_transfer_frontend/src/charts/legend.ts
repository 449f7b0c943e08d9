// HTML legends (they wrap and stay readable at any width): one item per series with a swatch showing its line
// style and marker. Items can toggle series visibility.

import { el, svgEl } from "../dom";
import type { Marker } from "./lines";

export interface LegendItem {
  id: string;
  label: string;
  color: string;
  dash?: string;
  marker?: Marker;
  hollow?: boolean;
  /** Swatch without line (markers only). */
  markerOnly?: boolean;
  hidden?: boolean;
  title?: string;
}

export function swatch(item: Pick<LegendItem, "color" | "dash" | "marker" | "hollow" | "markerOnly">): SVGSVGElement {
  const small = !!item.markerOnly;
  const w = small ? 12 : 26;
  const cx = w / 2;
  const s = svgEl("svg", { class: "tbt-legend-swatch", width: w, height: 12, viewBox: `0 0 ${w} 12`, "aria-hidden": "true" });
  // Colours go in style (not presentation attributes) so CSS variables such as var(--tbt-muted) work.
  const paint = (node: SVGElement, stroke: boolean, fill: boolean) => {
    if (stroke) node.style.stroke = item.color;
    node.style.fill = fill ? item.color : "none";
  };
  if (!small) {
    const line = svgEl("line", { x1: 1, x2: w - 1, y1: 6, y2: 6, "stroke-width": 2, "stroke-dasharray": item.dash || null });
    paint(line, true, false);
    s.appendChild(line);
  }
  const m = item.marker ?? "none";
  if (m === "circle") {
    const c = svgEl("circle", { cx, cy: 6, r: small ? 4 : 3.2, "stroke-width": 1.3 });
    paint(c, true, !item.hollow);
    if (item.hollow) c.style.fill = "var(--tbt-panel)";
    s.appendChild(c);
  } else if (m === "cross") {
    const p = svgEl("path", { d: `M${cx - 3.2},2.8L${cx + 3.2},9.2M${cx - 3.2},9.2L${cx + 3.2},2.8`, "stroke-width": 1.6 });
    paint(p, true, false);
    s.appendChild(p);
  } else if (m === "square") {
    const r = small ? svgEl("rect", { x: 1, y: 1, width: 10, height: 10, rx: 2 }) : svgEl("rect", { x: cx - 3, y: 3, width: 6, height: 6 });
    paint(r, false, true);
    s.appendChild(r);
  }
  return s;
}

export function legend(items: LegendItem[], onToggle?: (id: string) => void, ariaLabel = "Legend"): HTMLElement {
  const box = el("div", { class: "tbt-legend", role: "group", "aria-label": ariaLabel });
  for (const it of items) {
    const content = [swatch(it), el("span", { class: "tbt-legend-label" }, it.label)];
    const node = onToggle
      ? el("button", {
          type: "button",
          class: `tbt-legend-item${it.hidden ? " tbt-off" : ""}`,
          "aria-pressed": it.hidden ? "false" : "true",
          title: it.title ?? `Show or hide ${it.label}`,
          "data-series": it.id,
        }, ...content)
      : el("span", { class: "tbt-legend-item", title: it.title ?? null }, ...content);
    if (onToggle) node.addEventListener("click", () => onToggle(it.id));
    box.appendChild(node);
  }
  return box;
}
