// The statistical level: for one or several selected runs, a summary per run, accuracy (or loss) curves with the
// paper's encoding, the transferability score per step, the per-class table, confusion matrices and per-layer
// transferability estimates (LogME; LEEP where logged), with failures listed. Completion of a full render is marked
// with performance.mark("tb-transfer:stat-rendered") and data-rendered="true" on [data-panel="statistics"].

import * as d3 from "d3";
import type { DataLoader, DataState, RunStats } from "./data";
import { clear, el } from "./dom";
import { heatmap, colorLegend } from "./charts/heatmap";
import { legend, swatch, type LegendItem } from "./charts/legend";
import { lineChart, type LineSeries, type Marker, type RefLine } from "./charts/lines";
import { sortableTable, tableCells, type Column, type SortState, replaceKeepingScroll, type TableHandle } from "./charts/table";
import { Tooltip } from "./charts/tooltip";
import { DASHES, DOMAIN_COLORS, runColor } from "./palette";
import { createPanel, type PanelHandle } from "./panels";
import { setClass, setLayer, setStep, stepForRun, type Store } from "./store";
import {
  classRows,
  confusionMatrix,
  differenceSeries,
  directReuseBaseline,
  extent,
  fmt,
  hasValues,
  layerProfile,
  listFailures,
  measureLabel,
  pct,
  performanceSeries,
  pp,
  transferabilitySeries,
  unionSteps,
  type ClassRow,
  type Point,
} from "./transforms";
import type { RunEntry, RunInfo, Selection, Statistics, Theme } from "./types";

export const STAT_RENDERED_MARK = "tb-transfer:stat-rendered";

export const TRANSFERABILITY_DEFINITION =
  "Transferability score at step t: accuracy of the current model on the target validation set (the target probe " +
  "when there is no validation set) minus the accuracy of the pretrained model on the same data (direct reuse; " +
  "step 0's performance). Positive: fine-tuning gained over reusing the pretrained model as it was. Undefined (gap) " +
  "when the label spaces differ and no source head maps them.";

const SPLIT_LABEL: Record<string, string> = { source: "source data", target: "target train", target_val: "target val" };
/** Line style per split when colour encodes the run. */
const SPLIT_DASH: Record<string, string> = { target_val: DASHES.solid, target: DASHES.dashed, source: DASHES.dotted };

export interface ReadyRun {
  run: string;
  stats: Statistics;
  info: RunInfo | null;
  /** The run's step for the selected step, and its index in stats.steps (-1 when none). */
  step: number | null;
  t: number;
}

export interface StatDeps {
  store: Store<Selection>;
  data: Store<DataState>;
  loader: DataLoader;
}

function splitColor(split: string, theme: Theme): string {
  const c = DOMAIN_COLORS[theme];
  return split === "source" ? c.source : split === "target" ? c.target : c.targetDeep;
}

function stepUnit(runs: readonly ReadyRun[]): string {
  const u = runs.find((r) => r.info?.step_unit)?.info?.step_unit;
  return u ? String(u) : "epoch";
}

function runTitle(run: string, color: string): HTMLElement {
  return el("div", { class: "tbt-run-title" }, swatch({ color, markerOnly: true, marker: "square" }), el("span", { class: "tbt-run-name" }, run));
}

let objectIds = new WeakMap<object, number>();
let nextObjectId = 1;
function oid(o: object | null | undefined): number {
  if (!o) return 0;
  let id = objectIds.get(o);
  if (!id) {
    id = nextObjectId++;
    objectIds.set(o, id);
  }
  return id;
}

