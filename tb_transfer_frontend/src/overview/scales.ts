// Colour scales of the layer overview. One scale per measure, shared by every run, heat-map, node and legend that
// shows the measure (so layers and runs are comparable; the reference system's per-block scales were not). Measures
// where a high value means "kept" are drawn reversed, so the strongest colour always means "changed from pretrained"
// or "domains differ". Differences use a diverging purple–orange scale (colour-blind safe, and distinct from the
// red/blue of the source/target domains) centred at 0.

import { divergingRamp, normalize, sequentialScale, type ColorScale } from "../charts/scale";
import { directionNotes, measureSpec } from "../measures";
import { fmt } from "../transforms";
import type { Theme } from "../types";
import { measureDomain, symmetricDomain, type LayerStepMatrix } from "./matrix";

/** The shared scale of a measure over the matrices of every selected run. */
export function measureScale(measure: string, matrices: readonly LayerStepMatrix[], theme: Theme): ColorScale {
  const { direction } = measureSpec(measure);
  return sequentialScale(measureDomain(measure, matrices), theme, directionNotes(direction), direction === "kept");
}

/** The diverging scale of A − B differences, symmetric about 0 over all given matrices. */
export function differenceScale(matrices: readonly LayerStepMatrix[], theme: Theme, a = "A", b = "B"): ColorScale {
  const domain = symmetricDomain(matrices);
  const ramp = divergingRamp(theme);
  return {
    domain,
    ramp,
    color: (v) => ramp(normalize(v, domain)),
    diverging: true,
    lowNote: `${b} higher`,
    highNote: `${a} higher`,
  };
}

/** A value for tooltips: the frame's number format, "+" on positive differences, and what null means. */
export function fmtValue(v: number | null, signed = false): string {
  if (v === null) return "missing / failed";
  return `${signed && v > 0 ? "+" : ""}${fmt(v)}`;
}
