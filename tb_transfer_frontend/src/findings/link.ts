// Following a finding's link: select its run, step, layer and class in the one store, then scroll to the view that
// shows the evidence (its panel if mounted, else its section) and mark it briefly.

import type { Store } from "../store";
import { stepForRun } from "../store";
import type { Selection } from "../types";
import type { FindingLink } from "./types";

/**
 * Applies `link` to the selection in one store update: adds the run if it is not selected; sets the step unless the
 * run already shows that step (so "follow the latest" keeps following); sets the layer and class where given.
 */
export function selectEvidence(link: FindingLink, store: Store<Selection>, runSteps: readonly number[]): void {
  const s = store.get();
  const patch: Partial<Selection> = {};
  if (!s.runs.includes(link.run)) patch.runs = [...s.runs, link.run];
  if (stepForRun(runSteps, s.step) !== link.step) patch.step = link.step;
  if (link.layer !== null && link.layer !== s.layer) patch.layer = link.layer;
  if (link.class !== null && link.class !== s.class) patch.class = link.class;
  if (Object.keys(patch).length) store.set(patch);
}

/** The element that shows the evidence: `[data-panel=panel]`, else `[data-section=section]`, else null. */
export function evidenceTarget(link: FindingLink, root: ParentNode = document): HTMLElement | null {
  const byAttr = (attr: string, value: string) =>
    [...root.querySelectorAll<HTMLElement>(`[${attr}]`)].find((e) => e.getAttribute(attr) === value) ?? null;
  return (link.panel ? byAttr("data-panel", link.panel) : null) ?? byAttr("data-section", link.section);
}

/** Scrolls the evidence into view (below the sticky header) and highlights it for a moment. */
export function revealEvidence(link: FindingLink, root: ParentNode = document): HTMLElement | null {
  const target = evidenceTarget(link, root);
  if (!target) return null;
  const header = (root as Document).querySelector?.(".tbt-header") as HTMLElement | null;
  target.style.scrollMarginTop = `${(header?.offsetHeight ?? 0) + 8}px`;
  target.scrollIntoView({ block: "start", behavior: "auto" });
  target.classList.remove("tbt-evidence");
  void target.offsetWidth; // restart the highlight animation
  target.classList.add("tbt-evidence");
  target.dataset.evidenceFor = link.run;
  return target;
}
