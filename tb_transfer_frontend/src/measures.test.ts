import { describe, expect, it } from "vitest";
// The contract itself, as text (Vite's ?raw import): the test reads the Python source, not a copy of it.
import contractSource from "../../tb_transfer/contract.py?raw";
import { directionNotes, HEATMAP_MEASURES, measureLabel, MEASURES, measureSpec } from "./measures";

/** LAYER_MEASURES as tb_transfer/contract.py declares it (a tuple of string literals, comments allowed). */
function contractLayerMeasures(): string[] {
  const m = /^LAYER_MEASURES\s*=\s*\(([\s\S]*?)^\)/m.exec(contractSource);
  if (!m) throw new Error("LAYER_MEASURES not found in tb_transfer/contract.py");
  const body = m[1].replace(/#.*$/gm, "");
  return [...body.matchAll(/"([^"]+)"|'([^']+)'/g)].map((x) => x[1] ?? x[2]);
}

describe("the table of measures", () => {
  it("has exactly the contract's LAYER_MEASURES, in the contract's order", () => {
    const contract = contractLayerMeasures();
    expect(contract.length).toBeGreaterThan(0);
    expect(Object.keys(MEASURES)).toEqual(contract);
  });

  it("gives every measure a label, a format and legend words", () => {
    for (const [id, spec] of Object.entries(MEASURES)) {
      expect(spec.label).not.toBe(id);
      expect(spec.format(null)).toBe("–");
      expect(spec.format(0.5)).toBe("0.500");
      const notes = directionNotes(spec.direction);
      expect(notes.low).not.toBe(notes.high);
    }
    expect(HEATMAP_MEASURES).toEqual(["weight_drift", "weight_cosine", "cka_target", "cka_source", "mmd", "domain_auc"]);
  });

  it("answers for a measure it does not know", () => {
    expect(measureLabel("new_measure")).toBe("new_measure");
    expect(measureSpec("new_measure").scale).toEqual({ kind: "extent" });
  });
});
