// Layer graphs for unit tests.
import type { GraphLayer } from "./dag";

/**
 * A ResNet-like graph as run_info gives it: the stem conv, two basic blocks in stage 1 with identity skips (a
 * block's first conv sees the previous block's conv2 and, through the skip, everything the identity path carries),
 * and a stage-2 block with a 1×1 downsample branch in parallel to its first conv, then the classifier.
 */
export const RESNET_LIKE: GraphLayer[] = [
  { name: "conv1", inputs: [] },
  { name: "layer1.0.conv1", inputs: ["conv1"] },
  { name: "layer1.0.conv2", inputs: ["layer1.0.conv1"] },
  { name: "layer1.1.conv1", inputs: ["layer1.0.conv2", "conv1"] },
  { name: "layer1.1.conv2", inputs: ["layer1.1.conv1"] },
  { name: "layer2.0.conv1", inputs: ["layer1.1.conv2", "layer1.0.conv2", "conv1"] },
  { name: "layer2.0.conv2", inputs: ["layer2.0.conv1"] },
  { name: "layer2.0.downsample.0", inputs: ["layer1.1.conv2", "layer1.0.conv2", "conv1"] },
  { name: "fc", inputs: ["layer2.0.conv2", "layer2.0.downsample.0"] },
];
