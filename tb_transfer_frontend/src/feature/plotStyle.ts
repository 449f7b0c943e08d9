// Styles of the feature level's plots (domain-discrimination plot, importance × discriminativeness, what a channel
// detects), on top of the frame's stylesheet and its CSS variables (light and dark).

export const FEATURE_PLOTS_CSS = `
.tbt-fp-rows { display: flex; flex-direction: column; gap: 14px; position: relative; }
.tbt-fp-run-head { display: flex; align-items: baseline; gap: 6px; font-size: 12px; margin-bottom: 4px; }
.tbt-fp-run-name { font-weight: 500; }
.tbt-fp-swatch { width: 10px; height: 10px; border-radius: 2px; flex: none; align-self: center; }
.tbt-fp-pair { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 12px; }
.tbt-fp-cell-head { display: flex; justify-content: space-between; gap: 8px; font-size: 12px; min-height: 18px; }
.tbt-fp-model { font-weight: 500; }
.tbt-fp-acc { font-variant-numeric: tabular-nums; color: var(--tbt-muted); }
.tbt-fp-acc strong { color: var(--tbt-fg); font-weight: 600; }
.tbt-fp-status { color: var(--tbt-muted); font-size: 12px; }
.tbt-fp-status.tbt-fp-error { color: var(--tbt-error-fg); }
.tbt-fp-svg { display: block; overflow: visible; touch-action: none; }
.tbt-fp-frame { fill: none; stroke: var(--tbt-border); }
.tbt-fp-zero { stroke: var(--tbt-grid); stroke-width: 1; }
.tbt-fp-bg-label { font-size: 22px; font-weight: 700; fill: var(--tbt-fg); fill-opacity: .07; pointer-events: none; }
.tbt-fp-axis-title { fill: var(--tbt-muted); font-size: 11px; }
.tbt-fp-point { stroke-width: 1.3; }
.tbt-fp-ring { fill: none; stroke: var(--tbt-accent); stroke-width: 2; pointer-events: none; }
.tbt-fp-arrow line { stroke: var(--tbt-fg); stroke-opacity: .75; stroke-width: 1.4; }
.tbt-fp-arrow text { fill: var(--tbt-fg); font-size: 11px; paint-order: stroke; stroke: var(--tbt-panel); stroke-width: 3px; }
.tbt-fp-arrow { cursor: pointer; }
.tbt-fp-arrow line.tbt-fp-arrow-hit { stroke: transparent; stroke-width: 10; pointer-events: stroke; }
.tbt-fp-arrow:hover line:not(.tbt-fp-arrow-hit):not(.tbt-fp-leader), .tbt-fp-arrow[data-selected="true"] line:not(.tbt-fp-arrow-hit):not(.tbt-fp-leader) { stroke: var(--tbt-accent); stroke-opacity: 1; stroke-width: 2.4; }
.tbt-fp-arrow[data-selected="true"] text { fill: var(--tbt-accent); font-weight: 600; }
.tbt-fp-arrowhead { fill: var(--tbt-fg); fill-opacity: .75; }
.tbt-fp-arrow line.tbt-fp-leader { stroke: var(--tbt-fg); stroke-opacity: .45; stroke-width: .8; stroke-dasharray: 2 2; }
.tbt-fp-legend { display: flex; flex-wrap: wrap; gap: 4px 14px; align-items: center; font-size: 12px; color: var(--tbt-muted); margin-top: 6px; }
.tbt-fp-chip { border: 1px solid var(--tbt-border); background: var(--tbt-panel-2); color: var(--tbt-fg); border-radius: 10px;
  font-size: 11px; padding: 0 7px; height: 20px; cursor: pointer; }
.tbt-fp-chip:hover { border-color: var(--tbt-accent); }
.tbt-fp-chips { display: inline-flex; flex-wrap: wrap; align-items: center; gap: 4px; }
.tbt-fp-chips-run { flex-basis: 100%; }
.tbt-fp-card { position: absolute; z-index: 30; display: flex; gap: 10px; padding: 8px; background: var(--tbt-panel);
  border: 1px solid var(--tbt-border); border-radius: 6px; box-shadow: 0 4px 14px rgba(0,0,0,.18); pointer-events: none; font-size: 12px; }
.tbt-fp-card-rows { display: grid; grid-template-columns: auto auto; gap: 2px 10px; align-content: start; }
.tbt-fi-svg { display: block; overflow: visible; }
.tbt-fi-quadrant { fill: var(--tbt-bad); fill-opacity: .07; }
.tbt-fi-top { stroke: var(--tbt-muted); stroke-width: .8; stroke-dasharray: 3 3; }
.tbt-fi-quadrant-label { fill: var(--tbt-bad); font-size: 11px; font-weight: 600; }
.tbt-fi-move { stroke: var(--tbt-faint); stroke-width: 1; }
.tbt-fi-point { cursor: pointer; }
.tbt-fi-point[data-selected="true"] { stroke: var(--tbt-accent); stroke-width: 2.5; }
.tbt-fi-axis text { fill: var(--tbt-muted); font-size: 10px; }
.tbt-fi-axis line, .tbt-fi-axis path { stroke: var(--tbt-axis); }
.tbt-fd-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(280px, 1fr)); gap: 10px 16px; }
.tbt-fd-run + .tbt-fd-run { margin-top: 12px; }
.tbt-fd-group h4 { margin: 0 0 4px; font-size: 12px; font-weight: 500; }
.tbt-fd-thumbs { display: grid; grid-template-columns: repeat(9, minmax(0, 1fr)); gap: 4px; }
.tbt-fd-item { display: flex; flex-direction: column; align-items: center; font-size: 10px; color: var(--tbt-muted);
  font-variant-numeric: tabular-nums; min-width: 0; }
.tbt-fd-item canvas { width: 100% !important; height: auto !important; aspect-ratio: 1; }
`;

export function injectFeaturePlotStyles(doc: Document): void {
  if (doc.querySelector("style[data-tb-transfer-feature-plots]")) return;
  const s = doc.createElement("style");
  s.setAttribute("data-tb-transfer-feature-plots", "");
  s.textContent = FEATURE_PLOTS_CSS;
  doc.head.appendChild(s);
}
