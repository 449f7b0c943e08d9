// The model structure level: registers its panels in the "structure" section (imported once from src/index.ts).
// One import per panel module.

import { injectStructureStyles } from "./style";
import "./matricesPanel";
import "./detailPanel";

if (typeof document !== "undefined") injectStructureStyles(document);
