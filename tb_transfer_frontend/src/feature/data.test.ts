import { describe, expect, it, vi } from "vitest";
import { ApiClient } from "../api";
import { initialData, type DataState } from "../data";
import { createStore, initialSelection, setClass, setInstances, setStep } from "../store";
import type { Features, Selection } from "../types";
import { FeatureLoader, featureData, groupKey, type FeatureData } from "./data";

/** A fake /features: the layer has records at steps 0, 2 and 4 (a sample of the run's steps). */
function server() {
  const asked: string[] = [];
  const fetch = vi.fn(async (url: string) => {
    asked.push(url);
    const q = new URLSearchParams(url.split("?")[1]);
    const step = q.has("step") ? Number(q.get("step")) : 4;
    if (![0, 2, 4].includes(step)) return new Response(`no activations record at step ${step}`, { status: 404 });
    const body: Partial<Features> = {
      run: q.get("run")!, layer: q.get("layer")!, step, steps: [0, 2, 4], channels: 2, recorded: [0, 1],
      group: q.has("class") ? "class" : q.has("instances") ? "instances" : "all", class: q.has("class") ? Number(q.get("class")) : null,
      count: [1, 1], bins: 2,
    };
    return new Response(JSON.stringify(body), { status: 200 });
  });
  return { api: new ApiClient({ fetch }), asked };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

function setup() {
  const { api, asked } = server();
  const store = createStore<Selection>({ ...initialSelection(), runs: ["a", "b"], layer: "fc" });
  const data = createStore<DataState>({ ...initialData(), status: "ready", runs: [{ run: "a", info: null, steps: [0, 1, 2, 3, 4], error: null }, { run: "b", info: null, steps: [0, 1, 2, 3, 4], error: null }] });
  const state = createStore<FeatureData>(featureData.get());
  return { loader: new FeatureLoader(api, store, data, state), store, state, asked };
}

describe("feature loader", () => {
  it("asks every shown run for the group of the selection: instances, else the class, else every class", async () => {
    const { loader, store, state, asked } = setup();
    const detach = loader.attach();
    await settle();
    expect(asked).toEqual(["./features?run=a&layer=fc", "./features?run=b&layer=fc"]);
    expect(state.get().runs.map((r) => [r.run, r.status, r.features?.group])).toEqual([["a", "ready", "all"], ["b", "ready", "all"]]);
    setClass(1, store);
    await settle();
    expect(asked.slice(2)).toEqual(["./features?run=a&layer=fc&step=4&class=1", "./features?run=b&layer=fc&step=4&class=1"]);
    setInstances([9, 3, 5], store); // the instance level's selection wins over the class
    await settle();
    expect(asked.slice(4)).toEqual(["./features?run=a&layer=fc&step=4&instances=3%2C5%2C9", "./features?run=b&layer=fc&step=4&instances=3%2C5%2C9"]);
    expect(state.get().group).toEqual({ kind: "selection", instances: [3, 5, 9] });
    setInstances([], store); // back to the class: answered from the cache
    await settle();
    expect(asked).toHaveLength(6);
    expect(state.get().runs[0].features?.group).toBe("class");
    detach();
  });

  it("asks for the nearest step the layer has records at", async () => {
    const { loader, store, state, asked } = setup();
    store.set({ runs: ["a"] });
    const detach = loader.attach();
    await settle();
    setStep(3, store); // the layer has 0, 2, 4: step 2
    await settle();
    expect(asked).toEqual(["./features?run=a&layer=fc", "./features?run=a&layer=fc&step=2"]);
    expect(state.get().runs[0].features?.step).toBe(2);
    detach();
  });

  it("keys groups by content", () => {
    expect(groupKey({ kind: "all" })).toBe("all");
    expect(groupKey({ kind: "class", class: 2 })).toBe("c2");
    expect(groupKey({ kind: "selection", instances: [1, 2] })).not.toBe(groupKey({ kind: "selection", instances: [1, 3] }));
  });
});
