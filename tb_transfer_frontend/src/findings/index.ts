// The Findings panel, at the top of the tab: for each selected run at the selected step, what went wrong in the
// transfer, one sentence per finding with its severity, numbers, rule and threshold, and a link that selects the
// evidence (run, step, layer, class) and scrolls to the view that shows it. Rules: docs/findings.md; data: /findings.
// Redraws when the runs or the step change and when a reload brings new data (data.version).

import { ApiError } from "../api";
import { swatch } from "../charts/legend";
import { clear, el } from "../dom";
import { registerPanel, type PanelContext, type PanelInstance } from "../panels";
import { formatNumber, summaryLine } from "./format";
import { revealEvidence, selectEvidence } from "./link";
import type { Finding, FindingsResponse, RunFindings } from "./types";

const SEVERITY_TEXT = { problem: "Problem", warning: "Warning", note: "Note" } as const;

export const FINDINGS_CSS = `
.tbt-findings { display: flex; flex-direction: column; gap: 14px; }
.tbt-findings-run-head { display: flex; align-items: center; gap: 8px; margin: 0 0 6px; font-size: 13px; font-weight: 500; }
.tbt-findings-run-head .tbt-run-name { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; max-width: 50%; }
.tbt-findings-list { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 6px; }
.tbt-finding { display: grid; grid-template-columns: 88px 1fr auto; gap: 4px 12px; align-items: start; padding: 7px 10px;
  border: 1px solid var(--tbt-border); border-left: 4px solid var(--tbt-sev); border-radius: 4px; background: var(--tbt-panel-2); }
.tbt-finding { --tbt-sev: var(--tbt-faint); }
.tbt-finding.tbt-sev-problem { --tbt-sev: var(--tbt-bad); }
.tbt-finding.tbt-sev-warning { --tbt-sev: #b06000; }
html.tbt-dark .tbt-finding.tbt-sev-warning { --tbt-sev: #fdd663; }
.tbt-finding.tbt-sev-note { --tbt-sev: var(--tbt-target); }
.tbt-finding.tbt-undecided { --tbt-sev: var(--tbt-faint); border-left-style: dashed; }
.tbt-finding-badge { font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: .5px; color: var(--tbt-sev); padding-top: 1px; }
.tbt-finding.tbt-undecided .tbt-finding-badge { color: var(--tbt-muted); }
.tbt-finding-sentence { margin: 0; }
.tbt-finding-numbers { margin: 2px 0 0; font-size: 12px; color: var(--tbt-fg); font-variant-numeric: tabular-nums; }
.tbt-finding-numbers .tbt-num-label { color: var(--tbt-muted); }
.tbt-finding-rule { margin: 2px 0 0; font-size: 11px; color: var(--tbt-muted); }
.tbt-finding-link { align-self: center; height: 26px; border: 1px solid var(--tbt-border); border-radius: 4px; background: var(--tbt-panel);
  color: var(--tbt-accent); padding: 0 10px; cursor: pointer; white-space: nowrap; font-size: 12px; }
.tbt-finding-link:hover { border-color: var(--tbt-accent); }
.tbt-findings-clear { margin-top: 6px; font-size: 12px; color: var(--tbt-muted); }
.tbt-findings-clear summary { cursor: pointer; }
.tbt-findings-clear ul { margin: 4px 0 0; padding-left: 18px; }
.tbt-findings-clear .tbt-clear-title { color: var(--tbt-fg); }
.tbt-findings-compared h4 { margin: 0 0 6px; font-size: 13px; font-weight: 500; }
@keyframes tbt-evidence-flash { from { box-shadow: 0 0 0 3px var(--tbt-accent); } to { box-shadow: 0 0 0 3px transparent; } }
.tbt-evidence { animation: tbt-evidence-flash 1.6s ease-out 1; }
`;

function injectFindingsStyles(doc: Document): void {
  if (doc.querySelector("style[data-tb-transfer-findings]")) return;
  const style = doc.createElement("style");
  style.setAttribute("data-tb-transfer-findings", "");
  style.textContent = FINDINGS_CSS;
  doc.head.appendChild(style);
}

