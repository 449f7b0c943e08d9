// @vitest-environment jsdom
// The statistical level's panels, mounted from the registry the way the frame mounts them, on /statistics JSON.
import { afterEach, describe, expect, it } from "vitest";
import "./index";
import { ApiClient } from "../api";
import { DataLoader, initialData, type DataState, type RunStats } from "../data";
import { runColor } from "../palette";
import { createPanel, panelsFor, type PanelInstance } from "../panels";
import { createStore, initialSelection } from "../store";
import { makeStats } from "../testdata";
import type { RunEntry, Selection, Statistics } from "../types";
import { STAT_RENDERED_MARK } from "./level";
import readme from "../../README.md?raw";
import failuresSource from "./failures.ts?raw";

const XSS = "<img src=x onerror=alert(1)>";
const PANELS = ["stat-summary", "stat-accuracy", "stat-transferability", "stat-classes", "stat-confusion", "stat-layers", "stat-failures"];

function entry(run: string, st: Statistics | null, error: string | null = null): RunEntry {
  return {
    run,
    steps: st?.steps ?? [],
    error,
    info: { version: 1, model: "resnet", class_names: ["cat", "dog", "<b>bird</b>"], layers: [], step_unit: "epoch" },
  };
}

const ready = (data: Statistics): RunStats => ({ status: "ready", data, error: null, signature: "" });

let mounted: PanelInstance[] = [];

/** The registered statistical panels in a grid, on a data store holding `stats` (null: still loading). */
function mountLevel(stats: Record<string, RunStats | null>, sel: Partial<Selection> = {}, errors: Record<string, string> = {}) {
  const runs = Object.keys(stats);
  const data = createStore<DataState>({
    ...initialData(),
    status: "ready",
    runs: runs.map((r) => entry(r, stats[r]?.data ?? null, errors[r] ?? null)),
    stats: new Map(runs.filter((r) => stats[r]).map((r) => [r, stats[r]!])),
  });
  const store = createStore<Selection>({ ...initialSelection(), runs, ...sel });
  const api = new ApiClient({ fetch: async () => new Response("unused", { status: 404 }) });
  const grid = document.createElement("div");
  grid.className = "tbt-grid";
  document.body.appendChild(grid);
  const color = (run: string) => runColor(run, store.get().theme);
  mounted = panelsFor("statistical").map((p) => {
    const panel = createPanel({ id: p.id, title: p.title, info: p.info, span: p.span });
    grid.appendChild(panel.root);
    return p.mount({ panel, store, data, loader: new DataLoader(data, api), api, runColor: color, grid }) ?? {};
  });
  const panel = (id: string) => grid.querySelector<HTMLElement>(`[data-panel="${id}"]`)!;
  return { grid, store, data, panel };
}

/** Lets the scheduled renders run until `done()` (or fails after 10 s: jsdom is slow). */
async function until(done: () => boolean): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!done()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 10));
  }
  await new Promise((r) => setTimeout(r, 20));
}

const rendered = (grid: HTMLElement) => () => grid.dataset.rendered === "true";

afterEach(() => {
  mounted.forEach((m) => m.destroy?.());
  mounted = [];
  document.body.innerHTML = "";
});

describe("the statistical level", () => {
  it("registers its seven panels in order and marks the first complete render", async () => {
    expect(panelsFor("statistical").map((p) => p.id)).toEqual(PANELS);
    const before = performance.getEntriesByName(STAT_RENDERED_MARK).length;
    const { grid } = mountLevel({ a: ready(makeStats("a")) });
    expect(grid.dataset.panel).toBe("statistics");
    await until(rendered(grid));
    expect(grid.dataset.runs).toBe("1");
    expect(performance.getEntriesByName(STAT_RENDERED_MARK).length).toBe(before + 1);
    expect([...grid.querySelectorAll(".tbt-panel")].map((p) => p.getAttribute("data-panel"))).toEqual(PANELS);
    for (const id of PANELS) expect(grid.querySelector(`[data-panel="${id}"]`)!.getAttribute("data-state")).toBe("ready");
  });

  it("waits for every selected run on the first load, and lists unreadable runs above the panels", async () => {
    const { grid, data, panel } = mountLevel({ a: ready(makeStats("a")), slow: null, bad: { status: "error", data: null, error: "corrupt <record>", signature: "" } });
    await until(() => panel("stat-summary").dataset.state === "loading");
    expect(grid.dataset.rendered).toBe("false");
    expect(panel("stat-summary").textContent).toContain("Loading statistics… (2 of 3 runs)");
    const error = grid.querySelector("[data-run-error]")!;
    expect(grid.firstElementChild).toBe(error.parentElement);
    expect(error.textContent).toBe("⚠Run bad could not be read: corrupt <record>");
    data.set({ stats: new Map([...data.get().stats, ["slow", ready(makeStats("slow"))]]) });
    await until(rendered(grid));
    expect(grid.querySelectorAll(".tbt-card")).toHaveLength(2);
  });

  it("asks for a run when none is selected", async () => {
    const { grid, store, panel } = mountLevel({ a: ready(makeStats("a")) });
    await until(rendered(grid));
    store.set({ runs: [] });
    await until(() => panel("stat-accuracy").dataset.state === "empty");
    expect(panel("stat-accuracy").textContent).toContain("Select one or more runs above.");
    expect(grid.dataset.rendered).toBe("true");
  });
});

