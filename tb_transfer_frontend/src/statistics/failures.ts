// Measures that could not be computed (drawn as gaps elsewhere): those of the selected step, and every step's in a
// collapsed list.

import { clear, el } from "../dom";
import { measureLabel } from "../measures";
import { registerPanel } from "../panels";
import { listFailures, type StepFailure } from "../transforms";
import type { View } from "../view";
import { statPanel } from "./level";

function item(f: StepFailure, where: string): HTMLElement {
  return el(
    "li",
    null,
    el("span", { class: "tbt-failure-where" }, `${where}${measureLabel(f.measure)}${f.layer ? ` @ ${f.layer}` : ""}`),
    el("span", { class: "tbt-failure-error" }, f.error),
  );
}

/** The failures of the view's runs at their selected steps, and all of them in a <details>. */
function failureList(v: View): HTMLElement[] {
  let total = 0;
  const list = el("ul", { class: "tbt-failures" });
  for (const r of v.runs) {
    const all = listFailures(r.stats);
    total += all.length;
    for (const f of all.filter((x) => x.step === r.step)) list.appendChild(item(f, v.single ? "" : `${r.run} · `));
  }
  const atStep = list.childElementCount;
  const out: HTMLElement[] = [
    el(
      "p",
      { class: atStep ? "tbt-note tbt-bad" : "tbt-note" },
      atStep ? `${atStep} failed at step ${v.selectedStep ?? "–"}:` : `No measure failed at step ${v.selectedStep ?? "–"}.`,
    ),
  ];
  if (atStep) out.push(list);
  if (total > atStep) {
    const ul = el("ul", { class: "tbt-failures" });
    for (const r of v.runs) for (const f of listFailures(r.stats)) ul.appendChild(item(f, `${v.single ? "" : `${r.run} · `}step ${f.step} · `));
    out.push(el("details", { class: "tbt-details" }, el("summary", null, `All steps (${total} failures)`), ul));
  }
  return out;
}

registerPanel({
  id: "stat-failures",
  section: "statistical",
  title: "Measure failures",
  span: 4,
  order: 70,
  info: "Measures that could not be computed; they are drawn as gaps.",
  mount(ctx) {
    let view: View | null = null;
    ctx.panel.setExports({
      csv: () => {
        if (!view) return null;
        const rows: (string | number | null)[][] = [["run", "step", "measure", "layer", "error"]];
        for (const r of view.runs) for (const f of listFailures(r.stats)) rows.push([r.run, f.step, f.measure, f.layer, f.error]);
        return { rows, name: "failures" };
      },
    });
    return statPanel(ctx, {
      key: () => "",
      draw(v) {
        view = v;
        clear(ctx.panel.body);
        ctx.panel.body.append(...failureList(v));
      },
    });
  },
});
