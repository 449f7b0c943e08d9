// The Transfer tab's frame: a header with the run selector (multi-select with a filter, one colour per run), the
// step scrubber, layer and class pickers and the compare mode; the sections of the four levels (and the layer
// overview), each a grid of the panels its level registered (panels.ts); loading, empty and error states.

import type { ApiClient } from "./api";
import type { DataLoader, DataState } from "./data";
import { clear, el, segmented } from "./dom";
import { swatch } from "./charts/legend";
import { runColor } from "./palette";
import { createPanel, onRegistryChange, panelsFor, SECTIONS, type PanelInstance, type SectionId } from "./panels";
import { setClass, setCompareMode, setLayer, setRuns, setStep, toggleRun, type Store } from "./store";
import { afterNextFrame } from "./loop";
import { unionSteps } from "./transforms";
import type { RunEntry, Selection } from "./types";
import { stepUnit } from "./view";

export interface FrameDeps {
  store: Store<Selection>;
  data: Store<DataState>;
  loader: DataLoader;
  api: ApiClient;
}

/** How many runs are selected by default on first load. */
export const DEFAULT_SELECTED_RUNS = 10;
/** The other levels' requests wait at most this long for the statistical level's first draw (ms). */
export const FIRST_PAINT_MS = 3000;

export const SNIPPET = [
  "from tb_transfer import TransferCallback",
  'cb = TransferCallback(model, source_probe, target_probe, class_names, log_dir="runs/finetune")',
  "cb.on_epoch_end(epoch)  # in the training loop, after each epoch",
];

/** Case-insensitive filter: a valid regular expression, else a plain substring. */
export function runFilter(query: string): (run: string) => boolean {
  const q = query.trim();
  if (!q) return () => true;
  try {
    const re = new RegExp(q, "i");
    return (r) => re.test(r);
  } catch {
    const low = q.toLowerCase();
    return (r) => r.toLowerCase().includes(low);
  }
}

function label(text: string, forId: string): HTMLLabelElement {
  return el("label", { class: "tbt-control-label", for: forId }, text);
}

// ---------------------------------------------------------------------------------------------------------------
// Run selector

