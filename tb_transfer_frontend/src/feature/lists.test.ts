// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import type { Features } from "../types";
import { answerGroupLabel, deadFraction, histogramSvg, ROW_HEIGHT, rowElement, scrollFor, virtualList, VISIBLE_ROWS } from "./listsPanel";
import { maxFinite, mirroredBars, rankedRows, ranks, slopeLines, visibleWindow, type ChannelRow } from "./model";
import { rankY } from "./slopePanel";

/** A /features answer over `recorded` channels with the given |coefficient| rankings per model. */
function features(k: number, recorded: number[], coef: { pretrained: (number | null)[]; current: (number | null)[] }, bins = 4): Features {
  const model = (c: (number | null)[]) => {
    const order = recorded.map((_, i) => i).sort((a, b) => {
      const x = c[a] === null ? -1 : Math.abs(c[a]!);
      const y = c[b] === null ? -1 : Math.abs(c[b]!);
      return y - x || a - b;
    });
    return {
      ranking: order.map((i) => recorded[i]),
      domain_coef: c,
      domain_auc: c.map((v) => (v === null ? null : 0.5 + v / 10)),
      importance: recorded.map((_, i) => i / 10),
      hist: [recorded.map((_, i) => Array.from({ length: bins }, (_, b) => (b === i % bins ? 3 : 1))), recorded.map(() => Array(bins).fill(2))],
      extent: recorded.map(() => [0, 1] as [number, number]),
      dead: [recorded.map(() => 0.25), recorded.map(() => 0.5)],
    };
  };
  return {
    run: "r", layer: "fc", step: 3, steps: [0, 3], group: "all", class: null, channels: k, recorded,
    count: [3 + bins - 1, 2 * bins], bins,
    models: { pretrained: model(coef.pretrained), current: model(coef.current) },
  };
}

describe("ranked rows", () => {
  const f = features(10, [2, 5, 7, 9], { pretrained: [0.1, -0.9, 0.5, null], current: [0.8, 0.2, -0.3, 0.05] });

  it("follow the API's ranking, most first, with 1-based ranks and the channel's own numbers", () => {
    const rows = rankedRows(f, "pretrained", "most");
    expect(rows.map((r) => r.channel)).toEqual(f.models.pretrained.ranking);
    expect(rows.map((r) => r.channel)).toEqual([5, 7, 2, 9]);
    expect(rows.map((r) => r.rank)).toEqual([1, 2, 3, null]); // no coefficient: unranked, last
    expect(rows[0]).toMatchObject({ channel: 5, index: 1, coef: -0.9, importance: 0.1, dead: [0.25, 0.5] });
  });

  it("least first reverses the ranked channels and keeps the unranked last", () => {
    expect(rankedRows(f, "pretrained", "least").map((r) => r.channel)).toEqual([2, 7, 5, 9]);
    expect(rankedRows(f, "current", "least").map((r) => [r.channel, r.rank])).toEqual([[9, 4], [5, 3], [7, 2], [2, 1]]);
  });

  it("ranks map channels to their rank; bars share the largest finite |value|", () => {
    expect([...ranks(f, "current")]).toEqual([[2, 1], [7, 2], [5, 3], [9, 4]]);
    expect(maxFinite([0.1, -0.9, null, 0.5])).toBe(0.9);
    expect(maxFinite([null, null])).toBe(0);
  });

  it("a channel without a coefficient (no source instance in the group) shows no number: rank, |w| and AUC are —", () => {
    const g = features(10, [2, 5], { pretrained: [null, null], current: [null, null] });
    const rows = rankedRows(g, "current", "most");
    expect(rows.map((r) => r.rank)).toEqual([null, null]);
    const item = rowElement(rows[0], g, { coef: 0, importance: 1 }, false, false, () => {});
    expect(item.querySelector(".tbt-feat-rank")!.textContent).toBe("—");
    expect(item.querySelector(".tbt-feat-num")!.textContent).toBe("|w| — · AUC —");
    expect((item.querySelector(".tbt-feat-fill") as HTMLElement).style.width).toBe("0%");
    const ok = rowElement(rankedRows(f, "current", "most")[0], f, { coef: 0.8, importance: 1 }, false, false, () => {});
    expect(ok.querySelector(".tbt-feat-num")!.textContent).toBe("|w| 0.80 · AUC 0.58");
  });

  it("the dead fraction of the group weights the domains by their counts", () => {
    expect(deadFraction([0.25, 0.5], [6, 2])).toBeCloseTo(0.3125);
    expect(deadFraction([null, 0.5], [0, 4])).toBe(0.5);
    expect(deadFraction([null, null], [0, 0])).toBeNull();
  });

  it("labels the answer's group", () => {
    expect(answerGroupLabel(f, [])).toBe("all classes");
    expect(answerGroupLabel({ ...f, group: "class", class: 1 }, ["a", "b"])).toBe("class b");
    expect(answerGroupLabel({ ...f, group: "instances", count: [2, 3] }, [])).toBe("5 selected instances");
  });
});

