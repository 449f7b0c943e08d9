// `/features` answers shared by the feature level's plots: one request per run, layer, step and group, kept while the
// tab is open (at most LIMIT answers; a failed request is forgotten so that it is asked again).

import type { ApiClient } from "../api";
import type { Features } from "../types";
import { groupParams, type FeatureGroup } from "./state";

const LIMIT = 48;

/** A key of a group (its query parameters). */
export function groupKey(g: FeatureGroup): string {
  return g.kind === "selection" ? `i:${g.instances.join(",")}` : g.kind === "class" ? `c:${g.class}` : "all";
}

const answers = new Map<string, Promise<Features>>();

/** `/features` for a run, layer, step (null: the latest) and group, asked once. */
export function featuresFor(api: ApiClient, run: string, layer: string, step: number | null, group: FeatureGroup): Promise<Features> {
  const key = `${run}\u0000${layer}\u0000${step}\u0000${groupKey(group)}`;
  let p = answers.get(key);
  if (p) {
    answers.delete(key); // most recently used last
    answers.set(key, p);
    return p;
  }
  const params = groupParams(group);
  p = api.features(run, layer, step, params);
  answers.set(key, p);
  p.catch(() => answers.delete(key));
  while (answers.size > LIMIT) answers.delete(answers.keys().next().value as string);
  return p;
}