function runSelector(deps: FrameDeps): { element: HTMLElement; update(): void } {
  const { store, data } = deps;
  const wrap = el("div", { class: "tbt-control tbt-runs" });
  const button = el("button", {
    type: "button",
    class: "tbt-runs-button",
    id: "tbt-runs-button",
    "aria-haspopup": "true",
    "aria-expanded": "false",
    "aria-controls": "tbt-runs-popover",
  });
  const pop = el("div", { class: "tbt-popover", id: "tbt-runs-popover", role: "dialog", "aria-label": "Select runs" });
  pop.hidden = true;
  const filter = el("input", { type: "search", class: "tbt-input", placeholder: "Filter runs (text or regex)", "aria-label": "Filter runs", spellcheck: "false" });
  const all = el("button", { type: "button", class: "tbt-link" }, "Select shown");
  const none = el("button", { type: "button", class: "tbt-link" }, "Clear");
  const list = el("div", { class: "tbt-run-list", role: "group", "aria-label": "Runs" });
  const count = el("div", { class: "tbt-muted tbt-small" });
  pop.append(el("div", { class: "tbt-popover-head" }, filter, all, none), list, count);
  wrap.append(label("Runs", "tbt-runs-button"), button, pop);

  const visible = (): RunEntry[] => {
    const f = runFilter(filter.value);
    return data.get().runs.filter((r) => f(r.run));
  };

  const renderList = () => {
    clear(list);
    const sel = new Set(store.get().runs);
    const runs = visible();
    const theme = store.get().theme;
    runs.forEach((r, i) => {
      const id = `tbt-run-cb-${i}`;
      const cb = el("input", { type: "checkbox", id, class: "tbt-run-checkbox" });
      cb.checked = sel.has(r.run);
      cb.style.accentColor = runColor(r.run, theme);
      cb.addEventListener("change", () => toggleRun(r.run, store));
      cb.addEventListener("keydown", (e: KeyboardEvent) => {
        const boxes = [...list.querySelectorAll<HTMLInputElement>("input[type=checkbox]")];
        const k = boxes.indexOf(cb);
        if (e.key === "ArrowDown") {
          e.preventDefault();
          boxes[Math.min(boxes.length - 1, k + 1)]?.focus();
        } else if (e.key === "ArrowUp") {
          e.preventDefault();
          if (k === 0) filter.focus();
          else boxes[k - 1]?.focus();
        }
      });
      const row = el(
        "label",
        { class: `tbt-run-row${r.error ? " tbt-has-error" : ""}`, for: id, title: r.error ? `${r.run}: ${r.error}` : r.run },
        cb,
        swatch({ color: runColor(r.run, theme), marker: "square", markerOnly: true }),
        el("span", { class: "tbt-run-name" }, r.run),
        r.error ? el("span", { class: "tbt-error-badge", "aria-label": `error: ${r.error}` }, "!") : null,
        el("span", { class: "tbt-run-steps tbt-muted" }, r.steps.length ? `${r.steps.length} steps` : "no steps"),
      );
      list.appendChild(row);
    });
    if (!runs.length) list.appendChild(el("div", { class: "tbt-muted tbt-small" }, "No run matches the filter."));
    count.textContent = `${sel.size} of ${data.get().runs.length} runs selected`;
  };

  let listedFor = "";
  const update = () => {
    const n = store.get().runs.length;
    const total = data.get().runs.length;
    button.textContent = "";
    button.append(el("span", null, n === 0 ? "No run selected" : n === 1 ? store.get().runs[0] : `${n} of ${total} runs`), el("span", { class: "tbt-caret", "aria-hidden": "true" }, "▾"));
    if (pop.hidden) return;
    // Same list shown: update the boxes in place (a rebuild would lose the keyboard focus).
    const key = `${store.get().theme}\u0000${filter.value}\u0000${visible().map((r) => `${r.run}\u0001${r.error ?? ""}\u0001${r.steps.length}`).join("\u0000")}`;
    if (key !== listedFor) {
      renderList();
      listedFor = key;
      return;
    }
    const sel = new Set(store.get().runs);
    visible().forEach((r, i) => {
      const cb = list.querySelector<HTMLInputElement>(`#tbt-run-cb-${i}`);
      if (cb) cb.checked = sel.has(r.run);
    });
    count.textContent = `${sel.size} of ${data.get().runs.length} runs selected`;
  };

  const open = (show: boolean) => {
    pop.hidden = !show;
    button.setAttribute("aria-expanded", String(show));
    listedFor = "";
    if (show) {
      update();
      filter.focus();
    }
  };
  button.addEventListener("click", () => open(Boolean(pop.hidden)));
  filter.addEventListener("input", update);
  filter.addEventListener("keydown", (e: KeyboardEvent) => {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      list.querySelector<HTMLInputElement>("input[type=checkbox]")?.focus();
    } else if (e.key === "Enter") {
      const first = visible()[0];
      if (first) toggleRun(first.run, store);
    }
  });
  all.addEventListener("click", () => setRuns([...store.get().runs, ...visible().map((r) => r.run)], store));
  none.addEventListener("click", () => setRuns([], store));
  pop.addEventListener("keydown", (e: KeyboardEvent) => {
    if (e.key === "Escape") {
      open(false);
      button.focus();
    }
  });
  document.addEventListener("mousedown", (e) => {
    if (!pop.hidden && !wrap.contains(e.target as Node)) open(false);
  });
  return { element: wrap, update };
}

/** Chips of the selected runs (colour, name, remove button), errors flagged. */
function runChips(deps: FrameDeps): { element: HTMLElement; update(): void } {
  const box = el("div", { class: "tbt-chips", role: "list", "aria-label": "Selected runs" });
  const update = () => {
    clear(box);
    const { store, data } = deps;
    const theme = store.get().theme;
    const entries = new Map(data.get().runs.map((r) => [r.run, r]));
    for (const run of store.get().runs) {
      const e = entries.get(run);
      const rm = el("button", { type: "button", class: "tbt-chip-remove", "aria-label": `Remove run ${run}`, title: "Remove from the selection" }, "×");
      rm.addEventListener("click", () => toggleRun(run, store));
      const chip = el(
        "span",
        { class: `tbt-chip${e?.error ? " tbt-has-error" : ""}`, role: "listitem", title: e?.error ? `${run}: ${e.error}` : run },
        swatch({ color: runColor(run, theme), marker: "square", markerOnly: true }),
        el("span", { class: "tbt-run-name" }, run),
        e?.error ? el("span", { class: "tbt-error-badge", "aria-hidden": "true" }, "!") : null,
        rm,
      );
      chip.style.borderColor = runColor(run, theme);
      box.appendChild(chip);
    }
  };
  return { element: box, update };
}

