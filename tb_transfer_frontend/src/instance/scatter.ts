// The instance scatter: marks on a canvas (× source, ● target, fill = colour-by, dark outline = mispredicted),
// axes and overlays (lasso, rectangle, neighbour lines) in SVG on top. Equal aspect ratio; d3-zoom pans and zooms
// (redraws coalesced to one per animation frame); a new layout of the same instances animates from the old one.
// Hover and clicks find the nearest point through a quadtree; lasso and rectangle select by screen position.

import { axisBottom, axisLeft, pointer, scaleLinear, select, timer, zoom, zoomIdentity, type Timer, type ZoomBehavior, type ZoomTransform } from "d3";
import { svgEl } from "../dom";
import type { Theme } from "../types";
import {
  easeCubic,
  equalAspect,
  extentOf,
  interpolateExtent,
  interpolateLayout,
  OUTLINE,
  PointIndex,
  pointsInPolygon,
  pointsInRect,
  type Extent,
} from "./model";

export type Tool = "pan" | "lasso" | "box";

export interface ScatterStyle {
  fill: readonly string[];
  /** 1 = normal, lower = faded (class filter). */
  alpha: Float32Array;
  outline: Uint8Array;
}

export interface ScatterMarks {
  selected: ReadonlySet<number>;
  hovered: number | null;
  /** Lines from one instance to others (nearest neighbours). */
  lines: { from: number; to: readonly number[] } | null;
}

export interface ScatterCallbacks {
  onHover?(id: number | null, clientX: number, clientY: number): void;
  onClick?(id: number | null): void;
  onSelect?(ids: number[], additive: boolean): void;
}

const MARGIN = { left: 44, right: 10, top: 8, bottom: 32 };
const ANIMATION_MS = 550;
const ACCENT: Record<Theme, string> = { light: "#e8710a", dark: "#ff9f43" };
const HOVER_RING: Record<Theme, string> = { light: "#202124", dark: "#ffffff" };

export class ScatterChart {
  readonly root: HTMLDivElement;
  readonly canvas: HTMLCanvasElement;
  readonly svg: SVGSVGElement;
  private readonly xAxis: SVGGElement;
  private readonly yAxis: SVGGElement;
  private readonly xTitle: SVGTextElement;
  private readonly yTitle: SVGTextElement;
  private readonly overlay: SVGGElement;
  private readonly lassoPath: SVGPathElement;
  private readonly events: SVGRectElement;
  private width = 400;
  private height = 360;
  private theme: Theme = "light";
  private tool: Tool = "pan";
  private tx: Float32Array<ArrayBufferLike> = new Float32Array(0); // target layout
  private x: Float32Array<ArrayBufferLike> = new Float32Array(0); // shown (interpolated) layout
  private y: Float32Array<ArrayBufferLike> = new Float32Array(0);
  private domain: Uint8Array<ArrayBufferLike> = new Uint8Array(0);
  private extent: Extent = { x0: -1, x1: 1, y0: -1, y1: 1 };
  private shownExtent: Extent = this.extent;
  private style: ScatterStyle = { fill: [], alpha: new Float32Array(0), outline: new Uint8Array(0) };
  private marks: ScatterMarks = { selected: new Set(), hovered: null, lines: null };
  /** Per point, the key of its mark group (glyph, outline, alpha, fill), recomputed when style or data change. */
  private keys: string[] = [];
  private transform: ZoomTransform = zoomIdentity;
  private readonly zoomer: ZoomBehavior<SVGSVGElement, unknown>;
  private index: PointIndex | null = null;
  private anim: Timer | null = null;
  private frame = 0;
  private drag: { kind: "lasso" | "box"; points: [number, number][]; additive: boolean } | null = null;
  /** Milliseconds the last full redraw took (benchmarks read it). */
  lastDrawMs = 0;
  private firstDraw = false;

