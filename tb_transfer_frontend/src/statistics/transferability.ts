// The transferability score per step (accuracy gained over reusing the pretrained model directly), with the
// headline value of each run at the selected step. Click to select a step.

import { clear, el } from "../dom";
import { swatch } from "../charts/legend";
import { lineChart, type LineSeries } from "../charts/lines";
import { Tooltip } from "../charts/tooltip";
import { DOMAIN_COLORS } from "../palette";
import { registerPanel } from "../panels";
import { setStep } from "../store";
import { differenceSeries, extent, hasValues, pp, transferabilitySeries } from "../transforms";
import type { View } from "../view";
import { statPanel, TRANSFERABILITY_DEFINITION } from "./level";

registerPanel({
  id: "stat-transferability",
  section: "statistical",
  title: "Transferability score",
  span: 4,
  order: 30,
  info: TRANSFERABILITY_DEFINITION,
  mount(ctx) {
    const { panel, store } = ctx;
    let svg: SVGSVGElement | null = null;
    panel.setExports({ figure: () => (svg ? { svg, name: "transferability" } : null) });

    const draw = (v: View, width: number) => {
      const body = panel.body;
      clear(body);
      const theme = v.theme;
      const diff = v.pair !== null;
      const ref = v.runs[0];
      const series: LineSeries[] = [];
      for (const r of v.runs) {
        if (diff && r === ref) continue;
        let pts = transferabilitySeries(r.stats);
        if (diff) pts = differenceSeries(transferabilitySeries(ref.stats), pts);
        series.push({
          id: r.run,
          label: v.single ? "transferability" : r.run,
          color: v.single ? DOMAIN_COLORS[theme].target : r.color,
          points: pts,
          marker: (p) => (p.x === r.stats.steps[0] ? "circle" : "cross"),
        });
      }
      if (!series.some((s) => hasValues(s.points))) {
        body.appendChild(el("p", { class: "tbt-note" }, "Not defined for these runs: the label spaces of source and target differ and no source head maps them."));
        svg = null;
        return;
      }
      // headline numbers at the selected step
      const head = el("div", { class: "tbt-headline" });
      for (const r of v.runs.slice(0, 4)) {
        const y = r.t >= 0 ? transferabilitySeries(r.stats)[r.t]?.y ?? null : null;
        head.appendChild(
          el(
            "div",
            { class: "tbt-headline-item", title: TRANSFERABILITY_DEFINITION },
            v.single ? null : swatch({ color: r.color, marker: "square", markerOnly: true }),
            el("span", { class: `tbt-headline-value ${y === null ? "" : y >= 0 ? "tbt-good" : "tbt-bad"}` }, pp(y)),
            el("span", { class: "tbt-headline-label" }, v.single ? `at step ${r.step ?? "–"}` : r.run),
          ),
        );
      }
      if (v.runs.length > 4) head.appendChild(el("span", { class: "tbt-muted" }, `+${v.runs.length - 4} more (hover the chart)`));
      body.appendChild(head);
      const ext = extent(series.map((s) => s.points)) ?? [0, 0];
      svg = lineChart(series, {
        width,
        height: 230,
        xLabel: `Step (${v.stepLabel})`,
        yLabel: diff ? `Δ score vs ${ref.run} (pp)` : "Gain over direct reuse (pp)",
        yDomain: [Math.min(ext[0], 0), Math.max(ext[1], 0)],
        yTickFormat: (x) => `${Math.round(x * 100)}`,
        valueFormat: (x) => pp(x),
        zeroLine: true,
        yZero: true,
        markX: v.selectedStep,
        onClickX: (x) => setStep(x, store),
        tooltip: new Tooltip(body),
        ariaLabel: "Transferability score over steps",
      });
      body.appendChild(el("div", { class: "tbt-figure" }, svg));
    };

    return statPanel(ctx, { key: (v, width) => `${v.sel.compareMode}|${width}`, draw });
  },
});
