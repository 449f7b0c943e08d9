// What the statistical level's panels share: one level per section grid, which shows the runs that could not be
// read above the panels, holds every panel back on the first load until all selected runs have arrived (or
// PARTIAL_AFTER_MS passed), and marks a complete render of all its panels: data-rendered="true" and data-runs on
// [data-panel="statistics"] (the section grid) after every render, performance.mark(STAT_RENDERED_MARK) after the
// first complete one. `statPanel` is the render loop of a statistical panel: it redraws only when what the panel
// depends on changed.

import { clear, el } from "../dom";
import { swatch, legend } from "../charts/legend";
import { renderLoop, type Loop } from "../loop";
import type { PanelContext, PanelHandle } from "../panels";
import { DOMAIN_COLORS } from "../palette";
import type { Theme } from "../types";
import { viewKey, type View } from "../view";
import type { Marker } from "../charts/lines";

export const STAT_RENDERED_MARK = "tb-transfer:stat-rendered";

/** On the first load, wait this long for every selected run before drawing the ones that arrived. */
const PARTIAL_AFTER_MS = 2000;

export const TRANSFERABILITY_DEFINITION =
  "Transferability score at step t: accuracy of the current model on the target validation set (the target probe " +
  "when there is no validation set) minus the accuracy of the pretrained model on the same data (direct reuse; " +
  "step 0's performance). Positive: fine-tuning gained over reusing the pretrained model as it was. Undefined (gap) " +
  "when the label spaces differ and no source head maps them.";

export const SPLIT_LABEL: Record<string, string> = { source: "source data", target: "target train", target_val: "target val" };

export function splitColor(split: string, theme: Theme): string {
  const c = DOMAIN_COLORS[theme];
  return split === "source" ? c.source : split === "target" ? c.target : c.targetDeep;
}

/** A run's name with its colour swatch. */
export function runTitle(run: string, color: string): HTMLElement {
  return el("div", { class: "tbt-run-title" }, swatch({ color, markerOnly: true, marker: "square" }), el("span", { class: "tbt-run-name" }, run));
}

/** The legend of the runs' colours; `reference` is marked as such. */
export function runLegend(v: View, reference: string | null): HTMLElement {
  return legend(
    v.runs.map((r) => ({
      id: r.run,
      label: r.run === reference ? `${r.run} (reference)` : r.run,
      color: r.color,
      marker: "square" as Marker,
      markerOnly: true,
    })),
    undefined,
    "Runs",
  );
}

/** Selection fields the statistical panels follow. */
const WATCH = (s: View["sel"]) => [s.runs, s.step, s.class, s.layer, s.compareMode, s.theme];

class Level {
  private readonly members = new Map<string, () => void>();
  private readonly reports = new Map<string, boolean>();
  private view: View | null = null;
  private drew = false;
  private t0 = 0;
  private everRendered = false;
  private partialExpired = false;
  private partialTimer: ReturnType<typeof setTimeout> | null = null;
  private marked = false;
  private readonly errorsBox: HTMLElement;

  constructor(
    private readonly grid: HTMLElement,
    private readonly ctx: PanelContext,
  ) {
    grid.dataset.panel = "statistics";
    grid.dataset.rendered = "false";
    this.errorsBox = el("div", { class: "tbt-run-errors", role: "alert" });
    this.errorsBox.style.gridColumn = "span 12";
    grid.prepend(this.errorsBox);
  }

  join(id: string, schedule: () => void): void {
    this.members.set(id, schedule);
  }

  /** Removes a panel; true when none is left. */
  leave(id: string): boolean {
    this.members.delete(id);
    this.reports.delete(id);
    if (this.members.size) return false;
    if (this.partialTimer) clearTimeout(this.partialTimer);
    this.errorsBox.remove();
    delete this.grid.dataset.panel;
    delete this.grid.dataset.rendered;
    delete this.grid.dataset.runs;
    return true;
  }

