// The instance level (placeholder): says what the level will show until its panels replace this file's registration.

import { registerComing } from "../panels";

registerComing(
  "instance",
  "A 2-D projection of the source (×) and target (●) probe instances at a layer and step, with thumbnails, lasso selection and per-instance domain confusion.",
);
