// The detail of a clicked neuron or cell of the matching matrices: a neuron's 5 most similar channels in the other
// model with their distances (`/structure`), its filter drift and cosine to the pretrained filter (`/layer`, the
// `filter_drift` record) and its top-activating probe images of the class per domain (the feature level's `/channel`);
// a cell shows both of its neurons side by side with their distance.

import type { ApiClient } from "../api";
import { layerRecord } from "../data";
import { clear, el } from "../dom";
import { thumbnailCanvas } from "../instance/thumbs";
import { registerPanel, type PanelContext } from "../panels";
import { setNeuron, stepForRun } from "../store";
import { fmt } from "../transforms";
import type { ChannelDetail, Domain, NeuronRef, RunInfo } from "../types";
import { layerStep, readyStructure } from "./data";
import type { Model } from "./model";
import { structureState, type NeuronDetail } from "./state";

export const TOP_IMAGES = 4;

/** Per domain, the probe instances of the class that activate the channel most in `model` (from `/channel`). */
export function topImages(c: ChannelDetail, model: Model): { domain: Domain; id: number; value: number | null }[] {
  const out: { domain: Domain; id: number; value: number | null }[] = [];
  for (const domain of ["source", "target"] as const) {
    const t = c.top[model]?.[domain];
    t?.instances.forEach((id, i) => out.push({ domain, id, value: t.activations[i] ?? null }));
  }
  return out;
}

/** A neuron's top matches in the other model: channel ids and distances (from the layer's `/structure`). */
export function matchesOf(s: { important: number[][]; matches_pretrained: number[][]; matches_current: number[][]; match_distance_pretrained?: (number | null)[][] | null; match_distance_current?: (number | null)[][] | null }, model: Model, channel: number): { channel: number; distance: number | null }[] | null {
  const m = model === "pretrained" ? 0 : 1;
  const row = s.important[m]?.indexOf(channel) ?? -1;
  if (row < 0) return null;
  const ids = (m === 0 ? s.matches_pretrained : s.matches_current)[row] ?? [];
  const ds = (m === 0 ? s.match_distance_pretrained : s.match_distance_current)?.[row] ?? [];
  return ids.map((c, i) => ({ channel: c, distance: ds[i] ?? null }));
}

