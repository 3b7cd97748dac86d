// The editor's corrections, applied after every extraction so they survive rebuilds:
// actors first (their ids appear in events), then splits, merges, corrections, hides, hand events.
import type { Actor, Article, Curation, CurationEntry, Diagnostic, TimelineEvent } from "../types.ts";
import { compareDatePoints } from "../util/date-point.ts";
import { sortEvents } from "../merge/index.ts";

export interface CuratedTimeline {
  actors: Actor[];
  events: TimelineEvent[];
  diagnostics: Diagnostic[];
}

/** Apply curation to merged actors and events. Entries whose target is gone are reported. */
export function applyCuration(merged: { actors: Actor[]; events: TimelineEvent[] }, curation: Curation, articles: Article[]): CuratedTimeline {
  const diagnostics: Diagnostic[] = [];
  const stale = (e: CurationEntry, what: string): void => {
    diagnostics.push({ ruleId: "curation-stale", severity: "warning", message: `This correction matches nothing: ${what}.`, hint: "The event or actor may have a new id after an extraction change; find it in timeline.json and update the entry, or delete it.", file: e.file, ...(e.line ? { line: e.line } : {}) });
  };
  let actors = merged.actors.map((a) => ({ ...a, aliases: [...a.aliases], roles: [...a.roles] }));
  // Events are copied when a correction first changes one (tens of thousands, most never touched);
  // `merged` itself is never changed.
  let events = [...merged.events];
  const own = new Set<TimelineEvent>();
  const edit = (i: number): TimelineEvent => {
    const e = events[i]!;
    if (own.has(e)) return e;
    const copy = { ...e, actors: [...e.actors], sources: [...e.sources], claims: [...e.claims] };
    own.add(copy);
    events[i] = copy;
    return copy;
  };
  const indexOfEvent = (id: string): number => events.findIndex((e) => e.id === id);
  // Merged events name each actor once, so an event without `from` is left as it is.
  const remapActor = (from: string, to: string): void => {
    events.forEach((e, i) => {
      if (e.actors.includes(from)) edit(i).actors = [...new Set(e.actors.map((id) => (id === from ? to : id)))];
    });
  };
  for (const entry of curation.entries) {
    if (entry.op === "merge-actors") {
      const [keep, ...others] = entry.ids.map((id) => actors.find((a) => a.id === id));
      if (!keep || others.some((o) => !o)) { stale(entry, `merge of actors ${entry.ids.join(", ")}`); continue; }
      for (const o of others as Actor[]) {
        keep.aliases = [...new Set([...keep.aliases, o.name, ...o.aliases])].filter((n) => n !== keep.name).sort();
        keep.roles.push(...o.roles);
        remapActor(o.id, keep.id);
      }
      actors = actors.filter((a) => !others.includes(a));
    } else if (entry.op === "hide-actor") {
      if (!actors.some((a) => a.id === entry.id)) { stale(entry, `actor "${entry.id}"`); continue; }
      actors = actors.filter((a) => a.id !== entry.id);
      events.forEach((e, i) => {
        if (e.actors.includes(entry.id)) edit(i).actors = e.actors.filter((id) => id !== entry.id);
      });
    } else if (entry.op === "correct-actor") {
      const actor = actors.find((a) => a.id === entry.id);
      if (!actor) { stale(entry, `actor "${entry.id}"`); continue; }
      Object.assign(actor, entry.set);
    }
  }
  for (const entry of curation.entries) {
    if (entry.op === "split-event") {
      const i = indexOfEvent(entry.id);
      const moved = events[i]?.sources.filter((s) => entry.articles.includes(s.article)) ?? [];
      if (i < 0 || !moved.length || moved.length === events[i]!.sources.length) { stale(entry, `split of "${entry.id}" by ${entry.articles.join(", ")}`); continue; }
      const event = edit(i);
      const claims = event.claims.filter((c) => entry.articles.includes(c.article));
      const date = claims.map((c) => c.date).sort((a, b) => compareDatePoints(b.start, a.start))[0] ?? event.date;
      event.sources = event.sources.filter((s) => !moved.includes(s));
      event.claims = event.claims.filter((c) => !claims.includes(c));
      events.push({ ...event, id: entry.newId ?? `${entry.id}-split`, date, sources: moved, claims, history: [], curated: true });
    } else if (entry.op === "merge-events") {
      const found = entry.ids.map(indexOfEvent);
      if (found.some((i) => i < 0)) { stale(entry, `merge of events ${entry.ids.join(", ")}`); continue; }
      const keep = edit(found[0]!);
      const others = found.slice(1).map((i) => events[i]);
      for (const o of others as TimelineEvent[]) {
        keep.sources.push(...o.sources.filter((s) => !keep.sources.some((k) => k.article === s.article && k.quote === s.quote)));
        keep.claims.push(...o.claims);
        keep.actors = [...new Set([...keep.actors, ...o.actors])];
      }
      keep.curated = true;
      events = events.filter((e) => !others.includes(e));
    }
  }
  for (const entry of curation.entries) {
    if (entry.op === "correct-event") {
      const i = indexOfEvent(entry.id);
      if (i < 0) { stale(entry, `event "${entry.id}"`); continue; }
      Object.assign(edit(i), entry.set, { curated: true });
    } else if (entry.op === "hide-event") {
      if (!events.some((e) => e.id === entry.id)) { stale(entry, `event "${entry.id}"`); continue; }
      events = events.filter((e) => e.id !== entry.id);
    }
  }
  const articleIds = new Set(articles.map((a) => a.id));
  for (const hand of curation.events) {
    const sources = hand.sources.filter((s) => articleIds.has(s.article));
    if (!sources.length) {
      diagnostics.push({ ruleId: "hand-event-source", severity: "error", message: `Hand-written event "${hand.id}" cites no known article (every event needs at least one source).`, hint: "Add `sources: [{ article: <article id>, quote: \"…\" }]` to its front matter.", file: `content/events/${hand.id}.md` });
      continue;
    }
    if (events.some((e) => e.id === hand.id)) diagnostics.push({ ruleId: "hand-event-id", severity: "warning", message: `Hand-written event "${hand.id}" replaces the extracted event with the same id.`, file: `content/events/${hand.id}.md` });
    events = events.filter((e) => e.id !== hand.id);
    events.push({ ...hand, sources });
  }
  const known = new Set(actors.map((a) => a.id));
  events = events.map((e) => (e.actors.every((id) => known.has(id)) ? e : { ...e, actors: e.actors.filter((id) => known.has(id)) }));
  return { actors, events: sortEvents(events), diagnostics };
}
