// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiClient, buildUrl } from "../api";
import { initialData, type DataState } from "../data";
import { createPanel } from "../panels";
import { createStore, initialSelection } from "../store";
import type { Selection } from "../types";
import { formatNumber, summaryLine } from "./format";
import { evidenceTarget, revealEvidence, selectEvidence } from "./link";
import { mountFindings } from "./index";
import type { Finding, FindingLink, FindingsResponse } from "./types";

const XSS = "<img src=x onerror=alert(1)>";

function finding(over: Partial<Finding> = {}): Finding {
  return {
    rule: "forgetting",
    title: "Forgetting",
    status: "found",
    severity: "warning",
    sentence: "Forgetting: source accuracy fell.",
    threshold: "source accuracy more than 10 pp below the pretrained model's",
    numbers: [{ label: "change", value: -0.2, unit: "pp" }],
    link: { run: "A", step: 2, section: "statistical", panel: "stat-accuracy", layer: null, class: null },
    ...over,
  };
}

describe("formatNumber", () => {
  it("shows fractions as %, differences as signed pp, counts as integers", () => {
    expect(formatNumber({ label: "", value: 0.8512, unit: "acc" })).toBe("85.1%");
    expect(formatNumber({ label: "", value: 0.25, unit: "fraction" })).toBe("25.0%");
    expect(formatNumber({ label: "", value: -0.061, unit: "pp" })).toBe("−6.1 pp");
    expect(formatNumber({ label: "", value: 0.1, unit: "pp" })).toBe("+10.0 pp");
    expect(formatNumber({ label: "", value: 0, unit: "pp" })).toBe("±0.0 pp");
    expect(formatNumber({ label: "", value: 499.6, unit: "count" })).toBe("500");
    expect(formatNumber({ label: "", value: 0.99871, unit: "" })).toBe("0.999");
    expect(formatNumber({ label: "", value: -2e-5, unit: "" })).toBe("−2.00e-5");
    expect(formatNumber({ label: "", value: null, unit: "acc" })).toBe("–");
  });
});

describe("summaryLine", () => {
  it("counts found findings by severity and the undecided, ignoring clear ones", () => {
    const fs = [
      finding({ severity: "problem" }),
      finding(),
      finding(),
      finding({ status: "undecided", severity: "note" }),
      finding({ status: "clear", severity: "note" }),
    ];
    expect(summaryLine(fs)).toBe("1 problem · 2 warnings · 1 undecided");
    expect(summaryLine([finding({ status: "clear" })])).toBe("nothing found");
  });
});

describe("buildUrl", () => {
  it("repeats a parameter per value, names with commas intact", () => {
    expect(buildUrl("findings", { run: { repeat: ["a,b", "c&d"] }, step: 3 })).toBe("./findings?run=a%2Cb&run=c%26d&step=3");
    expect(buildUrl("findings", { run: { repeat: ["a"] }, step: null })).toBe("./findings?run=a");
  });
});

describe("selectEvidence", () => {
  const link: FindingLink = { run: "B", step: 2, section: "overview", panel: "overview-heatmaps", layer: "conv1", class: 3 };

  it("adds the run and sets step, layer and class in one update", () => {
    const store = createStore<Selection>({ ...initialSelection(), runs: ["A"], step: null });
    const seen = vi.fn();
    store.subscribe((s) => [s.runs, s.step, s.layer, s.class], seen);
    selectEvidence(link, store, [0, 1, 2, 3]);
    expect(store.get()).toMatchObject({ runs: ["A", "B"], step: 2, layer: "conv1", class: 3 });
    expect(seen).toHaveBeenCalledTimes(1);
  });

  it("keeps following the latest step when the run already shows the link's step; null layer/class keep the selection", () => {
    const store = createStore<Selection>({ ...initialSelection(), runs: ["B"], step: null, layer: "fc", class: 1 });
    selectEvidence({ ...link, layer: null, class: null }, store, [0, 1, 2]);
    expect(store.get()).toMatchObject({ runs: ["B"], step: null, layer: "fc", class: 1 });
  });
});

describe("evidence target", () => {
  afterEach(() => {
    document.body.innerHTML = "";
  });

  it("is the panel if mounted, else the section", () => {
    document.body.innerHTML = `<section data-section="overview"><div data-panel="overview-heatmaps"></div></section><section data-section="instance"></section>`;
    const scroll = vi.fn();
    Element.prototype.scrollIntoView = scroll;
    const link: FindingLink = { run: "A", step: 0, section: "overview", panel: "overview-heatmaps", layer: null, class: null };
    expect(evidenceTarget(link)?.dataset.panel).toBe("overview-heatmaps");
    expect(evidenceTarget({ ...link, section: "instance", panel: "instance-projection" })?.dataset.section).toBe("instance");
    expect(evidenceTarget({ ...link, section: "nowhere", panel: null })).toBeNull();
    const target = revealEvidence(link);
    expect(scroll).toHaveBeenCalledTimes(1);
    expect(target?.classList.contains("tbt-evidence")).toBe(true);
  });
});

