import { describe, expect, it, vi } from "vitest";
import { ApiClient } from "../api";
import { initialData, type DataState } from "../data";
import { createStore, initialSelection } from "../store";
import type { InstancesReady, Selection } from "../types";
import { initialInstanceState, InstanceLoader, type InstanceState } from "./state";

function answer(step: number, projection: "pca" | "tsne", coords: [number, number][]): InstancesReady {
  return {
    run: "r", layer: "l", step, projection, status: "ready", steps: [0, 1, 2], coords,
    domain: [0, 1], label: [0, 1], index: [0, 1], prediction: [0, 1], loss: [0, 0], margin: [1, 1], p_target: [0.2, 0.8],
    previous_prediction: null,
  };
}

/** A fake server: PCA always ready; t-SNE pending for the first `pending` asks, then ready. */
function server(pending: number) {
  const asked: string[] = [];
  let tsneAsks = 0;
  const fetch = vi.fn(async (url: string) => {
    asked.push(url);
    const q = new URLSearchParams(url.split("?")[1]);
    const step = q.has("step") ? Number(q.get("step")) : 2;
    if (q.get("projection") === "tsne") {
      if (tsneAsks++ < pending) return new Response(JSON.stringify({ run: "r", layer: "l", step, projection: "tsne", status: "pending", coords: null }), { status: 202 });
      return new Response(JSON.stringify(answer(step, "tsne", [[9, 9], [8, 8]])), { status: 200 });
    }
    return new Response(JSON.stringify(answer(step, "pca", [[step, 0], [0, step]])), { status: 200 });
  });
  return { api: new ApiClient({ fetch }), asked };
}

function setup(pending = 0) {
  const { api, asked } = server(pending);
  const store = createStore<Selection>({ ...initialSelection(), runs: ["r"], layer: "l" });
  const data = createStore<DataState>({ ...initialData(), status: "ready", runs: [{ run: "r", info: null, steps: [0, 1, 2], error: null }] });
  const state = createStore<InstanceState>(initialInstanceState());
  const loader = new InstanceLoader(api, store, data, state);
  return { store, state, loader, asked };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe("instance loader", () => {
  it("shows the PCA answer at the selected step (the latest first, then the run's step for the selection)", async () => {
    const { store, state, loader, asked } = setup();
    const off = loader.attach();
    await vi.waitFor(() => expect(state.get().runs[0]?.shown?.step).toBe(2));
    store.set({ step: 1 });
    await vi.waitFor(() => expect(state.get().runs[0]?.shown?.step).toBe(1));
    expect(state.get().runs[0].shown?.projection).toBe("pca");
    expect(state.get().runs[0].tsne).toBe("off");
    const n = asked.length;
    store.set({ step: 2 });
    await vi.waitFor(() => expect(state.get().runs[0]?.shown?.step).toBe(2));
    store.set({ step: 1 });
    await settle();
    expect(asked.length).toBe(n); // both from the cache: step 2 was fetched as "latest", step 1 before
    off();
  });

  it("t-SNE: PCA is shown while the backend answers 202, then the t-SNE layout", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    try {
      const { state, loader } = setup(2);
      const off = loader.attach();
      state.set({ projection: "tsne" });
      await vi.waitFor(() => expect(state.get().runs[0]?.tsne).toBe("pending"));
      expect(state.get().runs[0].shown?.projection).toBe("pca");
      await vi.advanceTimersByTimeAsync(900);
      expect(state.get().runs[0].tsne).toBe("pending");
      await vi.advanceTimersByTimeAsync(900);
      await vi.waitFor(() => expect(state.get().runs[0]?.tsne).toBe("ready"));
      expect(state.get().runs[0].shown?.projection).toBe("tsne");
      expect(state.get().runs[0].shown?.coords).toEqual([[9, 9], [8, 8]]);
      off();
    } finally {
      vi.useRealTimers();
    }
  });

  it("reports a run's error and shows nothing for it", async () => {
    const api = new ApiClient({ fetch: async () => new Response("run 'r' has no 'embedding' records for layer 'l'", { status: 404 }) });
    const store = createStore<Selection>({ ...initialSelection(), runs: ["r"], layer: "l" });
    const data = createStore<DataState>({ ...initialData(), status: "ready", runs: [{ run: "r", info: null, steps: [0], error: null }] });
    const state = createStore<InstanceState>(initialInstanceState());
    const off = new InstanceLoader(api, store, data, state).attach();
    await vi.waitFor(() => expect(state.get().runs[0]?.status).toBe("error"));
    expect(state.get().runs[0].error).toContain("no 'embedding' records");
    expect(state.get().runs[0].shown).toBeUndefined();
    off();
  });
});