describe("virtualised list", () => {
  it("draws the rows in the viewport plus the overscan", () => {
    expect(visibleWindow(0, 440, 44, 4096)).toEqual({ start: 0, end: 14 });
    expect(visibleWindow(44 * 1000 + 10, 440, 44, 4096)).toEqual({ start: 996, end: 1015 });
    expect(visibleWindow(44 * 4096, 440, 44, 4096)).toEqual({ start: 4092, end: 4096 });
    expect(visibleWindow(-50, 440, 44, 3)).toEqual({ start: 0, end: 3 });
    expect(visibleWindow(0, 440, 44, 0)).toEqual({ start: 0, end: 0 });
  });

  it("keeps a 4,096-channel layer to a window of rows in the DOM, in order, and follows the scroll", () => {
    const n = 4096;
    const recorded = Array.from({ length: n }, (_, i) => i);
    const f = features(n, recorded, { pretrained: recorded.map((i) => i / n), current: recorded.map((i) => -(n - i) / n) });
    const rows = rankedRows(f, "current", "most");
    let drawn = 0;
    const draw = (r: ChannelRow) => {
      drawn++;
      const d = document.createElement("div");
      d.className = "tbt-feat-row";
      d.dataset.channel = String(r.channel);
      return d;
    };
    const list = virtualList(rows, draw);
    expect(list.dataset.rows).toBe(String(n));
    expect(list.dataset.order!.split(",").map(Number)).toEqual(f.models.current.ranking);
    expect(list.style.height).toBe(`${VISIBLE_ROWS * ROW_HEIGHT}px`);
    expect((list.firstChild as HTMLElement).style.height).toBe(`${n * ROW_HEIGHT}px`);
    const shown = () => [...list.querySelectorAll<HTMLElement>(".tbt-feat-row")].map((e) => Number(e.dataset.channel));
    expect(shown()).toEqual(f.models.current.ranking.slice(0, VISIBLE_ROWS + 4));
    expect(drawn).toBe(VISIBLE_ROWS + 4);
    list.scrollTop = 2000 * ROW_HEIGHT;
    list.dispatchEvent(new Event("scroll"));
    expect(shown()).toEqual(f.models.current.ranking.slice(1996, 2000 + VISIBLE_ROWS + 4));
    const top = [...list.querySelectorAll<HTMLElement>(".tbt-feat-row")][4].style.top;
    expect(top).toBe(`${2000 * ROW_HEIGHT}px`);
    list.dispatchEvent(new Event("scroll")); // same window: nothing redrawn
    expect(drawn).toBe(2 * (VISIBLE_ROWS + 4) + 4);
  });
});

describe("scrolling to the selected channel", () => {
  it("leaves a row in view alone and brings another into view with two rows above it", () => {
    expect(scrollFor(3, 0)).toBe(0);
    expect(scrollFor(9, 0)).toBe(0);
    expect(scrollFor(10, 0)).toBe(8 * ROW_HEIGHT);
    expect(scrollFor(1, 5 * ROW_HEIGHT)).toBe(0);
    expect(scrollFor(-1, 123)).toBe(123);
  });
});