  /** Whether `panel` draws `v` now; otherwise sets its loading / empty state. */
  gate(panel: PanelHandle, v: View): boolean {
    if (v !== this.view) {
      this.view = v;
      this.reports.clear();
      this.drew = false;
      this.t0 = performance.now();
      this.renderErrors(v);
    }
    if (this.ctx.data.get().status !== "ready") {
      this.report(panel.id, false);
      return false;
    }
    if (!v.selected.length) {
      panel.setState("empty", "Select one or more runs above.");
      this.report(panel.id, true);
      return false;
    }
    // First load: one render when every run has arrived (not one per arriving run), unless some run is slow.
    const waiting = v.loading.length > 0 && (v.runs.length === 0 || (!this.everRendered && !this.partialExpired));
    if (waiting || !v.runs.length) {
      const msg = v.loading.length
        ? `Loading statistics… (${v.selected.length - v.loading.length} of ${v.selected.length} runs)`
        : "No readable data in the selected runs.";
      panel.setState(v.loading.length ? "loading" : "empty", msg);
      if (v.loading.length && !this.partialTimer && !this.everRendered) {
        this.partialTimer = setTimeout(() => {
          this.partialExpired = true;
          this.members.forEach((schedule) => schedule());
        }, PARTIAL_AFTER_MS);
      }
      this.report(panel.id, !v.loading.length);
      return false;
    }
    panel.setState("ready");
    this.everRendered = true;
    this.drew = true;
    this.grid.dataset.runs = String(v.runs.length);
    return true;
  }

  /** A panel is done with the current view (`complete`: nothing it shows is still loading). */
  report(id: string, complete: boolean): void {
    this.reports.set(id, complete);
    if (this.reports.size < this.members.size) return;
    const all = [...this.reports.values()].every(Boolean);
    this.grid.dataset.rendered = all ? "true" : "false";
    if (this.drew) {
      this.drew = false;
      try {
        performance.measure("tb-transfer:stat-render", { start: this.t0 });
      } catch {
        /* no performance API */
      }
    }
    if (all && this.view?.runs.length && !this.view.loading.length && !this.marked) {
      this.marked = true;
      try {
        performance.mark(STAT_RENDERED_MARK);
      } catch {
        /* no performance API */
      }
    }
  }

  private renderErrors(v: View): void {
    const box = this.errorsBox;
    clear(box);
    box.hidden = !v.errors.length;
    for (const e of v.errors) {
      box.appendChild(
        el(
          "div",
          { class: "tbt-run-error", "data-run-error": "" },
          el("span", { class: "tbt-run-error-icon", "aria-hidden": "true" }, "⚠"),
          el("span", null, "Run "),
          el("strong", { class: "tbt-run-name" }, e.run),
          el("span", null, " could not be read: "),
          el("span", { class: "tbt-error-message" }, e.error),
        ),
      );
    }
  }
}

const levels = new WeakMap<HTMLElement, Level>();

export interface StatPanelSpec {
  /** Runs before every draw decision (header controls that follow the view). */
  controls?(v: View): void;
  /** What the drawing depends on besides the runs, their steps and the theme (panel state, width). */
  key(v: View, width: number): string;
  draw(v: View, width: number): void;
  /** Runs instead of `draw` when nothing it depends on changed (e.g. only the selected class moved). */
  same?(v: View): void;
}

/** The render loop of a statistical panel: gated and reported by the level, redrawn when its key changes. */
export function statPanel(ctx: PanelContext, spec: StatPanelSpec): Loop {
  let level = levels.get(ctx.grid);
  if (!level) {
    level = new Level(ctx.grid, ctx);
    levels.set(ctx.grid, level);
  }
  const lv = level;
  let drawn: string | null = null;
  const loop = renderLoop(
    ctx,
    (v, w) => {
      if (!lv.gate(ctx.panel, v)) {
        drawn = null;
        return;
      }
      const width = Math.max(260, Math.round(w)); // whole pixels, as clientWidth gives them
      try {
        spec.controls?.(v);
        const key = `${viewKey(v)}|${spec.key(v, width)}`;
        if (key !== drawn) {
          drawn = key;
          spec.draw(v, width);
        } else spec.same?.(v);
      } catch (err) {
        drawn = null;
        throw err;
      } finally {
        lv.report(ctx.panel.id, v.loading.length === 0);
      }
    },
    { watch: WATCH, slack: 4 },
  );
  lv.join(ctx.panel.id, loop.schedule);
  return {
    schedule: loop.schedule,
    destroy() {
      loop.destroy();
      if (lv.leave(ctx.panel.id)) levels.delete(ctx.grid);
    },
  };
}
