// The statistical level: for one or several selected runs, a panel each for the runs at a glance, accuracy (or
// loss) over training, the transferability score, the per-class table, the confusion matrices, layer
// transferability (LogME; LEEP where logged) and measure failures. Every panel registers itself (registerPanel);
// level.ts holds what they share (run errors, first-load batching, the completion mark).

import "./glance";
import "./accuracy";
import "./transferability";
import "./classes";
import "./confusion";
import "./layers";
import "./failures";

export { STAT_RENDERED_MARK } from "./level";
