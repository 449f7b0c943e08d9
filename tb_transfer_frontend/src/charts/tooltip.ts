// A hover tooltip shared by the charts of one panel. Built with textContent only (names are user strings).

import { clear, el } from "../dom";

export interface TooltipRow {
  color?: string;
  /** SVG dash pattern of the swatch ("" = solid). */
  dash?: string;
  label: string;
  value?: string;
  /** Dim a row (e.g. hidden or reference series). */
  muted?: boolean;
}

export class Tooltip {
  readonly element: HTMLDivElement;

  constructor(host: HTMLElement) {
    this.element = el("div", { class: "tbt-tooltip", role: "tooltip", "aria-hidden": "true" });
    if (getComputedStyle(host).position === "static") host.style.position = "relative";
    host.appendChild(this.element);
  }

  /** Shows `title` and `rows` near (x, y), in the coordinates of the host element. */
  show(x: number, y: number, title: string, rows: TooltipRow[]): void {
    const t = this.element;
    clear(t);
    t.appendChild(el("div", { class: "tbt-tooltip-title" }, title));
    for (const r of rows) {
      const sw = el("span", { class: "tbt-swatch" });
      if (r.color) {
        sw.style.borderTopColor = r.color;
        sw.style.borderTopStyle = r.dash ? "dashed" : "solid";
      } else sw.style.visibility = "hidden";
      t.appendChild(
        el(
          "div",
          { class: `tbt-tooltip-row${r.muted ? " tbt-muted" : ""}` },
          sw,
          el("span", { class: "tbt-tooltip-label" }, r.label),
          r.value !== undefined ? el("span", { class: "tbt-tooltip-value" }, r.value) : null,
        ),
      );
    }
    t.style.display = "block";
    t.setAttribute("aria-hidden", "false");
    const host = t.parentElement!;
    const w = t.offsetWidth;
    const h = t.offsetHeight;
    const maxX = host.clientWidth - w - 4;
    let left = x + 14;
    if (left > maxX) left = Math.max(4, x - w - 14);
    let top = y - h / 2;
    top = Math.max(4, Math.min(top, host.clientHeight - h - 4));
    t.style.left = `${left}px`;
    t.style.top = `${top}px`;
  }

  hide(): void {
    this.element.style.display = "none";
    this.element.setAttribute("aria-hidden", "true");
  }
}

/**
 * Places a card (an absolutely positioned element inside `host`) beside the pointer at viewport (cx, cy): `gap` px
 * to its right, or to its left where the right has no room, vertically centred and kept inside the host. `w`, `h`:
 * the card's size to assume before it has been laid out.
 */
export function placeCard(card: HTMLElement, host: HTMLElement, cx: number, cy: number, gap: number, w: number, h: number): void {
  const box = host.getBoundingClientRect();
  const cw = card.offsetWidth || w;
  const ch = card.offsetHeight || h;
  let left = cx - box.left + gap;
  if (left + cw > box.width) left = Math.max(0, cx - box.left - cw - gap);
  card.style.left = `${left}px`;
  card.style.top = `${Math.max(0, Math.min(cy - box.top - ch / 2, box.height - ch))}px`;
}
