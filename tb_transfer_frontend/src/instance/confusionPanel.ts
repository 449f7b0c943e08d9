// Domain confusion (the reference system's disabled "A-distance" view, made real): stacked histograms of each
// probe instance's out-of-fold P(target | features) — source and target stacked per bin — for the selected class
// (or all), with a brush that selects the instances in a range of P(target).

import { axisBottom, axisLeft, brushX, scaleLinear, select } from "d3";
import { clear, el, svgEl } from "../dom";
import { registerPanel, type PanelContext } from "../panels";
import { setInstances } from "../store";
import { classNames, instanceLoop } from "./common";
import { DOMAIN_MARK, inPTargetRange, pTargetHistogram } from "./model";
import { instanceState, primary } from "./state";

const BINS = 20;

function mount(ctx: PanelContext) {
  const { panel, store } = ctx;
  const st = instanceState;
  const host = el("div", { class: "tbt-inst-hist" });
  const note = el("div", { class: "tbt-muted tbt-small" });
  panel.body.append(host, note);
  let svg: SVGSVGElement | null = null;

  function render(contentWidth: number): void {
    const r = primary(st.get());
    const d = r?.shown;
    const sel = store.get();
    if (!r || !d) {
      panel.setState("empty", "No instances shown yet.");
      return;
    }
    if (!d.p_target || !d.domain) {
      panel.setState("empty", "No per-instance P(target) at this step.");
      return;
    }
    panel.setState("ready");
    const cls = sel.class;
    const members = cls === null || !d.label ? null : (i: number) => d.label![i] === cls;
    const h = pTargetHistogram(d, members, BINS);
    const width = Math.max(260, contentWidth || panel.body.clientWidth || 360);
    const height = 210;
    const m = { l: 38, r: 8, t: 10, b: 34 };
    const x = scaleLinear().domain([0, 1]).range([m.l, width - m.r]);
    const maxCount = Math.max(1, ...h.counts[0].map((c, i) => c + h.counts[1][i]));
    const y = scaleLinear().domain([0, maxCount]).nice().range([height - m.b, m.t]);
    clear(host);
    svg = svgEl("svg", { class: "tbt-chart", width, height, viewBox: `0 0 ${width} ${height}`, "data-total": h.counts[0].reduce((a, b) => a + b, 0) + h.counts[1].reduce((a, b) => a + b, 0) });
    host.appendChild(svg);
    const g = select(svg);
    const th = sel.theme;
    for (let b = 0; b < BINS; b++) {
      let base = 0;
      for (const dom of [0, 1] as const) {
        const c = h.counts[dom][b];
        if (!c) continue;
        g.append("rect")
          .attr("class", `tbt-inst-bar tbt-inst-bar-${dom ? "target" : "source"}`)
          .attr("x", x(h.edges[b]) + 0.5)
          .attr("width", Math.max(0, x(h.edges[b + 1]) - x(h.edges[b]) - 1))
          .attr("y", y(base + c))
          .attr("height", y(base) - y(base + c))
          .attr("fill", DOMAIN_MARK[th][dom])
          .append("title")
          .text(`${dom ? "target" : "source"}: ${c} with P(target) in [${h.edges[b].toFixed(2)}, ${h.edges[b + 1].toFixed(2)})`);
        base += c;
      }
    }
    g.append("g").attr("class", "tbt-axis").attr("transform", `translate(0,${height - m.b})`).call(axisBottom(x).ticks(5));
    g.append("g").attr("class", "tbt-axis").attr("transform", `translate(${m.l},0)`).call(axisLeft(y).ticks(4));
    g.append("text").attr("class", "tbt-axis-title").attr("x", (m.l + width - m.r) / 2).attr("y", height - 4).attr("text-anchor", "middle").text("P(target | features): source-like ← → target-like");
    const brush = brushX<unknown>()
      .extent([[m.l, m.t], [width - m.r, height - m.b]])
      .on("end", (ev: { selection: [number, number] | null; sourceEvent?: Event }) => {
        if (!ev.sourceEvent || !ev.selection) return;
        const [lo, hi] = ev.selection.map((v) => x.invert(v));
        setInstances(inPTargetRange(d, lo, hi, members), store);
      });
    g.append("g").attr("class", "tbt-inst-brush").call(brush);
    const names = classNames(r.info, d);
    note.textContent = `${r.run}, ${r.layer}, step ${d.step} · ${cls === null ? "all classes" : `class ${names[cls] ?? cls}`} · brush a range to select those instances. Out-of-fold domain-classifier probability; 0.5 = the domains are confused.`;
    panel.setExports({ figure: () => (svg ? { svg, name: `domain-confusion-${r.run}` } : null) });
  }

  return instanceLoop(ctx, render, (s) => [s.class, s.theme]);
}

registerPanel({
  id: "instance-confusion",
  section: "instance",
  title: "Domain confusion",
  info: "Per-instance out-of-fold P(target | features) of a domain classifier at this layer and step, source and target stacked, for the selected class (or all). Mass near 0 and 1 means the layer tells the domains apart; mass near 0.5 means it confuses them. Brush a range to select those instances.",
  span: 4,
  order: 30,
  mount,
});
