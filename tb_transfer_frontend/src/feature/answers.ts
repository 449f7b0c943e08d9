// Answers of the feature level's routes shared by its panels (and the instance scatter's "selected channel" colours):
// one request per run, layer, step and group (or channel), kept while the tab is open (the most recent LIMIT per
// route); a failed request is forgotten so that it is asked again.

import type { ApiClient } from "../api";
import type { ChannelActivations, Features } from "../types";
import { groupParams, type FeatureGroup } from "./state";

const LIMIT = 48;

/** A key of a group (its query parameters). */
export function groupKey(g: FeatureGroup): string {
  return g.kind === "selection" ? `i:${g.instances.join(",")}` : g.kind === "class" ? `c:${g.class}` : "all";
}

/** A memo of promises, most recently used last, at most `limit`; rejected promises are dropped. */
function memo<T>(limit: number) {
  const answers = new Map<string, Promise<T>>();
  return (key: string, ask: () => Promise<T>): Promise<T> => {
    let p = answers.get(key);
    if (p) {
      answers.delete(key);
      answers.set(key, p);
      return p;
    }
    p = ask();
    answers.set(key, p);
    p.catch(() => {
      if (answers.get(key) === p) answers.delete(key);
    });
    while (answers.size > limit) answers.delete(answers.keys().next().value as string);
    return p;
  };
}

const features = memo<Features>(LIMIT);
const channels = memo<ChannelActivations>(LIMIT);

/** `/features` for a run, layer, step (null: the latest) and group, asked once. */
export function featuresFor(api: ApiClient, run: string, layer: string, step: number | null, group: FeatureGroup): Promise<Features> {
  return features([run, layer, step, groupKey(group)].join("\u0000"), () => api.features(run, layer, step, groupParams(group)));
}

/** `/channel` (over the whole probe set, top 9) for a run, layer, step (null: the latest) and channel, asked once. */
export function channelFor(api: ApiClient, run: string, layer: string, step: number | null, channel: number): Promise<ChannelActivations> {
  return channels([run, layer, step, channel].join("\u0000"), () => api.channel(run, layer, step, channel, 9));
}
