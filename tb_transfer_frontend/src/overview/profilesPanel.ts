// The depth profiles panel: the chosen measure across layers at the selected step and at the first (pretrained)
// step, one chart per run on one y scale, or A − B per layer.

import { el } from "../dom";
import { measureLabel, measureSpec } from "../measures";
import { registerPanel, type PanelContext, type PanelInstance } from "../panels";
import { setLayer } from "../store";
import { diffTitle, runNotes } from "./common";
import { alignMatrices, columnAt, measureDomain } from "./matrix";
import { layerValuesAtStep, measureState, mountMeasurePanel } from "./measurePanel";
import { differenceProfile, profileMultiples, type ProfileRun } from "./profiles";
import { differenceScale, fmtValue } from "./scales";

function mountProfiles(ctx: PanelContext): PanelInstance {
  return mountMeasurePanel(ctx, "profile", "profiles", (v, bodyWidth, content, tooltip, out) => {
    const measure = measureState.get().measure;
    const spec = measureSpec(measure);
    const at = layerValuesAtStep(v, measure);
    const width = Math.max(300, bodyWidth - 8);
    const base = {
      layers: v.layers,
      measureLabel: measureLabel(measure),
      stepLabel: v.stepLabel,
      width,
      theme: v.theme,
      selectedLayer: v.sel.layer,
      onSelectLayer: (layer: string) => setLayer(layer, ctx.store),
      tooltip,
      tooltipHost: ctx.panel.body,
    };
    const notes = runNotes(v);
    if (notes) content.appendChild(notes);
    if (at.signed) {
      const scale = differenceScale(at.matrices, v.theme, v.pair![0].run, v.pair![1].run);
      const title = `${measureLabel(measure)}: A − B = ${diffTitle(v.pair!)} at ${v.stepLabel} ${v.step ?? "–"}`;
      out.svg = differenceProfile(at.series[0].values, { ...base, domain: scale.domain, scale, title, format: fmtValue });
      out.csvRows = [["layer", `${measure} A − B`], ...v.layers.map((l, i) => [l, at.series[0].values[i]])];
    } else {
      const domain = measureDomain(measure, alignMatrices(at.matrices));
      const runs: ProfileRun[] = at.series.map((s, i) => {
        const r = s.run!;
        const first = r.stats.steps[0] ?? null;
        const m = at.matrices[i];
        const firstCol = first === null ? [] : columnAt(m, first);
        return {
          key: s.key,
          title: s.title,
          color: s.color ?? r.color,
          values: s.values,
          first: v.layers.map((l) => firstCol[m.layers.indexOf(l)] ?? null),
          step: s.step,
          firstStep: first,
        };
      });
      out.svg = profileMultiples(runs, { ...base, domain });
      out.csvRows = [["layer", ...runs.flatMap((r) => [`${r.title} @${r.step}`, `${r.title} @${r.firstStep}`])], ...v.layers.map((l, i) => [l, ...runs.flatMap((r) => [r.values[i], r.first[i]])])];
    }
    content.appendChild(el("div", { class: "tbt-ov-scroll" }, out.svg));
    content.appendChild(el("p", { class: "tbt-caption" }, spec.help));
  });
}

registerPanel({
  id: "overview-profiles",
  section: "overview",
  title: "Depth profiles",
  info: "The chosen measure across layers at the selected step (solid) and at the first logged step, the pretrained model (dashed). Several runs: one chart per run with the same y scale. Difference mode: A − B per layer. Click a layer to select it.",
  span: 7,
  order: 30,
  mount: (ctx) => mountProfiles(ctx),
});
