// Styles of the instance level, on top of the frame's stylesheet and its CSS variables (light and dark).

export const INSTANCE_CSS = `
.tbt-inst-body { position: relative; }
.tbt-inst-control { display: inline-flex; align-items: center; gap: 6px; }
.tbt-inst-control .tbt-select { height: 28px; font-size: 12px; }
[data-panel="instance-scatter"] .tbt-panel-controls { display: flex; flex-wrap: wrap; gap: 6px 12px; align-items: center; }
.tbt-inst-multiples { display: grid; gap: 12px; }
.tbt-inst-cell { min-width: 0; }
.tbt-inst-cell-head { display: flex; align-items: baseline; gap: 6px; margin-bottom: 2px; font-size: 12px; min-height: 18px; }
.tbt-inst-cell-title { font-weight: 500; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; max-width: 45%; }
.tbt-inst-status { color: var(--tbt-muted); overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.tbt-inst-run-swatch { width: 10px; height: 10px; border-radius: 2px; flex: none; align-self: center; }
.tbt-inst-scatter { position: relative; }
.tbt-inst-cell-error .tbt-inst-status { color: var(--tbt-error-fg); white-space: normal; }
.tbt-inst-scatter canvas, .tbt-inst-scatter svg { position: absolute; left: 0; top: 0; }
.tbt-inst-scatter[data-tool="pan"] .tbt-inst-svg { cursor: grab; }
.tbt-inst-scatter[data-tool="lasso"] .tbt-inst-svg, .tbt-inst-scatter[data-tool="box"] .tbt-inst-svg { cursor: crosshair; }
.tbt-inst-svg { touch-action: none; user-select: none; }
.tbt-inst-lasso { fill: var(--tbt-accent); fill-opacity: .08; stroke: var(--tbt-accent); stroke-width: 1.5; stroke-dasharray: 4 3; pointer-events: none; }
.tbt-inst-nn-line { stroke: var(--tbt-fg); stroke-width: 1.2; stroke-opacity: .7; stroke-dasharray: 3 2; pointer-events: none; }
.tbt-inst-overlay { pointer-events: none; }
.tbt-chart .tbt-axis-title { fill: var(--tbt-muted); font-size: 11px; }
.tbt-inst-legend { display: flex; flex-wrap: wrap; gap: 4px 18px; font-size: 12px; color: var(--tbt-muted); margin-top: 6px; }
.tbt-inst-legend-group { display: inline-flex; flex-wrap: wrap; align-items: center; gap: 4px 6px; }
.tbt-inst-glyph { font-weight: 700; color: var(--tbt-fg); }
.tbt-inst-glyph-out { color: var(--tbt-faint); -webkit-text-stroke: 1px var(--tbt-fg); }
.tbt-inst-legend-class { border: 1px solid transparent; background: none; border-radius: 10px; padding: 0 6px 0 0; cursor: pointer;
  display: inline-flex; align-items: center; gap: 4px; color: var(--tbt-muted); font-size: 12px; }
.tbt-inst-legend-class:hover { border-color: var(--tbt-border); }
.tbt-inst-legend-class[aria-pressed="true"] { border-color: var(--tbt-accent); color: var(--tbt-fg); }
.tbt-inst-sw { width: 11px; height: 11px; border-radius: 50%; display: inline-block; margin-left: 6px; }
.tbt-inst-card { position: absolute; z-index: 30; display: flex; gap: 10px; padding: 8px; background: var(--tbt-panel);
  border: 1px solid var(--tbt-border); border-radius: 6px; box-shadow: 0 4px 14px rgba(0,0,0,.18); pointer-events: none; font-size: 12px; }
.tbt-inst-card-rows { display: grid; grid-template-columns: auto auto; gap: 2px 10px; align-content: start; }
.tbt-inst-card-row { display: contents; }
.tbt-inst-thumb { image-rendering: pixelated; border-radius: 3px; background: var(--tbt-panel-2); border: 1px solid var(--tbt-border); display: block; }
.tbt-inst-chip { display: inline-block; padding: 0 6px; border-radius: 9px; font-size: 11px; line-height: 16px; color: #fff;
  background: var(--chip); max-width: 110px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; vertical-align: middle; }
html.tbt-dark .tbt-inst-chip { color: #111; }
.tbt-inst-chip-none { background: var(--tbt-grid); color: var(--tbt-muted); }
.tbt-inst-sel-summary { font-size: 12px; margin-bottom: 6px; }
.tbt-inst-counts { border-collapse: collapse; font-size: 12px; margin-bottom: 8px; }
.tbt-inst-counts th, .tbt-inst-counts td { padding: 1px 8px 1px 0; text-align: left; font-variant-numeric: tabular-nums; }
.tbt-inst-counts th { color: var(--tbt-muted); font-weight: 500; }
.tbt-inst-thumbs { display: flex; flex-wrap: wrap; gap: 6px; max-height: 360px; overflow-y: auto; }
.tbt-inst-thumb-item { display: flex; flex-direction: column; align-items: center; gap: 2px; font-size: 11px; cursor: default; }
.tbt-inst-thumb-caption { display: flex; gap: 2px; align-items: center; }
.tbt-inst-thumb-caption .tbt-inst-chip { max-width: 56px; font-size: 10px; padding: 0 4px; }
.tbt-inst-action { height: 26px; font-size: 12px; }
.tbt-inst-flip-group { margin: 8px 0; }
.tbt-inst-flip-select { height: 26px; font-size: 12px; margin-bottom: 4px; }
.tbt-inst-nn-focus { display: flex; gap: 10px; align-items: center; margin-bottom: 6px; font-size: 12px; }
.tbt-inst-bar { shape-rendering: crispEdges; }
.tbt-inst-brush .selection { fill: var(--tbt-accent); fill-opacity: .15; stroke: var(--tbt-accent); }
`;

export function injectInstanceStyles(doc: Document): void {
  if (doc.querySelector("style[data-tb-transfer-instance]")) return;
  const s = doc.createElement("style");
  s.setAttribute("data-tb-transfer-instance", "");
  s.textContent = INSTANCE_CSS;
  doc.head.appendChild(s);
}
