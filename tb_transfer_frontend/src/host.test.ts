import { afterEach, describe, expect, it, vi } from "vitest";
import { DATA_RELOADED, startHostBridge } from "./host";

class FakeParent {
  port: MessagePort | null = null;
  received: string[] = [];
  postMessage(msg: unknown, _origin: string, transfer: MessagePort[]) {
    expect(msg).toBe("experimental.bootstrap");
    this.port = transfer[0];
    this.port.onmessage = (e) => this.received.push(String(e.data));
  }
}

afterEach(() => {
  vi.useRealTimers();
});

describe("host bridge", () => {
  it("bootstraps a MessageChannel, answers DataReloaded and reloads", async () => {
    const parent = new FakeParent();
    const onReload = vi.fn();
    const g = globalThis as unknown as { window?: unknown };
    const hadWindow = "window" in g;
    g.window = globalThis;
    try {
      const bridge = startHostBridge({ onReload, pollMs: 0, parent: parent as unknown as Window });
      expect(bridge.connected).toBe(true);
      parent.port!.postMessage(JSON.stringify({ type: DATA_RELOADED, id: 7, payload: null, error: null, isReply: false }));
      await vi.waitFor(() => expect(onReload).toHaveBeenCalledTimes(1), { timeout: 5000 });
      expect(parent.received.map((m) => JSON.parse(m))).toEqual([
        { type: DATA_RELOADED, id: 7, payload: null, error: null, isReply: true },
      ]);
      // requests resolve with the host's reply
      const p = bridge.request<string[]>("experimental.GetRuns");
      await vi.waitFor(() => expect(parent.received.length).toBe(2), { timeout: 5000 });
      const req = JSON.parse(parent.received[1]);
      expect(req).toMatchObject({ type: "experimental.GetRuns", isReply: false });
      parent.port!.postMessage(JSON.stringify({ type: req.type, id: req.id, payload: ["a"], error: null, isReply: true }));
      await expect(p).resolves.toEqual(["a"]);
      bridge.stop();
    } finally {
      if (!hadWindow) delete g.window;
    }
  });

  it("ignores garbage and debounces bursts", async () => {
    const onReload = vi.fn();
    const bridge = startHostBridge({ onReload, pollMs: 0, parent: null });
    expect(bridge.connected).toBe(false);
    bridge.handle("not json");
    bridge.handle(JSON.stringify({ nope: 1 }));
    for (let i = 0; i < 5; i++) bridge.handle(JSON.stringify({ type: DATA_RELOADED, id: i, payload: null, error: null, isReply: false }));
    await vi.waitFor(() => expect(onReload).toHaveBeenCalledTimes(1), { timeout: 5000 });
    await new Promise((r) => setTimeout(r, 100));
    expect(onReload).toHaveBeenCalledTimes(1);
    await expect(bridge.request("x")).rejects.toThrow("not inside TensorBoard");
    bridge.stop();
  });

  it("polls when the host stays silent", async () => {
    vi.useFakeTimers();
    const onReload = vi.fn();
    const bridge = startHostBridge({ onReload, pollMs: 30_000, parent: null });
    vi.advanceTimersByTime(30_100);
    expect(onReload).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(30_000);
    expect(onReload).toHaveBeenCalledTimes(2);
    bridge.stop();
    vi.advanceTimersByTime(90_000);
    expect(onReload).toHaveBeenCalledTimes(2);
  });
});