// ---------------------------------------------------------------------------------------------------------------
// Step scrubber, layer and class pickers, compare mode

function selectedEntries(deps: FrameDeps): RunEntry[] {
  const sel = deps.store.get().runs;
  return deps.data.get().runs.filter((r) => sel.includes(r.run));
}

function stepScrubber(deps: FrameDeps): { element: HTMLElement; update(): void } {
  const { store } = deps;
  const wrap = el("div", { class: "tbt-control tbt-step" });
  const range = el("input", { type: "range", id: "tbt-step-range", class: "tbt-range", min: 0, max: 0, step: 1, "aria-label": "Step" });
  const number = el("input", { type: "number", class: "tbt-input tbt-step-number", "aria-label": "Step number", step: 1 });
  const latest = el("button", { type: "button", class: "tbt-toggle", "aria-pressed": "true", title: "Follow the latest step while training runs" }, "Latest");
  const unit = el("span", { class: "tbt-muted tbt-small tbt-step-unit" });
  wrap.append(label("Step", "tbt-step-range"), range, number, latest, unit);
  let steps: number[] = [];

  const snap = (v: number): number | null => {
    if (!steps.length || !Number.isFinite(v)) return null;
    let best = steps[0];
    for (const s of steps) if (Math.abs(s - v) < Math.abs(best - v)) best = s;
    return best;
  };
  range.addEventListener("input", () => {
    const s = steps[Number(range.value)];
    if (s === undefined) return;
    setStep(s === steps[steps.length - 1] && store.get().step === null ? null : s, store);
  });
  number.addEventListener("change", () => {
    const s = snap(Number(number.value));
    if (s !== null) setStep(s, store);
  });
  latest.addEventListener("click", () => setStep(store.get().step === null && steps.length ? steps[steps.length - 1] : null, store));

  const update = () => {
    const entries = selectedEntries(deps);
    steps = unionSteps(entries.map((e) => e.steps));
    const sel = store.get().step;
    const cur = sel === null ? steps[steps.length - 1] : snap(sel);
    const i = cur === undefined || cur === null ? 0 : steps.indexOf(cur);
    range.max = String(Math.max(0, steps.length - 1));
    range.value = String(Math.max(0, i));
    range.disabled = steps.length < 2;
    number.disabled = !steps.length;
    if (steps.length) {
      number.min = String(steps[0]);
      number.max = String(steps[steps.length - 1]);
    }
    number.value = cur === undefined || cur === null ? "" : String(cur);
    range.setAttribute("aria-valuetext", cur === undefined || cur === null ? "no step" : `step ${cur}`);
    latest.setAttribute("aria-pressed", sel === null ? "true" : "false");
    unit.textContent = steps.length ? `${stepUnit(entries.map((e) => e.info))} · ${steps[0]}–${steps[steps.length - 1]}` : "";
  };
  return { element: wrap, update };
}

function layerPicker(deps: FrameDeps): { element: HTMLElement; update(): void } {
  const { store } = deps;
  const wrap = el("div", { class: "tbt-control" });
  const select = el("select", { class: "tbt-select", id: "tbt-layer-select" });
  wrap.append(label("Layer", "tbt-layer-select"), select);
  select.addEventListener("change", () => setLayer(select.value || null, store));
  const update = () => {
    const names: string[] = [];
    const types = new Map<string, string>();
    for (const e of selectedEntries(deps))
      for (const l of e.info?.layers ?? []) {
        if (!names.includes(l.name)) names.push(l.name);
        types.set(l.name, l.type);
      }
    clear(select);
    if (!names.length) select.appendChild(el("option", { value: "" }, "—"));
    for (const n of names) select.appendChild(el("option", { value: n }, types.get(n) ? `${n} (${types.get(n)})` : n));
    const cur = store.get().layer;
    if (cur && !names.includes(cur)) select.appendChild(el("option", { value: cur }, cur));
    select.value = cur ?? names[names.length - 1] ?? "";
    select.disabled = !names.length;
  };
  return { element: wrap, update };
}

