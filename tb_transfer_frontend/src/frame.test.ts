// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiClient } from "./api";
import { DataLoader, initialData } from "./data";
import { mountFrame, runFilter } from "./frame";
import "./statistics"; // the statistical level's panels
import { createStore, initialSelection } from "./store";
import { makeStats } from "./testdata";
import type { RunEntry, RunInfo } from "./types";

const XSS = "<img src=x onerror=alert(1)>";

function info(): RunInfo {
  return {
    version: 1,
    model: "<script>m</script>",
    class_names: ["cat", "dog", "<b>bird</b>"],
    layers: [
      { name: "conv1", type: "Conv2d", out_channels: 4, inputs: [], embedding_dim: 4 },
      { name: "<i>fc</i>", type: "Linear", out_channels: 3, inputs: ["conv1"], embedding_dim: 3 },
    ],
    step_unit: "epoch",
  };
}

function fakeFetch(runs: RunEntry[], failing: Record<string, string> = {}) {
  return async (url: string) => {
    const u = new URL(url, "http://h/");
    if (u.pathname === "/runs") return new Response(JSON.stringify({ runs }));
    if (u.pathname === "/statistics") {
      const run = u.searchParams.get("run")!;
      if (failing[run]) return new Response(failing[run], { status: 404 });
      return new Response(JSON.stringify(makeStats(run)));
    }
    return new Response("no", { status: 404 });
  };
}

function fakeApi(runs: RunEntry[], failing: Record<string, string> = {}) {
  return new ApiClient({ fetch: fakeFetch(runs, failing) });
}

/** Lets fetches, store notifications and the scheduled render run (until the statistics level is rendered). */
async function settle(ms = 60) {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, ms / 5));
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline) {
    const stat = document.querySelector('[data-panel="statistics"]');
    const app = document.querySelector(".tbt-app");
    if (!stat || stat.getAttribute("data-rendered") === "true" || app?.getAttribute("data-state") !== "ready") break;
    await new Promise((r) => setTimeout(r, 20));
  }
  await new Promise((r) => setTimeout(r, 10));
}

afterEach(() => {
  document.body.innerHTML = "";
  document.head.innerHTML = "";
});

