// One page's worth of data per actor: roles over time, events in order, statements, co-actors, activity strip.
import type { Actor, ActorKind, DatePoint, Timeline } from "../types.ts";
import { compareDatePoints } from "../util/date-point.ts";
import { buildMonthChart, type MonthChart } from "./chart-data.ts";
import type { ActorLink, EventView, Lookups } from "./event-views.ts";
import { actorPath, articlePath } from "./page-paths.ts";

export interface RoleView { role: string; date?: DatePoint; article?: { title: string; url: string } }
export interface StatementView { event: EventView; quotes: string[] }

export interface ActorPage {
  id: string;
  url: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  role?: string;
  description?: string;
  registered: boolean;
  roles: RoleView[];
  events: EventView[];
  statements: StatementView[];
  coActors: { actor: ActorLink; count: number }[];
  first?: EventView;
  last?: EventView;
  strip: MonthChart;
}

export const KIND_LABELS: Record<ActorKind, string> = { person: "People", country: "Countries", organization: "Organisations" };
export const KIND_SINGULAR: Record<ActorKind, string> = { person: "Person", country: "Country", organization: "Organisation" };
const TOP_CO_ACTORS = 8;

/** Actor pages in name order; `events` are the sorted event views, `range` the whole timeline's month axis. */
export function buildActorPages(timeline: Timeline, events: EventView[], lookups: Lookups, range: [number, number] | undefined): ActorPage[] {
  const byActor = new Map<string, EventView[]>();
  for (const event of events) {
    for (const a of event.actors) {
      const list = byActor.get(a.id);
      if (list) list.push(event);
      else byActor.set(a.id, [event]);
    }
  }
  return [...timeline.actors]
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
    .map((actor) => buildActorPage(actor, byActor.get(actor.id) ?? [], lookups, range));
}

function buildActorPage(actor: Actor, events: EventView[], lookups: Lookups, range: [number, number] | undefined): ActorPage {
  const co = new Map<string, { actor: ActorLink; count: number }>();
  for (const e of events) for (const a of e.actors) if (a.id !== actor.id) co.set(a.id, { actor: a, count: (co.get(a.id)?.count ?? 0) + 1 });
  // Speaker first (types.ts): a statement belongs to the actor who made it, not to everyone it names.
  const statements = events.filter((e) => e.type === "statement" && e.actors[0]?.id === actor.id).map((event) => ({ event, quotes: event.sources.map((s) => s.quote) }));
  return {
    id: actor.id,
    url: actorPath(actor.id),
    name: actor.name,
    kind: actor.kind,
    aliases: distinctAliases(actor),
    ...(actor.role ? { role: actor.role } : {}),
    ...(actor.description ? { description: actor.description } : {}),
    registered: actor.registered,
    roles: [...actor.roles]
      .sort((a, b) => (a.date && b.date ? compareDatePoints(a.date, b.date) : a.date ? -1 : b.date ? 1 : 0))
      .map((r) => {
        const article = r.article ? lookups.articles.get(r.article) : undefined;
        return { role: r.role, ...(r.date ? { date: r.date } : {}), ...(article ? { article: { title: article.title, url: articlePath(article.id) } } : {}) };
      }),
    events,
    statements,
    coActors: [...co.values()].sort((a, b) => b.count - a.count || a.actor.name.localeCompare(b.actor.name)).slice(0, TOP_CO_ACTORS),
    ...(events[0] ? { first: events[0] } : {}),
    ...(events.length ? { last: events[events.length - 1] } : {}),
    strip: buildMonthChart(events, { height: 40, labels: false, ...(range ? { range } : {}) }),
  };
}

/**
 * Aliases without the name itself and without case variants: the registry may list "MOSCOW" (as
 * scraped headlines spell it) beside "Moscow"; the reader needs one, preferably not all capitals.
 */
function distinctAliases(actor: Actor): string[] {
  const byKey = new Map<string, string>([[actor.name.toLowerCase(), actor.name]]);
  const out: string[] = [];
  for (const alias of actor.aliases) {
    const key = alias.toLowerCase();
    const seen = byKey.get(key);
    if (seen === undefined) {
      byKey.set(key, alias);
      out.push(alias);
    } else if (seen === seen.toUpperCase() && alias !== alias.toUpperCase() && out.includes(seen)) {
      out[out.indexOf(seen)] = alias;
      byKey.set(key, alias);
    }
  }
  return out;
}

/** The actors index: kinds in a fixed order, each with its actors by name. */
export function groupActorsByKind(pages: ActorPage[]): { kind: ActorKind; label: string; actors: ActorPage[] }[] {
  return (Object.keys(KIND_LABELS) as ActorKind[])
    .map((kind) => ({ kind, label: KIND_LABELS[kind], actors: pages.filter((p) => p.kind === kind) }))
    .filter((g) => g.actors.length > 0);
}
