// The structure level's own state: the layers chosen for the matching matrices (null = the default, see
// defaultLayers), the toggles, and the clicked neuron or cell that the detail panel shows. The selected neuron itself
// is the shared store's `neuron` (the feature level sets it too); `detail` adds which run and model it was clicked in.

import { createStore, type Store } from "../store";
import type { LayerInfo } from "../types";
import type { Model } from "./model";

export interface NeuronDetail {
  kind: "neuron";
  run: string;
  layer: string;
  model: Model;
  channel: number;
}

export interface CellDetail {
  kind: "cell";
  run: string;
  layer: string;
  /** Channel ids: the pretrained model's (row) and the current model's (column). */
  pretrained: number;
  current: number;
  distance: number | null;
}

export interface StructureState {
  /** Layers drawn (model order), or null for the default. */
  layers: readonly string[] | null;
  /** Draw the rest (side histograms, box plots, N→N). */
  rest: boolean;
  /** Draw the weight blocks. */
  weights: boolean;
  detail: NeuronDetail | CellDetail | null;
}

export const structureState: Store<StructureState> = createStore<StructureState>({ layers: null, rest: true, weights: true, detail: null });

/** The default layers: the first three of the model (a source and what it feeds, so weight blocks show at once). */
export function defaultLayers(layers: readonly LayerInfo[]): string[] {
  return layers.slice(0, 3).map((l) => l.name);
}

/** The layers drawn: the chosen ones that the runs have, in model order; the default when none is chosen. */
export function chosenLayers(st: StructureState, layers: readonly LayerInfo[]): string[] {
  if (st.layers === null) return defaultLayers(layers);
  const set = new Set(st.layers);
  return layers.filter((l) => set.has(l.name)).map((l) => l.name);
}

/** `chosen` with `layer` added (in the order of `all`) when it is a structure layer not drawn yet; else `chosen`. */
export function withLayer(chosen: readonly string[], all: readonly string[], layer: string | null): string[] {
  if (layer === null || !all.includes(layer) || chosen.includes(layer)) return [...chosen];
  return all.filter((l) => l === layer || chosen.includes(l));
}
