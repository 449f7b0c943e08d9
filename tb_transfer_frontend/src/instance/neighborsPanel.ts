// Nearest neighbours across domains: for the instance clicked in the scatter, its 8 nearest probe instances of
// the other domain in the layer's embedding at that step (`/neighbors`), as thumbnails with labels and distances;
// the scatter draws lines to them.

import { clear, el } from "../dom";
import { registerPanel, type PanelContext } from "../panels";
import { setInstances } from "../store";
import { classChip, classNames, domainNames, fmt, highlightedClasses } from "./common";
import { instanceState, loaderFor } from "./state";
import { thumbnailCanvas } from "./thumbs";

export const NEIGHBORS = 8;

function mount(ctx: PanelContext) {
  const { panel, store, api, data } = ctx;
  const detach = loaderFor(api, store, data).attach();
  const st = instanceState;
  let token = 0;

  async function refresh(): Promise<void> {
    const s = st.get();
    const mine = ++token;
    const focus = s.focus;
    const r = focus ? s.runs.find((x) => x.run === focus.run) : undefined;
    const d = r?.shown;
    if (!focus || !r || !d) {
      if (s.neighbors) st.set({ neighbors: null });
      panel.setState("empty", "Click an instance in the scatter to see its nearest neighbours in the other domain.");
      return;
    }
    panel.setState("loading", "Finding neighbours…");
    try {
      const nb = await api.neighbors(r.run, r.layer, d.step, focus.id, NEIGHBORS);
      if (mine !== token) return;
      st.set({ neighbors: { run: r.run, id: focus.id, ids: nb.neighbors, distances: nb.distances } });
      draw();
    } catch (err) {
      if (mine !== token) return;
      st.set({ neighbors: null });
      panel.setState("error", (err as Error).message);
    }
  }

  function draw(): void {
    const s = st.get();
    const nb = s.neighbors;
    const r = nb ? s.runs.find((x) => x.run === nb.run) : undefined;
    const d = r?.shown;
    if (!nb || !r || !d) return;
    panel.setState("ready");
    clear(panel.body);
    const sel = store.get();
    const names = classNames(r.info, d);
    const doms = domainNames(r.info);
    const hl = highlightedClasses(sel.class, sel.instances, d);
    const dom = d.domain?.[nb.id] ?? 0;
    const focusItem = el("div", { class: "tbt-inst-nn-focus", "data-id": nb.id },
      thumbnailCanvas(api, r.run, r.info, nb.id, 64),
      el("div", null, el("div", null, `#${nb.id} · ${doms[dom]}`), classChip(d.label?.[nb.id], names, sel.theme, hl), el("div", { class: "tbt-muted tbt-small" }, `${r.run}, ${r.layer}, step ${d.step}`)));
    const list = el("div", { class: "tbt-inst-thumbs tbt-inst-nn-list", role: "list" });
    nb.ids.forEach((j, k) => {
      const item = el("div", { class: "tbt-inst-thumb-item", role: "listitem", "data-id": j },
        thumbnailCanvas(api, r.run, r.info, j, 48),
        el("div", { class: "tbt-inst-thumb-caption" }, classChip(d.label?.[j], names, sel.theme, hl)),
        el("div", { class: "tbt-muted tbt-small" }, `d = ${fmt(nb.distances[k], 2)}`));
      item.addEventListener("mouseenter", () => st.set({ hovered: j }));
      item.addEventListener("mouseleave", () => st.set({ hovered: null }));
      list.appendChild(item);
    });
    const selectBtn = el("button", { type: "button", class: "tbt-button" }, "Select these");
    selectBtn.addEventListener("click", () => setInstances([nb.id, ...nb.ids], store));
    panel.body.append(focusItem, el("div", { class: "tbt-muted tbt-small" }, `${nb.ids.length} nearest ${doms[dom ? 0 : 1]} instances (Euclidean distance in the layer's embedding)`), list, selectBtn);
  }

  const offs = [
    st.subscribe(
      (s) => `${s.focus ? `${s.focus.run}\u0000${s.focus.id}` : ""}|${s.runs.map((r) => (r.shown ? `${r.run}\u0000${r.layer}\u0000${r.shown.step}` : "")).join("|")}`,
      () => void refresh(),
    ),
    store.subscribe((s) => [s.theme], () => draw()),
  ];
  void refresh();
  return {
    destroy() {
      offs.forEach((f) => f());
      detach();
    },
  };
}

registerPanel({
  id: "instance-neighbors",
  section: "instance",
  title: "Nearest neighbours across domains",
  info: "The 8 probe instances of the other domain nearest to the clicked instance, in the layer's feature space at that step; lines in the scatter point to them.",
  span: 4,
  order: 50,
  mount,
});
