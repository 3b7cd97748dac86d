// One page's worth of data per actor: roles over time, events in order, statements, co-actors, activity strip.
import type { Actor, ActorKind, DatePoint, Timeline } from "../types.ts";
import { compareDatePoints } from "../util/date-point.ts";
import { buildMonthChart, type MonthChart } from "./chart-data.ts";
import type { ActorLink, EventView, Lookups } from "./event-views.ts";
import { LISTING_LIMIT } from "./group-events.ts";
import { actorPath, actorYearPath, articlePath } from "./page-paths.ts";

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
  /** true when the page lists every event and statement (≤ LISTING_LIMIT events); else `years` link pages of one year each. */
  complete: boolean;
  years: { year: number; url: string; count: number; statements: number }[];
}

/** One year of an actor with more events than one page lists: /actors/<id>/<year>/. */
export interface ActorYearPage {
  actor: ActorLink;
  year: number;
  url: string;
  events: EventView[];
  statements: StatementView[];
  previous?: { url: string; label: string };
  next?: { url: string; label: string };
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
    complete: events.length <= LISTING_LIMIT,
    years: countByYear(actor.id, events, statements),
  };
}

function countByYear(id: string, events: EventView[], statements: StatementView[]): ActorPage["years"] {
  const years = new Map<number, ActorPage["years"][number]>();
  const yearOf = (year: number) => years.get(year) ?? years.set(year, { year, url: actorYearPath(id, year), count: 0, statements: 0 }).get(year)!;
  for (const e of events) yearOf(e.date.start.year).count++;
  for (const st of statements) yearOf(st.event.date.start.year).statements++;
  return [...years.values()].sort((a, b) => a.year - b.year);
}

/**
 * The year pages of the actors whose page does not list everything: at 10,000 articles a country
 * took part in thousands of events, one 2.6 MB page that no reader scrolls and every build rendered
 * again when any of them changed.
 */
export function buildActorYearPages(pages: ActorPage[]): ActorYearPage[] {
  return pages.filter((p) => !p.complete).flatMap((page) => {
    const actor: ActorLink = { id: page.id, name: page.name, kind: page.kind, url: page.url };
    return page.years.map(({ year, url }, i, all): ActorYearPage => {
      const before = all[i - 1];
      const after = all[i + 1];
      return {
        actor, year, url,
        events: page.events.filter((e) => e.date.start.year === year),
        statements: page.statements.filter((st) => st.event.date.start.year === year),
        ...(before ? { previous: { url: before.url, label: String(before.year) } } : {}),
        ...(after ? { next: { url: after.url, label: String(after.year) } } : {}),
      };
    });
  });
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
