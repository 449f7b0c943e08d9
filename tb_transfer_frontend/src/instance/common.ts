// Small pieces the instance panels share: the side panels' render loop, labelled selects, class chips, names, the instance's outcome text.

import { el } from "../dom";
import { renderLoop, type LoopOptions } from "../loop";
import type { PanelContext, PanelInstance } from "../panels";
import type { InstancesReady, Num, RunInfo, Theme } from "../types";
import { classColors } from "./model";
import { instanceState, loaderFor } from "./state";

/**
 * The render loop of an instance side panel: the panel uses the shared `/instances` loader while mounted, and draws
 * (at its width) when the selection fields `watch` change or the shown runs do.
 */
export function instanceLoop(ctx: PanelContext, draw: (width: number) => void, watch: LoopOptions["watch"]): PanelInstance {
  const detach = loaderFor(ctx.api, ctx.store, ctx.data).attach();
  const loop = renderLoop(ctx, (_v, width) => draw(width), { watch });
  const off = instanceState.subscribe((s) => [s.runs], () => loop.schedule());
  return {
    destroy() {
      loop.destroy();
      off();
      detach();
    },
  };
}

/** A labelled select. */
export function labelledSelect(label: string, cls: string) {
  const select = el("select", { class: `tbt-select ${cls}`, "aria-label": label });
  const wrap = el("label", { class: "tbt-inst-control" }, el("span", { class: "tbt-control-label" }, label), select);
  return { wrap, select };
}

export function classNames(info: RunInfo | null, d: InstancesReady | undefined): string[] {
  const names = info?.class_names ?? [];
  let max = names.length - 1;
  for (const c of d?.label ?? []) if (c > max) max = c;
  return Array.from({ length: max + 1 }, (_, i) => names[i] ?? `class ${i}`);
}

export function domainNames(info: RunInfo | null): [string, string] {
  return [info?.domain_names?.source || "source", info?.domain_names?.target || "target"];
}

/** A chip with a class's name in its colour (grey when the class has no colour). */
export function classChip(c: Num | undefined, names: readonly string[], theme: Theme, highlighted: readonly number[]): HTMLElement {
  if (c === null || c === undefined) return el("span", { class: "tbt-inst-chip tbt-inst-chip-none" }, "—");
  const color = classColors(names.length, highlighted, theme)[c];
  const chip = el("span", { class: "tbt-inst-chip", "data-class": c }, names[c] ?? `class ${c}`);
  chip.style.setProperty("--chip", color ?? "#888");
  return chip;
}

export const fmt = (v: Num | undefined, digits = 3): string => (v === null || v === undefined || !Number.isFinite(v) ? "—" : v.toFixed(digits));

/** Classes that keep their colour with more than 10 classes: the selected class, then the selection's classes. */
export function highlightedClasses(cls: number | null, selected: ReadonlySet<number>, d: InstancesReady | undefined): number[] {
  const out: number[] = cls === null ? [] : [cls];
  if (d?.label) for (const i of selected) if (i < d.label.length) out.push(d.label[i]);
  return [...new Set(out)];
}