function mount(ctx: PanelContext) {
  const { panel, store, api } = ctx;
  panel.root.classList.add("tbt-st-detail-panel"); // sticky beside the matrices, so a click's detail is in view
  let token = 0;
  const channels = new Map<string, Promise<ChannelDetail>>();
  const channelOf = (run: string, layer: string, step: number | null, channel: number, cls: number) => {
    const k = JSON.stringify([run, layer, step, channel, cls]);
    if (!channels.has(k)) channels.set(k, api.channel(run, layer, step, channel, { class: cls }, TOP_IMAGES));
    return channels.get(k)!;
  };

  async function neuronColumn(n: NeuronDetail, info: RunInfo | null, step: number | null, cls: number, mine: number): Promise<HTMLElement | null> {
    const col = el("div", { class: "tbt-st-detail-col", "data-model": n.model, "data-channel": n.channel, "data-layer": n.layer });
    const other: Model = n.model === "pretrained" ? "current" : "pretrained";
    col.appendChild(el("div", { class: `tbt-st-detail-head tbt-st-${n.model}` }, `${n.model === "pretrained" ? "Pretrained" : "Current"} model · ${n.layer} · channel ${n.channel}`));
    const s = readyStructure(n.run, n.layer, step, cls);
    const matches = s ? matchesOf(s, n.model, n.channel) : null;
    if (matches) {
      const rank = s!.important[n.model === "pretrained" ? 0 : 1].indexOf(n.channel);
      col.appendChild(el("div", { class: "tbt-muted tbt-small" }, `Rank ${rank + 1} among the class's important channels`));
      const list = el("ol", { class: "tbt-st-matches", "aria-label": `Most similar channels in the ${other} model` });
      for (const mt of matches) {
        const b = el("button", { type: "button", class: "tbt-linkish", "data-channel": mt.channel }, `channel ${mt.channel}`);
        b.addEventListener("click", () => {
          setNeuron({ layer: n.layer, channel: mt.channel }, store);
          structureState.set({ detail: { ...n, model: other, channel: mt.channel } });
        });
        list.appendChild(el("li", { "data-channel": mt.channel, "data-distance": mt.distance ?? "" }, b, ` d = ${fmt(mt.distance, 3)}`));
      }
      col.append(el("div", { class: "tbt-small" }, `5 most similar channels in the ${other} model:`), list);
    } else {
      col.appendChild(el("div", { class: "tbt-muted tbt-small" }, "Not among this layer's important channels for the class (draw the layer to see its matches)."));
    }
    try {
      const at = await layerRecord(ctx, n.run, n.layer, step);
      if (mine !== token) return null;
      const dv = at.values("drift")[n.channel] ?? null;
      const cv = at.values("cosine")[n.channel] ?? null;
      col.appendChild(el("div", { class: "tbt-small tbt-st-drift", "data-drift": dv ?? "", "data-cosine": cv ?? "" }, `Filter drift ‖W − W₀‖/‖W₀‖ = ${fmt(dv, 3)}, cosine to the pretrained filter = ${fmt(cv, 3)} (step ${at.step ?? "–"})`));
    } catch (err) {
      col.appendChild(el("div", { class: "tbt-muted tbt-small" }, `No filter drift: ${(err as Error).message}`));
    }
    try {
      const c = await channelOf(n.run, n.layer, layerStep(n.run, n.layer, step) ?? step, n.channel, cls);
      if (mine !== token) return null;
      const top = topImages(c, n.model);
      const row = el("div", { class: "tbt-st-thumbs", "aria-label": "Top-activating probe images" });
      for (const t of top) row.appendChild(el("figure", { class: "tbt-st-thumb", "data-id": t.id, "data-domain": t.domain }, thumbnailCanvas(api as ApiClient, n.run, info, t.id, 40), el("figcaption", { class: `tbt-small tbt-st-${t.domain}` }, `${t.domain === "source" ? "S" : "T"} ${fmt(t.value, 2)}`)));
      col.append(el("div", { class: "tbt-small" }, top.length ? `Top-activating probe images of the class per domain (${n.model} model; S = source, T = target):` : "No probe instances of the class."), row);
    } catch (err) {
      col.appendChild(el("div", { class: "tbt-muted tbt-small" }, `No top-activating images: ${(err as Error).message}`));
    }
    return col;
  }

  async function refresh(): Promise<void> {
    const mine = ++token;
    const d = structureState.get().detail;
    const sel = store.get();
    if (!d || sel.class === null) {
      clear(panel.body);
      panel.setState("empty", d ? `Channels are matched per class, so “All classes” has no matching: choose a class in the header to see channel ${d.kind === "neuron" ? d.channel : d.current} of ${d.layer} matched for it.`
        : "Click a channel id or a cell of a matching matrix (or a channel in the feature level).");
      return;
    }
    const entry = ctx.data.get().runs.find((r) => r.run === d.run);
    const stats = ctx.data.get().stats.get(d.run);
    const steps = stats?.status === "ready" && stats.data ? stats.data.steps : entry?.steps ?? [];
    const step = stepForRun(steps, sel.step);
    const info = entry?.info ?? null;
    panel.setState("ready");
    const cols: NeuronDetail[] = d.kind === "neuron" ? [d] : [
      { kind: "neuron", run: d.run, layer: d.layer, model: "pretrained", channel: d.pretrained },
      { kind: "neuron", run: d.run, layer: d.layer, model: "current", channel: d.current },
    ];
    const built = await Promise.all(cols.map((n) => neuronColumn(n, info, step, sel.class!, mine)));
    if (mine !== token || built.some((b) => b === null)) return;
    clear(panel.body);
    const head = el("div", { class: "tbt-small tbt-muted" }, `${d.run} · ${d.layer} · class ${info?.class_names?.[sel.class] ?? sel.class}${d.kind === "cell" ? ` · distance ${fmt(d.distance, 3)}` : ""}`);
    const close = el("button", { type: "button", class: "tbt-button" }, "Close");
    close.addEventListener("click", () => structureState.set({ detail: null }));
    panel.body.append(el("div", { class: "tbt-st-detail", "data-kind": d.kind }, head, el("div", { class: "tbt-st-detail-cols" }, ...(built as HTMLElement[])), close));
  }

  // A channel chosen in another view (the feature level's lists, the slope chart) opens here too: the current model's
  // neuron in the first selected run.
  const follow = (n: NeuronRef | null) => {
    const d = structureState.get().detail;
    const run = store.get().runs[0];
    if (!n || !run || (d && d.layer === n.layer && (d.kind === "neuron" ? d.channel === n.channel : d.current === n.channel))) return;
    structureState.set({ detail: { kind: "neuron", run, layer: n.layer, model: "current", channel: n.channel } });
  };
  const offs = [
    store.subscribe((s) => s.neuron, follow),
    structureState.subscribe((s) => [s.detail], () => void refresh()),
    store.subscribe((s) => [s.class, s.step, s.theme], () => void refresh()),
    ctx.data.subscribe((d) => [d.version], () => void refresh()), // a reload: the drift is fetched again
  ];
  void refresh();
  return { destroy: () => offs.forEach((f) => f()) };
}

registerPanel({
  id: "structure-detail",
  section: "structure",
  title: "Neuron detail",
  info: "For a clicked channel id: its 5 most similar channels in the other model with distances, its filter drift and cosine to the pretrained filter, and the class's probe images that activate it most. For a clicked cell: both neurons side by side.",
  span: 4,
  order: 20,
  mount,
});
