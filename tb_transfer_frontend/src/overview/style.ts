// Styles of the layer overview's marks and of the heat-map component and colour legend (charts/heatmap.ts,
// charts/colorLegend.ts; their classes keep the tbt-ov- prefix they were born with), appended to the frame's
// stylesheet (styles.ts) and using its CSS variables, so light and dark mode follow TensorBoard's theme.

export const OVERVIEW_CSS = `
.tbt-ov-content { min-width: 0; }
.tbt-ov-scroll { overflow-x: auto; overflow-y: hidden; max-width: 100%; padding-bottom: 2px; }
.tbt-ov-network-scroll { overflow-y: auto; max-height: 720px; }
.tbt-ov-row { position: relative; margin: 4px 0 14px; padding-top: 2px; }
.tbt-ov-row + .tbt-ov-row { border-top: 1px solid var(--tbt-grid); padding-top: 10px; }
.tbt-ov-chart-exports { position: absolute; right: 0; top: 6px; z-index: 2; opacity: .55; }
.tbt-ov-row:hover .tbt-ov-chart-exports, .tbt-ov-chart-exports:focus-within { opacity: 1; }
.tbt-ov-chart-exports .tbt-export { height: 20px; padding: 0 5px; font-size: 10px; background: var(--tbt-panel); }
.tbt-ov-heatmap { outline: none; border-radius: 3px; }
.tbt-ov-heatmap:focus-visible { box-shadow: 0 0 0 2px var(--tbt-accent); }
.tbt-ov-canvas { image-rendering: pixelated; }
.tbt-chart .tbt-ov-title { fill: var(--tbt-fg); font-size: 13px; font-weight: 500; cursor: help; }
.tbt-chart .tbt-ov-run-name { fill: var(--tbt-fg); font-size: 12px; font-weight: 500; }
.tbt-chart .tbt-ov-note { font-style: italic; }
.tbt-chart .tbt-ov-tick { stroke: var(--tbt-axis); stroke-width: 1; }
.tbt-ov-frame { stroke: var(--tbt-border); }
.tbt-ov-cell { shape-rendering: crispEdges; }
.tbt-ov-hl { fill: none; stroke: var(--tbt-select-edge); stroke-width: 1.5; pointer-events: none; }
.tbt-ov-hl-cell { stroke-width: 2.5; }
.tbt-ov-hover { fill: none; stroke: var(--tbt-accent); stroke-width: 1.5; pointer-events: none; }
.tbt-ov-edge { stroke: var(--tbt-faint); stroke-width: 1.2; }
.tbt-ov-skip { stroke-dasharray: 3 2; }
.tbt-ov-node { outline: none; }
.tbt-ov-node-frame { stroke: var(--tbt-axis); stroke-width: 1; }
.tbt-ov-node:hover .tbt-ov-node-frame { stroke: var(--tbt-accent); stroke-width: 1.5; }
.tbt-ov-node:focus-visible .tbt-ov-node-frame { stroke: var(--tbt-accent); stroke-width: 2.5; }
.tbt-ov-node.tbt-selected .tbt-ov-node-frame { stroke: var(--tbt-select-edge); stroke-width: 2.5; }
.tbt-chart .tbt-ov-node-label { fill: var(--tbt-fg); font-size: 11px; }
.tbt-chart .tbt-ov-node.tbt-selected .tbt-ov-node-label { font-weight: 700; }
.tbt-chart .tbt-ov-node-type { fill: var(--tbt-faint); font-size: 10px; }
.tbt-ov-null-swatch { stroke: var(--tbt-border); stroke-width: .5; }
.tbt-ov-absent { stroke: var(--tbt-faint); stroke-width: 1.5; stroke-dasharray: 3 3; pointer-events: none; }
.tbt-ov-compare, .tbt-ov-controls { display: flex; gap: 8px; align-items: center; }
.tbt-ov-swap { height: 28px; font-size: 12px; }
.tbt-ov-sub { margin: 0 0 6px; }
.tbt-ov-profiles .tbt-line-series[data-series$=":first"] { color: var(--tbt-faint); }
`;
