// Pure pieces of the feature level's ranked lists: the rows of one model's list in the chosen order, the window of
// rows a virtualised list draws, the mirrored histogram's bars, and the rank-movement slope chart's lines.

import type { Features, ModelName, Num } from "../types";

/** One row of a ranked list: a recorded channel of one model. */
export interface ChannelRow {
  /** 1-based rank by domain-discriminativeness (1 = most); null when the channel has no coefficient. */
  rank: number | null;
  channel: number;
  /** Position of the channel in `Features.recorded` (index into the per-channel arrays). */
  index: number;
  coef: Num;
  auc: Num;
  importance: Num;
  /** [source counts, target counts] over shared bins. */
  hist: [number[], number[]];
  extent: [Num, Num];
  /** Dead fraction per domain. */
  dead: [Num, Num];
}

const finite = (v: Num | undefined): v is number => v !== null && v !== undefined && Number.isFinite(v);

/**
 * The rows of one model's list: ranked by |coefficient| (the API's `ranking`), most domain-discriminative first, or
 * least first (`order` "least": the ranked channels reversed; channels without a coefficient stay last either way).
 */
export function rankedRows(f: Features, model: ModelName, order: "most" | "least"): ChannelRow[] {
  const m = f.models[model];
  const index = new Map(f.recorded.map((c, i) => [c, i]));
  const rows: ChannelRow[] = [];
  const unranked: ChannelRow[] = [];
  m.ranking.forEach((channel, r) => {
    const i = index.get(channel);
    if (i === undefined) return;
    const coef = m.domain_coef[i] ?? null;
    const row: ChannelRow = {
      rank: finite(coef) ? r + 1 : null,
      channel,
      index: i,
      coef,
      auc: m.domain_auc[i] ?? null,
      importance: m.importance[i] ?? null,
      hist: [m.hist[0]?.[i] ?? [], m.hist[1]?.[i] ?? []],
      extent: (m.extent[i] ?? [null, null]) as [Num, Num],
      dead: [m.dead[0]?.[i] ?? null, m.dead[1]?.[i] ?? null],
    };
    (row.rank === null ? unranked : rows).push(row);
  });
  if (order === "least") rows.reverse();
  return [...rows, ...unranked];
}

/** Rank (1 = most domain-discriminative) of every ranked channel of a model. */
export function ranks(f: Features, model: ModelName): Map<number, number> {
  const out = new Map<number, number>();
  for (const r of rankedRows(f, model, "most")) if (r.rank !== null) out.set(r.channel, r.rank);
  return out;
}

/** The largest finite value of a list (0 when none): the bars' common scale. */
export function maxFinite(values: Iterable<Num>): number {
  let m = 0;
  for (const v of values) if (finite(v) && Math.abs(v) > m) m = Math.abs(v);
  return m;
}

/** The rows [start, end) a virtualised list draws: those in the viewport, plus `overscan` rows on each side. */
export function visibleWindow(scrollTop: number, viewport: number, rowHeight: number, count: number, overscan = 4): { start: number; end: number } {
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const last = Math.ceil((Math.max(0, scrollTop) + Math.max(0, viewport)) / rowHeight);
  const start = Math.max(0, Math.min(count, first - overscan));
  const end = Math.max(start, Math.min(count, last + overscan));
  return { start, end };
}

export interface HistBar {
  domain: 0 | 1;
  bin: number;
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The mirrored histogram (the reference system's Feature View): source bars above a centre line, target bars below,
 * in the same bins; each half scaled to its own maximum count (labelled beside it), as the paper draws it.
 */
export function mirroredBars(hist: readonly [readonly number[], readonly number[]], width: number, height: number): { bars: HistBar[]; max: [number, number]; mid: number } {
  const bins = Math.max(hist[0].length, hist[1].length);
  const mid = height / 2;
  const max: [number, number] = [Math.max(0, ...hist[0]), Math.max(0, ...hist[1])];
  const bars: HistBar[] = [];
  if (!bins) return { bars, max, mid };
  const w = width / bins;
  for (const d of [0, 1] as const) {
    hist[d].forEach((count, bin) => {
      if (!(count > 0)) return;
      const h = max[d] > 0 ? (count / max[d]) * (mid - 1) : 0;
      bars.push({ domain: d, bin, count, x: bin * w, y: d === 0 ? mid - h : mid, width: Math.max(0.5, w - 0.5), height: h });
    });
  }
  return { bars, max, mid };
}

export interface SlopeLine {
  channel: number;
  /** Rank in the pretrained model and in the current model (1 = most domain-discriminative); null: unranked. */
  from: number | null;
  to: number | null;
  /** "specific": became more domain-discriminative (rank up); "invariant": less; "same": kept its rank. */
  kind: "specific" | "invariant" | "same";
}

/**
 * The rank-movement slope chart: the channels in the top `n` of either model (in the chosen order: the most or the
 * least domain-discriminative), each with its rank in the pretrained and in the current model.
 */
export function slopeLines(f: Features, n = 20, order: "most" | "least" = "most"): SlopeLine[] {
  const pre = ranks(f, "pretrained");
  const cur = ranks(f, "current");
  const top = (m: ModelName) => rankedRows(f, m, order).filter((r) => r.rank !== null).slice(0, n).map((r) => r.channel);
  const channels = [...new Set([...top("pretrained"), ...top("current")])];
  return channels.map((channel) => {
    const from = pre.get(channel) ?? null;
    const to = cur.get(channel) ?? null;
    const kind = from === null || to === null || from === to ? "same" : to < from ? "specific" : "invariant";
    return { channel, from, to, kind };
  });
}
