// Panels: the chrome every view sits in (title, info, controls, export buttons, loading/empty/error states) and the
// registry through which every level adds its panels to a section of the frame, without editing frame.ts:
//
//   import { registerPanel } from "../panels";
//   registerPanel({ id: "stat-failures", section: "statistical", title: "Measure failures", span: 4, order: 70,
//                   mount(ctx) { const loop = renderLoop(ctx, (v, width) => { ...draw v into ctx.panel.body... });
//                            return { destroy: loop.destroy }; } });
//
// and import the level's index.ts once from src/index.ts. See the README's "Adding a panel".

import type { ApiClient } from "./api";
import type { DataLoader, DataState } from "./data";
import { clear, el } from "./dom";
import { exportCsv, exportPng, exportSvg, type Exportable } from "./export";
import type { Store } from "./store";
import type { Selection } from "./types";

export type SectionId = "findings" | "statistical" | "overview" | "instance" | "feature" | "structure";

export interface SectionSpec {
  id: SectionId;
  title: string;
  question: string;
}

export const SECTIONS: readonly SectionSpec[] = [
  {
    id: "findings",
    title: "Findings",
    question: "What went wrong in this transfer?",
  },
  {
    id: "statistical",
    title: "Statistical level",
    question: "Did transfer help, where, and at what cost?",
  },
  {
    id: "overview",
    title: "Layer overview",
    question: "Which layers changed, and which still tell the domains apart?",
  },
  {
    id: "instance",
    title: "Instance level",
    question: "Where do the domains differ in the representation?",
  },
  {
    id: "feature",
    title: "Feature level",
    question: "Which learned features are domain-specific and which transferable?",
  },
  {
    id: "structure",
    title: "Model structure level",
    question: "What knowledge was kept or changed inside the network?",
  },
];

export type PanelState = "loading" | "ready" | "empty" | "error";

export interface ExportSources {
  /** The figure for the PNG/SVG buttons (null: nothing to export now). */
  figure?: () => Exportable | null;
  /** Rows (header first) and a name for the CSV button. */
  csv?: () => { rows: (string | number | null)[][]; name: string } | null;
}

export interface PanelHandle {
  readonly id: string;
  readonly root: HTMLElement;
  /** Where the panel draws. */
  readonly body: HTMLElement;
  /** Slot in the header for the panel's own controls (selects, toggles). */
  readonly controls: HTMLElement;
  setExports(sources: ExportSources): void;
  /** Shows a loading/empty/error message over the body ("ready" hides it). */
  setState(state: PanelState, message?: string): void;
  setTitle(title: string): void;
}

/**
 * Download buttons for one figure: PNG and SVG when `sources.figure` is given, CSV when `sources.csv` is; a source
 * that answers null makes its button do nothing, and a failed export is logged, not thrown.
 */
export function exportButtons(label: string, sources: ExportSources): HTMLButtonElement[] {
  const button = (text: string, run: () => void | Promise<void>) => {
    const b = el("button", { type: "button", class: "tbt-export", title: `Download ${label} as ${text}` }, text);
    b.addEventListener("click", async () => {
      try {
        await run();
      } catch (err) {
        console.error("tb-transfer: export failed", err);
      }
    });
    return b;
  };
  const out: HTMLButtonElement[] = [];
  if (sources.figure) {
    out.push(
      button("PNG", async () => {
        const f = sources.figure?.();
        if (f) await exportPng(f);
      }),
      button("SVG", () => {
        const f = sources.figure?.();
        if (f) exportSvg(f);
      }),
    );
  }
  if (sources.csv) {
    out.push(
      button("CSV", () => {
        const c = sources.csv?.();
        if (c) exportCsv(c.rows, c.name);
      }),
    );
  }
  return out;
}

let panelCounter = 0;

/** The chrome of one panel. `span` is its width in columns of the 12-column section grid. */
export function createPanel(o: { id: string; title: string; info?: string; span?: number }): PanelHandle {
  const n = ++panelCounter;
  const titleId = `tbt-panel-title-${n}`;
  const root = el("section", {
    class: "tbt-panel",
    "data-panel": o.id,
    "aria-labelledby": titleId,
  });
  root.style.gridColumn = `span ${o.span ?? 6}`;
  const title = el("h3", { class: "tbt-panel-title", id: titleId }, o.title);
  const header = el("header", { class: "tbt-panel-header" }, title);
  if (o.info) {
    const info = el("span", { class: "tbt-info", tabindex: 0, role: "note", "aria-label": o.info, title: o.info }, "?");
    title.appendChild(info);
  }
  const controls = el("div", { class: "tbt-panel-controls" });
  const exportsBox = el("div", { class: "tbt-panel-exports", role: "group", "aria-label": `Export ${o.title}` });
  header.append(controls, exportsBox);
  const body = el("div", { class: "tbt-panel-body" });
  const message = el("div", { class: "tbt-panel-message", role: "status" });
  message.hidden = true;
  root.append(header, message, body);

  return {
    id: o.id,
    root,
    body,
    controls,
    setExports(s: ExportSources) {
      clear(exportsBox);
      exportsBox.append(...exportButtons(o.title, s));
    },
    setState(state: PanelState, msg?: string) {
      root.dataset.state = state;
      if (state === "ready") {
        message.hidden = true;
        clear(message);
        body.hidden = false;
        return;
      }
      clear(message);
      message.className = `tbt-panel-message tbt-${state}`;
      if (state === "loading") message.appendChild(el("span", { class: "tbt-spinner", "aria-hidden": "true" }));
      message.appendChild(el("span", null, msg ?? (state === "loading" ? "Loading…" : state === "empty" ? "No data." : "Error.")));
      message.hidden = false;
      body.hidden = true;
    },
    setTitle(t: string) {
      title.firstChild!.textContent = t;
    },
  };
}

/** What a registered panel gets when it is mounted. */
export interface PanelContext {
  panel: PanelHandle;
  store: Store<Selection>;
  data: Store<DataState>;
  loader: DataLoader;
  api: ApiClient;
  /** The run's colour (same everywhere; one function per frame, so panels share one view model). */
  runColor: (run: string) => string;
  /** The section's grid the panel sits in (level-wide elements, such as the statistical level's run errors). */
  grid: HTMLElement;
}

export interface PanelInstance {
  destroy?(): void;
}

export interface PanelSpec {
  /** Unique id; also `data-panel` on the panel element. Registering an id again replaces the earlier spec. */
  id: string;
  section: SectionId;
  title: string;
  /** Explanation shown on hover of the "?" beside the title. */
  info?: string;
  /** Width in columns of 12 (default 6). */
  span?: number;
  /** Position within the section (ascending; default 100). */
  order?: number;
  mount(ctx: PanelContext): PanelInstance | void;
}

const registry = new Map<string, PanelSpec>();
const listeners = new Set<() => void>();

/** Adds a panel to a section of the Transfer tab (before or after the frame is mounted). */
export function registerPanel(spec: PanelSpec): void {
  registry.set(spec.id, spec);
  listeners.forEach((l) => l());
}

/** Registered panels of a section, in order. */
export function panelsFor(section: SectionId): PanelSpec[] {
  return [...registry.values()].filter((p) => p.section === section).sort((a, b) => (a.order ?? 100) - (b.order ?? 100));
}

/** Called whenever the registry changes; returns the unsubscribe function. */
export function onRegistryChange(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}