describe("mountFindings", () => {
  afterEach(() => {
    document.body.innerHTML = "";
  });

  function setup(resp: FindingsResponse | Error) {
    const calls: string[] = [];
    const api = new ApiClient({
      fetch: async (url: string) => {
        calls.push(url);
        if (resp instanceof Error) return new Response(resp.message, { status: 404 });
        return new Response(JSON.stringify(resp), { status: 200 });
      },
    });
    const data = createStore<DataState>({
      ...initialData(),
      status: "ready",
      runs: [
        { run: "A", info: null, steps: [0, 1, 2], error: null },
        { run: XSS, info: null, steps: [0, 1, 2], error: null },
      ],
    });
    const store = createStore<Selection>({ ...initialSelection(), runs: ["A", XSS] });
    const panel = createPanel({ id: "findings", title: "Findings", span: 12 });
    document.body.append(panel.root);
    const inst = mountFindings({ panel, store, data, loader: null as never, api, runColor: () => "#123456", grid: document.body });
    return { calls, store, panel, inst, data };
  }

  const flush = () => new Promise((r) => setTimeout(r, 0));

  it("asks for every selected run at the selected step and draws found, undecided and clear findings as text", async () => {
    const resp: FindingsResponse = {
      runs: [
        { run: "A", step: null, findings: [], error: "its records cannot be read: corrupt" },
        {
          run: XSS,
          step: 2,
          error: null,
          findings: [
            finding({ severity: "problem", rule: "negative_transfer", sentence: `${XSS} is worse`, link: { run: XSS, step: 2, section: "statistical", panel: "stat-transferability", layer: null, class: null } }),
            finding({ status: "undecided", severity: "note", rule: "domain_gap_at_top", link: null }),
            finding({ status: "clear", severity: "note", rule: "failed_measures", title: "Failed measures", sentence: "No measure failed." }),
          ],
        },
      ],
      compared: [finding({ rule: "compare_transferability", severity: "note", title: "Runs compared: transferability" })],
    };
    const { calls, panel, store, inst } = setup(resp);
    await flush();
    const runParam = new URLSearchParams({ run: XSS }).toString();
    expect(calls[0]).toBe(`./findings?run=A&${runParam}`);
    expect(panel.root.querySelector("img")).toBeNull(); // names and sentences are text, never markup
    const items = [...panel.body.querySelectorAll<HTMLElement>(".tbt-finding")];
    expect(items.map((i) => [i.dataset.rule, i.dataset.status])).toEqual([
      ["negative_transfer", "found"],
      ["domain_gap_at_top", "undecided"],
      ["compare_transferability", "found"],
    ]);
    expect(items[0].textContent).toContain(`${XSS} is worse`);
    expect(items[0].querySelector(".tbt-finding-numbers")?.textContent).toBe("change −20.0 pp");
    expect(items[0].querySelector(".tbt-finding-rule")?.textContent).toContain("10 pp below");
    expect(items[1].querySelector(".tbt-finding-link")).toBeNull();
    expect(panel.body.querySelector(".tbt-findings-clear summary")?.textContent).toBe("1 rule checked with nothing found");
    const heads = [...panel.body.querySelectorAll(".tbt-findings-run-head")].map((h) => h.textContent);
    expect(heads[1]).toContain("1 problem · 1 undecided");
    expect(panel.body.querySelector(".tbt-error-message")?.textContent).toBe("No findings: its records cannot be read: corrupt");
    expect(panel.root.dataset.rendered).toBe("true");

    store.set({ step: 1 });
    await flush();
    expect(calls[1]).toBe(`./findings?run=A&${runParam}&step=1`);
    items[0].querySelector<HTMLButtonElement>(".tbt-finding-link")!.click();
    expect(store.get().step).toBe(2);
    inst?.destroy?.();
  });

  it("refetches when a reload brings new data, and shows the server's error message", async () => {
    const { calls, panel, data, inst } = setup(new Error("unknown run 'A'"));
    await flush();
    expect(panel.root.dataset.state).toBe("error");
    expect(panel.root.textContent).toContain("unknown run 'A'");
    data.set({ version: data.get().version + 1 });
    await flush();
    expect(calls.length).toBe(2);
    inst?.destroy?.();
  });
});
