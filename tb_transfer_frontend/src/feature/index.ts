// The feature level: registers its panels in the "feature" section (imported once from src/index.ts).

import "./projectionPanel";
import "./importancePanel";
import "./detectsPanel";