  constructor(private readonly cb: ScatterCallbacks = {}) {
    this.root = document.createElement("div");
    this.root.className = "tbt-inst-scatter";
    this.canvas = document.createElement("canvas");
    this.canvas.className = "tbt-inst-canvas";
    this.svg = svgEl("svg", { class: "tbt-chart tbt-inst-svg" });
    this.xAxis = svgEl("g", { class: "tbt-axis tbt-inst-xaxis" });
    this.yAxis = svgEl("g", { class: "tbt-axis tbt-inst-yaxis" });
    this.xTitle = svgEl("text", { class: "tbt-axis-title", "text-anchor": "middle" });
    this.yTitle = svgEl("text", { class: "tbt-axis-title", "text-anchor": "middle" });
    this.overlay = svgEl("g", { class: "tbt-inst-overlay" });
    this.lassoPath = svgEl("path", { class: "tbt-inst-lasso" });
    this.events = svgEl("rect", { class: "tbt-inst-events", fill: "transparent" });
    this.svg.append(this.xAxis, this.yAxis, this.xTitle, this.yTitle, this.events, this.overlay, this.lassoPath);
    this.root.append(this.canvas, this.svg);
    this.zoomer = zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.5, 60])
      .filter((ev: Event) => {
        if (ev.type === "wheel" || ev.type === "dblclick") return true;
        return this.tool === "pan" && !(ev as MouseEvent).button && !(ev as MouseEvent).ctrlKey;
      })
      .on("zoom", (ev: { transform: ZoomTransform }) => {
        this.transform = ev.transform;
        this.schedule();
      });
    select(this.svg).call(this.zoomer).on("dblclick.zoom", null);
    this.bindPointer();
    this.resize(this.width, this.height);
  }

  // -- public API ---------------------------------------------------------------------------------------------

  resize(width: number, height: number): void {
    this.width = Math.max(120, Math.round(width));
    this.height = Math.max(120, Math.round(height));
    const dpr = globalThis.devicePixelRatio || 1;
    this.canvas.width = Math.round(this.width * dpr);
    this.canvas.height = Math.round(this.height * dpr);
    this.canvas.style.width = `${this.width}px`;
    this.canvas.style.height = `${this.height}px`;
    this.svg.setAttribute("width", String(this.width));
    this.svg.setAttribute("height", String(this.height));
    this.svg.setAttribute("viewBox", `0 0 ${this.width} ${this.height}`);
    this.root.style.width = `${this.width}px`;
    this.root.style.height = `${this.height}px`;
    const p = this.plot();
    this.events.setAttribute("x", String(p.left));
    this.events.setAttribute("y", String(p.top));
    this.events.setAttribute("width", String(p.width));
    this.events.setAttribute("height", String(p.height));
    this.zoomer.extent([[p.left, p.top], [p.left + p.width, p.top + p.height]]);
    this.root.dataset.plot = [p.left, p.top, p.width, p.height].join(",");
    this.drawNow();
  }

  setTheme(theme: Theme): void {
    this.theme = theme;
    this.schedule();
  }

  setTool(tool: Tool): void {
    this.tool = tool;
    this.root.dataset.tool = tool;
  }

  setAxisTitles(x: string, y: string): void {
    this.xTitle.textContent = x;
    this.yTitle.textContent = y;
  }

  /**
   * New coordinates. With `animate` and the same number of instances the points move from where they are shown
   * now (and the view follows); otherwise they jump. `resetView` returns the zoom to the whole layout.
   */
  setData(x: Float32Array, y: Float32Array, domain: Uint8Array, opts: { animate: boolean; resetView?: boolean }): void {
    const same = x.length === this.tx.length;
    const from = { x: this.x, y: this.y, extent: this.shownExtent };
    this.tx = x;
    this.domain = domain;
    this.keys = [];
    this.extent = extentOf(x, y);
    this.index = new PointIndex(x, y);
    if (opts.resetView) {
      this.transform = zoomIdentity;
      select(this.svg).call(this.zoomer.transform, zoomIdentity);
    }
    this.anim?.stop();
    this.anim = null;
    if (!(opts.animate && same && from.x.length)) {
      this.x = x;
      this.y = y;
      this.shownExtent = this.extent;
      delete this.root.dataset.animating;
      this.firstDraw = true;
      this.schedule(); // drawn once the caller has set the style too
      return;
    }
    const bx = new Float32Array(x.length);
    const by = new Float32Array(y.length);
    const fromX = from.x.slice();
    const fromY = from.y.slice();
    const fromExtent = from.extent;
    this.root.dataset.animating = "true";
    this.anim = timer((elapsed) => {
      const t = easeCubic(elapsed / ANIMATION_MS);
      this.x = interpolateLayout(fromX, x, t, bx);
      this.y = interpolateLayout(fromY, y, t, by);
      this.shownExtent = interpolateExtent(fromExtent, this.extent, t);
      if (elapsed >= ANIMATION_MS) {
        this.anim?.stop();
        this.anim = null;
        this.x = x;
        this.y = y;
        this.shownExtent = this.extent;
        delete this.root.dataset.animating;
      }
      this.drawNow();
    });
  }

  setStyle(style: ScatterStyle): void {
    this.style = style;
    this.keys = [];
    this.schedule();
  }

  setMarks(marks: ScatterMarks): void {
    this.marks = marks;
    this.root.dataset.hovered = marks.hovered === null ? "" : String(marks.hovered);
    this.root.dataset.selected = String(marks.selected.size);
    this.schedule();
  }

  /** Screen (chart) coordinates of instance i as shown now, or null when it is not drawn. */
  position(i: number): [number, number] | null {
    const { sx, sy } = this.scales();
    const a = this.x[i], b = this.y[i];
    return Number.isFinite(a) && Number.isFinite(b) ? [sx(a), sy(b)] : null;
  }

  destroy(): void {
    this.anim?.stop();
    cancelAnimationFrame(this.frame);
    select(this.svg).on(".zoom", null);
    this.root.remove();
  }

  // -- drawing ------------------------------------------------------------------------------------------------

  private plot() {
    return {
      left: MARGIN.left,
      top: MARGIN.top,
      width: Math.max(10, this.width - MARGIN.left - MARGIN.right),
      height: Math.max(10, this.height - MARGIN.top - MARGIN.bottom),
    };
  }

  /** Data → chart coordinates under the equal-aspect view and the zoom. */
  private scales() {
    const p = this.plot();
    const v = equalAspect(this.shownExtent, p.width, p.height);
    const bx = scaleLinear().domain([v.x0, v.x1]).range([p.left, p.left + p.width]);
    const by = scaleLinear().domain([v.y0, v.y1]).range([p.top + p.height, p.top]);
    const zx = this.transform.rescaleX(bx);
    const zy = this.transform.rescaleY(by);
    return { p, zx, zy, sx: (a: number) => zx(a), sy: (b: number) => zy(b) };
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.drawNow();
    });
  }

  private radius(): number {
    const n = this.x.length;
    return n > 5000 ? 2.4 : n > 1500 ? 3 : n > 300 ? 3.6 : 4.4;
  }

  drawNow(): void {
    const t0 = performance.now();
    const { p, zx, zy } = this.scales();
    const ctx = this.canvas.getContext("2d");
    if (!ctx) return;
    const dpr = this.canvas.width / this.width;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, this.width, this.height);
    ctx.save();
    ctx.beginPath();
    ctx.rect(p.left, p.top, p.width, p.height);
    ctx.clip();
    const n = this.x.length;
    const r = this.radius();
    if (this.keys.length !== n) {
      const { fill, alpha, outline } = this.style;
      this.keys = new Array<string>(n);
      for (let i = 0; i < n; i++) this.keys[i] = `${this.domain[i] ? 1 : 0}${outline[i] ? 1 : 0}${alpha[i] ?? 1}|${fill[i] ?? "#888"}`;
    }
    const kx = zx.domain(), ky = zy.domain();
    const ax = (p.width) / (kx[1] - kx[0]), ox = p.left - kx[0] * ax;
    const ay = -(p.height) / (ky[1] - ky[0]), oy = p.top + p.height - ky[0] * ay;
    // Group marks by style so each group is one path: a few dozen fills for 10,000 points.
    const groups = new Map<string, number[]>();
    let drawn = 0;
    const sxs = new Float32Array(n);
    const sys = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      const a = this.x[i], b = this.y[i];
      if (!Number.isFinite(a) || !Number.isFinite(b)) {
        sxs[i] = NaN;
        continue;
      }
      drawn++;
      const X = a * ax + ox;
      const Y = b * ay + oy;
      sxs[i] = X;
      sys[i] = Y;
      if (X < p.left - 6 || X > p.left + p.width + 6 || Y < p.top - 6 || Y > p.top + p.height + 6) continue;
      const key = this.keys[i];
      let g = groups.get(key);
      if (!g) groups.set(key, (g = []));
      g.push(i);
    }
    const keys = [...groups.keys()].sort(); // circles (target) first, crosses on top; faded first
    const dark = OUTLINE[this.theme];
    for (const key of keys) {
      const ids = groups.get(key)!;
      const isTarget = key[0] === "1";
      const out = key[1] === "1";
      const bar = key.indexOf("|");
      const a = Number(key.slice(2, bar));
      const color = key.slice(bar + 1);
      ctx.globalAlpha = a;
      ctx.beginPath();
      if (isTarget) {
        for (const i of ids) {
          ctx.moveTo(sxs[i] + r, sys[i]);
          ctx.arc(sxs[i], sys[i], r, 0, 2 * Math.PI);
        }
        ctx.fillStyle = color;
        ctx.fill();
        if (out) {
          ctx.strokeStyle = dark;
          ctx.lineWidth = 1.3;
          ctx.stroke();
        }
      } else {
        const h = r * 0.95;
        for (const i of ids) {
          ctx.moveTo(sxs[i] - h, sys[i] - h);
          ctx.lineTo(sxs[i] + h, sys[i] + h);
          ctx.moveTo(sxs[i] - h, sys[i] + h);
          ctx.lineTo(sxs[i] + h, sys[i] - h);
        }
        ctx.lineCap = "round";
        if (out) {
          ctx.strokeStyle = dark;
          ctx.lineWidth = 3.6;
          ctx.stroke();
        }
        ctx.strokeStyle = color;
        ctx.lineWidth = 1.8;
        ctx.stroke();
      }
    }
    ctx.globalAlpha = 1;
    // Selection rings, then the hovered instance.
    const sel = this.marks.selected;
    if (sel.size) {
      ctx.beginPath();
      for (const i of sel) {
        if (i >= n || !Number.isFinite(sxs[i])) continue;
        ctx.moveTo(sxs[i] + r + 2.5, sys[i]);
        ctx.arc(sxs[i], sys[i], r + 2.5, 0, 2 * Math.PI);
      }
      ctx.strokeStyle = ACCENT[this.theme];
      ctx.lineWidth = 1.6;
      ctx.stroke();
    }
    const h = this.marks.hovered;
    if (h !== null && h < n && Number.isFinite(sxs[h])) {
      ctx.beginPath();
      ctx.arc(sxs[h], sys[h], r + 5, 0, 2 * Math.PI);
      ctx.strokeStyle = HOVER_RING[this.theme];
      ctx.lineWidth = 2;
      ctx.stroke();
    }
    ctx.restore();
    this.drawSvg(zx, zy, p, sxs, sys);
    this.root.dataset.points = String(drawn);
    const [vx0, vx1] = zx.domain();
    const [vy0, vy1] = zy.domain();
    this.root.dataset.view = [vx0, vx1, vy0, vy1].join(",");
    this.lastDrawMs = performance.now() - t0;
    this.root.dataset.drawMs = this.lastDrawMs.toFixed(2);
    if (this.firstDraw) {
      this.firstDraw = false;
      this.root.dataset.firstDrawMs = this.lastDrawMs.toFixed(2); // the first draw of new data
    }
  }

  private drawSvg(
    zx: ReturnType<typeof scaleLinear<number, number>>,
    zy: ReturnType<typeof scaleLinear<number, number>>,
    p: { left: number; top: number; width: number; height: number },
    sxs: Float32Array,
    sys: Float32Array,
  ): void {
    const xt = Math.max(2, Math.round(p.width / 80));
    const yt = Math.max(2, Math.round(p.height / 60));
    select(this.xAxis).attr("transform", `translate(0,${p.top + p.height})`).call(axisBottom(zx).ticks(xt).tickSizeOuter(0));
    select(this.yAxis).attr("transform", `translate(${p.left},0)`).call(axisLeft(zy).ticks(yt).tickSizeOuter(0));
    this.xTitle.setAttribute("x", String(p.left + p.width / 2));
    this.xTitle.setAttribute("y", String(p.top + p.height + 28));
    this.yTitle.setAttribute("transform", `translate(${11},${p.top + p.height / 2}) rotate(-90)`);
    // Neighbour lines.
    while (this.overlay.firstChild) this.overlay.removeChild(this.overlay.firstChild);
    const lines = this.marks.lines;
    if (lines && lines.from < sxs.length && Number.isFinite(sxs[lines.from])) {
      for (const j of lines.to) {
        if (j >= sxs.length || !Number.isFinite(sxs[j])) continue;
        this.overlay.appendChild(
          svgEl("line", { class: "tbt-inst-nn-line", x1: sxs[lines.from], y1: sys[lines.from], x2: sxs[j], y2: sys[j], "data-to": j }),
        );
      }
    }
  }

  // -- pointer ------------------------------------------------------------------------------------------------

  private hit(mx: number, my: number): number {
    if (!this.index) return -1;
    const { zx, zy } = this.scales();
    const dx = zx.invert(mx);
    const dy = zy.invert(my);
    const perPx = Math.abs(zx.invert(mx + 1) - dx);
    return this.index.find(dx, dy, (this.radius() + 5) * perPx);
  }

  private bindPointer(): void {
    const svg = this.svg;
    svg.addEventListener("pointermove", (ev) => {
      const [mx, my] = pointer(ev, svg);
      if (this.drag) {
        const last = this.drag.points[this.drag.points.length - 1];
        if (this.drag.kind === "box") this.drag.points = [this.drag.points[0], [mx, my]];
        else if (Math.hypot(mx - last[0], my - last[1]) >= 2) this.drag.points.push([mx, my]);
        this.drawDrag();
        return;
      }
      const id = this.hit(mx, my);
      this.cb.onHover?.(id >= 0 ? id : null, ev.clientX, ev.clientY);
    });
    svg.addEventListener("pointerleave", () => {
      if (!this.drag) this.cb.onHover?.(null, 0, 0);
    });
    svg.addEventListener("pointerdown", (ev) => {
      if (this.tool === "pan" || ev.button !== 0) return;
      const [mx, my] = pointer(ev, svg);
      this.drag = { kind: this.tool === "box" ? "box" : "lasso", points: [[mx, my]], additive: ev.shiftKey };
      svg.setPointerCapture?.(ev.pointerId);
      ev.preventDefault();
    });
    const finish = (ev: PointerEvent) => {
      const d = this.drag;
      if (!d) return;
      this.drag = null;
      this.lassoPath.setAttribute("d", "");
      svg.releasePointerCapture?.(ev.pointerId);
      const moved = d.points.length > 1 && Math.hypot(d.points[d.points.length - 1][0] - d.points[0][0], d.points[d.points.length - 1][1] - d.points[0][1]) > 3;
      if (d.kind === "lasso" && d.points.length < 3 && !moved) {
        const id = this.hit(d.points[0][0], d.points[0][1]);
        this.cb.onClick?.(id >= 0 ? id : null);
        return;
      }
      if (!moved && d.kind === "box") {
        const id = this.hit(d.points[0][0], d.points[0][1]);
        this.cb.onClick?.(id >= 0 ? id : null);
        return;
      }
      const { px, py } = this.screenPositions();
      const ids = d.kind === "box" ? pointsInRect(px, py, d.points[0], d.points[d.points.length - 1]) : pointsInPolygon(px, py, d.points);
      this.cb.onSelect?.(ids, d.additive);
    };
    svg.addEventListener("pointerup", finish);
    svg.addEventListener("pointercancel", () => {
      this.drag = null;
      this.lassoPath.setAttribute("d", "");
    });
    svg.addEventListener("click", (ev) => {
      if (this.tool !== "pan") return;
      const [mx, my] = pointer(ev, svg);
      const id = this.hit(mx, my);
      this.cb.onClick?.(id >= 0 ? id : null);
    });
  }

  private screenPositions(): { px: Float32Array; py: Float32Array } {
    const { zx, zy } = this.scales();
    const n = this.x.length;
    const px = new Float32Array(n);
    const py = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      px[i] = Number.isFinite(this.x[i]) ? zx(this.x[i]) : NaN;
      py[i] = Number.isFinite(this.y[i]) ? zy(this.y[i]) : NaN;
    }
    return { px, py };
  }

  private drawDrag(): void {
    const d = this.drag;
    if (!d) return;
    if (d.kind === "box") {
      const [a, b] = [d.points[0], d.points[d.points.length - 1]];
      this.lassoPath.setAttribute("d", `M${a[0]},${a[1]}H${b[0]}V${b[1]}H${a[0]}Z`);
    } else {
      this.lassoPath.setAttribute("d", `M${d.points.map((q) => q.join(",")).join("L")}Z`);
    }
  }
}
