// Layered layout of the tracked layers' graph (run_info.layers[].inputs): rank = longest path from a layer without
// inputs (so a skip connection never pulls a layer up and parallel branches share a rank), lanes within a rank
// ordered by the smallest lane among their inputs (a main path stays in lane 0), ties by model order. Pure; tested in dag.test.ts.

export interface GraphLayer {
  name: string;
  inputs?: readonly string[] | null;
}

export interface DagNode {
  name: string;
  /** Position in model order. */
  index: number;
  /** Longest-path layer (0 = no tracked input). */
  rank: number;
  /** Position within the rank, 0-based. */
  lane: number;
  /** Inputs that are tracked layers earlier in model order (the drawn edges into this node). */
  inputs: string[];
}

export interface DagEdge {
  from: string;
  to: string;
  /** to.rank − from.rank (1 = adjacent ranks; more = a skip connection). */
  span: number;
}

export interface DagLayout {
  nodes: DagNode[];
  edges: DagEdge[];
  /** Number of ranks. */
  ranks: number;
  /** The largest number of lanes in any rank. */
  lanes: number;
}

/**
 * Lays out layers given in model order. Inputs naming unknown layers, the layer itself, or layers later in model
 * order (which would close a cycle) are ignored, so any input gives a valid DAG.
 */
export function dagLayout(layers: readonly GraphLayer[]): DagLayout {
  const index = new Map<string, number>();
  layers.forEach((l, i) => {
    if (!index.has(l.name)) index.set(l.name, i);
  });
  const nodes: DagNode[] = [];
  const byName = new Map<string, DagNode>();
  layers.forEach((l, i) => {
    if (index.get(l.name) !== i) return; // duplicate name: keep the first
    const inputs = [...new Set(l.inputs ?? [])].filter((n) => {
      const j = index.get(n);
      return j !== undefined && j < i;
    });
    let rank = 0;
    for (const n of inputs) rank = Math.max(rank, byName.get(n)!.rank + 1);
    const node: DagNode = { name: l.name, index: i, rank, lane: 0, inputs };
    nodes.push(node);
    byName.set(l.name, node);
  });
  const ranks = nodes.reduce((m, n) => Math.max(m, n.rank + 1), 0);
  const perRank: DagNode[][] = Array.from({ length: ranks }, () => []);
  for (const n of nodes) perRank[n.rank].push(n);
  let lanes = 0;
  for (const row of perRank) {
    const key = new Map<DagNode, number>();
    for (const n of row) {
      const ins = n.inputs.map((x) => byName.get(x)!.lane);
      key.set(n, ins.length ? Math.min(...ins) : 0);
    }
    row.sort((a, b) => key.get(a)! - key.get(b)! || a.index - b.index);
    row.forEach((n, i) => (n.lane = i));
    lanes = Math.max(lanes, row.length);
  }
  const edges: DagEdge[] = [];
  for (const n of nodes)
    for (const i of n.inputs) edges.push({ from: i, to: n.name, span: n.rank - byName.get(i)!.rank });
  return { nodes, edges, ranks, lanes };
}
