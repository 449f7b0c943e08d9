// The feature level's shared rules and own state, read by every feature panel.
//
// The *group* whose channels are analysed follows the shared store: the instance level's selection when it has
// instances (any group: a lasso selection), else the selected class (null = every class). Its query parameters are
// those of `/features` and `/feature_projection` (docs/api.md): `instances=i,j,k`, or `class=c`, or neither.
//
// The level's own state: the ranking order shown (most or least domain-discriminative first) and the channels checked
// for the domain-discrimination plot (null = the default, the top 5 of the current model's ranking). Both reset when
// the layer changes.

import { createStore, type Store } from "../store";
import type { Selection } from "../types";

export type FeatureGroup =
  | { kind: "selection"; instances: readonly number[] }
  | { kind: "class"; class: number }
  | { kind: "all" };

/** The group the feature level analyses for the shared selection. */
export function featureGroup(sel: Selection): FeatureGroup {
  if (sel.instances.size > 0) return { kind: "selection", instances: [...sel.instances].sort((a, b) => a - b) };
  if (sel.class !== null) return { kind: "class", class: sel.class };
  return { kind: "all" };
}

/** The group's query parameters (docs/api.md). */
export function groupParams(g: FeatureGroup): { class?: number; instances?: readonly number[] } {
  if (g.kind === "selection") return { instances: g.instances };
  if (g.kind === "class") return { class: g.class };
  return {};
}

/** A short label of the group for panel subtitles ("class cat", "12 selected instances", "all classes"). */
export function groupLabel(g: FeatureGroup, classNames: readonly string[] = []): string {
  if (g.kind === "selection") return `${g.instances.length} selected instance${g.instances.length === 1 ? "" : "s"}`;
  if (g.kind === "class") return `class ${classNames[g.class] ?? g.class}`;
  return "all classes";
}

/** The number of default checked channels of the domain-discrimination plot. */
export const DEFAULT_CHECKED = 5;

export interface FeatureState {
  order: "most" | "least";
  /** Channel ids checked for the domain-discrimination plot; null = the default (top DEFAULT_CHECKED). */
  checked: readonly number[] | null;
  /** The layer `checked` refers to (checked channels reset when the layer changes). */
  layer: string | null;
}

export const featureState: Store<FeatureState> = createStore<FeatureState>({ order: "most", checked: null, layer: null });

/** The checked channels for `layer`, given the current model's ranking (most discriminative first). */
export function checkedChannels(st: FeatureState, layer: string, ranking: readonly number[]): number[] {
  if (st.layer === layer && st.checked !== null) return [...st.checked];
  return ranking.slice(0, DEFAULT_CHECKED);
}

/** Toggles channel `ch` of `layer` in the checked set (starting from the default when nothing was checked yet). */
export function toggleChecked(layer: string, ranking: readonly number[], ch: number): void {
  const now = checkedChannels(featureState.get(), layer, ranking);
  const next = now.includes(ch) ? now.filter((c) => c !== ch) : [...now, ch];
  featureState.set({ checked: next, layer });
}
