// "The round, which started on Monday": a bare definite round is the one the article just named.
import type { DraftEvent } from "../build-sentence-events.ts";

/** "The eighth round … concluded on Friday. The round, which started on Monday, May 30, …": the same round. */
export function resolveDefiniteRounds(drafts: DraftEvent[]): DraftEvent[] {
  let last: DraftEvent | undefined;
  for (const d of drafts) {
    if (d.type === "round" && d.round !== undefined) last = d;
    else if (d.definite && last) Object.assign(d, { type: "round", round: last.round, series: last.series, title: last.title });
  }
  return drafts;
}
