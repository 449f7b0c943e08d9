// The layer overview (model-structure level at layer granularity), four panels of the "overview" section: layer ×
// step heat-maps of every layer measure, the network diagram, depth profiles, and the per-filter drift of the
// selected layer. Runs are compared side by side (aligned small multiples on shared scales) or as run A − run B
// (compareMode "difference": A = the second selected run, B = the first, the reference that the statistical level
// subtracts too; a swap button reorders them). Every panel registers itself (registerPanel).

import "./heatmapsPanel";
import "./networkPanel";
import "./profilesPanel";
import "./filtersPanel";
