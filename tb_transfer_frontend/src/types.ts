// Types of the JSON that the plugin's routes answer (docs/api.md) and of the selection shared by all views.
// Non-finite numbers (NaN = missing or failed) arrive as null, hence `Num`.

/** A number that may be missing or failed (NaN on the Python side, `null` in JSON). */
export type Num = number | null;

/** One tracked layer of `run_info.layers` (model order). */
export interface LayerInfo {
  name: string;
  type: string;
  out_channels: number | null;
  /** Tracked layers whose outputs reach this one without passing another tracked layer. */
  inputs: string[];
  embedding_dim: number | null;
  /** The nearest feeding layer of the same kind whose channel connections the structure level shows (null: none). */
  conn_source?: string | null;
  conn_note?: string | null;
}

export interface BnLayerInfo {
  name: string;
  channels: number;
  /** The tracked layer the BatchNorm layer follows (may be absent). */
  layer?: string | null;
}

/** `run_info` (docs/format.md); fields the writer may omit are optional. */
export interface RunInfo {
  version: number;
  model?: string;
  class_names: string[];
  domain_names?: { source?: string; target?: string };
  layers: LayerInfo[];
  bn_layers?: BnLayerInfo[];
  probe?: { source: number; target: number; seed?: number };
  has_target_val?: boolean;
  has_source_head?: boolean;
  label_spaces_match?: boolean;
  /** Present when the label spaces differ: source instances' labels index these. */
  source_class_names?: string[];
  thumbnails?: { size: number; columns: number; count: number } | null;
  step_unit?: string;
  [key: string]: unknown;
}

/** One entry of `/runs`. */
export interface RunEntry {
  run: string;
  info: RunInfo | null;
  /** Steps of the `performance` record, ascending. */
  steps: number[];
  /** A message when the run's data could not be read, else null. */
  error: string | null;
}

export interface RunsResponse {
  runs: RunEntry[];
}

export type Split = "source" | "target" | "target_val";
export type Metric = "loss" | "accuracy";
export type Domain = "source" | "target";
export type ModelName = "pretrained" | "current";

export interface Failure {
  measure: string;
  layer: string;
  error: string;
}

/** `/statistics?run=R`: every per-step list is aligned with `steps` and holds null where a record is missing. */
export interface Statistics {
  run: string;
  steps: number[];
  performance: {
    splits: string[];
    metrics: string[];
    /** [T][splits][metrics]; an entry is null when the step has no performance record. */
    values: (Num[][] | null)[];
  };
  transferability: Num[];
  leep: Num[];
  class_names: string[];
  class_accuracy: { domains: string[]; values: (Num[][] | null)[] };
  confusion: { domains: string[]; values: (Num[][][] | null)[] };
  layer_stats: { measures: string[]; layers: string[]; values: (Num[][] | null)[] };
  bn_stats: { fields: string[]; layers: string[]; values: (Num[][] | null)[] } | null;
  weight_steps: { steps: number[]; fields: string[]; layers: string[]; values: (Num[][] | null)[] } | null;
  /** Keyed by step (as a string); only steps that had failures. */
  failures: Record<string, Failure[]>;
}

/** `/layer?run=R&layer=L`: per-filter (`drift`, `cosine`) or per-channel BN drift (4 fields). */
export interface LayerDrift {
  run: string;
  layer: string;
  kind?: "filter_drift" | "bn_drift";
  steps: number[];
  fields: string[];
  /** [T][fields][K] */
  values: (Num[][] | null)[];
}

/** `/layer_cka?run=R&step=S`: unbiased linear CKA of current layer i (rows) vs pretrained layer j (columns) on the
 * target probe; the diagonal is layer_stats' cka_target. */
export interface LayerCka {
  run: string;
  step: number;
  /** Steps that have the record. */
  steps: number[];
  current: string[];
  pretrained: string[];
  /** [L current][L pretrained]; null where CKA is undefined (see the step's failures). */
  values: Num[][];
}

export type Projection = "pca" | "tsne";

/** `/instances` when ready (HTTP 200). */
export interface InstancesReady {
  run: string;
  layer: string;
  step: number;
  projection: Projection;
  /** Steps that have an embedding for this layer. */
  steps?: number[];
  status: "ready";
  coords: [Num, Num][];
  /** null when the run has no instance_meta. */
  domain: number[] | null;
  label: number[] | null;
  index: number[] | null;
  /** null when there is no instance_outcome at that step. */
  prediction: Num[] | null;
  loss: Num[] | null;
  margin: Num[] | null;
  p_target: Num[] | null;
  previous_prediction: Num[] | null;
  explained_variance?: Num[] | null;
}

/** `/instances` when t-SNE failed (HTTP 200): `error` says why. */
export interface InstancesFailed {
  run: string;
  layer: string;
  step: number;
  projection: Projection;
  status: "failed";
  coords: null;
  error: string;
  [key: string]: unknown;
}

/** `/instances` while t-SNE is computing (HTTP 202): ask again. */
export interface InstancesPending {
  run: string;
  layer: string;
  step: number;
  projection: Projection;
  status: "pending";
  coords: null;
  [key: string]: unknown;
}