describe("frame", () => {
  it("renders user strings as text, never as HTML", async () => {
    const runs: RunEntry[] = [
      { run: XSS, info: info(), steps: [0, 1, 2], error: null },
      { run: "ok", info: info(), steps: [0, 1, 2], error: null },
    ];
    const store = createStore(initialSelection());
    const data = createStore(initialData());
    const loader = new DataLoader(data, fakeApi(runs));
    const root = document.createElement("div");
    document.body.appendChild(root);
    mountFrame(root, { store, data, loader, api: fakeApi(runs) });
    await loader.loadRuns();
    await settle();
    expect(store.get().runs).toEqual([XSS, "ok"]);
    expect(document.querySelector("img")).toBeNull();
    expect(document.querySelector("script")).toBeNull();
    expect(document.querySelector("b")).toBeNull();
    expect(document.querySelector("i")).toBeNull();
    const texts = [...document.querySelectorAll(".tbt-chip .tbt-run-name")].map((n) => n.textContent);
    expect(texts).toContain(XSS);
    const stat = document.querySelector('[data-panel="statistics"]')!;
    expect(stat.getAttribute("data-rendered")).toBe("true");
    expect(stat.textContent).toContain(XSS);
    expect(document.body.textContent).toContain("<b>bird</b>");
    expect(document.querySelector("#tbt-layer-select")!.textContent).toContain("<i>fc</i>");
  });

  it("holds the other levels' requests until the statistical level has drawn its data", async () => {
    const runs: RunEntry[] = [{ run: "a", info: info(), steps: [0, 1, 2], error: null }];
    const seen: [string, string | null][] = []; // route, and the statistical level's data-rendered when it was asked
    const inner = fakeFetch(runs);
    const api = new ApiClient({
      fetch: async (url: string) => {
        const stat = document.querySelector('[data-panel="statistics"]');
        seen.push([new URL(url, "http://h/").pathname, stat?.getAttribute("data-rendered") ?? null]);
        return url.includes("findings") ? new Response(JSON.stringify({ runs: [] })) : inner(url);
      },
    });
    const store = createStore(initialSelection());
    const data = createStore(initialData());
    const loader = new DataLoader(data, api);
    const root = document.createElement("div");
    document.body.appendChild(root);
    mountFrame(root, { store, data, loader, api });
    const other = api.findings(["a"], null); // another level asks at once
    await loader.loadRuns();
    await settle();
    await other;
    const routes = seen.map(([route]) => route);
    expect(routes.indexOf("/findings")).toBeGreaterThan(routes.indexOf("/statistics"));
    expect(seen.find(([route]) => route === "/findings")![1]).toBe("true");
  });

  it("shows a failing run's error while the others render", async () => {
    const runs: RunEntry[] = [
      { run: "good", info: info(), steps: [0, 1, 2], error: null },
      { run: "bad", info: null, steps: [0], error: "corrupt json record: <oops>" },
      { run: "gone", info: info(), steps: [0], error: null },
    ];
    const api = fakeApi(runs, { bad: "corrupt json record: <oops>", gone: "unknown run 'gone'" });
    const store = createStore(initialSelection());
    const data = createStore(initialData());
    const loader = new DataLoader(data, api);
    const root = document.createElement("div");
    document.body.appendChild(root);
    mountFrame(root, { store, data, loader, api });
    await loader.loadRuns();
    await settle();
    const errors = [...document.querySelectorAll("[data-run-error]")].map((n) => n.textContent);
    expect(errors.some((t) => t!.includes("bad") && t!.includes("corrupt json record: <oops>"))).toBe(true);
    expect(errors.some((t) => t!.includes("gone") && t!.includes("unknown run 'gone'"))).toBe(true);
    expect(document.querySelectorAll(".tbt-card").length).toBe(1);
    expect(document.querySelector('[data-panel="statistics"]')!.getAttribute("data-rendered")).toBe("true");
  });

  it("shows the callback snippet when there is no transfer data, and the error when /runs fails", async () => {
    const store = createStore(initialSelection());
    const data = createStore(initialData());
    const api = fakeApi([]);
    const loader = new DataLoader(data, api);
    const root = document.createElement("div");
    document.body.appendChild(root);
    mountFrame(root, { store, data, loader, api });
    await loader.loadRuns();
    await settle();
    expect(document.querySelector(".tbt-snippet")!.textContent).toContain("TransferCallback(");
    expect(document.querySelector(".tbt-app")!.getAttribute("data-state")).toBe("empty");

    document.body.innerHTML = "";
    const data2 = createStore(initialData());
    const broken = new ApiClient({ fetch: async () => new Response("logdir unreadable", { status: 404 }) });
    const loader2 = new DataLoader(data2, broken);
    const root2 = document.createElement("div");
    document.body.appendChild(root2);
    mountFrame(root2, { store: createStore(initialSelection()), data: data2, loader: loader2, api: broken });
    await loader2.loadRuns();
    await settle();
    expect(document.querySelector(".tbt-error-card")!.textContent).toContain("logdir unreadable");
  });

  it("selects a class from the table, and every view follows", async () => {
    const runs: RunEntry[] = [{ run: "r", info: info(), steps: [0, 1, 2], error: null }];
    const store = createStore(initialSelection());
    const data = createStore(initialData());
    const api = fakeApi(runs);
    const loader = new DataLoader(data, api);
    const root = document.createElement("div");
    document.body.appendChild(root);
    mountFrame(root, { store, data, loader, api });
    await loader.loadRuns();
    await settle();
    const row = document.querySelector<HTMLTableRowElement>('.tbt-table tbody tr[data-key="1"]')!;
    row.click();
    expect(store.get().class).toBe(1);
    await settle();
    expect(document.querySelector(".tbt-table tr.tbt-selected")!.getAttribute("data-key")).toBe("1");
    expect((document.querySelector("#tbt-class-select") as HTMLSelectElement).value).toBe("1");
    expect(document.querySelector(".tbt-tick-selected")!.textContent).toBe("dog");
    // keyboard: Enter on another row
    const other = document.querySelector<HTMLTableRowElement>('.tbt-table tbody tr[data-key="0"]')!;
    other.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    expect(store.get().class).toBe(0);
    // sorting by a column reorders rows
    const sortBtn = document.querySelector<HTMLButtonElement>('.tbt-sort[data-column="target"]')!;
    sortBtn.click();
    await settle();
    const order = [...document.querySelectorAll(".tbt-table tbody tr")].map((r) => r.getAttribute("data-key"));
    expect(order).toEqual(["1", "0", "2"]); // target acc 0.9, 0.5, null (nulls last)
  });

  it("filters runs by text or regex", () => {
    expect(runFilter("")("x")).toBe(true);
    expect(runFilter("^fine")("finetune")).toBe(true);
    expect(runFilter("^fine")("a_finetune")).toBe(false);
    expect(runFilter("[unclosed")("a[unclosed")).toBe(true);
    expect(runFilter("LR")("run_lr_0.1")).toBe(true);
  });
});

