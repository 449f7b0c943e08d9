// The model structure level (placeholder): says what the level will show until its panels replace this file's
// registration.

import { registerComing } from "../panels";

registerComing(
  "structure",
  "Per-filter drift and the neuron-matching matrices between the pretrained and the fine-tuned model, per class.",
);
