// Typed client for the plugin's HTTP API (docs/api.md). Every URL is relative ("./runs"), so it survives
// --path_prefix, /experiment/<id>/ and proxies; the iframe's base URL is <prefix>/data/plugin/tb_transfer/.
// Errors carry the server's plain-text message.

import type { FindingsResponse } from "./findings/types";
import type {
  ChannelDetail,
  FeatureProjection,
  Features,
  GroupQuery,
  Instances,
  LayerCka,
  LayerDrift,
  ModelName,
  Neighbors,
  Projection,
  RunsResponse,
  Statistics,
  Structure,
} from "./types";

/** An HTTP or network error; `message` is the server's text (or a description of the network failure). */
export class ApiError extends Error {
  readonly status: number;
  readonly url: string;
  constructor(message: string, status: number, url: string) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.url = url;
  }
}

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** A parameter sent once per value (`run=a&run=b`), for names that may contain commas. */
export interface Repeated {
  repeat: readonly string[];
}

type Params = Record<string, string | number | readonly (string | number)[] | Repeated | undefined | null>;

/** Builds "./route?k=v" with every value URL-encoded (run, layer and class names are opaque strings). */
export function buildUrl(route: string, params: Params = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null) continue;
    if (typeof v === "object" && "repeat" in v) {
      for (const x of v.repeat) q.append(k, x);
      continue;
    }
    q.append(k, Array.isArray(v) ? v.join(",") : String(v));
  }
  const qs = q.toString();
  return `./${route.replace(/^\.?\//, "")}${qs ? `?${qs}` : ""}`;
}

/** Reads an error body as text, trimmed and shortened; falls back to the status text. */
async function errorMessage(resp: Response): Promise<string> {
  let text = "";
  try {
    text = (await resp.text()).trim();
  } catch {
    /* body unreadable */
  }
  if (/^\s*<(!doctype|html)/i.test(text)) text = ""; // an HTML error page says nothing useful
  if (text.length > 600) text = `${text.slice(0, 600)}…`;
  return text || `${resp.status} ${resp.statusText || "error"}`.trim();
}

/** The query parameters of a group (docs/api.md "Groups"). */
function groupQuery(g: GroupQuery): Params {
  return { class: g.class, instances: g.instances };
}

export interface RequestOptions {
  signal?: AbortSignal;
}

/** The result of `/instances`: t-SNE answers 202 `pending` while it computes. */
export type InstancesResult = Instances;

/** The routes the tab's first paint needs (never held back by {@link ApiClient.holdUntil}). */
const FIRST_PAINT_ROUTES = ["runs", "statistics"];

export class ApiClient {
  private readonly fetchImpl: FetchLike;
  /** Prepended to the relative URL (default "" = relative to the document base). */
  private readonly base: string;

  constructor(options: { fetch?: FetchLike; base?: string } = {}) {
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.base = options.base ?? "";
  }

  /** While set, what requests of the routes not in FIRST_PAINT_ROUTES wait for (see {@link holdUntil}). */
  private held: Promise<void> | null = null;

  /**
   * Until `until` settles, or `maxMs` passed, requests of every route but `/runs` and `/statistics` wait: the tab's
   * first paint (the statistical level) does not queue behind the other levels' heavier routes, neither in the
   * browser's few connections per host nor on the server.
   */
  holdUntil(until: Promise<unknown>, maxMs: number): void {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const gate: Promise<void> = Promise.race([
      until.then(
        () => undefined,
        () => undefined,
      ),
      new Promise<void>((resolve) => (timer = setTimeout(resolve, maxMs))),
    ]).then(() => {
      clearTimeout(timer);
      if (this.held === gate) this.held = null;
    });
    this.held = gate;
  }

  url(route: string, params: Params = {}): string {
    const rel = buildUrl(route, params);
    return this.base ? `${this.base.replace(/\/$/, "")}/${rel.slice(2)}` : rel;
  }

  private async request(route: string, params: Params, opts: RequestOptions, accept202 = false): Promise<Response> {
    if (this.held && !FIRST_PAINT_ROUTES.includes(route)) await this.held;
    const url = this.url(route, params);
    let resp: Response;
    try {
      resp = await this.fetchImpl(url, { signal: opts.signal, headers: { Accept: "application/json" } });
    } catch (err) {
      if ((err as Error)?.name === "AbortError") throw err;
      throw new ApiError(`network error: ${(err as Error)?.message ?? String(err)}`, 0, url);
    }
    if (!resp.ok && !(accept202 && resp.status === 202)) {
      throw new ApiError(await errorMessage(resp), resp.status, url);
    }
    return resp;
  }

