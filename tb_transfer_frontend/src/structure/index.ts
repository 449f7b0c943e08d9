// The model structure level: registers its panels in the "structure" section (imported once from src/index.ts).

import "./ckaPanel";
import "./bnPanel";
import "./weightStepsPanel";
