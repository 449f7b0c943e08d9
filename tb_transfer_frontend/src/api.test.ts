import { describe, expect, it, vi } from "vitest";
import { ApiClient, ApiError, buildUrl } from "./api";

function respond(status: number, body: string, statusText = ""): Response {
  return new Response(body, { status, statusText });
}

describe("buildUrl", () => {
  it("builds relative URLs with every value encoded", () => {
    expect(buildUrl("runs")).toBe("./runs");
    expect(buildUrl("statistics", { run: "a b/c&d=<x>" })).toBe("./statistics?run=a+b%2Fc%26d%3D%3Cx%3E");
    expect(buildUrl("feature_projection", { run: "r", channels: [12, 5, 9], step: null, class: 0 })).toBe(
      "./feature_projection?run=r&channels=12%2C5%2C9&class=0",
    );
  });
});

describe("ApiClient.holdUntil", () => {
  const ok = () => respond(200, "{}");

  it("holds every route but /runs and /statistics until the promise settles", async () => {
    const f = vi.fn(async (_url: string) => ok());
    const api = new ApiClient({ fetch: f });
    let release: () => void = () => {};
    api.holdUntil(new Promise<void>((r) => (release = r)), 60_000);
    const held = api.layer("r", "l");
    await api.runs();
    await api.statistics("r");
    await new Promise((r) => setTimeout(r, 20));
    expect(f.mock.calls.map((c) => c[0])).toEqual(["./runs", "./statistics?run=r"]);
    release();
    await held;
    expect(f.mock.calls.map((c) => c[0])).toEqual(["./runs", "./statistics?run=r", "./layer?run=r&layer=l"]);
    await api.layerCka("r", null); // released: no longer held
    expect(f).toHaveBeenCalledTimes(4);
  });

  it("releases after maxMs, and when the promise fails", async () => {
    const f = vi.fn(async (_url: string) => ok());
    const api = new ApiClient({ fetch: f });
    api.holdUntil(new Promise<void>(() => {}), 30);
    const t0 = Date.now();
    await api.layer("r", "l");
    expect(Date.now() - t0).toBeGreaterThanOrEqual(25);
    api.holdUntil(Promise.reject(new Error("statistics failed")), 60_000);
    await api.layer("r", "l");
    expect(f).toHaveBeenCalledTimes(2);
  });
});

describe("ApiClient", () => {
  it("fetches typed JSON with relative URLs", async () => {
    const f = vi.fn(async (_url: string) => respond(200, JSON.stringify({ runs: [{ run: "r", info: null, steps: [0], error: null }] })));
    const api = new ApiClient({ fetch: f });
    const r = await api.runs();
    expect(f).toHaveBeenCalledWith("./runs", expect.anything());
    expect(r.runs[0].run).toBe("r");
    await api.statistics("x y").catch(() => {});
    expect(f.mock.calls[1][0]).toBe("./statistics?run=x+y");
    await api.layer("r", "features.0").catch(() => {});
    expect(f.mock.calls[2][0]).toBe("./layer?run=r&layer=features.0");
    await api.features("r", "l", 3, { class: 2 }).catch(() => {});
    expect(f.mock.calls[3][0]).toBe("./features?run=r&layer=l&step=3&class=2");
    await api.structure("r", "l", null, 1).catch(() => {});
    expect(f.mock.calls[4][0]).toBe("./structure?run=r&layer=l&class=1");
    await api.features("r", "l", null, { instances: [3, 1, 20] }).catch(() => {});
    expect(f.mock.calls[5][0]).toBe("./features?run=r&layer=l&instances=3%2C1%2C20");
    await api.features("r", "l", null, {}).catch(() => {});
    expect(f.mock.calls[6][0]).toBe("./features?run=r&layer=l");
    await api.channel("r", "l", 2, 7, { class: 0 }).catch(() => {});
    expect(f.mock.calls[7][0]).toBe("./channel?run=r&layer=l&step=2&channel=7&top=9&class=0");
    expect(api.thumbnailsUrl("a&b")).toBe("./thumbnails?run=a%26b");
    await api.featureProjection("r", "l", null, { instances: [3, 9] }, "current", [5, 1]).catch(() => {});
    expect(f.mock.calls[8][0]).toBe("./feature_projection?run=r&layer=l&instances=3%2C9&model=current&channels=5%2C1");
  });

  it("surfaces the server's error message and status", async () => {
    const api = new ApiClient({ fetch: async () => respond(404, "unknown run 'nope'\n", "NOT FOUND") });
    const err = await api.statistics("nope").catch((e) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err.status).toBe(404);
    expect(err.message).toBe("unknown run 'nope'");
    expect(err.url).toBe("./statistics?run=nope");
  });

  it("falls back to the status line for empty or HTML error bodies, and reports network errors", async () => {
    const a = new ApiClient({ fetch: async () => respond(500, "<html><body>oops</body></html>", "INTERNAL SERVER ERROR") });
    expect((await a.runs().catch((e) => e)).message).toBe("500 INTERNAL SERVER ERROR");
    const b = new ApiClient({
      fetch: async () => {
        throw new TypeError("Failed to fetch");
      },
    });
    const e = await b.runs().catch((x) => x);
    expect(e).toBeInstanceOf(ApiError);
    expect(e.status).toBe(0);
    expect(e.message).toContain("Failed to fetch");
  });

  it("reports invalid JSON", async () => {
    const api = new ApiClient({ fetch: async () => respond(200, "{nope") });
    expect((await api.runs().catch((e) => e)).message).toContain("invalid JSON");
  });

  it("accepts t-SNE's 202 pending answer and polls until ready", async () => {
    let n = 0;
    const api = new ApiClient({
      fetch: async () => {
        n++;
        return n < 3
          ? respond(202, JSON.stringify({ status: "pending", coords: null, run: "r", layer: "l", step: 1, projection: "tsne" }))
          : respond(200, JSON.stringify({ status: "ready", coords: [[0, 1]], run: "r", layer: "l", step: 1, projection: "tsne" }));
      },
    });
    const first = await api.instances("r", "l", 1, "tsne");
    expect(first.status).toBe("pending");
    const r = await api.instancesReady("r", "l", 1, "tsne", { intervalMs: 1 });
    expect(r.status).toBe("ready");
    expect(n).toBe(3);
  });

  it("prefixes an explicit base", () => {
    const api = new ApiClient({ base: "http://h/data/plugin/tb_transfer/", fetch: async () => respond(200, "{}") });
    expect(api.url("runs")).toBe("http://h/data/plugin/tb_transfer/runs");
  });
});