function findingItem(f: Finding, onLink: (f: Finding) => void): HTMLLIElement {
  const undecided = f.status === "undecided";
  const li = el("li", {
    class: `tbt-finding tbt-sev-${f.severity}${undecided ? " tbt-undecided" : ""}`,
    "data-rule": f.rule,
    "data-status": f.status,
    "data-severity": f.severity,
  });
  const badge = el("span", { class: "tbt-finding-badge" }, undecided ? "Undecided" : SEVERITY_TEXT[f.severity]);
  const main = el("div", { class: "tbt-finding-main" }, el("p", { class: "tbt-finding-sentence" }, f.sentence));
  if (f.numbers.length) {
    const nums = el("p", { class: "tbt-finding-numbers" });
    f.numbers.forEach((n, i) => {
      if (i) nums.append(" · ");
      nums.append(el("span", { class: "tbt-num-label" }, `${n.label} `), el("span", { class: "tbt-num" }, formatNumber(n)));
    });
    main.append(nums);
  }
  main.append(el("p", { class: "tbt-finding-rule" }, `Rule: ${f.title} — ${f.threshold}.`));
  li.append(badge, main);
  if (f.link) {
    const what = [f.link.layer ? `layer ${f.link.layer}` : "", f.link.class !== null ? `class ${f.link.class}` : ""].filter(Boolean).join(", ");
    const button = el(
      "button",
      { type: "button", class: "tbt-finding-link", title: `Select ${f.link.run} at step ${f.link.step}${what ? `, ${what}` : ""} and show the evidence` },
      "Show evidence ›",
    );
    button.addEventListener("click", () => onLink(f));
    li.append(button);
  }
  return li;
}

function runBlock(r: RunFindings, color: string, onLink: (f: Finding) => void): HTMLElement {
  const block = el("div", { class: "tbt-findings-run", "data-run-step": r.step ?? "" });
  block.dataset.run = r.run; // a data attribute set as a property: the name stays a string, never markup
  if (r.error) {
    block.append(
      el("h4", { class: "tbt-findings-run-head" }, swatch({ color, marker: "square", markerOnly: true }), el("span", { class: "tbt-run-name" }, r.run)),
      el("p", { class: "tbt-error-message" }, `No findings: ${r.error}`),
    );
    return block;
  }
  const shown = r.findings.filter((f) => f.status !== "clear");
  const clearOnes = r.findings.filter((f) => f.status === "clear");
  block.append(
    el(
      "h4",
      { class: "tbt-findings-run-head" },
      swatch({ color, marker: "square", markerOnly: true }),
      el("span", { class: "tbt-run-name" }, r.run),
      el("span", { class: "tbt-muted" }, `at step ${r.step} — ${summaryLine(r.findings)}`),
    ),
  );
  if (shown.length) block.append(el("ul", { class: "tbt-findings-list" }, shown.map((f) => findingItem(f, onLink))));
  if (clearOnes.length) {
    const details = el("details", { class: "tbt-findings-clear" });
    details.append(
      el("summary", null, `${clearOnes.length} rule${clearOnes.length === 1 ? "" : "s"} checked with nothing found`),
      el("ul", null, clearOnes.map((f) => el("li", null, el("span", { class: "tbt-clear-title" }, `${f.title}: `), f.sentence))),
    );
    block.append(details);
  }
  return block;
}

