// Glance cards: per selected run, the model, classes, layers and step, the source → target domains, and the
// transferability score, target and source accuracy at the selected step.

import { clear, el } from "../dom";
import { registerPanel } from "../panels";
import { directReuseBaseline, pct, performanceSeries, pp, transferabilitySeries } from "../transforms";
import type { View } from "../view";
import { runTitle, SPLIT_LABEL, statPanel, TRANSFERABILITY_DEFINITION } from "./level";

function kpi(label: string, value: string, cls: string, title: string, sub?: string): HTMLElement {
  return el(
    "div",
    { class: "tbt-kpi", title },
    el("div", { class: "tbt-kpi-label" }, label),
    el("div", { class: `tbt-kpi-value ${cls}`.trim() }, value),
    sub ? el("div", { class: "tbt-kpi-sub" }, sub) : null,
  );
}

/** The cards of the view's runs. */
function glanceCards(v: View): HTMLElement {
  const cards = el("div", { class: "tbt-cards" });
  for (const r of v.runs) {
    const info = r.info;
    const baseline = directReuseBaseline(r.stats);
    const valSplit = baseline?.split ?? "target_val";
    const acc = r.t >= 0 ? performanceSeries(r.stats, valSplit, "accuracy")[r.t]?.y ?? null : null;
    const src = performanceSeries(r.stats, "source", "accuracy");
    const srcNow = r.t >= 0 ? src[r.t]?.y ?? null : null;
    const src0 = src[0]?.y ?? null;
    const tr = r.t >= 0 ? transferabilitySeries(r.stats)[r.t]?.y ?? null : null;
    const dn = info?.domain_names ?? {};
    const probe = info?.probe;
    const card = el(
      "article",
      { class: "tbt-card", "data-run": "" },
      runTitle(r.run, r.color),
      el(
        "div",
        { class: "tbt-card-meta" },
        `${info?.model ?? "model"} · ${r.stats.class_names.length} classes · ${r.stats.layer_stats.layers.length} layers · step ${r.step ?? "–"} of ${r.stats.steps[r.stats.steps.length - 1] ?? "–"}`,
      ),
      el(
        "div",
        { class: "tbt-card-domains" },
        el("span", { class: "tbt-dom tbt-dom-source" }, `${dn.source ?? "source"}${probe ? ` (${probe.source})` : ""}`),
        el("span", { class: "tbt-arrow", "aria-hidden": "true" }, " → "),
        el("span", { class: "tbt-dom tbt-dom-target" }, `${dn.target ?? "target"}${probe ? ` (${probe.target})` : ""}`),
      ),
      el(
        "div",
        { class: "tbt-kpis" },
        kpi("Transferability", pp(tr), tr === null ? "" : tr >= 0 ? "tbt-good" : "tbt-bad", TRANSFERABILITY_DEFINITION),
        kpi(
          valSplit === "target_val" ? "Target val acc." : "Target acc.",
          pct(acc),
          "",
          `Accuracy of the model at step ${r.step ?? "–"} on ${SPLIT_LABEL[valSplit]}; direct reuse of the pretrained model: ${pct(baseline?.value ?? null)}`,
          baseline ? `reuse ${pct(baseline.value)}` : undefined,
        ),
        kpi(
          "Source acc.",
          pct(srcNow),
          srcNow !== null && src0 !== null && srcNow < src0 - 0.05 ? "tbt-bad" : "",
          "Accuracy on the source probe: a drop from the pretrained model's means forgetting.",
          src0 !== null ? `pretrained ${pct(src0)}` : undefined,
        ),
      ),
    );
    card.style.borderTopColor = r.color;
    cards.appendChild(card);
  }
  return cards;
}

registerPanel({
  id: "stat-summary",
  section: "statistical",
  title: "Runs at a glance",
  span: 12,
  order: 10,
  mount(ctx) {
    return statPanel(ctx, {
      key: () => "",
      draw(v) {
        clear(ctx.panel.body);
        ctx.panel.body.appendChild(glanceCards(v));
      },
    });
  },
});