function classPicker(deps: FrameDeps): { element: HTMLElement; update(): void } {
  const { store } = deps;
  const wrap = el("div", { class: "tbt-control" });
  const select = el("select", { class: "tbt-select", id: "tbt-class-select" });
  wrap.append(label("Class", "tbt-class-select"), select);
  select.addEventListener("change", () => setClass(select.value === "" ? null : Number(select.value), store));
  const update = () => {
    const names = selectedEntries(deps).find((e) => e.info?.class_names?.length)?.info?.class_names ?? [];
    clear(select);
    select.appendChild(el("option", { value: "" }, "All classes"));
    names.forEach((n, i) => select.appendChild(el("option", { value: String(i) }, n)));
    const c = store.get().class;
    if (c !== null && c >= names.length) select.appendChild(el("option", { value: String(c) }, `class ${c}`));
    select.value = c === null ? "" : String(c);
  };
  return { element: wrap, update };
}

function compareToggle(deps: FrameDeps): { element: HTMLElement; update(): void } {
  const { store } = deps;
  const wrap = el("div", { class: "tbt-control tbt-compare" });
  const seg = segmented("Compare runs", [
    { id: "overlay", label: "Overlay", title: "Draw every selected run on the same axes" },
    { id: "difference", label: "Difference", title: "Draw every run minus the first selected run (the reference)" },
  ] as const, (mode) => setCompareMode(mode, store));
  wrap.append(el("span", { class: "tbt-control-label" }, "Compare"), seg.element);
  const update = () => {
    wrap.hidden = store.get().runs.length < 2;
    seg.set(store.get().compareMode);
  };
  return { element: wrap, update };
}

// ---------------------------------------------------------------------------------------------------------------
// Sections

