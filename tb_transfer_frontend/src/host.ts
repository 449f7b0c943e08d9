// The bridge to the TensorBoard host page (experimental plugin API): a MessageChannel sent with
// "experimental.bootstrap"; JSON messages {type, id, payload, error, isReply}; we reply to every host broadcast and
// re-fetch on experimental.DataReloaded. A polling fallback re-fetches every 30 s when the host is silent (other
// hosts, or the tab opened outside TensorBoard). Also: dark mode, which TensorBoard signals only through the
// `dark-mode` class on the parent document's body.

import type { Theme } from "./types";

export const DATA_RELOADED = "experimental.DataReloaded";
export const RUNS_CHANGED = "experimental.RunsChanged";

export interface HostMessage {
  type: string;
  id: number;
  payload: unknown;
  error: unknown;
  isReply: boolean;
}

export interface HostBridgeOptions {
  /** Called (debounced) when the host says data reloaded or runs changed, and by the polling fallback. */
  onReload: () => void;
  /** Polling period in ms (default 30 s); 0 disables polling. */
  pollMs?: number;
  /** Window to bootstrap with (default: window.parent). */
  parent?: Window | null;
}

export interface HostBridge {
  /** Sends a request to the host (e.g. "experimental.GetRuns"); rejects with the host's error. */
  request<T = unknown>(type: string, payload?: unknown): Promise<T>;
  /** Handles one raw message from the host port (exported for tests). */
  handle(raw: string): void;
  stop(): void;
  readonly connected: boolean;
}

export function startHostBridge(options: HostBridgeOptions): HostBridge {
  const pollMs = options.pollMs ?? 30_000;
  let lastReload = Date.now();
  let nextId = 1;
  const waits = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let port: MessagePort | null = null;
  let debounce: ReturnType<typeof setTimeout> | null = null;

  const reload = () => {
    lastReload = Date.now();
    if (debounce) clearTimeout(debounce);
    debounce = setTimeout(() => {
      debounce = null;
      options.onReload();
    }, 50);
  };

  const post = (msg: HostMessage) => {
    port?.postMessage(JSON.stringify(msg));
  };

  const handle = (raw: string) => {
    let msg: HostMessage;
    try {
      msg = JSON.parse(raw) as HostMessage;
    } catch {
      return;
    }
    if (!msg || typeof msg.type !== "string") return;
    if (msg.isReply) {
      const w = waits.get(msg.id);
      if (!w) return;
      waits.delete(msg.id);
      if (msg.error) w.reject(new Error(String(msg.error)));
      else w.resolve(msg.payload);
      return;
    }
    // Host broadcasts wait for our reply (Promise.all on the host side): always answer.
    post({ type: msg.type, id: msg.id, payload: null, error: null, isReply: true });
    if (msg.type === DATA_RELOADED || msg.type === RUNS_CHANGED) reload();
  };

  const parent = options.parent === undefined ? (typeof window !== "undefined" ? window.parent : null) : options.parent;
  if (parent && typeof window !== "undefined" && parent !== window && typeof MessageChannel !== "undefined") {
    try {
      const channel = new MessageChannel();
      port = channel.port1;
      port.onmessage = (e: MessageEvent) => handle(String(e.data));
      parent.postMessage("experimental.bootstrap", "*", [channel.port2]);
    } catch (err) {
      console.warn("tb-transfer: host bridge unavailable", err);
      port = null;
    }
  }

  const timer =
    pollMs > 0
      ? setInterval(() => {
          // The host reloads every 30 s while data changes; poll only when it has been quiet longer than that.
          if (Date.now() - lastReload >= pollMs * 0.9) reload();
        }, pollMs)
      : null;

  return {
    get connected() {
      return port !== null;
    },
    handle,
    request<T>(type: string, payload: unknown = null): Promise<T> {
      if (!port) return Promise.reject(new Error("not inside TensorBoard"));
      const id = nextId++;
      return new Promise<T>((resolve, reject) => {
        waits.set(id, { resolve: resolve as (v: unknown) => void, reject });
        post({ type, id, payload, error: null, isReply: false });
      });
    },
    stop() {
      if (timer) clearInterval(timer);
      if (debounce) clearTimeout(debounce);
      port?.close();
      port = null;
    },
  };
}

/**
 * Follows TensorBoard's theme: the `dark-mode` class on the parent page's body (same origin), watched with a
 * MutationObserver; outside TensorBoard (or cross-origin) follows prefers-color-scheme.
 */
export function watchTheme(onTheme: (t: Theme) => void): () => void {
  const stops: (() => void)[] = [];
  let parentBody: HTMLElement | null = null;
  try {
    if (window.parent && window.parent !== window) parentBody = window.parent.document.body;
  } catch {
    parentBody = null; // cross-origin
  }
  if (parentBody) {
    const body = parentBody;
    const read = () => onTheme(body.classList.contains("dark-mode") ? "dark" : "light");
    read();
    const obs = new MutationObserver(read);
    obs.observe(body, { attributes: true, attributeFilter: ["class"] });
    stops.push(() => obs.disconnect());
  } else if (typeof window.matchMedia === "function") {
    const mq = window.matchMedia("(prefers-color-scheme: dark)");
    const read = () => onTheme(mq.matches ? "dark" : "light");
    read();
    mq.addEventListener?.("change", read);
    stops.push(() => mq.removeEventListener?.("change", read));
  }
  return () => stops.forEach((s) => s());
}
