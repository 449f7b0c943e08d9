// The instance level: registers its panels in the "instance" section (imported once from src/index.ts).

import { injectInstanceStyles } from "./style";
import "./scatterPanel";
import "./selectionPanel";
import "./confusionPanel";
import "./flipsPanel";
import "./neighborsPanel";

if (typeof document !== "undefined") injectInstanceStyles(document);