describe("glance cards", () => {
  it("shows one card per run with names as text and the values at the selected step", async () => {
    const { grid, store, panel } = mountLevel({ [XSS]: ready(makeStats(XSS)), b: ready(makeStats("b")) });
    await until(rendered(grid));
    expect(grid.querySelector("img")).toBeNull();
    expect([...panel("stat-summary").querySelectorAll(".tbt-card .tbt-run-name")].map((n) => n.textContent)).toEqual([XSS, "b"]);
    const values = () => [...panel("stat-summary").querySelectorAll(".tbt-card")[1].querySelectorAll(".tbt-kpi-value")].map((n) => n.textContent);
    // makeStats: transferability 0.2·t (null at t = 1); target val accuracy 0.25 + 0.2·t; source 0.9 − 0.01·t
    expect(values()).toEqual(["+40.0 pp", "65.0%", "88.0%"]);
    store.set({ step: 1 });
    await until(() => values()[0] === "–");
    expect(values()).toEqual(["–", "45.0%", "89.0%"]);
  });
});

describe("accuracy", () => {
  it("draws every split of every run, and run − reference in difference mode", async () => {
    const { grid, store, panel } = mountLevel({ a: ready(makeStats("a")), b: ready(makeStats("b")) });
    await until(rendered(grid));
    const series = () => [...panel("stat-accuracy").querySelectorAll(".tbt-line-series")].map((g) => g.getAttribute("data-series"));
    expect(series()).toEqual(["a:target_val", "a:target", "a:source", "b:target_val", "b:target", "b:source"]);
    expect(panel("stat-accuracy").querySelector(".tbt-axis-label")!.textContent).toBe("Step (epoch)");
    store.set({ compareMode: "difference" });
    await until(() => series().length === 3);
    expect(series()).toEqual(["b:target_val", "b:target", "b:source"]);
    expect([...panel("stat-accuracy").querySelectorAll(".tbt-axis-label")].map((t) => t.textContent)).toContain("Δ accuracy vs a (pp)");
  });

  it("hides a split from its legend button and switches to loss", async () => {
    const { grid, panel } = mountLevel({ a: ready(makeStats("a")) });
    await until(rendered(grid));
    const p = panel("stat-accuracy");
    const series = () => [...p.querySelectorAll(".tbt-line-series")].map((g) => g.getAttribute("data-series"));
    p.querySelector<HTMLButtonElement>('button[data-series="source"]')!.click();
    await until(() => series().length === 2);
    expect(series()).toEqual(["a:target_val", "a:target"]);
    const select = p.querySelector<HTMLSelectElement>(".tbt-panel-controls select")!;
    select.value = "loss";
    select.dispatchEvent(new Event("change"));
    await until(() => p.querySelector(".tbt-panel-title")!.textContent!.startsWith("Loss over training"));
    await until(() => [...p.querySelectorAll(".tbt-axis-label")].some((t) => t.textContent === "Loss (cross-entropy)"));
  });
});

describe("transferability", () => {
  it("shows the score at the selected step and a gap where it is undefined", async () => {
    const { grid, store, panel } = mountLevel({ a: ready(makeStats("a")) });
    await until(rendered(grid));
    const head = () => panel("stat-transferability").querySelector(".tbt-headline-value")!.textContent;
    expect(head()).toBe("+40.0 pp");
    store.set({ step: 1 });
    await until(() => head() === "–");
  });

  it("says so when no run has a score", async () => {
    const st = { ...makeStats("a"), transferability: [null, null, null] };
    const { grid, panel } = mountLevel({ a: ready(st) });
    await until(rendered(grid));
    expect(panel("stat-transferability").textContent).toContain("Not defined for these runs");
  });
});

