// What the layer overview's panels share: the tracked layers' graph, the compare controls (side by side or A − B,
// swap), loading / empty / error states, a note on runs not shown, and per-chart export buttons.

import { el, segmented } from "../dom";
import type { LoopOptions } from "../loop";
import { exportButtons, type ExportSources, type PanelContext, type PanelHandle } from "../panels";
import { setCompareMode, setRuns, type Store } from "../store";
import { unionLayers } from "../transforms";
import type { Selection } from "../types";
import type { RunView, View } from "../view";
import type { GraphLayer } from "./dag";

/** The overview's panels follow these selection fields (not the class). */
export const OVERVIEW_LOOP: LoopOptions = { watch: (s) => [s.runs, s.step, s.layer, s.neuron, s.compareMode, s.theme] };

/** The tracked layers' graph of the selected runs: layers in model order, inputs merged over runs. */
export function graphOf(v: View): { layers: GraphLayer[]; types: Map<string, string> } {
  const inputs = new Map<string, Set<string>>();
  const types = new Map<string, string>();
  const lists: string[][] = [];
  for (const r of v.pair ?? v.runs) {
    const ls = r.info?.layers;
    if (ls?.length) {
      lists.push(ls.map((l) => l.name));
      for (const l of ls) {
        const s = inputs.get(l.name) ?? new Set<string>();
        for (const i of l.inputs ?? []) s.add(i);
        inputs.set(l.name, s);
        if (l.type) types.set(l.name, l.type);
      }
    } else {
      // No run_info: the layers of layer_stats as a chain.
      const names = r.stats.layer_stats?.layers ?? [];
      lists.push(names);
      names.forEach((n, i) => {
        const s = inputs.get(n) ?? new Set<string>();
        if (i > 0) s.add(names[i - 1]);
        inputs.set(n, s);
      });
    }
  }
  const order = unionLayers(lists);
  return { layers: order.map((name) => ({ name, inputs: [...(inputs.get(name) ?? [])] })), types };
}

function swapPair(store: Store<Selection>): void {
  const r = store.get().runs;
  if (r.length >= 2) setRuns([r[1], r[0], ...r.slice(2)], store);
}

export const diffTitle = (p: [RunView, RunView]) => `${p[0].run} − ${p[1].run}`;

/** Compare controls (overlay / difference, and swap A ⇄ B) in a panel header; hidden with fewer than two runs. */
export function compareControls(ctx: PanelContext): { element: HTMLElement; update(v: View): void } {
  const box = el("div", { class: "tbt-ov-compare" });
  const seg = segmented("Compare runs", [
    { id: "overlay", label: "Side by side", title: "Each run as its own small multiple, all on the same scales" },
    { id: "difference", label: "A − B", title: "The second selected run minus the first (the reference, as in the statistical level), on a diverging scale centred at 0" },
  ] as const, (mode) => setCompareMode(mode, ctx.store), { control: "compare" });
  const swap = el("button", { type: "button", class: "tbt-button tbt-ov-swap", "data-control": "swap", title: "Swap runs A and B (reorders the first two selected runs)" }, "Swap A ⇄ B");
  swap.addEventListener("click", () => swapPair(ctx.store));
  box.append(seg.element, swap);
  return {
    element: box,
    update(v) {
      box.hidden = v.runs.length < 2;
      seg.set(v.sel.compareMode);
      swap.hidden = !v.pair;
    },
  };
}

/** Loading / empty / error states common to the panels; returns true when there is something to draw. */
export function showState(panel: PanelHandle, v: View): boolean {
  if (!v.sel.runs.length) {
    panel.setState("empty", "Select one or more runs in the header.");
    return false;
  }
  if (!v.runs.length) {
    if (v.loading.length) panel.setState("loading", `Loading ${v.loading.join(", ")}…`);
    else panel.setState("error", v.errors.map((e) => `${e.run}: ${e.error}`).join("\n") || "No data.");
    return false;
  }
  if (!v.layers.length) {
    panel.setState("empty", "The selected runs have no layer measures (layer_stats) yet.");
    return false;
  }
  panel.setState("ready");
  return true;
}

/** A one-line note for selected runs still loading or unreadable (the statistical level shows the full errors). */
export function runNotes(v: View): HTMLElement | null {
  const parts: string[] = [];
  // A run read in part is drawn; only the runs that could not be read at all are "not shown".
  const notShown = v.errors.filter((e) => !v.runs.some((r) => r.run === e.run));
  if (v.loading.length) parts.push(`Loading ${v.loading.join(", ")}…`);
  if (notShown.length) parts.push(`Not shown (could not be read): ${notShown.map((e) => e.run).join(", ")}.`);
  return parts.length ? el("p", { class: "tbt-note tbt-ov-sub", title: notShown.map((e) => `${e.run}: ${e.error}`).join("\n") }, parts.join(" ")) : null;
}

/** Small PNG · SVG · CSV buttons for one chart, through the panels' export buttons. */
export function chartExports(label: string, sources: ExportSources): HTMLElement {
  const box = el("div", { class: "tbt-panel-exports tbt-ov-chart-exports", role: "group", "aria-label": `Export ${label}` });
  box.append(...exportButtons(label, sources));
  return box;
}
