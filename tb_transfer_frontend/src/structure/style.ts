// Styles of the model structure level, on top of the frame's stylesheet and its CSS variables (light and dark).

export const STRUCTURE_CSS = `
.tbt-st-body { position: relative; }
[data-panel="structure-matrices"] .tbt-panel-controls { display: flex; flex-wrap: wrap; gap: 6px 10px; align-items: center; }
.tbt-st-controls { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
.tbt-st-layers { display: flex; flex-wrap: wrap; gap: 4px; }
.tbt-st-layer, .tbt-st-switch { height: 24px; font-size: 12px; padding: 0 6px; }
.tbt-st-bar { display: flex; gap: 10px; align-items: center; margin-bottom: 4px; }
.tbt-st-scroll { overflow: hidden; border: 1px solid var(--tbt-border); border-radius: 4px; }
.tbt-st-svg { display: block; max-width: 100%; height: auto; cursor: grab; touch-action: none; user-select: none; font-family: var(--tbt-font); }
.tbt-st-svg text { fill: var(--tbt-fg); font-size: 11px; }
.tbt-st-svg .tbt-st-label { font-size: 10px; font-family: var(--tbt-mono); cursor: pointer; }
.tbt-st-svg .tbt-st-label:hover, .tbt-st-svg .tbt-st-label:focus { text-decoration: underline; outline: none; font-weight: 700; }
.tbt-st-svg .tbt-st-run-title { font-weight: 600; font-size: 12px; }
.tbt-st-svg .tbt-st-unit-title { font-weight: 500; }
.tbt-st-svg .tbt-st-hist-label, .tbt-st-svg .tbt-st-note { fill: var(--tbt-muted); font-size: 9px; }
.tbt-st-cell { cursor: pointer; stroke: var(--tbt-border); stroke-width: .5; }
.tbt-st-cell:hover, .tbt-st-cell:focus { stroke: var(--tbt-fg); stroke-width: 1.5; outline: none; }
.tbt-st-frame { fill: none; stroke: var(--tbt-border); stroke-dasharray: 3 2; }
.tbt-st-barrier line { stroke: var(--tbt-fg); stroke-width: 1.5; stroke-dasharray: 6 3; }
.tbt-st-bar { fill: var(--tbt-axis); }
.tbt-st-whist .tbt-st-bar { fill: var(--tbt-faint); }
.tbt-st-whisker, .tbt-st-median { stroke: var(--tbt-fg); stroke-width: 1; }
.tbt-st-median { stroke-width: 2; }
.tbt-st-pie-bg { fill: var(--tbt-panel); stroke: var(--tbt-fg); stroke-width: .8; }
.tbt-st-dot { fill: var(--tbt-source); stroke: var(--tbt-panel); stroke-width: .8; pointer-events: none; }
.tbt-st-flowline { stroke-opacity: .45; stroke-linecap: round; }
.tbt-st-highlight { fill: var(--tbt-accent); fill-opacity: .12; stroke: var(--tbt-accent); stroke-width: 2; pointer-events: none; }
.tbt-st-detail-panel { align-self: start; position: sticky; top: 8px; }
.tbt-st-detail-cols { display: flex; flex-wrap: wrap; gap: 14px; margin: 6px 0; }
.tbt-st-detail-col { min-width: 180px; flex: 1; display: flex; flex-direction: column; gap: 4px; }
.tbt-st-detail-head { font-weight: 600; }
.tbt-st-pretrained, .tbt-st-source { color: var(--tbt-source); }
.tbt-st-current, .tbt-st-target { color: var(--tbt-target); }
.tbt-st-matches { margin: 0; padding-left: 20px; font-size: 12px; }
.tbt-st-matches button { background: none; border: none; color: var(--tbt-accent); cursor: pointer; padding: 0; font: inherit; text-decoration: underline; }
.tbt-st-thumbs { display: flex; flex-wrap: wrap; gap: 6px; }
.tbt-st-thumb { margin: 0; display: flex; flex-direction: column; align-items: center; }
.tbt-st-thumb canvas { image-rendering: pixelated; border: 1px solid var(--tbt-border); }
`;

/** Adds the level's stylesheet once. */
export function injectStructureStyles(doc: Document): void {
  if (doc.getElementById("tbt-structure-styles")) return;
  const s = doc.createElement("style");
  s.id = "tbt-structure-styles";
  s.textContent = STRUCTURE_CSS;
  doc.head.appendChild(s);
}