export type Instances = InstancesReady | InstancesPending | InstancesFailed;

/** `/neighbors`: the k nearest probe instances of the other domain in a layer's embedding at a step. */
export interface Neighbors {
  run: string;
  layer: string;
  step: number;
  instance: number;
  domain: number;
  /** Instance ids (rows of /instances), nearest first. */
  neighbors: number[];
  distances: Num[];
}

/** The group of probe instances a feature route analyses (docs/api.md "Groups"): a class, any instances, or
 *  neither (every instance). `groupParams` in feature/state.ts builds it from the selection. */
export interface GroupQuery {
  class?: number;
  instances?: readonly number[];
}

export type GroupKind = "class" | "instances" | "all";

/** One model's per-channel analysis in `/features`; every array is aligned with `Features.recorded`. */
export interface FeatureModelStats {
  /** The recorded channel ids, most domain-discriminative (largest |domain_coef|) first. */
  ranking: number[];
  domain_coef: Num[];
  domain_auc: Num[];
  importance: Num[];
  /** [2 domains][S][B] counts over the group's instances; each row sums to `Features.count[d]`. */
  hist: number[][][];
  /** [S][2]: low and high edge of each channel's (shared) bins. */
  extent: [Num, Num][];
  /** [2 domains][S]: fraction of the group's instances with pooled activation ≤ 0. */
  dead: Num[][];
}

/** `/features?run&layer&step` + group. */
export interface Features {
  run: string;
  layer: string;
  step: number;
  /** The steps that have the layer's activations records (a sample of the run's steps). */
  steps: number[];
  group: GroupKind;
  class: number | null;
  /** The layer's width K. */
  channels: number;
  /** The channels with per-instance activations (S ≤ 64 in schema 2), ids in 0..K-1. */
  recorded: number[];
  /** The group's instances per domain (source, target). */
  count: [number, number];
  bins: number;
  models: Record<ModelName, FeatureModelStats>;
}

/** `/channel?run&layer&step&channel&top` (+ group): one channel's activations and top-activating instances. */
export interface ChannelDetail {
  run: string;
  layer: string;
  step: number;
  channel: number;
  group: GroupKind;
  class: number | null;
  /** Per model and domain, the top-activating probe instances (highest first) and their activations. */
  top: Record<ModelName, Record<Domain, { instances: number[]; activations: Num[] }>>;
  /** Per model, the channel's activation of every probe instance (rows of /instances). */
  activations: Record<ModelName, Num[]>;
}

/** `/feature_projection`: the domain-discrimination plot. */
export interface FeatureProjection {
  run?: string;
  layer?: string;
  step?: number;
  group?: GroupKind;
  class?: number | null;
  model?: ModelName;
  channels: number[];
  points: [Num, Num][];
  /** Probe instance ids of the points, their domains (0 source, 1 target) and labels. */
  instances: number[];
  domain: number[];
  label?: number[];
  arrows: [Num, Num][];
  svm_accuracy: Num;
  [key: string]: unknown;
}

/** `/structure?run&layer&step&class`: `structure/<layer>` arrays sliced at class c. */
export interface Structure {
  run?: string;
  layer?: string;
  step?: number;
  class?: number;
  /** [2 models][k] */
  important: number[][];
  /** [k][k] */
  distance: Num[][];
  /** [k][5] */
  matches_pretrained: number[][];
  matches_current: number[][];
  /** [3][20] */
  rest_hist: Num[][];
  rest_hist_edges: number[];
  conn_source: string;
  /** [2 models][k][k_in]; absent when conn_source is empty. */
  conn_weight?: Num[][][] | null;
  conn_in_pretrained?: boolean[][] | null;
  /** Steps that have the layer's records. */
  steps?: number[];
  /** [k][5] distances of matches_pretrained / matches_current. */
  match_distance_pretrained?: Num[][] | null;
  match_distance_current?: Num[][] | null;
  /** [2 models][k_in] important channels of conn_source (conn_weight's columns). */
  important_source?: number[][] | null;
  /** Weight summaries over the whole layer (docs/api.md): [2][B+1] bins, [2][k_in][B], [2][k][B], [2][B]. */
  conn_edges?: Num[][] | null;
  conn_i_to_n?: Num[][][] | null;
  conn_n_to_i?: Num[][][] | null;
  conn_n_to_n?: Num[][] | null;
  conn_i_to_n_in_pretrained?: Num[] | null;
  conn_n_to_i_in_pretrained?: Num[] | null;
  [key: string]: unknown;
}

/** A neuron (channel) of a layer. */
export interface NeuronRef {
  layer: string;
  channel: number;
}

export type CompareMode = "overlay" | "difference";
export type Theme = "light" | "dark";

/** The selection shared by every view (see store.ts). */
export interface Selection {
  /** Selected run names, in the order they were selected. */
  runs: string[];
  /** Selected step (global; each run uses its largest step <= this one), or null = latest. */
  step: number | null;
  layer: string | null;
  /** Class index (0-based, as in run_info.class_names), or null = all classes. */
  class: number | null;
  /** Selected probe instance ids. */
  instances: ReadonlySet<number>;
  neuron: NeuronRef | null;
  compareMode: CompareMode;
  theme: Theme;
}
