// `/channel` answers shared by the feature level's "what a channel detects" and the instance scatter's colour by the
// selected channel: one request per run, layer, step and channel, kept while the tab is open (the most recent LIMIT);
// a failed request is forgotten so that it is asked again.

import type { ApiClient } from "../api";
import type { ChannelDetail } from "../types";

const LIMIT = 48;
const answers = new Map<string, Promise<ChannelDetail>>();

/** `/channel` over the whole probe set (top 9 per model and domain) for a run, layer, step (null: the latest) and
 * channel, asked once. */
export function channelFor(api: ApiClient, run: string, layer: string, step: number | null, channel: number): Promise<ChannelDetail> {
  const key = [run, layer, step, channel].join("\u0000");
  let p = answers.get(key);
  if (p) {
    answers.delete(key); // most recently used last
    answers.set(key, p);
    return p;
  }
  const asked = api.channel(run, layer, step, channel, {}, 9);
  p = asked;
  answers.set(key, asked);
  asked.catch(() => {
    if (answers.get(key) === asked) answers.delete(key);
  });
  while (answers.size > LIMIT) answers.delete(answers.keys().next().value as string);
  return asked;
}