describe("per-class table", () => {
  it("lists the classes of the focused run and selects a class on click", async () => {
    const { grid, store, panel } = mountLevel({ a: ready(makeStats("a")) });
    await until(rendered(grid));
    const p = panel("stat-classes");
    const rows = p.querySelectorAll<HTMLTableRowElement>("tbody tr");
    expect(rows).toHaveLength(3);
    // sorted by target − source, ascending: cat (−0.4), dog (+0.1), bird (no target accuracy) last
    expect([...rows].map((r) => r.getAttribute("data-key"))).toEqual(["0", "1", "2"]);
    expect(p.textContent).toContain("<b>bird</b>");
    rows[1].click();
    expect(store.get().class).toBe(1);
    await until(() => p.querySelector(".tbt-caption")!.textContent!.endsWith("selected: dog"));
    expect(p.querySelector("tbody tr.tbt-selected")!.getAttribute("data-key")).toBe("1");
  });
});

describe("confusion matrices", () => {
  it("draws one matrix per run, outlines the selected class and switches domain", async () => {
    const { grid, store, panel } = mountLevel({ a: ready(makeStats("a")), b: ready(makeStats("b")) }, { class: 2 });
    await until(rendered(grid));
    const p = panel("stat-confusion");
    expect(p.querySelectorAll(".tbt-heatmap")).toHaveLength(2);
    expect(p.querySelectorAll(".tbt-heatmap-hl")).toHaveLength(4);
    // target matrix of makeStats: the third class has no target instance (a row of zeros: no colour)
    expect(p.querySelectorAll(".tbt-heatmap")[0].querySelectorAll(".tbt-ov-cell")).toHaveLength(6);
    expect(p.querySelector(".tbt-color-legend")!.textContent).toContain("Share of the true class's target instances");
    p.querySelector<HTMLButtonElement>('button[data-value="source"]')!.click();
    await until(() => p.querySelector(".tbt-heatmap svg")!.getAttribute("aria-label")!.startsWith("source"));
    expect(p.querySelectorAll(".tbt-heatmap")[0].querySelectorAll(".tbt-ov-cell")).toHaveLength(9);
    store.set({ class: null });
    await until(() => p.querySelectorAll(".tbt-heatmap-hl").length === 0);
  });
});

describe("layer transferability", () => {
  it("offers the logged measures by their table labels and follows the selected layer", async () => {
    const { grid, store, panel } = mountLevel({ a: ready(makeStats("a")) });
    await until(rendered(grid));
    const p = panel("stat-layers");
    const options = [...p.querySelectorAll<HTMLOptionElement>(".tbt-panel-controls option")].map((o) => [o.value, o.textContent]);
    expect(options).toEqual([
      ["weight_drift", "Relative weight drift"],
      ["logme", "LogME (target labels)"],
    ]);
    expect(p.querySelector<HTMLSelectElement>(".tbt-panel-controls select")!.value).toBe("logme");
    expect(p.textContent).toContain("not logged (no source head)");
    expect(p.querySelector(".tbt-highlight-band")).toBeNull();
    store.set({ layer: "conv2" });
    await until(() => p.querySelector(".tbt-highlight-band") !== null);
  });
});

describe("measure failures", () => {
  it("lists the failures of the selected step and all steps'", async () => {
    const { grid, store, panel } = mountLevel({ a: ready(makeStats("a")) }, { step: 1 });
    await until(rendered(grid));
    const p = panel("stat-failures");
    expect(p.querySelector(".tbt-note")!.textContent).toBe("1 failed at step 1:");
    expect(p.querySelector(".tbt-failures li")!.textContent).toBe("LogME (target labels) @ conv2singular matrix");
    store.set({ step: 2 });
    await until(() => p.querySelector(".tbt-note")!.textContent === "No measure failed at step 2.");
    expect(p.querySelector("details summary")!.textContent).toBe("All steps (1 failures)");
  });
});

describe("the README's example panel", () => {
  it("is the code of failures.ts (comments and layout aside)", () => {
    const block = /## Adding a panel[\s\S]*?```ts\n([\s\S]*?)```/.exec(readme)![1];
    const bare = (code: string) => code.replace(/\/\/.*$/gm, "").replace(/\s+/g, "");
    const file = bare(failuresSource);
    const statements = block.split(/\n(?=import |\/\/ |registerPanel\()/);
    expect(statements.length).toBeGreaterThan(5);
    for (const st of statements) expect(file).toContain(bare(st));
  });
});
