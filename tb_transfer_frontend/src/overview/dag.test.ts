import { describe, expect, it } from "vitest";
import { dagLayout } from "./dag";
import { RESNET_LIKE } from "./testgraphs";

describe("dagLayout", () => {
  it("ranks a branching graph by longest path: skips do not pull layers up, parallel branches share a rank", () => {
    const lay = dagLayout(RESNET_LIKE);
    const rank = Object.fromEntries(lay.nodes.map((n) => [n.name, n.rank]));
    expect(rank).toEqual({
      conv1: 0,
      "layer1.0.conv1": 1,
      "layer1.0.conv2": 2,
      "layer1.1.conv1": 3,
      "layer1.1.conv2": 4,
      "layer2.0.conv1": 5,
      "layer2.0.conv2": 6,
      "layer2.0.downsample.0": 5,
      fc: 7,
    });
    expect(lay.ranks).toBe(8);
    expect(lay.lanes).toBe(2);
  });

  it("keeps the main path in lane 0 and puts the parallel branch beside it", () => {
    const lay = dagLayout(RESNET_LIKE);
    const at = Object.fromEntries(lay.nodes.map((n) => [n.name, [n.rank, n.lane]]));
    expect(at["layer2.0.conv1"]).toEqual([5, 0]);
    expect(at["layer2.0.downsample.0"]).toEqual([5, 1]);
    for (const n of lay.nodes) if (n.name !== "layer2.0.downsample.0") expect(n.lane).toBe(0);
    // no two nodes share a slot
    const slots = new Set(lay.nodes.map((n) => `${n.rank}:${n.lane}`));
    expect(slots.size).toBe(lay.nodes.length);
  });

  it("orders nodes in model order and points every edge down the ranks (a topological order)", () => {
    const lay = dagLayout(RESNET_LIKE);
    expect(lay.nodes.map((n) => n.name)).toEqual(RESNET_LIKE.map((l) => l.name));
    const rank = new Map(lay.nodes.map((n) => [n.name, n.rank]));
    expect(lay.edges).toHaveLength(RESNET_LIKE.reduce((s, l) => s + (l.inputs?.length ?? 0), 0));
    for (const e of lay.edges) {
      expect(rank.get(e.to)! - rank.get(e.from)!).toBe(e.span);
      expect(e.span).toBeGreaterThanOrEqual(1);
    }
    // the identity skips span several ranks
    expect(lay.edges.find((e) => e.from === "conv1" && e.to === "layer1.1.conv1")!.span).toBe(3);
  });

  it("draws a sequential model as a chain", () => {
    const lay = dagLayout([{ name: "a" }, { name: "b", inputs: ["a"] }, { name: "c", inputs: ["b"] }]);
    expect(lay.nodes.map((n) => [n.rank, n.lane])).toEqual([[0, 0], [1, 0], [2, 0]]);
    expect(lay.edges.map((e) => `${e.from}>${e.to}`)).toEqual(["a>b", "b>c"]);
  });

  it("ignores unknown inputs, self-loops, forward references (cycles) and duplicate layers", () => {
    const lay = dagLayout([
      { name: "a", inputs: ["b", "ghost", "a"] },
      { name: "b", inputs: ["a", "a"] },
      { name: "b", inputs: [] },
      { name: "c", inputs: null },
    ]);
    expect(lay.nodes.map((n) => [n.name, n.rank, n.inputs])).toEqual([
      ["a", 0, []],
      ["b", 1, ["a"]],
      ["c", 0, []],
    ]);
    expect(lay.edges).toEqual([{ from: "a", to: "b", span: 1 }]);
    // two roots in rank 0: model order
    expect(lay.nodes.find((n) => n.name === "c")!.lane).toBe(1);
  });

  it("handles an empty graph", () => {
    expect(dagLayout([])).toEqual({ nodes: [], edges: [], ranks: 0, lanes: 0 });
  });
});
