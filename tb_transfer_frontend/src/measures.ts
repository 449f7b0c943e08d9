// The one table of layer measures every panel reads: label, unit, colour scale, direction and format. Its keys are
// the contract's LAYER_MEASURES (tb_transfer/contract.py), in the same order; measures.test.ts fails when they differ.

import { fmt } from "./transforms";

/** How a measure's colour domain is chosen. */
export type DomainRule =
  /** A fixed range; values outside are drawn at the nearest end (the tooltip keeps the real value). */
  | { kind: "fixed"; domain: [number, number] }
  /** [0, 1] while every value is >= 0, else [-1, 1] (cosine). */
  | { kind: "unit-or-signed" }
  /** From 0 to the maximum over all selected runs. */
  | { kind: "zero-max" }
  /** From the minimum to the maximum over all selected runs. */
  | { kind: "extent" };

/**
 * What a high value means: "changed" from the pretrained model, "kept" close to it, or the domains "differ".
 * Colour ramps are reversed for "kept", so the strongest colour always means changed from pretrained or domains
 * differ; legends name both ends from it.
 */
export type Direction = "changed" | "kept" | "differ";

export interface MeasureSpec {
  /** Human name (axis titles, pickers, failure lists). */
  label: string;
  /** Unit of a value ("" when dimensionless). */
  unit: string;
  /** Colour domain rule. */
  scale: DomainRule;
  direction: Direction;
  /** A value as text (tooltips, captions); "–" for null. */
  format: (v: number | null) => string;
  /** What the measure is and the caveats a reader should know (tooltips and captions). */
  help: string;
  /** Drawn as a layer × step heat-map in the layer overview. */
  heatmap: boolean;
}

export const MEASURES: Record<string, MeasureSpec> = {
  weight_drift: {
    label: "Relative weight drift",
    unit: "",
    scale: { kind: "zero-max" },
    direction: "changed",
    format: fmt,
    help: "Relative weight change ‖W − W₀‖ / ‖W₀‖ from the pretrained weights (0 = unchanged). Mixes rotation and rescaling: read it with the cosine.",
    heatmap: true,
  },
  weight_cosine: {
    label: "Weight cosine to pretrained",
    unit: "",
    scale: { kind: "unit-or-signed" },
    direction: "kept",
    format: fmt,
    help: "cos(W, W₀): 1 = same direction as the pretrained weights. Insensitive to rescaling (e.g. weight decay).",
    heatmap: true,
  },
  cka_target: {
    label: "CKA to pretrained (target)",
    unit: "",
    scale: { kind: "fixed", domain: [0, 1] },
    direction: "kept",
    format: fmt,
    help: "Unbiased linear CKA between this layer's features now and in the pretrained model, on the target probe (1 = same representation). The unbiased estimator can dip slightly below 0 (drawn as 0). CKA is sensitive to outliers, and similarity-to-pretrained values are not strictly comparable across layers.",
    heatmap: true,
  },
  cka_source: {
    label: "CKA to pretrained (source)",
    unit: "",
    scale: { kind: "fixed", domain: [0, 1] },
    direction: "kept",
    format: fmt,
    help: "Unbiased linear CKA to the pretrained model on the source probe: how much of the source representation survives (low = forgetting). Values below 0 are drawn as 0. Sensitive to outliers; compare layers with care.",
    heatmap: true,
  },
  mmd: {
    label: "Linear MMD (source vs target)",
    unit: "",
    scale: { kind: "zero-max" },
    direction: "differ",
    format: fmt,
    help: "Standardized linear MMD between source and target pooled features (0 = same mean embedding). Sees only mean shifts.",
    heatmap: true,
  },
  domain_auc: {
    label: "Domain-classifier AUC",
    unit: "",
    scale: { kind: "fixed", domain: [0.5, 1] },
    direction: "differ",
    format: fmt,
    help: "Cross-validated ROC AUC of a source-vs-target classifier on the layer's features (0.5 = domains indistinguishable, 1 = fully separable). Below 0.5 is noise (drawn as 0.5).",
    heatmap: true,
  },
  pad: {
    label: "Proxy A-distance",
    unit: "",
    scale: { kind: "fixed", domain: [0, 2] },
    direction: "differ",
    format: fmt,
    help: "2(1 − 2·error) of the same domain classifier, in [0, 2]; saturates at 2 quickly in high dimensions — prefer the domain AUC.",
    heatmap: false,
  },
  logme: {
    label: "LogME (target labels)",
    unit: "nats per instance",
    scale: { kind: "extent" },
    direction: "kept",
    format: fmt,
    help: "LogME evidence of the layer's features for the target labels (higher = more linearly usable). Scale depends on the data set; compare runs, not absolute values.",
    heatmap: false,
  },
};

/** Measures drawn as heat-maps, in display order (the table's order). */
export const HEATMAP_MEASURES: readonly string[] = Object.keys(MEASURES).filter((m) => MEASURES[m].heatmap);

/** The spec of a measure; a measure the table does not know gets its id as label and a min–max scale. */
export function measureSpec(measure: string): MeasureSpec {
  return (
    MEASURES[measure] ?? { label: measure, unit: "", scale: { kind: "extent" }, direction: "changed", format: fmt, help: measure, heatmap: false }
  );
}

export function measureLabel(measure: string): string {
  return measureSpec(measure).label;
}

/** Legend words at the low and high ends of a measure's colour scale. */
export function directionNotes(direction: Direction): { low: string; high: string } {
  if (direction === "differ") return { low: "domains alike", high: "domains differ" };
  return direction === "kept" ? { low: "changed", high: "kept" } : { low: "kept", high: "changed" };
}