describe("DataLoader", () => {
  it("refetches statistics only when a run's steps changed", async () => {
    let steps = [0, 1];
    const calls: string[] = [];
    const api = new ApiClient({
      fetch: async (url: string) => {
        calls.push(url);
        const u = new URL(url, "http://h/");
        if (u.pathname === "/runs") return new Response(JSON.stringify({ runs: [{ run: "r", info: null, steps, error: null }] }));
        return new Response(JSON.stringify(makeStats("r", steps)));
      },
    });
    const data = createStore(initialData());
    const loader = new DataLoader(data, api);
    await loader.loadRuns();
    await loader.ensureStatistics(["r"]);
    expect(data.get().stats.get("r")!.status).toBe("ready");
    const v = data.get().version;
    await loader.reload(["r"]);
    expect(calls.filter((c) => c.includes("statistics"))).toHaveLength(1);
    steps = [0, 1, 2];
    await loader.reload(["r"]);
    expect(calls.filter((c) => c.includes("statistics"))).toHaveLength(2);
    expect(data.get().stats.get("r")!.data!.steps).toEqual([0, 1, 2]);
    expect(data.get().version).toBeGreaterThan(v);
  });

  it("commits the answers of one batch together, and streams the late ones", async () => {
    const runs = ["a", "b", "slow"].map((run) => ({ run, info: null, steps: [0], error: null }));
    const api = new ApiClient({
      fetch: async (url: string) => {
        const u = new URL(url, "http://h/");
        if (u.pathname === "/runs") return new Response(JSON.stringify({ runs }));
        const run = u.searchParams.get("run")!;
        if (run === "slow") await new Promise((r) => setTimeout(r, 150));
        return new Response(JSON.stringify(makeStats(run, [0])));
      },
    });
    const data = createStore(initialData());
    const loader = new DataLoader(data, api);
    await loader.loadRuns();
    const seen: string[][] = [];
    data.subscribe((d) => d.stats, (m) => seen.push([...m].filter(([, v]) => v.status === "ready").map(([k]) => k)));
    await loader.ensureStatistics(["a", "b"]);
    expect(seen).toEqual([[], ["a", "b"]]); // "loading" for both, then both at once
    seen.length = 0;
    const done = loader.ensureStatistics(["slow"], 20);
    await done;
    expect(seen.at(-1)).toEqual(["a", "b", "slow"]);
  });

  it("keeps the run list when a reload fails after a first success", async () => {
    let fail = false;
    const api = new ApiClient({
      fetch: async () => (fail ? new Response("down", { status: 404 }) : new Response(JSON.stringify({ runs: [{ run: "r", info: null, steps: [0], error: null }] }))),
    });
    const data = createStore(initialData());
    const loader = new DataLoader(data, api);
    await loader.loadRuns();
    fail = true;
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    await loader.loadRuns();
    warn.mockRestore();
    expect(data.get().status).toBe("ready");
    expect(data.get().runs).toHaveLength(1);
  });
});
