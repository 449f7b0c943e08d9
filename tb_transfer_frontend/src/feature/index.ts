// The feature level: registers its panels in the "feature" section (imported once from src/index.ts). One import per
// panel module.

import "./listsPanel";
import "./slopePanel";
import "./projectionPanel";
import "./importancePanel";
import "./detectsPanel";
