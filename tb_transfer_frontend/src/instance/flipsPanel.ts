// Prediction flips: instances whose prediction changed between the previous step and this one — fixed (wrong →
// right) and broken (right → wrong), with counts and thumbnails; clicking a group selects it.

import { clear, el } from "../dom";
import { registerPanel, type PanelContext } from "../panels";
import { setInstances } from "../store";
import { classChip, classNames, highlightedClasses, instanceLoop } from "./common";
import { predictionFlips } from "./model";
import { instanceState, primary } from "./state";
import { thumbnailCanvas } from "./thumbs";

const SHOWN = 24;

function mount(ctx: PanelContext) {
  const { panel, store, api } = ctx;
  const st = instanceState;

  function render(): void {
    const r = primary(st.get());
    const d = r?.shown;
    if (!r || !d) {
      panel.setState("empty", "No instances shown yet.");
      return;
    }
    if (!d.previous_prediction || !d.prediction) {
      panel.setState("empty", `No previous step to compare with at step ${d.step}.`);
      return;
    }
    panel.setState("ready");
    clear(panel.body);
    const sel = store.get();
    const names = classNames(r.info, d);
    const hl = highlightedClasses(sel.class, sel.instances, d);
    const f = predictionFlips(d);
    const group = (key: string, title: string, ids: number[]) => {
      const head = el("button", { type: "button", class: "tbt-button tbt-inst-flip-select", "data-group": key, title: `Select these ${ids.length} instances`, disabled: !ids.length }, `${title}: ${ids.length}`);
      head.addEventListener("click", () => setInstances(ids, store));
      const list = el("div", { class: "tbt-inst-thumbs" });
      for (const i of ids.slice(0, SHOWN)) {
        const item = el("div", { class: "tbt-inst-thumb-item", "data-id": i },
          thumbnailCanvas(api, r.run, r.info, i, 40),
          el("div", { class: "tbt-inst-thumb-caption" }, classChip(d.previous_prediction?.[i], names, sel.theme, hl), el("span", { class: "tbt-muted" }, "→"), classChip(d.prediction?.[i], names, sel.theme, hl)));
        item.addEventListener("mouseenter", () => st.set({ hovered: i }));
        item.addEventListener("mouseleave", () => st.set({ hovered: null }));
        item.addEventListener("click", () => setInstances([i], store));
        list.appendChild(item);
      }
      if (ids.length > SHOWN) list.appendChild(el("div", { class: "tbt-muted tbt-small" }, `and ${ids.length - SHOWN} more`));
      return el("div", { class: "tbt-inst-flip-group", "data-group": key, "data-count": ids.length }, head, list);
    };
    panel.body.append(
      el("div", { class: "tbt-muted tbt-small" }, `${r.run}, step ${d.step} against the previous logged step (captions: previous → now prediction).`),
      group("fixed", "Fixed (wrong → right)", f.fixed),
      group("broken", "Broken (right → wrong)", f.broken),
      group("other", "Changed, still wrong", f.changedWrong),
    );
  }

  return instanceLoop(ctx, () => render(), (s) => [s.theme, s.class]);
}

registerPanel({
  id: "instance-flips",
  section: "instance",
  title: "Prediction flips",
  info: "Instances whose prediction changed since the previous logged step: fixed (wrong → right), broken (right → wrong), and changed but still wrong. Click a group to select it.",
  span: 4,
  order: 40,
  mount,
});