  private async json<T>(route: string, params: Params, opts: RequestOptions = {}, accept202 = false): Promise<T> {
    const resp = await this.request(route, params, opts, accept202);
    const text = await resp.text();
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new ApiError(`invalid JSON from ${route}`, resp.status, this.url(route, params));
    }
  }

  /** `/runs`: every run with tb_transfer data, with its run_info, steps and read error. */
  runs(opts?: RequestOptions): Promise<RunsResponse> {
    return this.json<RunsResponse>("runs", {}, opts);
  }

  /** `/statistics?run=R`: the statistical level and layer overview, all steps. */
  statistics(run: string, opts?: RequestOptions): Promise<Statistics> {
    return this.json<Statistics>("statistics", { run }, opts);
  }

  /** `/layer?run=R&layer=L`: per-filter drift of a tracked layer, or per-channel drift of a BatchNorm layer. */
  layer(run: string, layer: string, opts?: RequestOptions): Promise<LayerDrift> {
    return this.json<LayerDrift>("layer", { run, layer }, opts);
  }

  /** `/layer_cka?run=R&step=S`: the layer × layer CKA matrix at a step (latest if null). */
  layerCka(run: string, step: number | null, opts?: RequestOptions): Promise<LayerCka> {
    return this.json<LayerCka>("layer_cka", { run, step }, opts);
  }

  /**
   * `/instances`: coordinates and outcomes at a layer and step. With `projection: "tsne"` the answer may be
   * `status: "pending"` (HTTP 202); use {@link instancesReady} to poll until ready.
   */
  instances(
    run: string,
    layer: string,
    step: number | null,
    projection: Projection = "pca",
    opts?: RequestOptions,
  ): Promise<Instances> {
    return this.json<Instances>("instances", { run, layer, step, projection }, opts, true);
  }

  /** `/instances`, polling every `intervalMs` while t-SNE is pending. */
  async instancesReady(
    run: string,
    layer: string,
    step: number | null,
    projection: Projection = "pca",
    opts: RequestOptions & { intervalMs?: number; maxWaitMs?: number } = {},
  ): Promise<Instances> {
    const interval = opts.intervalMs ?? 1000;
    const deadline = Date.now() + (opts.maxWaitMs ?? 120_000);
    for (;;) {
      const r = await this.instances(run, layer, step, projection, opts);
      if (r.status !== "pending" || Date.now() > deadline) return r;
      await new Promise<void>((res, rej) => {
        const t = setTimeout(res, interval);
        opts.signal?.addEventListener("abort", () => {
          clearTimeout(t);
          rej(new DOMException("aborted", "AbortError"));
        });
      });
    }
  }

  /** `/neighbors?run&layer&step&instance&k`: nearest probe instances of the other domain in the layer's embedding. */
  neighbors(run: string, layer: string, step: number | null, instance: number, k = 8, opts?: RequestOptions): Promise<Neighbors> {
    return this.json<Neighbors>("neighbors", { run, layer, step, instance, k }, opts);
  }

  /** `/features?run&layer&step` + group (`class` or `instances`, or neither = every instance): the group's channels
   *  ranked by domain-discriminativeness per model, with importance, mirrored histograms and dead fractions. */
  features(run: string, layer: string, step: number | null, group: GroupQuery, opts?: RequestOptions): Promise<Features> {
    return this.json<Features>("features", { run, layer, step, ...groupQuery(group) }, opts);
  }

  /** `/feature_projection`: the group's domain-discrimination plot on chosen (recorded) channels. */
  featureProjection(
    run: string,
    layer: string,
    step: number | null,
    group: GroupQuery,
    model: ModelName,
    channels: readonly number[],
    opts?: RequestOptions,
  ): Promise<FeatureProjection> {
    return this.json<FeatureProjection>(
      "feature_projection",
      { run, layer, step, ...groupQuery(group), model, channels },
      opts,
    );
  }

  /** `/channel?run&layer&step&channel&top`: a channel's activation of every probe instance and its `top`
   *  top-activating instances per model and domain (over the group's instances when `group` has a class or
   *  instances, else over the whole probe set). */
  channel(
    run: string,
    layer: string,
    step: number | null,
    channel: number,
    group: GroupQuery = {},
    top = 9,
    opts?: RequestOptions,
  ): Promise<ChannelDetail> {
    return this.json<ChannelDetail>("channel", { run, layer, step, channel, top, ...groupQuery(group) }, opts);
  }

  /** `/structure?run&layer&step&class`: channel matching and connections for one class (Conv2d layers). */
  structure(run: string, layer: string, step: number | null, cls: number, opts?: RequestOptions): Promise<Structure> {
    return this.json<Structure>("structure", { run, layer, step, class: cls }, opts);
  }

  /** `/findings?run=A&run=B&step=S`: each run's findings at its step for `step` (latest if null), and the comparison. */
  findings(runs: readonly string[], step: number | null, opts?: RequestOptions): Promise<FindingsResponse> {
    return this.json<FindingsResponse>("findings", { run: { repeat: runs }, step }, opts);
  }

  /** URL of the `/thumbnails?run=R` PNG sprite sheet (geometry in run_info.thumbnails), for an <img> or Image. */
  thumbnailsUrl(run: string): string {
    return this.url("thumbnails", { run });
  }
}

/** The client every view uses. */
export const api = new ApiClient();