describe("mirrored histogram", () => {
  it("puts source above and target below the centre line, each half scaled to its own maximum", () => {
    const { bars, max, mid } = mirroredBars([[0, 2, 4, 1], [6, 3, 0, 0]], 80, 40);
    expect(max).toEqual([4, 6]);
    expect(mid).toBe(20);
    const src = bars.filter((b) => b.domain === 0);
    const tgt = bars.filter((b) => b.domain === 1);
    expect(src.map((b) => b.bin)).toEqual([1, 2, 3]); // empty bins draw nothing
    expect(tgt.map((b) => b.bin)).toEqual([0, 1]);
    for (const b of src) expect(b.y + b.height).toBeCloseTo(mid); // above, touching the line
    for (const b of tgt) expect(b.y).toBe(mid); // below
    expect(src.find((b) => b.bin === 2)!.height).toBeCloseTo(19); // the source maximum fills its half
    expect(tgt.find((b) => b.bin === 0)!.height).toBeCloseTo(19);
    expect(tgt.find((b) => b.bin === 1)!.height).toBeCloseTo(9.5);
    expect(src.map((b) => b.x)).toEqual([20, 40, 60]); // shared bins: bin i at the same x in both halves
    expect(tgt.map((b) => b.x)).toEqual([0, 20]);
  });

  it("an empty domain draws no bars and a zero maximum", () => {
    expect(mirroredBars([[1, 1], [0, 0]], 40, 20).max).toEqual([1, 0]);
    expect(mirroredBars([[], []], 40, 20).bars).toEqual([]);
  });

  it("the SVG carries every bin's count and labels each half with its maximum", () => {
    const f = features(4, [0, 1, 2, 3], { pretrained: [1, 2, 3, 4], current: [1, 2, 3, 4] });
    const row = rankedRows(f, "current", "most")[0];
    const svg = histogramSvg(row);
    const [src, tgt] = svg.dataset.counts!.split("|").map((h) => h.split(",").map(Number));
    expect(src.reduce((a, b) => a + b, 0)).toBe(f.count[0]);
    expect(tgt.reduce((a, b) => a + b, 0)).toBe(f.count[1]);
    expect([...svg.querySelectorAll(".tbt-feat-max")].map((t) => t.textContent)).toEqual(["3", "2"]);
    expect(svg.querySelectorAll("rect.tbt-feat-bar-source")).toHaveLength(4);
    expect(svg.querySelectorAll("rect.tbt-feat-bar-target")).toHaveLength(4);
  });
});

describe("rank-movement slope chart", () => {
  it("takes the top n of either model with their ranks in both, and names the movement", () => {
    // pretrained: 0 > 1 > 2 > 3 > 4; current: 4 > 3 > 2 > 1 > 0
    const f = features(5, [0, 1, 2, 3, 4], { pretrained: [5, 4, 3, 2, 1], current: [1, 2, 3, 4, 5] });
    const lines = slopeLines(f, 2);
    expect(lines).toEqual([
      { channel: 0, from: 1, to: 5, kind: "invariant" },
      { channel: 1, from: 2, to: 4, kind: "invariant" },
      { channel: 4, from: 5, to: 1, kind: "specific" },
      { channel: 3, from: 4, to: 2, kind: "specific" },
    ]);
    const least = slopeLines(f, 1, "least");
    expect(least).toEqual([
      { channel: 4, from: 5, to: 1, kind: "specific" },
      { channel: 0, from: 1, to: 5, kind: "invariant" },
    ]);
    expect(slopeLines(f, 20)).toHaveLength(5);
  });

  it("keeps a channel's rank, unranked channels and the axis", () => {
    const f = features(3, [0, 1, 2], { pretrained: [3, 2, null], current: [3, 1, 2] });
    expect(slopeLines(f, 20)).toEqual([
      { channel: 0, from: 1, to: 1, kind: "same" },
      { channel: 1, from: 2, to: 3, kind: "invariant" },
      { channel: 2, from: null, to: 2, kind: "same" },
    ]);
    expect(rankY(1, 20)).toBeLessThan(rankY(2, 20));
    expect(rankY(20, 20) - rankY(1, 20)).toBeCloseTo(380 - 26 - 22);
  });
});
