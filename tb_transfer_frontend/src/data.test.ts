import { describe, expect, it, vi } from "vitest";
import { ApiClient } from "./api";
import { initialData, layerAt, layerRecord, sharedUse, StepAnswers } from "./data";
import { createStore } from "./store";
import type { LayerDrift } from "./types";

function record(scale: number): LayerDrift {
  return {
    run: "r",
    layer: "conv1",
    kind: "filter_drift",
    steps: [0, 10, 20],
    fields: ["drift", "cosine"],
    values: [0, 10, 20].map((s) => [
      [s * scale, s * scale + 1, null],
      [1, 0.5, Number.NaN],
    ]),
  };
}

/** A client whose `/layer` answers come from `answer` (a thrown error is a failed request), counting the calls. */
function client(answer: () => LayerDrift) {
  const f = vi.fn(async (url: string) => {
    expect(url).toBe("./layer?run=r&layer=conv1");
    try {
      return new Response(JSON.stringify(answer()), { status: 200 });
    } catch (err) {
      return new Response((err as Error).message, { status: 400 });
    }
  });
  return { api: new ApiClient({ fetch: f }), calls: () => f.mock.calls.length };
}

describe("layerRecord", () => {
  it("fetches a layer once per data version, for every step and panel", async () => {
    const { api, calls } = client(() => record(1));
    const ctx = { api, data: createStore(initialData()) };
    const a = await layerRecord(ctx, "r", "conv1", 10);
    const b = await layerRecord(ctx, "r", "conv1", 15);
    const c = await layerRecord({ ...ctx }, "r", "conv1", null);
    expect(calls()).toBe(1);
    expect([a.step, b.step, c.step]).toEqual([10, 10, 20]);
    expect(a.values("drift")).toEqual([10, 11, null]);
    expect(c.values("cosine")).toEqual([1, 0.5, null]); // NaN → null
  });

  it("fetches again once the data version changed (a reload), so no stale drift is shown", async () => {
    let scale = 1;
    const { api, calls } = client(() => record(scale));
    const ctx = { api, data: createStore(initialData()) };
    expect((await layerRecord(ctx, "r", "conv1", 20)).values("drift")[0]).toBe(20);
    scale = 2;
    expect((await layerRecord(ctx, "r", "conv1", 20)).values("drift")[0]).toBe(20); // same version: cached
    ctx.data.set({ version: ctx.data.get().version + 1 });
    expect((await layerRecord(ctx, "r", "conv1", 20)).values("drift")[0]).toBe(40);
    expect(calls()).toBe(2);
  });

  it("drops a failed request, so the next call retries it", async () => {
    let fail = true;
    const { api, calls } = client(() => {
      if (fail) throw new Error("no filter_drift record");
      return record(1);
    });
    const ctx = { api, data: createStore(initialData()) };
    await expect(layerRecord(ctx, "r", "conv1", 0)).rejects.toThrow("no filter_drift record");
    fail = false;
    expect((await layerRecord(ctx, "r", "conv1", 0)).values("drift")).toEqual([0, 1, null]);
    expect(calls()).toBe(2);
  });
});

describe("layerAt", () => {
  it("takes the largest step ≤ the asked one and names fields, not positions", () => {
    const d = { ...record(1), fields: ["cosine", "drift"] };
    const at = layerAt(d, 19);
    expect(at.step).toBe(10);
    expect(at.values("cosine")).toEqual([10, 11, null]);
    expect(at.values("gamma")).toEqual([]);
  });

  it("has no step and no values for an empty record", () => {
    const at = layerAt({ ...record(1), steps: [], values: [] }, 5);
    expect(at.step).toBeNull();
    expect(at.values("drift")).toEqual([]);
  });
});

describe("sharedUse", () => {
  it("starts with the first user and stops after the last, once per detach", () => {
    const log: string[] = [];
    const attach = sharedUse(() => {
      log.push("start");
      return () => log.push("stop");
    });
    const a = attach();
    const b = attach();
    a();
    a(); // a second call of the same detach does not count
    expect(log).toEqual(["start"]);
    b();
    expect(log).toEqual(["start", "stop"]);
    attach()();
    expect(log).toEqual(["start", "stop", "start", "stop"]);
  });
});

describe("StepAnswers", () => {
  it("keeps answers under their own step, learns the layer's steps and drops the oldest", () => {
    const a = new StepAnswers<{ step: number; steps?: number[] }>(2);
    expect(a.steps("r", "l")).toBeUndefined();
    a.keep("r", "l", "pca", { step: 8, steps: [0, 4, 8] }); // the answer to a null step (the latest)
    expect(a.steps("r", "l")).toEqual([0, 4, 8]);
    expect(a.lookup("r", "l", null, "pca")).toBeUndefined(); // the latest may move: always asked
    expect(a.lookup("r", "l", 8, "pca")?.step).toBe(8);
    expect(a.lookup("r", "l", 8, "tsne")).toBeUndefined();
    a.keep("r", "l", "pca", { step: 4 });
    expect(a.steps("r", "l")).toEqual([4]); // an answer without steps lists its own
    a.keep("r", "l", "pca", { step: 0, steps: [0, 4, 8] });
    expect(a.lookup("r", "l", 8, "pca")).toBeUndefined(); // beyond max = 2
    expect(a.lookup("r", "l", 0, "pca")?.step).toBe(0);
    a.forgetSteps();
    expect(a.steps("r", "l")).toBeUndefined();
    expect(a.lookup("r", "l", 4, "pca")?.step).toBe(4);
  });
});
