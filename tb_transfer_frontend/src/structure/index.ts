// The model structure level: registers its panels in the "structure" section (imported once from src/index.ts).
// One import per panel module.

import { injectStructureStyles } from "./style";
import "./matricesPanel";
import "./detailPanel";
import "./ckaPanel";
import "./bnPanel";
import "./weightStepsPanel";

if (typeof document !== "undefined") injectStructureStyles(document);
