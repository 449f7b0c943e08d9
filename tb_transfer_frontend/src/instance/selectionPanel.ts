// The selection panel: the shared instance set (lasso, rectangle, histogram brush, flips) shown for the first
// shown run — a thumbnail grid with label → prediction, counts per class and domain, clear / invert / only
// mispredicted, and CSV export (instance, dataset index, domain, label, prediction, coordinates).

import { clear, el } from "../dom";
import { registerPanel, type PanelContext } from "../panels";
import { setInstances } from "../store";
import { classChip, classNames, domainNames, highlightedClasses, instanceLoop } from "./common";
import { invertSelection, selectionCounts, selectionCsv } from "./model";
import { instanceState, primary } from "./state";
import { thumbnailCanvas } from "./thumbs";

const MAX_THUMBS = 120;

function mount(ctx: PanelContext) {
  const { panel, store, api } = ctx;
  const st = instanceState;
  const btn = (text: string, title: string, fn: () => void) => {
    const b = el("button", { type: "button", class: "tbt-button tbt-inst-action", title }, text);
    b.addEventListener("click", fn);
    return b;
  };
  const clearBtn = btn("Clear", "Empty the selection", () => setInstances([], store));
  const invertBtn = btn("Invert", "Select every other probe instance", () => {
    const d = primary(st.get())?.shown;
    if (d) setInstances(invertSelection(store.get().instances, d.coords.length), store);
  });
  const wrongBtn = btn("Only mispredicted", "Keep only the selected instances mispredicted at this step", () => {
    const d = primary(st.get())?.shown;
    if (!d?.label || !d.prediction) return;
    setInstances([...store.get().instances].filter((i) => d.prediction![i] !== null && d.prediction![i] !== d.label![i]), store);
  });
  panel.controls.append(clearBtn, invertBtn, wrongBtn);
  const summary = el("div", { class: "tbt-inst-sel-summary", role: "status" });
  const counts = el("table", { class: "tbt-inst-counts" });
  const thumbs = el("div", { class: "tbt-inst-thumbs", role: "list", "aria-label": "Selected instances" });
  panel.body.append(summary, counts, thumbs);

  function render(): void {
    const r = primary(st.get());
    const d = r?.shown;
    const sel = store.get();
    const ids = [...sel.instances].sort((a, b) => a - b).filter((i) => !d || i < d.coords.length);
    panel.root.dataset.count = String(ids.length);
    [clearBtn, invertBtn, wrongBtn].forEach((b) => (b.disabled = !d));
    if (!r || !d) {
      panel.setState("empty", "No instances shown yet.");
      return;
    }
    panel.setState("ready");
    const names = classNames(r.info, d);
    const doms = domainNames(r.info);
    const hl = highlightedClasses(sel.class, sel.instances, d);
    clear(summary);
    clear(counts);
    clear(thumbs);
    if (!ids.length) {
      summary.textContent = "Nothing selected. Use Lasso or Box on the scatter, brush the domain-confusion histogram, or click a group of prediction flips.";
      panel.setExports({});
      return;
    }
    const wrong = d.label && d.prediction ? ids.filter((i) => d.prediction![i] !== null && d.prediction![i] !== d.label![i]).length : 0;
    summary.textContent = `${ids.length} selected (${r.run}, step ${d.step}) · ${wrong} mispredicted`;
    const table = selectionCounts(d, ids, names.length);
    counts.appendChild(el("tr", null, el("th", null, "class"), el("th", null, doms[0]), el("th", null, doms[1])));
    table.forEach((row, c) => {
      if (row[0] + row[1] === 0) return;
      counts.appendChild(el("tr", null, el("td", null, classChip(c, names, sel.theme, hl)), el("td", null, String(row[0])), el("td", null, String(row[1]))));
    });
    for (const i of ids.slice(0, MAX_THUMBS)) {
      const item = el(
        "div",
        { class: "tbt-inst-thumb-item", role: "listitem", "data-id": i, title: `#${i} · ${d.domain ? doms[d.domain[i]] : ""}` },
        thumbnailCanvas(api, r.run, r.info, i, 48),
        el("div", { class: "tbt-inst-thumb-caption" }, classChip(d.label?.[i], names, sel.theme, hl), el("span", { class: "tbt-muted" }, "→"), classChip(d.prediction?.[i], names, sel.theme, hl)),
      );
      item.addEventListener("mouseenter", () => st.set({ hovered: i }));
      item.addEventListener("mouseleave", () => st.set({ hovered: null }));
      thumbs.appendChild(item);
    }
    if (ids.length > MAX_THUMBS) thumbs.appendChild(el("div", { class: "tbt-muted tbt-small" }, `and ${ids.length - MAX_THUMBS} more (all in the CSV)`));
    panel.setExports({ csv: () => ({ rows: selectionCsv(d, ids, { classes: names, domains: doms }), name: `selection-${r.run}-step${d.step}` }) });
  }

  return instanceLoop(ctx, () => render(), (s) => [s.instances, s.theme, s.class]);
}

registerPanel({
  id: "instance-selection",
  section: "instance",
  title: "Selected instances",
  info: "The instances selected anywhere in the tab (the same probe instances at every step, layer and run): thumbnails with label → prediction, counts per class and domain. CSV: instance, dataset index, domain, label, prediction and the shown coordinates.",
  span: 4,
  order: 20,
  mount,
});