/** Mounts the statistical level's panels into `container` (a 12-column grid). */
export function mountStatistics(container: HTMLElement, deps: StatDeps): { destroy(): void; root: HTMLElement } {
  const { store, data } = deps;
  const root = el("div", { class: "tbt-grid tbt-stat", "data-panel": "statistics", "data-rendered": "false" });
  container.appendChild(root);

  const errorsBox = el("div", { class: "tbt-run-errors", role: "alert" });
  errorsBox.style.gridColumn = "span 12";
  const summary = createPanel({ id: "stat-summary", title: "Runs at a glance", span: 12 });
  const accuracy = createPanel({
    id: "stat-accuracy",
    title: "Accuracy over training",
    span: 8,
    info: "Colour = data domain (one run) or run (several runs; line style = data). Marker = model: ○ the pretrained model (first step), × the fine-tuned model. The dotted line is the pretrained model reused directly on the target data. Click to select a step.",
  });
  const transfer = createPanel({ id: "stat-transferability", title: "Transferability score", span: 4, info: TRANSFERABILITY_DEFINITION });
  const classes = createPanel({
    id: "stat-classes",
    title: "Per-class performance",
    span: 5,
    info: "Accuracy per class on the source and target probe sets at the selected step, their difference (target − source) and the most frequent confusions on the target data. Click a column to sort, a row to select the class in every view.",
  });
  const confusion = createPanel({
    id: "stat-confusion",
    title: "Confusion matrix",
    span: 7,
    info: "Rows: true class; columns: predicted class; colour: share of the true class's probe instances. Click a cell to select its true class.",
  });
  const layers = createPanel({
    id: "stat-layers",
    title: "Layer transferability",
    span: 8,
    info: "A transferability estimate per layer (model order) at the selected step, with the first step (the pretrained model, before fine-tuning) for reference. LogME: log evidence of a linear model on the layer's pooled features for the target labels (higher = features more useful). Gaps: the measure failed or was not computed. Click a layer to select it.",
  });
  const failures = createPanel({ id: "stat-failures", title: "Measure failures", span: 4, info: "Measures that could not be computed; they are drawn as gaps." });

  root.append(errorsBox, summary.root, accuracy.root, transfer.root, classes.root, confusion.root, layers.root, failures.root);

  // ---- per-panel local state ----
  let metric: "accuracy" | "loss" = "accuracy";
  const hiddenSplits = new Set<string>();
  let sort: SortState = { column: "diff", dir: "asc" };
  let focusRun: string | null = null;
  let confDomain: "target" | "source" = "target";
  let measure = "logme";

  const tips = new Map<PanelHandle, Tooltip>();
  const tip = (p: PanelHandle) => {
    let t = tips.get(p);
    if (!t) {
      t = new Tooltip(p.body);
      tips.set(p, t);
    }
    return t;
  };

  // ---- panel controls ----
  const metricSelect = el("select", { class: "tbt-select", "aria-label": "Metric" }, el("option", { value: "accuracy" }, "Accuracy"), el("option", { value: "loss" }, "Loss"));
  metricSelect.addEventListener("change", () => {
    metric = metricSelect.value === "loss" ? "loss" : "accuracy";
    accuracy.setTitle(metric === "loss" ? "Loss over training" : "Accuracy over training");
    schedule(true);
  });
  accuracy.controls.appendChild(metricSelect);

  const focusSelect = el("select", { class: "tbt-select", "aria-label": "Run shown in the table" });
  focusSelect.addEventListener("change", () => {
    focusRun = focusSelect.value;
    schedule(true);
  });
  classes.controls.appendChild(focusSelect);

  const domainToggle = el("div", { class: "tbt-segmented", role: "group", "aria-label": "Domain" });
  for (const d of ["target", "source"] as const) {
    const b = el("button", { type: "button", "data-value": d, "aria-pressed": d === confDomain ? "true" : "false" }, d === "target" ? "Target" : "Source");
    b.addEventListener("click", () => {
      confDomain = d;
      domainToggle.querySelectorAll("button").forEach((x) => x.setAttribute("aria-pressed", x.dataset.value === d ? "true" : "false"));
      schedule(true);
    });
    domainToggle.appendChild(b);
  }
  confusion.controls.appendChild(domainToggle);

  const measureSelect = el("select", { class: "tbt-select", "aria-label": "Layer measure" });
  measureSelect.addEventListener("change", () => {
    measure = measureSelect.value;
    schedule(true);
  });
  layers.controls.appendChild(measureSelect);

  // ---- figures kept for export ----
  let accSvg: SVGSVGElement | null = null;
  let trSvg: SVGSVGElement | null = null;
  let layerSvg: SVGSVGElement | null = null;
  let confFig: { svg: SVGSVGElement; canvas: HTMLCanvasElement | null; run: string } | null = null;
  let tableHandle: TableHandle<ClassRow> | null = null;
  let tableColumns: Column<ClassRow>[] = [];
  let tableRun = "";
  let lastView: View | null = null;

  accuracy.setExports({ figure: () => (accSvg ? { svg: accSvg, name: `${metric}` } : null) });
  transfer.setExports({ figure: () => (trSvg ? { svg: trSvg, name: "transferability" } : null) });
  layers.setExports({ figure: () => (layerSvg ? { svg: layerSvg, name: `layers-${measure}` } : null) });
  confusion.setExports({
    figure: () => {
      if (!confFig) return null;
      const m = confFig.canvas;
      const rasters = m
        ? [{ canvas: m, x: parseFloat(m.style.left), y: parseFloat(m.style.top), width: parseFloat(m.style.width), height: parseFloat(m.style.height) }]
        : [];
      return { svg: confFig.svg, rasters, name: `confusion-${confDomain}-${confFig.run}` };
    },
  });
  classes.setExports({
    csv: () => (tableHandle ? { rows: tableCells(tableHandle.rowsInOrder(), tableColumns), name: `classes-${tableRun}` } : null),
  });
  failures.setExports({
    csv: () => {
      if (!lastView) return null;
      const rows: (string | number | null)[][] = [["run", "step", "measure", "layer", "error"]];
      for (const r of lastView.ready) for (const f of listFailures(r.stats)) rows.push([r.run, f.step, f.measure, f.layer, f.error]);
      return { rows, name: "failures" };
    },
  });

  // ---- view model ----
  interface View {
    sel: Selection;
    theme: Theme;
    selected: string[];
    entries: Map<string, RunEntry>;
    ready: ReadyRun[];
    errors: { run: string; error: string }[];
    loading: string[];
    /** The selected global step resolved (latest when null). */
    step: number | null;
    single: boolean;
    diff: boolean;
  }

  const buildView = (): View => {
    const sel = store.get();
    const d = data.get();
    const entries = new Map(d.runs.map((r) => [r.run, r]));
    const ready: ReadyRun[] = [];
    const errors: { run: string; error: string }[] = [];
    const loading: string[] = [];
    const selected = sel.runs.filter((r) => entries.has(r));
    for (const run of selected) {
      const st: RunStats | undefined = d.stats.get(run);
      const entry = entries.get(run)!;
      if (!st || st.status === "loading") loading.push(run);
      if (st?.status === "error" || (entry.error && st?.status !== "loading")) errors.push({ run, error: st?.error ?? entry.error ?? "could not be read" });
      if (st?.data && st.status !== "error") {
        const s = stepForRun(st.data.steps, sel.step);
        ready.push({ run, stats: st.data, info: entry.info, step: s, t: s === null ? -1 : st.data.steps.indexOf(s) });
      }
    }
    const all = unionSteps(ready.map((r) => r.stats.steps));
    const step = sel.step ?? (all.length ? all[all.length - 1] : null);
    return {
      sel,
      theme: sel.theme,
      selected,
      entries,
      ready,
      errors,
      loading,
      step,
      single: ready.length === 1,
      diff: sel.compareMode === "difference" && ready.length > 1,
    };
  };

  const keys = new Map<string, string>();
  const changed = (name: string, key: string, force: boolean) => {
    if (!force && keys.get(name) === key) return false;
    keys.set(name, key);
    return true;
  };

  let widths: Record<string, number> | null = null;
  /** Content width of a panel body (clientWidth includes the padding). */
  const width = (p: PanelHandle) => {
    const cached = widths?.[p === accuracy ? "accuracy" : p === transfer ? "transfer" : p === confusion ? "confusion" : p === layers ? "layers" : ""];
    if (cached) return cached;
    let w = p.body.clientWidth;
    if (w) {
      const cs = getComputedStyle(p.body);
      w -= (parseFloat(cs.paddingLeft) || 0) + (parseFloat(cs.paddingRight) || 0);
    } else w = p.root.clientWidth - 30;
    return Math.max(260, Math.floor(w));
  };

  // ---- renderers ----
  const renderErrors = (v: View) => {
    clear(errorsBox);
    errorsBox.hidden = !v.errors.length;
    for (const e of v.errors) {
      errorsBox.appendChild(
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
  };

  const renderSummary = (v: View) => {
    const body = summary.body;
    clear(body);
    const cards = el("div", { class: "tbt-cards" });
    for (const r of v.ready) {
      const info = r.info;
      const color = runColor(r.run, v.theme);
      const baseline = directReuseBaseline(r.stats);
      const valSplit = baseline?.split ?? "target_val";
      const acc = r.t >= 0 ? performanceSeries(r.stats, valSplit, "accuracy")[r.t]?.y ?? null : null;
      const src = performanceSeries(r.stats, "source", "accuracy");
      const srcNow = r.t >= 0 ? src[r.t]?.y ?? null : null;
      const src0 = src[0]?.y ?? null;
      const tr = r.t >= 0 ? transferabilitySeries(r.stats)[r.t]?.y ?? null : null;
      const dn = info?.domain_names ?? {};
      const probe = info?.probe;
      const card = el(
        "article",
        { class: "tbt-card", "data-run": "" },
        runTitle(r.run, color),
        el(
          "div",
          { class: "tbt-card-meta" },
          `${info?.model ?? "model"} · ${r.stats.class_names.length} classes · ${r.stats.layer_stats.layers.length} layers · step ${r.step ?? "–"} of ${r.stats.steps[r.stats.steps.length - 1] ?? "–"}`,
        ),
        el(
          "div",
          { class: "tbt-card-domains" },
          el("span", { class: "tbt-dom tbt-dom-source" }, `${dn.source ?? "source"}${probe ? ` (${probe.source})` : ""}`),
          el("span", { class: "tbt-arrow", "aria-hidden": "true" }, " → "),
          el("span", { class: "tbt-dom tbt-dom-target" }, `${dn.target ?? "target"}${probe ? ` (${probe.target})` : ""}`),
        ),
        el(
          "div",
          { class: "tbt-kpis" },
          kpi("Transferability", pp(tr), tr === null ? "" : tr >= 0 ? "tbt-good" : "tbt-bad", TRANSFERABILITY_DEFINITION),
          kpi(
            valSplit === "target_val" ? "Target val acc." : "Target acc.",
            pct(acc),
            "",
            `Accuracy of the model at step ${r.step ?? "–"} on ${SPLIT_LABEL[valSplit]}; direct reuse of the pretrained model: ${pct(baseline?.value ?? null)}`,
            baseline ? `reuse ${pct(baseline.value)}` : undefined,
          ),
          kpi(
            "Source acc.",
            pct(srcNow),
            srcNow !== null && src0 !== null && srcNow < src0 - 0.05 ? "tbt-bad" : "",
            "Accuracy on the source probe: a drop from the pretrained model's means forgetting.",
            src0 !== null ? `pretrained ${pct(src0)}` : undefined,
          ),
        ),
      );
      card.style.borderTopColor = color;
      cards.appendChild(card);
    }
    body.appendChild(cards);
  };

  function kpi(label: string, value: string, cls: string, title: string, sub?: string): HTMLElement {
    return el(
      "div",
      { class: "tbt-kpi", title },
      el("div", { class: "tbt-kpi-label" }, label),
      el("div", { class: `tbt-kpi-value ${cls}`.trim() }, value),
      sub ? el("div", { class: "tbt-kpi-sub" }, sub) : null,
    );
  }

  const renderAccuracy = (v: View) => {
    const body = accuracy.body;
    clear(body);
    tips.delete(accuracy);
    const theme = v.theme;
    const isAcc = metric === "accuracy";
    const fmtV = isAcc ? d3.format(".1%") : d3.format(".3f");
    const splits = ["target_val", "target", "source"];
    const series: LineSeries[] = [];
    const firstStep = (r: ReadyRun) => r.stats.steps[0];
    // Marker = model: ○ the pretrained model (first step), × the fine-tuned model. With many points, × only at the
    // selected step (thousands of crosses would hide the lines).
    const totalPoints = v.ready.reduce((n, r) => n + r.stats.steps.length * 3, 0);
    const dense = totalPoints > 600 || v.ready.some((r) => r.stats.steps.length > 40);
    const markerFor = (r: ReadyRun) => (p: Point): Marker =>
      p.x === firstStep(r) ? "circle" : !dense || p.x === r.step ? "cross" : "none";
    const ref = v.ready[0];
    const available = splits.filter((s) => v.ready.some((r) => hasValues(performanceSeries(r.stats, s, metric))));
    const refLines: RefLine[] = [];
    for (const r of v.ready) {
      if (v.diff && r === ref) continue;
      for (const s of available) {
        if (hiddenSplits.has(s)) continue;
        let pts = performanceSeries(r.stats, s, metric);
        if (!hasValues(pts)) continue;
        if (v.diff) pts = differenceSeries(performanceSeries(ref.stats, s, metric), pts);
        series.push({
          id: `${r.run}:${s}`,
          group: v.single ? undefined : r.run,
          label: SPLIT_LABEL[s],
          color: v.single ? splitColor(s, theme) : runColor(r.run, theme),
          dash: v.single ? (s === "target_val" ? DASHES.dashed : DASHES.solid) : SPLIT_DASH[s],
          points: pts,
          marker: markerFor(r),
          width: s === "target_val" ? 2.2 : 1.6,
        });
      }
    }
    if (!v.diff && v.single && isAcc) {
      const b = directReuseBaseline(v.ready[0].stats);
      if (b) refLines.push({ y: b.value, label: `direct reuse ${pct(b.value)}`, name: `direct reuse (pretrained on ${SPLIT_LABEL[b.split]})`, color: DOMAIN_COLORS[theme].targetLight, dash: DASHES.dotted });
    }
    // legend
    const items: LegendItem[] = [];
    if (v.single) {
      for (const s of available)
        items.push({ id: s, label: SPLIT_LABEL[s], color: splitColor(s, theme), dash: s === "target_val" ? DASHES.dashed : "", marker: "cross", hidden: hiddenSplits.has(s) });
    } else {
      for (const s of available) items.push({ id: s, label: SPLIT_LABEL[s], color: "var(--tbt-muted)", dash: SPLIT_DASH[s], hidden: hiddenSplits.has(s) });
    }
    const legendBox = el("div", { class: "tbt-legend-row" });
    legendBox.appendChild(
      legend(items, (id) => {
        if (hiddenSplits.has(id)) hiddenSplits.delete(id);
        else hiddenSplits.add(id);
        schedule(true);
      }, "Data splits"),
    );
    const markerItems: LegendItem[] = [
      { id: "m-pre", label: "pretrained", color: "var(--tbt-muted)", marker: "circle", markerOnly: true, title: "The pretrained model (first step)" },
      { id: "m-ft", label: "fine-tuned", color: "var(--tbt-muted)", marker: "cross", markerOnly: true, title: "The fine-tuned model" },
    ];
    if (refLines.length) markerItems.push({ id: "m-reuse", label: "direct reuse", color: DOMAIN_COLORS[theme].targetLight, dash: DASHES.dotted, title: "The pretrained model reused directly on the target data" });
    legendBox.appendChild(legend(markerItems, undefined, "Markers"));
    if (!v.single) legendBox.appendChild(runLegend(v, v.diff ? ref.run : null));
    body.appendChild(legendBox);

    const yLabel = v.diff
      ? `Δ ${isAcc ? "accuracy" : "loss"} vs ${ref.run}${isAcc ? " (pp)" : ""}`
      : isAcc
        ? "Accuracy (%)"
        : "Loss (cross-entropy)";
    const fmtDiff = isAcc ? (x: number) => pp(x) : d3.format("+.3f");
    accSvg = lineChart(series, {
      width: width(accuracy),
      height: 280,
      xLabel: `Step (${stepUnit(v.ready)})`,
      yLabel,
      yDomain: !v.diff && isAcc ? [0, 1] : undefined,
      yTickFormat: isAcc ? (v.diff ? (x) => (x * 100).toFixed(0) : (x) => `${Math.round(x * 100)}`) : d3.format("~g"),
      valueFormat: v.diff ? fmtDiff : fmtV,
      zeroLine: v.diff,
      refLines,
      markX: v.step,
      markXLabel: v.step !== null ? `step ${v.step}` : undefined,
      onClickX: (x) => setStep(x, store),
      tooltip: tip(accuracy),
      ariaLabel: `${isAcc ? "Accuracy" : "Loss"} over steps for ${v.ready.length} run(s)`,
    });
    body.appendChild(el("div", { class: "tbt-figure" }, accSvg));
  };

  const runLegend = (v: View, reference: string | null) =>
    legend(
      v.ready.map((r) => ({
        id: r.run,
        label: r.run === reference ? `${r.run} (reference)` : r.run,
        color: runColor(r.run, v.theme),
        marker: "square" as Marker,
        markerOnly: true,
      })),
      undefined,
      "Runs",
    );

  const renderTransfer = (v: View) => {
    const body = transfer.body;
    clear(body);
    tips.delete(transfer);
    const theme = v.theme;
    const ref = v.ready[0];
    const series: LineSeries[] = [];
    for (const r of v.ready) {
      if (v.diff && r === ref) continue;
      let pts = transferabilitySeries(r.stats);
      if (v.diff) pts = differenceSeries(transferabilitySeries(ref.stats), pts);
      series.push({
        id: r.run,
        label: v.single ? "transferability" : r.run,
        color: v.single ? DOMAIN_COLORS[theme].target : runColor(r.run, theme),
        points: pts,
        marker: (p) => (p.x === r.stats.steps[0] ? "circle" : "cross"),
      });
    }
    if (!series.some((s) => hasValues(s.points))) {
      body.appendChild(
        el("p", { class: "tbt-note" }, "Not defined for these runs: the label spaces of source and target differ and no source head maps them."),
      );
      trSvg = null;
      return;
    }
    // headline numbers at the selected step
    const head = el("div", { class: "tbt-headline" });
    for (const r of v.ready.slice(0, 4)) {
      const y = r.t >= 0 ? transferabilitySeries(r.stats)[r.t]?.y ?? null : null;
      head.appendChild(
        el(
          "div",
          { class: "tbt-headline-item", title: TRANSFERABILITY_DEFINITION },
          v.single ? null : swatch({ color: runColor(r.run, theme), marker: "square", markerOnly: true }),
          el("span", { class: `tbt-headline-value ${y === null ? "" : y >= 0 ? "tbt-good" : "tbt-bad"}` }, pp(y)),
          el("span", { class: "tbt-headline-label" }, v.single ? `at step ${r.step ?? "–"}` : r.run),
        ),
      );
    }
    if (v.ready.length > 4) head.appendChild(el("span", { class: "tbt-muted" }, `+${v.ready.length - 4} more (hover the chart)`));
    body.appendChild(head);
    const ext = extent(series.map((s) => s.points)) ?? [0, 0];
    trSvg = lineChart(series, {
      width: width(transfer),
      height: 230,
      xLabel: `Step (${stepUnit(v.ready)})`,
      yLabel: v.diff ? `Δ score vs ${ref.run} (pp)` : "Gain over direct reuse (pp)",
      yDomain: [Math.min(ext[0], 0), Math.max(ext[1], 0)],
      yTickFormat: (x) => `${Math.round(x * 100)}`,
      valueFormat: (x) => pp(x),
      zeroLine: true,
      yZero: true,
      markX: v.step,
      onClickX: (x) => setStep(x, store),
      tooltip: tip(transfer),
      ariaLabel: "Transferability score over steps",
    });
    body.appendChild(el("div", { class: "tbt-figure" }, trSvg));
  };

  const classColumns = (stats: Statistics): Column<ClassRow>[] => {
    const names = stats.class_names;
    const bar = (v: number | null, cls: string) => {
      const cell = el("span", { class: `tbt-bar-cell ${cls}` }, el("span", { class: "tbt-bar-value" }, pct(v)));
      const b = el("span", { class: "tbt-bar", "aria-hidden": "true" });
      b.style.width = `${Math.round((v ?? 0) * 100)}%`;
      cell.prepend(b);
      return cell;
    };
    return [
      {
        id: "name",
        label: "Class",
        sortValue: (r) => r.index,
        render: (r) => el("span", { class: "tbt-class-name" }, r.name),
        csv: (r) => r.name,
      },
      { id: "source", label: "Source acc.", numeric: true, sortValue: (r) => r.source, render: (r) => bar(r.source, "tbt-bar-source"), title: "Accuracy on the source probe instances of the class" },
      { id: "target", label: "Target acc.", numeric: true, sortValue: (r) => r.target, render: (r) => bar(r.target, "tbt-bar-target"), title: "Accuracy on the target probe instances of the class" },
      {
        id: "diff",
        label: "Diff.",
        numeric: true,
        title: "Target accuracy − source accuracy (percentage points)",
        sortValue: (r) => r.diff,
        render: (r) => el("span", { class: r.diff === null ? "" : r.diff < -0.1 ? "tbt-bad" : r.diff > 0.1 ? "tbt-good" : "" }, pp(r.diff)),
      },
      {
        id: "errors",
        label: "Top target confusions",
        title: "Most frequent wrong predictions for the class's target instances (predicted class: count); sorts by the number of errors",
        sortValue: (r) => r.errors,
        render: (r) =>
          r.confusions.length
            ? r.confusions.map((c) =>
                el(
                  "span",
                  { class: "tbt-tag", title: `${c.count} target instance(s) of ${r.name} predicted as ${names[c.predicted] ?? c.predicted}` },
                  `${names[c.predicted] ?? c.predicted}: ${c.count}`,
                ),
              )
            : el("span", { class: "tbt-muted" }, r.errors === null ? "–" : "none"),
        csv: (r) => r.confusions.map((c) => `${names[c.predicted] ?? c.predicted}: ${c.count}`).join("; "),
      },
    ];
  };

  const renderClassesControls = (v: View) => {
    const runs = v.ready.map((r) => r.run);
    if (!focusRun || !runs.includes(focusRun)) focusRun = runs[0] ?? null;
    clear(focusSelect);
    for (const r of runs) focusSelect.appendChild(el("option", { value: r }, r));
    if (focusRun) focusSelect.value = focusRun;
    focusSelect.hidden = runs.length < 2;
  };

  const renderClasses = (v: View) => {
    const r = v.ready.find((x) => x.run === focusRun) ?? v.ready[0];
    tableRun = r.run;
    const rows = classRows(r.stats, r.t);
    tableColumns = classColumns(r.stats);
    tableHandle = sortableTable({
      columns: tableColumns,
      rows,
      rowKey: (x) => x.index,
      sort,
      onSort: (s) => {
        sort = s;
        schedule(true);
      },
      selected: v.sel.class,
      onRowClick: (x) => setClass(x.index, store, true),
      ariaLabel: `Per-class performance of ${r.run} at step ${r.step ?? ""}`,
    });
    let scroller = classes.body.querySelector<HTMLElement>(".tbt-table-scroll");
    if (!scroller) {
      clear(classes.body);
      scroller = el("div", { class: "tbt-table-scroll" });
      classes.body.appendChild(scroller);
    }
    replaceKeepingScroll(scroller, tableHandle.element);
    let caption = classes.body.querySelector<HTMLElement>(".tbt-caption");
    if (!caption) {
      caption = el("p", { class: "tbt-caption" });
      classes.body.appendChild(caption);
    }
    caption.textContent = `${r.run} · step ${r.step ?? "–"} · ${rows.length} classes${v.sel.class !== null && rows[v.sel.class] ? ` · selected: ${rows[v.sel.class].name}` : ""}`;
  };

  const renderConfusion = (v: View) => {
    const body = confusion.body;
    clear(body);
    tips.delete(confusion);
    confFig = null;
    const shown = v.ready.slice(0, 4);
    const grid = el("div", { class: "tbt-multiples" });
    const total = width(confusion);
    const GAP = 18;
    // As many columns as fit at >= 230 px each (a 2 × 2 grid for four runs).
    let cols = Math.max(1, Math.min(shown.length, Math.floor((total + GAP) / (230 + GAP))));
    if (shown.length === 4 && cols === 3) cols = 2;
    const each = Math.floor((total - GAP * (cols - 1)) / cols);
    for (const r of shown) {
      const m = confusionMatrix(r.stats, r.t, confDomain);
      const cell = el("div", { class: "tbt-multiple" });
      if (!v.single) cell.appendChild(runTitle(r.run, runColor(r.run, v.theme)));
      if (!m) {
        cell.appendChild(el("p", { class: "tbt-note" }, `No ${confDomain} confusion matrix at step ${r.step ?? "–"}.`));
        grid.appendChild(cell);
        continue;
      }
      const names = r.stats.class_names;
      const hm = heatmap({
        rows: names,
        cols: names,
        values: m.rates,
        labels: m.counts,
        domain: [0, 1],
        theme: v.theme,
        width: Math.min(each, 560),
        xLabel: "Predicted class",
        yLabel: "True class",
        highlight: v.sel.class,
        onCellClick: (row) => setClass(row, store),
        tooltip: tip(confusion),
        tooltipRows: (row, col) => ({
          title: `${names[row]} → ${names[col]}`,
          rows: [
            { label: "instances", value: String(m.counts[row][col] ?? "–") },
            { label: `share of true ${names[row]}`, value: pct(m.rates[row][col]) },
            ...(v.single ? [] : [{ label: "run", value: r.run }]),
          ],
        }),
        ariaLabel: `${confDomain} confusion matrix of ${r.run} at step ${r.step ?? ""}`,
      });
      cell.appendChild(hm.element);
      if (!confFig) confFig = { svg: hm.svg, canvas: hm.canvas, run: r.run };
      grid.appendChild(cell);
    }
    body.appendChild(grid);
    if (v.ready.length > shown.length) body.appendChild(el("p", { class: "tbt-note" }, `Showing the first ${shown.length} of ${v.ready.length} selected runs.`));
    body.appendChild(colorLegend(v.theme, 220, "0%", "100%", `Share of the true class's ${confDomain} instances`));
  };

  const renderLayersControls = (v: View) => {
    const measures = [...new Set(v.ready.flatMap((r) => r.stats.layer_stats.measures))];
    if (measures.length && !measures.includes(measure)) measure = measures.includes("logme") ? "logme" : measures[0];
    const cur = [...measureSelect.options].map((o) => o.value).join("|");
    if (cur !== measures.join("|")) {
      clear(measureSelect);
      for (const m of measures) measureSelect.appendChild(el("option", { value: m }, measureLabel(m)));
    }
    measureSelect.value = measure;
  };

  const renderLayers = (v: View) => {
    const body = layers.body;
    clear(body);
    tips.delete(layers);
    const theme = v.theme;
    // Layers in model order: the first run's order, then any others.
    const names: string[] = [];
    for (const r of v.ready) for (const l of r.stats.layer_stats.layers) if (!names.includes(l)) names.push(l);
    if (!names.length) {
      layerSvg = null;
      body.appendChild(el("p", { class: "tbt-note" }, "No per-layer measures were logged."));
      return;
    }
    const series: LineSeries[] = [];
    const remap = (r: ReadyRun, pts: Point[]): Point[] =>
      r.stats.layer_stats.layers.map((l, i) => ({ x: names.indexOf(l), y: pts[i]?.y ?? null })).sort((a, b) => a.x - b.x);
    for (const r of v.ready) {
      const color = v.single ? DOMAIN_COLORS[theme].target : runColor(r.run, theme);
      const first = 0;
      if (r.t !== first) {
        series.push({
          id: `${r.run}:first`,
          group: v.single ? undefined : r.run,
          label: `step ${r.stats.steps[first]} (pretrained)`,
          color,
          dash: DASHES.dashed,
          width: 1.4,
          points: remap(r, layerProfile(r.stats, measure, first)),
          marker: "circle",
          hollow: true,
        });
      }
      series.push({
        id: `${r.run}:now`,
        group: v.single ? undefined : r.run,
        label: `step ${r.step ?? "–"}`,
        color,
        points: remap(r, layerProfile(r.stats, measure, r.t)),
        marker: r.t === first ? "circle" : "cross",
        width: 2,
      });
    }
    const items: LegendItem[] = [
      { id: "now", label: `selected step${v.single ? ` (${v.ready[0].step ?? "–"})` : ""}`, color: v.single ? DOMAIN_COLORS[theme].target : "var(--tbt-muted)", marker: "cross" },
      { id: "first", label: "first step (pretrained model)", color: v.single ? DOMAIN_COLORS[theme].target : "var(--tbt-muted)", dash: DASHES.dashed, marker: "circle", hollow: true },
    ];
    const legendRow = el("div", { class: "tbt-legend-row" }, legend(items, undefined, "Steps"));
    if (!v.single) legendRow.appendChild(runLegend(v, null));
    body.appendChild(legendRow);
    const layerIdx = v.sel.layer !== null ? names.indexOf(v.sel.layer) : -1;
    layerSvg = lineChart(series, {
      width: width(layers),
      height: 260,
      xLabel: "Layer (input → output)",
      yLabel: measureLabel(measure),
      xTicks: names.map((n, i) => ({ value: i, label: n })),
      highlightX: layerIdx >= 0 ? layerIdx : null,
      valueFormat: (x) => fmt(x),
      yTickFormat: d3.format("~g"),
      onClickX: (x) => setLayer(names[x] ?? null, store),
      tooltip: tip(layers),
      ariaLabel: `${measureLabel(measure)} per layer`,
    });
    body.appendChild(el("div", { class: "tbt-figure" }, layerSvg));
    // LEEP (a run-level score of the source head; absent without one)
    const leep = el("div", { class: "tbt-leep" });
    const loggedRuns = v.ready.filter((r) => (r.stats.leep ?? []).some((x) => typeof x === "number"));
    const leepTitle = "LEEP: log expected empirical prediction of the source head's softmax on the target probe (higher = more transferable)";
    if (loggedRuns.length < v.ready.length) {
      const n = v.ready.length - loggedRuns.length;
      leep.appendChild(
        el(
          "div",
          { class: "tbt-leep-row", title: leepTitle },
          el("span", { class: "tbt-leep-label" }, "LEEP"),
          el("span", { class: "tbt-muted" }, loggedRuns.length ? `not logged for ${n} run${n > 1 ? "s" : ""} (no source head)` : "not logged (no source head)"),
        ),
      );
    }
    for (const r of loggedRuns) {
      const vals = r.stats.leep ?? [];
      const now = r.t >= 0 ? vals[r.t] ?? null : null;
      const first = vals[0] ?? null;
      leep.appendChild(
        el(
          "div",
          { class: "tbt-leep-row", title: leepTitle },
          v.single ? null : swatch({ color: runColor(r.run, theme), marker: "square", markerOnly: true }),
          el("span", { class: "tbt-leep-label" }, v.single ? "LEEP" : `${r.run} · LEEP`),
          el("span", null, `${fmt(now)} at step ${r.step ?? "–"} · ${fmt(first)} at step ${r.stats.steps[0]}`),
        ),
      );
    }
    body.appendChild(leep);
  };

  const renderFailures = (v: View) => {
    const body = failures.body;
    clear(body);
    let totalAll = 0;
    const list = el("ul", { class: "tbt-failures" });
    for (const r of v.ready) {
      const all = listFailures(r.stats);
      totalAll += all.length;
      const now = all.filter((f) => f.step === r.step);
      for (const f of now) {
        list.appendChild(
          el(
            "li",
            null,
            el("span", { class: "tbt-failure-where" }, `${v.single ? "" : `${r.run} · `}${measureLabel(f.measure)}${f.layer ? ` @ ${f.layer}` : ""}`),
            el("span", { class: "tbt-failure-error" }, f.error),
          ),
        );
      }
    }
    const atStep = list.childElementCount;
    body.appendChild(
      el(
        "p",
        { class: atStep ? "tbt-note tbt-bad" : "tbt-note" },
        atStep ? `${atStep} failed at step ${v.step ?? "–"}:` : `No measure failed at step ${v.step ?? "–"}.`,
      ),
    );
    if (atStep) body.appendChild(list);
    if (totalAll > atStep) {
      const det = el("details", { class: "tbt-details" }, el("summary", null, `All steps (${totalAll} failures)`));
      const ul = el("ul", { class: "tbt-failures" });
      for (const r of v.ready)
        for (const f of listFailures(r.stats))
          ul.appendChild(
            el(
              "li",
              null,
              el("span", { class: "tbt-failure-where" }, `${v.single ? "" : `${r.run} · `}step ${f.step} · ${measureLabel(f.measure)}${f.layer ? ` @ ${f.layer}` : ""}`),
              el("span", { class: "tbt-failure-error" }, f.error),
            ),
          );
      det.appendChild(ul);
      body.appendChild(det);
    }
  };

  const allPanels = [summary, accuracy, transfer, classes, confusion, layers, failures];

  // ---- the render loop ----
  let frame: number | null = null;
  let forceNext = false;
  let marked = false;
  const schedule = (force = false) => {
    forceNext = forceNext || force;
    if (frame !== null) return;
    const raf = typeof requestAnimationFrame === "function" ? requestAnimationFrame : (cb: FrameRequestCallback) => setTimeout(() => cb(0), 0) as unknown as number;
    frame = raf(() => {
      frame = null;
      const f = forceNext;
      forceNext = false;
      render(f);
    });
  };

  /** On the first load, wait this long for every selected run before drawing the ones that arrived. */
  const PARTIAL_AFTER_MS = 2000;
  let everRendered = false;
  let partialTimer: ReturnType<typeof setTimeout> | null = null;
  let partialExpired = false;

  const render = (force: boolean) => {
    const t0 = performance.now();
    const v = buildView();
    lastView = v;
    renderErrors(v);
    const dataStatus = data.get().status;
    if (dataStatus !== "ready") {
      root.dataset.rendered = "false";
      return;
    }
    if (!v.selected.length) {
      for (const p of allPanels) p.setState("empty", "Select one or more runs above.");
      keys.clear();
      root.dataset.rendered = "true";
      return;
    }
    // First load: one render when every run has arrived (not one per arriving run), unless some run is slow.
    const waiting = v.loading.length > 0 && (v.ready.length === 0 || (!everRendered && !partialExpired));
    if (waiting || !v.ready.length) {
      const msg = v.loading.length
        ? `Loading statistics… (${v.selected.length - v.loading.length} of ${v.selected.length} runs)`
        : "No readable data in the selected runs.";
      for (const p of allPanels) p.setState(v.loading.length ? "loading" : "empty", msg);
      keys.clear();
      root.dataset.rendered = v.loading.length ? "false" : "true";
      if (v.loading.length && !partialTimer && !everRendered) {
        partialTimer = setTimeout(() => {
          partialExpired = true;
          schedule(true);
        }, PARTIAL_AFTER_MS);
      }
      return;
    }
    for (const p of allPanels) p.setState("ready");
    // Read every width before writing (one layout, no thrashing).
    widths = null;
    const w = {
      accuracy: width(accuracy),
      transfer: width(transfer),
      confusion: width(confusion),
      layers: width(layers),
    };
    widths = w;
    const ids = v.ready.map((r) => `${r.run}#${oid(r.stats)}@${r.step}`).join(",");
    const base = `${ids}|${v.theme}|${v.step}`;
    const safe = (name: string, fn: () => void, panel: PanelHandle) => {
      try {
        fn();
      } catch (err) {
        console.error(`tb-transfer: ${name} failed`, err);
        panel.setState("error", `Could not draw this panel: ${(err as Error).message}`);
      }
    };
    if (changed("summary", base, force)) safe("summary", () => renderSummary(v), summary);
    const cmp = `${v.sel.compareMode}`;
    if (changed("accuracy", `${base}|${metric}|${[...hiddenSplits]}|${cmp}|${w.accuracy}`, force)) safe("accuracy", () => renderAccuracy(v), accuracy);
    if (changed("transfer", `${base}|${cmp}|${w.transfer}`, force)) safe("transferability", () => renderTransfer(v), transfer);
    renderClassesControls(v);
    if (changed("classes", `${base}|${focusRun}|${sort.column}:${sort.dir}`, force)) safe("classes", () => renderClasses(v), classes);
    else {
      tableHandle?.setSelected(v.sel.class);
      const cap = classes.body.querySelector<HTMLElement>(".tbt-caption");
      const rows = tableHandle?.rowsInOrder() ?? [];
      const selRow = rows.find((x) => x.index === v.sel.class);
      if (cap) cap.textContent = cap.textContent!.replace(/ · selected: .*$/, "") + (selRow ? ` · selected: ${selRow.name}` : "");
    }
    if (changed("confusion", `${base}|${confDomain}|${v.sel.class}|${w.confusion}`, force)) safe("confusion", () => renderConfusion(v), confusion);
    renderLayersControls(v);
    if (changed("layers", `${base}|${measure}|${v.sel.layer}|${w.layers}`, force)) safe("layers", () => renderLayers(v), layers);
    if (changed("failures", base, force)) safe("failures", () => renderFailures(v), failures);

    everRendered = true;
    const complete = v.loading.length === 0;
    root.dataset.rendered = complete ? "true" : "false";
    root.dataset.runs = String(v.ready.length);
    try {
      performance.measure("tb-transfer:stat-render", { start: t0 });
    } catch {
      /* no performance API */
    }
    if (complete && !marked) {
      marked = true;
      try {
        performance.mark(STAT_RENDERED_MARK);
      } catch {
        /* no performance API */
      }
    }
  };

  const unsubs = [
    store.subscribe((s) => [s.runs, s.step, s.class, s.layer, s.compareMode, s.theme], () => schedule(), {}),
    data.subscribe((d) => [d.status, d.stats, d.runs], () => schedule(), {}),
  ];
  let ro: ResizeObserver | null = null;
  if (typeof ResizeObserver !== "undefined") {
    let lastW = 0;
    ro = new ResizeObserver((entries) => {
      const w = Math.round(entries[0]?.contentRect.width ?? 0);
      if (Math.abs(w - lastW) > 4) {
        lastW = w;
        schedule();
      }
    });
    ro.observe(root);
  }
  schedule(true);

  return {
    root,
    destroy() {
      unsubs.forEach((u) => u());
      ro?.disconnect();
      root.remove();
      objectIds = new WeakMap();
    },
  };
}