function mountSection(container: HTMLElement, id: SectionId, deps: FrameDeps, color: (run: string) => string): () => void {
  const spec = SECTIONS.find((s) => s.id === id)!;
  const section = el("section", { class: "tbt-section", "data-section": id, "aria-labelledby": `tbt-section-${id}` });
  section.append(
    el(
      "div",
      { class: "tbt-section-head" },
      el("h2", { class: "tbt-section-title", id: `tbt-section-${id}` }, spec.title),
      el("span", { class: "tbt-section-question" }, spec.question),
    ),
  );
  const grid = el("div", { class: "tbt-grid" });
  section.appendChild(grid);
  container.appendChild(section);
  let instances: PanelInstance[] = [];

  const build = () => {
    instances.forEach((i) => i.destroy?.());
    instances = [];
    clear(grid);
    for (const p of panelsFor(id)) {
      const panel = createPanel({ id: p.id, title: p.title, info: p.info, span: p.span });
      grid.appendChild(panel.root);
      try {
        const inst = p.mount({ panel, store: deps.store, data: deps.data, loader: deps.loader, api: deps.api, runColor: color, grid });
        if (inst) instances.push(inst);
      } catch (err) {
        console.error(`tb-transfer: panel ${p.id} failed`, err);
        panel.setState("error", `This panel failed to start: ${(err as Error).message}`);
      }
    }
  };
  build();
  const off = onRegistryChange(() => {
    // Rebuild only sections whose panels changed.
    const ids = panelsFor(id).map((p) => p.id).join(",");
    if (ids !== grid.dataset.panels) {
      grid.dataset.panels = ids;
      build();
    }
  });
  grid.dataset.panels = panelsFor(id).map((p) => p.id).join(",");
  return () => {
    off();
    instances.forEach((i) => i.destroy?.());
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The frame

export function mountFrame(root: HTMLElement, deps: FrameDeps): { destroy(): void } {
  const { store, data, loader } = deps;
  try {
    performance.mark("tb-transfer:frame-start");
  } catch {
    /* no performance API */
  }
  const app = el("div", { class: "tbt-app" });
  const header = el("header", { class: "tbt-header" });
  const brand = el(
    "div",
    { class: "tbt-brand" },
    el("h1", { class: "tbt-title" }, "Transfer"),
    el("span", { class: "tbt-subtitle" }, "what fine-tuning transferred, and what it changed"),
  );
  const runs = runSelector(deps);
  const step = stepScrubber(deps);
  const layer = layerPicker(deps);
  const cls = classPicker(deps);
  const compare = compareToggle(deps);
  const controls = el("div", { class: "tbt-controls" }, runs.element, step.element, layer.element, cls.element, compare.element);
  const chips = runChips(deps);
  header.append(el("div", { class: "tbt-header-row" }, brand, controls), chips.element);
  const stateBox = el("div", { class: "tbt-state", role: "status" });
  const sections = el("div", { class: "tbt-sections" });
  const main = el("main", { class: "tbt-main" }, stateBox, sections);
  app.append(header, main);
  root.appendChild(app);

  // One colour function for every panel, so that they share one view model (view.ts) per change.
  const color = (run: string) => runColor(run, store.get().theme);
  const sectionStops = SECTIONS.map((s) => mountSection(sections, s.id, deps, color));

  const renderState = () => {
    const d = data.get();
    clear(stateBox);
    app.dataset.state = d.status === "ready" ? (d.runs.length ? "ready" : "empty") : d.status;
    if (d.status === "loading") {
      stateBox.append(el("div", { class: "tbt-state-card" }, el("span", { class: "tbt-spinner", "aria-hidden": "true" }), el("span", null, "Loading runs…")));
    } else if (d.status === "error") {
      const retry = el("button", { type: "button", class: "tbt-button" }, "Retry");
      retry.addEventListener("click", () => void loader.loadRuns());
      stateBox.append(
        el(
          "div",
          { class: "tbt-state-card tbt-error-card", role: "alert" },
          el("h2", null, "Could not load the Transfer data"),
          el("p", { class: "tbt-error-message" }, d.error ?? "unknown error"),
          retry,
        ),
      );
    } else if (!d.runs.length) {
      stateBox.append(
        el(
          "div",
          { class: "tbt-state-card tbt-empty-card" },
          el("h2", null, "No transfer data yet"),
          el("p", null, "None of the runs in this log directory has tb-transfer records. Add the callback to your training loop:"),
          el("pre", { class: "tbt-snippet" }, el("code", null, SNIPPET.join("\n"))),
          el("p", { class: "tbt-muted" }, "Then point TensorBoard at the parent directory (tensorboard --logdir runs); new steps appear while training runs."),
        ),
      );
    }
    const showMain = d.status === "ready" && d.runs.length > 0;
    sections.hidden = !showMain;
    controls.hidden = !showMain;
    chips.element.hidden = !showMain;
  };

  const updateControls = () => {
    runs.update();
    chips.update();
    step.update();
    layer.update();
    cls.update();
    compare.update();
  };

  // The first paint is the statistical level: the other levels' requests wait until it has drawn its data (at most
  // FIRST_PAINT_MS), so that the server's work on them (findings, projections) does not compete with that draw for
  // the CPU. Its panels draw at the animation frame after the data arrive; the hold ends in a task after that frame.
  let firstPaint: () => void = () => {};
  deps.api.holdUntil(new Promise<void>((resolve) => (firstPaint = resolve)), FIRST_PAINT_MS);

  // Default selection on the first load, and pruning of runs that disappeared.
  let initialized = false;
  const onRuns = () => {
    const d = data.get();
    if (d.status === "error") firstPaint();
    if (d.status !== "ready") return;
    const names = d.runs.map((r) => r.run);
    if (!initialized) {
      initialized = true;
      if (!store.get().runs.length) setRuns(names.slice(0, DEFAULT_SELECTED_RUNS), store);
    } else {
      const kept = store.get().runs.filter((r) => names.includes(r));
      if (kept.length !== store.get().runs.length) setRuns(kept, store);
    }
    if (store.get().layer === null) {
      const first = d.runs.find((r) => store.get().runs.includes(r.run) && r.info?.layers?.length);
      const layers = first?.info?.layers ?? [];
      if (layers.length) setLayer(layers[layers.length - 1].name, store);
    }
    void loader.ensureStatistics(store.get().runs).finally(() => afterNextFrame(firstPaint));
  };

  const unsubs = [
    data.subscribe((d) => [d.status, d.error, d.runs], () => {
      renderState();
      onRuns();
      updateControls();
    }, { immediate: true }),
    store.subscribe((s) => [s.runs, s.step, s.layer, s.class, s.compareMode, s.theme], () => updateControls()),
    store.subscribe((s) => s.runs, (r) => void loader.ensureStatistics(r)),
  ];

  return {
    destroy() {
      unsubs.forEach((u) => u());
      sectionStops.forEach((s) => s());
      app.remove();
    },
  };
}
