// The render loop every panel draws through: at most one draw per animation frame after any change of the selection
// or the data, from the shared view model (view.ts), at the panel's content width (tracked by a ResizeObserver, so a
// draw never forces a layout), with keyboard focus kept across redraws and a failing draw shown in the panel.

import type { PanelContext } from "./panels";
import type { Selection } from "./types";
import { buildView, type View } from "./view";

export interface Loop {
  /** Draws at the next animation frame (several calls, one draw). */
  schedule(): void;
  destroy(): void;
}

export interface LoopOptions {
  /** Selection fields whose change redraws the panel (default: every field a level reads). */
  watch?: (s: Selection) => unknown[];
  /** Redraw when the content width changes by more than this (px; default 16, above a scrollbar's width). */
  slack?: number;
}

const WATCH_ALL = (s: Selection) => [s.runs, s.step, s.layer, s.class, s.neuron, s.compareMode, s.theme];

/**
 * Content width of a panel's body as the ResizeObserver reports it (fractional), also while the body is hidden
 * (from the root's width less its borders).
 */
function contentWidth(ctx: PanelContext): number {
  const { body, root } = ctx.panel;
  const px = (v: string) => parseFloat(v) || 0;
  const b = getComputedStyle(body);
  let outer = body.getBoundingClientRect().width;
  if (!outer) {
    const r = getComputedStyle(root);
    outer = root.getBoundingClientRect().width - px(r.borderLeftWidth) - px(r.borderRightWidth);
  }
  return Math.max(0, outer - px(b.paddingLeft) - px(b.paddingRight));
}

export function renderLoop(ctx: PanelContext, draw: (v: View, width: number) => void, o: LoopOptions = {}): Loop {
  const { panel } = ctx;
  const slack = o.slack ?? 16;
  let pending = false;
  let width = 0;
  const run = () => {
    pending = false;
    const focusKey = focusedKey(panel.root);
    if (!width) width = contentWidth(ctx);
    const t0 = performance.now();
    try {
      draw(buildView(ctx.store, ctx.data, ctx.runColor), width);
      panel.root.dataset.rendered = "true";
      panel.root.dataset.renderMs = (performance.now() - t0).toFixed(1);
      panel.root.dataset.renders = String(Number(panel.root.dataset.renders ?? 0) + 1);
    } catch (err) {
      console.error(`tb-transfer: ${panel.id} failed`, err);
      panel.setState("error", `Could not draw this panel: ${(err as Error).message}`);
    }
    if (focusKey) restoreFocus(panel.root, focusKey);
  };
  const schedule = () => {
    if (pending) return;
    pending = true;
    if (typeof requestAnimationFrame === "function") requestAnimationFrame(run);
    else setTimeout(run, 0);
  };
  const unsubs = [
    ctx.store.subscribe(o.watch ?? WATCH_ALL, schedule),
    ctx.data.subscribe((d) => [d.status, d.runs, d.stats, d.version], schedule),
  ];
  let ro: ResizeObserver | null = null;
  if (typeof ResizeObserver === "function") {
    ro = new ResizeObserver((entries) => {
      const w = entries[entries.length - 1]?.contentRect.width ?? 0;
      if (w && Math.abs(w - width) > slack) {
        width = w;
        schedule();
      }
    });
    ro.observe(panel.body);
  }
  schedule();
  return {
    schedule,
    destroy() {
      unsubs.forEach((u) => u());
      ro?.disconnect();
    },
  };
}

/** A key that finds the focused control again after a re-render (re-rendering replaces the elements). */
function focusedKey(root: HTMLElement): string | null {
  const a = root.ownerDocument.activeElement;
  if (!a || !root.contains(a)) return null;
  const m = a.getAttribute("data-measure");
  if (m) return `[data-measure="${CSS.escape(m)}"]`;
  const l = a.getAttribute("data-layer");
  if (l) return `.tbt-ov-node[data-layer="${CSS.escape(l)}"]`;
  const c = a.getAttribute("data-control");
  if (c) return `[data-control="${CSS.escape(c)}"]`;
  return null;
}

function restoreFocus(root: HTMLElement, key: string): void {
  const n = root.querySelector<HTMLElement | SVGElement>(key);
  if (n && root.ownerDocument.activeElement !== n) n.focus({ preventScroll: true });
}

/**
 * Calls `fn` in a task after the next animation frame: after the draws {@link renderLoop} scheduled before this call
 * (animation frame callbacks run in the order they were requested).
 */
export function afterNextFrame(fn: () => void): void {
  if (typeof requestAnimationFrame === "function") requestAnimationFrame(() => setTimeout(fn, 0));
  else setTimeout(fn, 0);
}
