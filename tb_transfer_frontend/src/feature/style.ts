// Styles of the feature level's ranked lists and slope chart, on the frame's CSS variables (light and dark).

export const FEATURE_LIST_CSS = `
.tbt-feat-runs { display: flex; flex-direction: column; gap: 16px; }
.tbt-feat-run-head { display: flex; align-items: baseline; gap: 6px; font-size: 12px; margin-bottom: 4px; min-width: 0; }
.tbt-feat-run-name { font-weight: 500; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; max-width: 40%; }
.tbt-feat-run-swatch { width: 10px; height: 10px; border-radius: 2px; flex: none; align-self: center; }
.tbt-feat-status { color: var(--tbt-muted); overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.tbt-feat-error { color: var(--tbt-error-fg); background: var(--tbt-error-bg); padding: 6px 8px; border-radius: 4px; font-size: 12px; }
.tbt-feat-lists { display: grid; grid-template-columns: repeat(auto-fit, minmax(440px, 1fr)); gap: 12px; }
.tbt-feat-list { min-width: 0; border: 1px solid var(--tbt-border); border-radius: 4px; background: var(--tbt-panel); }
.tbt-feat-list-title { font-size: 12px; font-weight: 500; padding: 4px 8px; border-bottom: 1px solid var(--tbt-border);
  background: var(--tbt-panel-2); color: var(--tbt-fg); }
.tbt-feat-cols, .tbt-feat-row { display: grid; grid-template-columns: 30px 48px minmax(88px, 1.1fr) minmax(56px, .8fr) minmax(150px, 1.6fr) 40px 22px;
  align-items: center; column-gap: 6px; padding: 0 6px; }
.tbt-feat-cols { font-size: 11px; color: var(--tbt-muted); height: 22px; border-bottom: 1px solid var(--tbt-grid); }
.tbt-feat-scroll { position: relative; overflow-y: auto; overflow-x: hidden; }
.tbt-feat-spacer { position: relative; }
.tbt-feat-row { position: absolute; left: 0; right: 0; font-size: 12px; color: var(--tbt-fg); cursor: pointer;
  border-bottom: 1px solid var(--tbt-grid); box-sizing: border-box; }
.tbt-feat-row:hover { background: var(--tbt-panel-2); }
.tbt-feat-row:focus-visible { outline: 2px solid var(--tbt-accent); outline-offset: -2px; }
.tbt-feat-row.tbt-selected { background: var(--tbt-select); box-shadow: inset 3px 0 0 var(--tbt-select-edge); }
.tbt-feat-rank { color: var(--tbt-muted); font-variant-numeric: tabular-nums; text-align: right; }
.tbt-feat-channel { font-family: var(--tbt-mono); font-size: 11px; }
.tbt-feat-bar { display: flex; flex-direction: column; gap: 2px; min-width: 0; }
.tbt-feat-track { height: 6px; background: var(--tbt-grid); border-radius: 3px; overflow: hidden; }
.tbt-feat-fill { height: 100%; border-radius: 3px; }
.tbt-feat-fill-source { background: var(--tbt-source); }
.tbt-feat-fill-target { background: var(--tbt-target); }
.tbt-feat-fill-importance { background: var(--tbt-accent); }
.tbt-feat-num { font-size: 10.5px; color: var(--tbt-muted); font-variant-numeric: tabular-nums; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.tbt-feat-hist { display: block; overflow: visible; }
.tbt-feat-hist .tbt-feat-bar-source { fill: var(--tbt-source); }
.tbt-feat-hist .tbt-feat-bar-target { fill: var(--tbt-target); }
.tbt-feat-hist .tbt-feat-mid { stroke: var(--tbt-axis); stroke-width: 1; }
.tbt-feat-hist .tbt-feat-max { font-size: 9px; font-variant-numeric: tabular-nums; }
.tbt-feat-hist .tbt-feat-max-source { fill: var(--tbt-source); }
.tbt-feat-hist .tbt-feat-max-target { fill: var(--tbt-target); }
.tbt-feat-dead { font-size: 11px; color: var(--tbt-muted); text-align: right; font-variant-numeric: tabular-nums; }
.tbt-feat-check { margin: 0; cursor: pointer; accent-color: var(--tbt-accent); }
.tbt-feat-note { font-size: 11px; color: var(--tbt-muted); margin: 4px 0 0; }
.tbt-feat-slopes { display: flex; flex-wrap: wrap; gap: 12px; }
.tbt-feat-slope { min-width: 0; flex: none; }
.tbt-feat-slope svg { display: block; }
.tbt-feat-slope .tbt-feat-axis { stroke: var(--tbt-axis); stroke-width: 1; }
.tbt-feat-slope .tbt-feat-axis-label { fill: var(--tbt-muted); font-size: 11px; }
.tbt-feat-slope .tbt-feat-end { fill: var(--tbt-fg); font-size: 10px; font-family: var(--tbt-mono); }
.tbt-feat-slope .tbt-feat-leader { stroke: var(--tbt-muted); stroke-width: .7; }
.tbt-feat-line { fill: none; stroke-width: 1.6; cursor: pointer; }
.tbt-feat-line-specific { stroke: var(--tbt-bad); }
.tbt-feat-line-invariant { stroke: var(--tbt-good); }
.tbt-feat-line-same { stroke: var(--tbt-faint); }
.tbt-feat-line.tbt-selected { stroke-width: 3.5; }
.tbt-feat-line-hit { fill: none; stroke: transparent; stroke-width: 8; cursor: pointer; }
.tbt-feat-legend { display: flex; flex-wrap: wrap; gap: 4px 14px; font-size: 11px; color: var(--tbt-muted); margin-top: 4px; }
.tbt-feat-key { display: inline-block; width: 14px; height: 3px; border-radius: 2px; vertical-align: middle; margin-right: 4px; }
.tbt-feat-key-specific { background: var(--tbt-bad); }
.tbt-feat-key-invariant { background: var(--tbt-good); }
.tbt-feat-key-same { background: var(--tbt-faint); }
`;

export function injectFeatureListStyles(doc: Document): void {
  if (doc.querySelector("style[data-tb-transfer-feature-lists]")) return;
  const s = doc.createElement("style");
  s.setAttribute("data-tb-transfer-feature-lists", "");
  s.textContent = FEATURE_LIST_CSS;
  doc.head.appendChild(s);
}
