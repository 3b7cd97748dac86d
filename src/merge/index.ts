// Per-article extractions → the Timeline's actors and events: resolve actors, then group
// candidates into happenings, then build events, then ids, then order by date.
import type { Actor, Article, EventCandidate, Knowledge, TimelineEvent } from "../types.ts";
import type { ArticleExtraction } from "../extract/index.ts";
import { compareDatePoints } from "../util/date-point.ts";
import { assignIds } from "./assign-ids.ts";
import { groupCandidates, toTimelineEvent } from "./merge-events.ts";
import { resolveActors } from "./resolve-actors.ts";

export interface MergeResult {
  actors: Actor[];
  events: TimelineEvent[];
}

/** Merge every article's extraction into one timeline. Pure and deterministic. */
export function mergeExtractions(extractions: ArticleExtraction[], articles: Article[], knowledge: Knowledge): MergeResult {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const sorted = [...extractions].sort((a, b) => a.article.localeCompare(b.article));
  const { actors, remap } = resolveActors(sorted, byId, knowledge);
  const candidates = sorted.flatMap((x) => x.candidates.map((c) => withActorsRemapped(c, remap)));
  const groups = groupCandidates(candidates);
  const events = assignIds(groups.map((g) => ({ event: toTimelineEvent(g), members: g.members })), byId);
  const shown = new Set<string>();
  for (const e of events) for (const id of e.actors) shown.add(id);
  for (const x of sorted) for (const a of x.actors) shown.add(remap.get(a.id) ?? a.id);
  return { actors: actors.filter((a) => shown.has(a.id)), events: sortEvents(events) };
}

/**
 * The candidate with its actors' resolved ids, each once. The candidate itself when that changes
 * nothing (most do not): copying tens of thousands of candidates is most of what it would cost.
 */
function withActorsRemapped(c: EventCandidate, remap: Map<string, string>): EventCandidate {
  const unchanged = c.actors.every((id, i) => (remap.get(id) ?? id) === id && c.actors.indexOf(id) === i);
  return unchanged ? c : { ...c, actors: [...new Set(c.actors.map((id) => remap.get(id) ?? id))] };
}

/** Chronological: by start, then end, then id (a month sorts before its days). */
export function sortEvents(events: TimelineEvent[]): TimelineEvent[] {
  return [...events].sort((a, b) => compareDatePoints(a.date.start, b.date.start) || compareDatePoints(a.date.end ?? a.date.start, b.date.end ?? b.date.start) || a.id.localeCompare(b.id));
}