export function mountFindings(ctx: PanelContext): PanelInstance {
  const { panel, store, data, api } = ctx;
  injectFindingsStyles(panel.root.ownerDocument);
  let ticket = 0;
  let controller: AbortController | null = null;
  let last: FindingsResponse | null = null;
  let stopFollowing = () => {};

  const follow = (f: Finding) => {
    if (!f.link) return;
    const link = f.link;
    const steps = data.get().runs.find((r) => r.run === link.run)?.steps ?? [];
    selectEvidence(link, store, steps);
    const doc = panel.root.ownerDocument;
    // After the views have redrawn for the new selection; again when data the selection asked for arrives (views
    // above the target may grow), for a few seconds unless the user scrolls meanwhile.
    requestAnimationFrame(() => requestAnimationFrame(() => revealEvidence(link, doc)));
    stopFollowing();
    const again = data.subscribe((d) => d.stats, () => requestAnimationFrame(() => revealEvidence(link, doc)));
    const win = doc.defaultView;
    const stop = () => stopFollowing();
    const timer = setTimeout(stop, 4000);
    win?.addEventListener("wheel", stop, { once: true, passive: true });
    win?.addEventListener("keydown", stop, { once: true });
    win?.addEventListener("touchmove", stop, { once: true, passive: true });
    stopFollowing = () => {
      again();
      clearTimeout(timer);
      win?.removeEventListener("wheel", stop);
      win?.removeEventListener("keydown", stop);
      win?.removeEventListener("touchmove", stop);
      stopFollowing = () => {};
    };
  };

  const draw = (resp: FindingsResponse) => {
    clear(panel.body);
    const root = el("div", { class: "tbt-findings" });
    for (const r of resp.runs) root.append(runBlock(r, ctx.runColor(r.run), follow));
    const compared = resp.compared.filter((f) => f.status !== "clear");
    if (compared.length) {
      root.append(
        el("div", { class: "tbt-findings-compared" }, el("h4", null, "Runs compared"), el("ul", { class: "tbt-findings-list" }, compared.map((f) => findingItem(f, follow)))),
      );
    }
    panel.body.append(root);
    panel.setState("ready");
    panel.root.dataset.rendered = "true";
  };

  const load = async () => {
    const my = ++ticket;
    controller?.abort();
    controller = typeof AbortController !== "undefined" ? new AbortController() : null;
    const known = new Set(data.get().runs.filter((r) => r.steps.length).map((r) => r.run));
    const runs = store.get().runs.filter((r) => known.has(r));
    panel.root.dataset.rendered = "false";
    if (data.get().status !== "ready") {
      panel.setState("loading");
      return;
    }
    if (!runs.length) {
      panel.setState("empty", "Select a run to see its findings.");
      panel.root.dataset.rendered = "true";
      return;
    }
    if (!last) panel.setState("loading", "Checking the rules…");
    try {
      const resp = await api.findings(runs, store.get().step, { signal: controller?.signal });
      if (my !== ticket) return;
      last = resp;
      draw(resp);
    } catch (err) {
      if (my !== ticket || (err as Error)?.name === "AbortError") return;
      panel.setState("error", err instanceof ApiError ? err.message : String((err as Error)?.message ?? err));
      panel.root.dataset.rendered = "true";
    }
  };

  panel.setExports({
    csv: () =>
      last && {
        name: "findings",
        rows: [
          ["run", "step", "rule", "status", "severity", "sentence", "threshold"],
          ...last.runs.flatMap((r) => r.findings.map((f) => [r.run, r.step, f.rule, f.status, f.severity, f.sentence, f.threshold])),
          ...last.compared.map((f) => ["", null, f.rule, f.status, f.severity, f.sentence, f.threshold]),
        ],
      },
  });
  const offs = [
    store.subscribe((s) => [s.runs, s.step], () => void load()),
    store.subscribe((s) => s.theme, () => {
      if (last) draw(last); // run colours follow the theme
    }),
    data.subscribe((d) => [d.status, d.version], () => void load()),
  ];
  void load();
  return {
    destroy() {
      ticket++;
      controller?.abort();
      stopFollowing();
      offs.forEach((o) => o());
    },
  };
}

export function registerFindings(): void {
  registerPanel({
    id: "findings",
    section: "findings",
    title: "Findings",
    info: "What went wrong in this transfer, for each selected run at the selected step: one sentence per finding, with the numbers behind it and the rule and threshold it applies (docs/findings.md). Undecided: a record the rule needs is missing. Show evidence selects the run, step, layer and class and scrolls to the view with the evidence.",
    span: 12,
    order: 0,
    mount: (ctx) => mountFindings(ctx),
  });
}

registerFindings();
