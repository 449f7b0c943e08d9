// Statistics JSON as /statistics answers it, for unit tests.
import type { Statistics } from "./types";

export function makeStats(run = "r", steps = [0, 1, 2]): Statistics {
  return {
    run,
    steps,
    performance: {
      splits: ["source", "target", "target_val"],
      metrics: ["loss", "accuracy"],
      values: steps.map((_, t) => [
        [0.1, 0.9 - 0.01 * t],
        [2.0 - t * 0.5, 0.3 + 0.2 * t],
        [2.1 - t * 0.5, 0.25 + 0.2 * t],
      ]),
    },
    transferability: steps.map((_, t) => (t === 1 ? null : 0.2 * t)),
    leep: steps.map(() => null),
    class_names: ["cat", "dog", "<b>bird</b>"],
    class_accuracy: {
      domains: ["source", "target"],
      values: steps.map(() => [
        [0.9, 0.8, 0.7],
        [0.5, 0.9, null],
      ]),
    },
    confusion: {
      domains: ["source", "target"],
      values: steps.map(() => [
        [
          [9, 1, 0],
          [0, 8, 2],
          [1, 2, 7],
        ],
        [
          [5, 3, 2],
          [1, 9, 0],
          [0, 0, 0],
        ],
      ]),
    },
    layer_stats: {
      measures: ["weight_drift", "logme"],
      layers: ["conv1", "conv2", "fc"],
      values: steps.map((_, t) => [
        [0, 0.1 * t, 0.2 * t],
        [1 + t, null, 3 + t],
      ]),
    },
    bn_stats: null,
    weight_steps: null,
    failures: { "1": [{ measure: "logme", layer: "conv2", error: "singular matrix" }] },
  };
}

