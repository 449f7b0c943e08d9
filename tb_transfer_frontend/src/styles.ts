// The tab's stylesheet, injected as one <style> element (TensorBoard's CSP allows inline styles, not scripts).
// Colours are CSS variables; `html.tbt-dark` switches them for TensorBoard's dark mode. The layer overview's marks
// (overview/style.ts) come last, as they always did.

import { OVERVIEW_CSS } from "./overview/style";

export const CSS = `
:root {
  --tbt-bg: #f5f6f8;
  --tbt-panel: #ffffff;
  --tbt-panel-2: #f8f9fa;
  --tbt-border: #dfe2e6;
  --tbt-fg: #202124;
  --tbt-muted: #5f6368;
  --tbt-faint: #9aa0a6;
  --tbt-grid: #eceef1;
  --tbt-axis: #80868b;
  --tbt-accent: #e8710a;
  --tbt-accent-soft: #fdf0e4;
  --tbt-select: #fff3c4;
  --tbt-select-edge: #202124;
  --tbt-good: #1a7f4b;
  --tbt-bad: #c5221f;
  --tbt-error-bg: #fce8e6;
  --tbt-error-fg: #a50e0e;
  --tbt-code-bg: #f1f3f4;
  --tbt-source: #d6604d;
  --tbt-target: #4393c3;
  --tbt-source-soft: #f4b6b2;
  --tbt-target-soft: #92c5de;
  --tbt-shadow: 0 1px 2px rgba(60, 64, 67, .12), 0 1px 3px rgba(60, 64, 67, .08);
  --tbt-font: Roboto, "Helvetica Neue", Arial, "Liberation Sans", sans-serif;
  --tbt-mono: "Roboto Mono", Menlo, Consolas, "DejaVu Sans Mono", monospace;
  color-scheme: light;
}
html.tbt-dark {
  --tbt-bg: #303030;
  --tbt-panel: #3a3a3a;
  --tbt-panel-2: #333333;
  --tbt-border: #4d4d4d;
  --tbt-fg: #e8eaed;
  --tbt-muted: #b0b4b9;
  --tbt-faint: #80868b;
  --tbt-grid: #474747;
  --tbt-axis: #9aa0a6;
  --tbt-accent: #ff9f43;
  --tbt-accent-soft: #4a3a2a;
  --tbt-select: #5b4e1f;
  --tbt-select-edge: #f5f5f5;
  --tbt-good: #5fd39a;
  --tbt-bad: #ff8a80;
  --tbt-error-bg: #5c2b29;
  --tbt-error-fg: #ffd6d2;
  --tbt-code-bg: #2a2a2a;
  --tbt-source: #ef8a62;
  --tbt-target: #67a9cf;
  --tbt-shadow: 0 1px 2px rgba(0, 0, 0, .35);
  color-scheme: dark;
}
html, body { margin: 0; padding: 0; background: var(--tbt-bg); }
body { color: var(--tbt-fg); font: 13px/1.45 var(--tbt-font); -webkit-font-smoothing: antialiased; }
.tbt-app { min-height: 100vh; color: var(--tbt-fg); }
.tbt-app *, .tbt-app *::before, .tbt-app *::after { box-sizing: border-box; }
.tbt-app button, .tbt-app input, .tbt-app select { font: inherit; color: inherit; }
.tbt-app :focus-visible { outline: 2px solid var(--tbt-accent); outline-offset: 1px; }
[hidden] { display: none !important; }

/* header */
.tbt-header { position: sticky; top: 0; z-index: 20; background: var(--tbt-panel); border-bottom: 1px solid var(--tbt-border);
  padding: 10px 20px 8px; box-shadow: var(--tbt-shadow); }
.tbt-header-row { display: flex; flex-wrap: wrap; align-items: flex-end; gap: 12px 28px; }
.tbt-brand { display: flex; flex-direction: column; min-width: 170px; }
.tbt-title { margin: 0; font-size: 20px; font-weight: 500; letter-spacing: .2px; line-height: 1.2; }
.tbt-subtitle { font-size: 12px; color: var(--tbt-muted); }
.tbt-controls { display: flex; flex-wrap: wrap; align-items: flex-end; gap: 10px 22px; flex: 1; }
.tbt-control { display: flex; flex-direction: column; gap: 3px; position: relative; }
.tbt-control.tbt-step { flex-direction: row; flex-wrap: wrap; align-items: center; column-gap: 8px; max-width: 440px; }
.tbt-control.tbt-step .tbt-control-label { flex-basis: 100%; }
.tbt-control-label { font-size: 11px; font-weight: 500; text-transform: uppercase; letter-spacing: .6px; color: var(--tbt-muted); }
.tbt-select, .tbt-input, .tbt-runs-button { height: 30px; border: 1px solid var(--tbt-border); border-radius: 4px;
  background: var(--tbt-panel); padding: 0 8px; min-width: 0; }
.tbt-select { padding-right: 4px; max-width: 240px; }
.tbt-select:hover, .tbt-input:hover, .tbt-runs-button:hover { border-color: var(--tbt-faint); }
.tbt-runs-button { display: inline-flex; align-items: center; gap: 10px; min-width: 180px; max-width: 280px; cursor: pointer; justify-content: space-between; }
.tbt-runs-button > span:first-child { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.tbt-caret { color: var(--tbt-muted); font-size: 11px; }
.tbt-range { width: 190px; accent-color: var(--tbt-accent); }
.tbt-step-number { width: 72px; }
.tbt-step-unit { white-space: nowrap; }
.tbt-toggle, .tbt-button, .tbt-segmented button, .tbt-export { height: 30px; border: 1px solid var(--tbt-border); border-radius: 4px;
  background: var(--tbt-panel); padding: 0 10px; cursor: pointer; }
.tbt-toggle[aria-pressed="true"], .tbt-segmented button[aria-pressed="true"] { background: var(--tbt-accent-soft);
  border-color: var(--tbt-accent); color: var(--tbt-fg); font-weight: 500; }
.tbt-segmented { display: inline-flex; }
.tbt-segmented button { border-radius: 0; margin-left: -1px; height: 28px; font-size: 12px; }
.tbt-segmented button:first-child { border-radius: 4px 0 0 4px; margin-left: 0; }
.tbt-segmented button:last-child { border-radius: 0 4px 4px 0; }
.tbt-link { border: 0; background: none; color: var(--tbt-accent); cursor: pointer; padding: 0 4px; white-space: nowrap; }
.tbt-small { font-size: 11px; }
.tbt-muted { color: var(--tbt-muted); }

/* run popover */
.tbt-popover { position: absolute; top: 100%; left: 0; z-index: 30; margin-top: 4px; width: 360px; max-width: 90vw; background: var(--tbt-panel);
  border: 1px solid var(--tbt-border); border-radius: 6px; box-shadow: 0 6px 24px rgba(0,0,0,.18); padding: 8px; }
.tbt-popover-head { display: flex; gap: 6px; align-items: center; margin-bottom: 6px; }
.tbt-popover-head .tbt-input { flex: 1; }
.tbt-run-list { max-height: 320px; overflow: auto; display: flex; flex-direction: column; }
.tbt-run-row { display: flex; align-items: center; gap: 6px; padding: 4px 6px; border-radius: 4px; cursor: pointer; }
.tbt-run-row:hover { background: var(--tbt-panel-2); }
.tbt-run-row .tbt-run-name { flex: 1; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.tbt-run-steps { font-size: 11px; white-space: nowrap; }
.tbt-error-badge { display: inline-flex; align-items: center; justify-content: center; width: 16px; height: 16px; border-radius: 50%;
  background: var(--tbt-bad); color: #fff; font-size: 11px; font-weight: 700; flex: none; }
.tbt-chips { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
.tbt-chips:empty { display: none; }
.tbt-chip { display: inline-flex; align-items: center; gap: 4px; height: 24px; padding: 0 2px 0 6px; border: 1px solid var(--tbt-border);
  border-left-width: 3px; border-radius: 12px; background: var(--tbt-panel-2); font-size: 12px; max-width: 280px; }
.tbt-chip .tbt-run-name { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.tbt-chip .tbt-legend-swatch { width: 12px; }
.tbt-chip-remove { border: 0; background: none; cursor: pointer; color: var(--tbt-muted); font-size: 15px; line-height: 1; width: 20px; height: 20px; border-radius: 50%; }
.tbt-chip-remove:hover { background: var(--tbt-grid); color: var(--tbt-fg); }

/* states */
.tbt-main { padding: 16px 20px 40px; max-width: 1800px; margin: 0 auto; }
.tbt-state:empty { display: none; }
.tbt-state-card { background: var(--tbt-panel); border: 1px solid var(--tbt-border); border-radius: 8px; padding: 24px 28px; max-width: 820px;
  margin: 32px auto; box-shadow: var(--tbt-shadow); display: flex; flex-direction: column; gap: 8px; align-items: flex-start; }
.tbt-state-card h2 { margin: 0; font-size: 17px; font-weight: 500; }
.tbt-state-card p { margin: 0; }
.tbt-state-card > .tbt-spinner { align-self: flex-start; }
.tbt-state-card:has(> .tbt-spinner) { flex-direction: row; align-items: center; }
.tbt-error-card { border-color: var(--tbt-bad); }
.tbt-snippet { margin: 6px 0; padding: 12px 14px; background: var(--tbt-code-bg); border-radius: 6px; font: 12.5px/1.55 var(--tbt-mono);
  overflow-x: auto; width: 100%; white-space: pre; }
.tbt-spinner { width: 16px; height: 16px; border: 2px solid var(--tbt-border); border-top-color: var(--tbt-accent); border-radius: 50%;
  display: inline-block; animation: tbt-spin .8s linear infinite; flex: none; }
@keyframes tbt-spin { to { transform: rotate(360deg); } }

/* sections and panels */
.tbt-section { margin-bottom: 26px; }
.tbt-section-head { display: flex; align-items: baseline; gap: 12px; flex-wrap: wrap; margin: 4px 2px 10px; }
.tbt-section-title { margin: 0; font-size: 16px; font-weight: 500; }
.tbt-section-question { color: var(--tbt-muted); font-size: 13px; }
.tbt-grid { display: grid; grid-template-columns: repeat(12, minmax(0, 1fr)); gap: 14px; align-items: start; }
.tbt-panel { background: var(--tbt-panel); border: 1px solid var(--tbt-border); border-radius: 8px; box-shadow: var(--tbt-shadow);
  min-width: 0; display: flex; flex-direction: column; align-self: stretch; }
.tbt-panel-header { display: flex; align-items: center; gap: 10px; padding: 10px 14px 6px; min-height: 42px; flex-wrap: wrap; }
.tbt-panel-title { margin: 0; font-size: 14px; font-weight: 500; display: flex; align-items: center; gap: 6px; flex: 1; min-width: 140px; }
.tbt-panel-controls { display: flex; gap: 8px; align-items: center; }
.tbt-panel-controls .tbt-select { height: 28px; font-size: 12px; }
.tbt-panel-exports { display: flex; gap: 4px; }
.tbt-export { height: 24px; padding: 0 7px; font-size: 11px; color: var(--tbt-muted); background: transparent; }
.tbt-export:hover { color: var(--tbt-fg); border-color: var(--tbt-faint); }
.tbt-info { display: inline-flex; align-items: center; justify-content: center; width: 16px; height: 16px; border-radius: 50%;
  border: 1px solid var(--tbt-faint); color: var(--tbt-muted); font-size: 10px; font-weight: 700; cursor: help; }
.tbt-panel-body { padding: 4px 14px 12px; position: relative; min-width: 0; }
.tbt-panel-message { padding: 18px 14px 22px; color: var(--tbt-muted); display: flex; gap: 8px; align-items: center; }
.tbt-panel-message.tbt-error { color: var(--tbt-error-fg); }
.tbt-note { margin: 6px 0; color: var(--tbt-muted); }
.tbt-note.tbt-bad { color: var(--tbt-bad); }
.tbt-caption { margin: 6px 0 0; color: var(--tbt-muted); font-size: 12px; }
.tbt-figure { overflow: hidden; }
.tbt-good { color: var(--tbt-good); }
.tbt-bad { color: var(--tbt-bad); }

/* run errors */
.tbt-run-errors { display: flex; flex-direction: column; gap: 6px; }
.tbt-run-errors:empty { display: none; }
.tbt-run-error { background: var(--tbt-error-bg); color: var(--tbt-error-fg); border-radius: 6px; padding: 8px 12px; display: flex;
  gap: 4px; align-items: baseline; flex-wrap: wrap; }
.tbt-run-error-icon { margin-right: 4px; }
.tbt-error-message { font-family: var(--tbt-mono); font-size: 12px; word-break: break-word; }

/* summary cards */
.tbt-cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 10px; }
.tbt-card { border: 1px solid var(--tbt-border); border-top: 3px solid; border-radius: 6px; padding: 8px 12px 10px; background: var(--tbt-panel-2); min-width: 0; }
.tbt-run-title { display: flex; align-items: center; gap: 6px; font-weight: 500; min-width: 0; }
.tbt-run-title .tbt-legend-swatch { width: 12px; flex: none; }
.tbt-run-title .tbt-run-name { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.tbt-card-meta { color: var(--tbt-muted); font-size: 12px; margin-top: 2px; }
.tbt-card-domains { font-size: 12px; margin-top: 2px; }
.tbt-dom-source { color: var(--tbt-source); font-weight: 500; }
.tbt-dom-target { color: var(--tbt-target); font-weight: 500; }
.tbt-arrow { color: var(--tbt-muted); }
.tbt-kpis { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 8px; margin-top: 8px; }
.tbt-kpi { min-width: 0; }
.tbt-kpi-label { font-size: 11px; color: var(--tbt-muted); white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.tbt-kpi-value { font-size: 19px; font-weight: 500; font-variant-numeric: tabular-nums; line-height: 1.25; }
.tbt-kpi-sub { font-size: 11px; color: var(--tbt-muted); white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }

/* transferability headline */
.tbt-headline { display: flex; flex-wrap: wrap; gap: 4px 16px; margin: 0 0 4px; }
.tbt-headline-item { display: flex; align-items: baseline; gap: 6px; min-width: 0; }
.tbt-headline-item .tbt-legend-swatch { width: 12px; align-self: center; }
.tbt-headline-value { font-size: 20px; font-weight: 500; font-variant-numeric: tabular-nums; }
.tbt-headline-label { color: var(--tbt-muted); font-size: 12px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; max-width: 160px; }

/* legends */
.tbt-legend-row { display: flex; flex-wrap: wrap; gap: 4px 18px; align-items: center; margin-bottom: 2px; }
.tbt-legend { display: flex; flex-wrap: wrap; gap: 2px 4px; align-items: center; }
.tbt-legend-item { display: inline-flex; align-items: center; gap: 5px; font-size: 12px; padding: 2px 6px; border-radius: 4px;
  border: 0; background: none; color: var(--tbt-fg); max-width: 240px; }
button.tbt-legend-item { cursor: pointer; }
button.tbt-legend-item:hover { background: var(--tbt-panel-2); }
.tbt-legend-item.tbt-off { opacity: .4; text-decoration: line-through; }
.tbt-legend-label { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.tbt-legend-swatch { flex: none; overflow: visible; }

/* charts */
.tbt-chart { display: block; overflow: visible; font-family: var(--tbt-font); }
.tbt-chart text { fill: var(--tbt-muted); font-size: 11px; font-family: var(--tbt-font); }
.tbt-axis path, .tbt-axis line { stroke: var(--tbt-axis); }
.tbt-axis text { fill: var(--tbt-muted); font-size: 11px; }
.tbt-chart .tbt-axis-label { fill: var(--tbt-fg); font-size: 12px; font-weight: 500; }
.tbt-gridlines line { stroke: var(--tbt-grid); stroke-width: 1; }
.tbt-zero { stroke: var(--tbt-axis); stroke-width: 1; }
.tbt-mark-x { stroke: var(--tbt-accent); stroke-width: 1.5; stroke-dasharray: 4 3; }
.tbt-chart .tbt-mark-x-label { fill: var(--tbt-accent); font-size: 11px; font-weight: 500; }
.tbt-hover-x { stroke: var(--tbt-faint); stroke-width: 1; pointer-events: none; }
.tbt-refline { stroke-width: 1.5; }
.tbt-chart .tbt-refline-label { font-size: 11px; font-weight: 500; }
.tbt-highlight-band { fill: var(--tbt-select); opacity: .55; }
.tbt-chart .tbt-legend-text { font-size: 11px; fill: var(--tbt-muted); }
.tbt-legend-bar { stroke: var(--tbt-border); stroke-width: .5; }
.tbt-color-legend { margin-top: 6px; }

/* heat-map */
.tbt-multiples { display: flex; flex-wrap: wrap; gap: 12px 18px; align-items: flex-start; }
.tbt-multiple { min-width: 0; }
.tbt-multiple .tbt-run-title { margin-bottom: 4px; font-size: 12px; }
.tbt-heatmap { position: relative; }
.tbt-heatmap > svg { position: absolute; left: 0; top: 0; }
.tbt-heatmap-frame { fill: var(--tbt-panel-2); stroke: var(--tbt-border); }
.tbt-heatmap-hl { fill: none; stroke: var(--tbt-select-edge); stroke-width: 2; pointer-events: none; }
.tbt-bn-channels .tbt-bn-zero { stroke: var(--tbt-axis); stroke-width: .8; }
.tbt-ws-row .tbt-run-title { font-size: 12px; color: var(--tbt-muted); }
.tbt-heatmap-diag { fill: none; stroke: var(--tbt-fg); stroke-width: 1.2; stroke-dasharray: 2 2; pointer-events: none; }
.tbt-chart .tbt-cell-label { font-size: 10px; fill: #1f2d3d; pointer-events: none; font-variant-numeric: tabular-nums; }
.tbt-chart .tbt-cell-label.tbt-on-dark { fill: #ffffff; }
html.tbt-dark .tbt-chart .tbt-cell-label { fill: #e8eaed; }
html.tbt-dark .tbt-chart .tbt-cell-label.tbt-on-dark { fill: #10202e; }
.tbt-chart .tbt-tick-selected { fill: var(--tbt-fg); font-weight: 700; }

/* table */
.tbt-table-scroll { max-height: 360px; overflow: auto; border: 1px solid var(--tbt-border); border-radius: 6px; }
.tbt-table { width: 100%; border-collapse: collapse; font-size: 12.5px; font-variant-numeric: tabular-nums; }
.tbt-table th { position: sticky; top: 0; background: var(--tbt-panel-2); z-index: 1; text-align: left; font-weight: 500;
  border-bottom: 1px solid var(--tbt-border); padding: 0; white-space: nowrap; }
.tbt-table th.tbt-num { text-align: right; }
.tbt-sort { border: 0; background: none; padding: 7px 8px; width: 100%; text-align: inherit; cursor: pointer; font-weight: 500; color: var(--tbt-muted); }
.tbt-sort:hover, .tbt-sort-active { color: var(--tbt-fg); }
.tbt-sort-arrow { margin-left: 4px; font-size: 9px; color: var(--tbt-faint); }
.tbt-sort-active .tbt-sort-arrow { color: var(--tbt-accent); }
.tbt-table td { padding: 5px 8px; border-bottom: 1px solid var(--tbt-grid); vertical-align: middle; }
.tbt-table td.tbt-num { text-align: right; white-space: nowrap; }
.tbt-table tbody tr { cursor: pointer; }
.tbt-table tbody tr:hover { background: var(--tbt-panel-2); }
.tbt-table tbody tr.tbt-selected { background: var(--tbt-select); box-shadow: inset 3px 0 0 var(--tbt-select-edge); }
.tbt-table tbody tr.tbt-selected td { font-weight: 500; }
.tbt-class-name { font-weight: 500; }
.tbt-bar-cell { position: relative; display: inline-block; min-width: 64px; padding: 0 2px; }
.tbt-bar { position: absolute; left: 0; bottom: -2px; height: 3px; border-radius: 2px; opacity: .85; }
.tbt-bar-source .tbt-bar { background: var(--tbt-source); }
.tbt-bar-target .tbt-bar { background: var(--tbt-target); }
.tbt-bar-value { position: relative; }
.tbt-tag { display: inline-block; margin: 1px 4px 1px 0; padding: 0 6px; border-radius: 9px; background: var(--tbt-code-bg);
  border: 1px solid var(--tbt-border); font-size: 11px; white-space: nowrap; }

/* layers, failures */
.tbt-leep { display: flex; flex-wrap: wrap; gap: 2px 18px; margin-top: 6px; font-size: 12px; }
.tbt-leep-row { display: flex; gap: 6px; align-items: center; }
.tbt-leep-row .tbt-legend-swatch { width: 12px; }
.tbt-leep-label { font-weight: 500; }
.tbt-failures { list-style: none; padding: 0; margin: 4px 0; display: flex; flex-direction: column; gap: 6px; max-height: 260px; overflow: auto; }
.tbt-failures li { display: flex; flex-direction: column; padding: 6px 8px; border-left: 3px solid var(--tbt-bad); background: var(--tbt-panel-2); border-radius: 0 4px 4px 0; }
.tbt-failure-where { font-weight: 500; font-size: 12px; }
.tbt-failure-error { font-family: var(--tbt-mono); font-size: 11.5px; color: var(--tbt-muted); word-break: break-word; }
.tbt-details summary { cursor: pointer; color: var(--tbt-muted); margin-top: 6px; }

/* tooltip */
.tbt-tooltip { position: absolute; display: none; z-index: 40; pointer-events: none; background: var(--tbt-panel); color: var(--tbt-fg);
  border: 1px solid var(--tbt-border); border-radius: 6px; box-shadow: 0 4px 16px rgba(0,0,0,.18); padding: 6px 9px; font-size: 12px;
  max-width: 360px; }
.tbt-tooltip-title { font-weight: 500; margin-bottom: 3px; }
.tbt-tooltip-row { display: flex; align-items: center; gap: 6px; white-space: nowrap; }
.tbt-tooltip-row.tbt-muted { color: var(--tbt-muted); }
.tbt-swatch { display: inline-block; width: 16px; border-top: 2.5px solid; flex: none; }
.tbt-tooltip-label { overflow: hidden; text-overflow: ellipsis; flex: 1; }
.tbt-tooltip-value { font-variant-numeric: tabular-nums; font-weight: 500; margin-left: 10px; }

@media (max-width: 1100px) {
  .tbt-grid > .tbt-panel, .tbt-grid > .tbt-run-errors { grid-column: 1 / -1 !important; }
}
`;

let injected: HTMLStyleElement | null = null;

/** Adds the stylesheet once. */
export function injectStyles(doc: Document = document): void {
  if (injected && injected.ownerDocument === doc && injected.isConnected) return;
  injected = doc.createElement("style");
  injected.setAttribute("data-tb-transfer", "");
  injected.textContent = CSS + OVERVIEW_CSS;
  doc.head.appendChild(injected);
}
