// What a channel detects (probe-set feature visualisation, no image synthesis): for the selected channel (the store's
// `neuron`, set by clicking a row of the ranked lists, an arrow of the projection or a point of importance ×
// discriminativeness), the 9 probe images of each domain that activate it most, in the pretrained and in the current
// model, each with its activation. Over the whole probe set (what the channel responds to, whatever the group);
// for each selected run (up to four), at its step.

import { clear, el } from "../dom";
import { thumbnailCanvas } from "../instance/thumbs";
import { renderLoop } from "../loop";
import { registerPanel, type PanelContext } from "../panels";
import type { ChannelDetail, Domain, ModelName, NeuronRef, RunInfo } from "../types";
import { oid, type View } from "../view";
import { channelFor } from "./answers";
import { injectFeaturePlotStyles } from "./plotStyle";

const MAX_RUNS = 4;
const MODELS: readonly ModelName[] = ["pretrained", "current"];
const DOMAINS: readonly Domain[] = ["source", "target"];

interface Entry {
  key: string;
  status: "loading" | "ready" | "error";
  answer?: ChannelDetail;
  error?: string;
}

function mount(ctx: PanelContext) {
  const { panel, api } = ctx;
  const entries = new Map<string, Entry>();
  const box = el("div", { class: "tbt-fd-runs" });
  let drawnKey = "";
  panel.body.append(box);

  function ask(run: string, neuron: NeuronRef, step: number | null): Entry {
    const key = [neuron.layer, neuron.channel, step].join("\u0000");
    const old = entries.get(run);
    if (old?.key === key) return old;
    const e: Entry = { key, status: "loading" };
    entries.set(run, e);
    channelFor(api, run, neuron.layer, step, neuron.channel).then(
      (a) => {
        if (entries.get(run) !== e) return;
        e.status = "ready";
        e.answer = a;
        loop.schedule();
      },
      (err) => {
        if (entries.get(run) !== e) return;
        e.status = "error";
        e.error = (err as Error)?.message ?? String(err);
        loop.schedule();
      },
    );
    return e;
  }

  function draw(v: View): void {
    const neuron = v.sel.neuron;
    if (!v.runs.length) return panel.setState(v.loading.length ? "loading" : "empty", v.loading.length ? "Loading runs…" : "Select a run.");
    if (!neuron) {
      panel.setTitle("What a channel detects");
      delete panel.root.dataset.channel;
      return panel.setState("empty", "Click a channel (a row of the ranked lists, an arrow of the domain-discrimination plot, or a point of importance × discriminativeness) to see the probe images that activate it most.");
    }
    const runs = v.runs.slice(0, MAX_RUNS);
    const got = runs.map((r) => ({ r, e: ask(r.run, neuron, v.sel.step === null ? null : r.step) }));
    panel.setTitle(`What channel ${neuron.channel} of ${neuron.layer} detects`);
    panel.root.dataset.layer = neuron.layer;
    panel.root.dataset.channel = String(neuron.channel);
    if (got.every((g) => g.e.status === "loading")) return panel.setState("loading", "Loading the channel's activations…");
    const key = [v.theme, ...got.map(({ r, e }) => `${r.run}:${e.status}:${e.key}:${oid(e.answer)}:${oid(r.info)}`)].join("|");
    if (key === drawnKey && panel.root.dataset.state === "ready") return;
    drawnKey = key;
    panel.setState("ready");
    clear(box);
    for (const { r, e } of got) {
      const swatch = el("span", { class: "tbt-fp-swatch" });
      swatch.style.background = r.color;
      const head = el("div", { class: "tbt-fp-run-head" }, swatch, el("span", { class: "tbt-fp-run-name" }, r.run));
      const block = el("div", { class: "tbt-fd-run", "data-run": r.run }, head);
      if (e.status !== "ready" || !e.answer) {
        block.appendChild(el("div", { class: `tbt-fp-status${e.status === "error" ? " tbt-fp-error" : ""}`, role: "status" }, e.status === "error" ? e.error ?? "" : "Loading…"));
      } else {
        head.appendChild(el("span", { class: "tbt-muted" }, `step ${e.answer.step}`));
        block.appendChild(topGrid(r.run, r.info, e.answer));
      }
      box.appendChild(block);
    }
  }

  function topGrid(run: string, info: RunInfo | null, a: ChannelDetail): HTMLElement {
    const grid = el("div", { class: "tbt-fd-grid" });
    const names = { source: info?.domain_names?.source || "source", target: info?.domain_names?.target || "target" };
    for (const m of MODELS)
      for (const d of DOMAINS) {
        const t = a.top[m][d];
        const thumbs = el("div", { class: "tbt-fd-thumbs" });
        t.instances.forEach((id, i) => {
          const act = t.activations[i];
          const item = el("div", { class: "tbt-fd-item", "data-id": id, title: `Instance #${id}: activation ${act === null ? "—" : act}` },
            thumbnailCanvas(api, run, info, id, 44, "tbt-inst-thumb"), act === null ? "—" : formatAct(act));
          thumbs.appendChild(item);
        });
        if (!t.instances.length) thumbs.appendChild(el("span", { class: "tbt-muted" }, "no instances"));
        const title = `${m === "pretrained" ? "Pretrained" : "Current"} · ${names[d]}`;
        grid.appendChild(el("div", { class: "tbt-fd-group", "data-model": m, "data-domain": d }, el("h4", null, title), thumbs));
      }
    return grid;
  }

  const loop = renderLoop(ctx, (v) => draw(v), { watch: (s) => [s.runs, s.step, s.neuron, s.theme] });
  return { destroy: loop.destroy };
}

function formatAct(v: number): string {
  const a = Math.abs(v);
  return a >= 100 ? v.toFixed(0) : a >= 10 ? v.toFixed(1) : v.toFixed(2);
}

if (typeof document !== "undefined") injectFeaturePlotStyles(document);

registerPanel({
  id: "feature-detects",
  section: "feature",
  title: "What a channel detects",
  info:
    "The 9 probe images of each domain that activate the selected channel most (its pooled activation, written under each image), in the pretrained model and in the current one: what the channel responds to, read off the probe set (no image synthesis). Over the whole probe set, at each run's step.",
  span: 12,
  order: 60,
  mount,
});
