// The feature level (placeholder): says what the level will show until its panels replace this file's registration.

import { registerComing } from "../panels";

registerComing(
  "feature",
  "Per class, neurons ranked by domain-discriminativeness for the pretrained and the fine-tuned model, with per-domain activation histograms and the domain-discrimination plot.",
);
