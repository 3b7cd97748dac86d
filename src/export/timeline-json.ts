// The public export (shared/spec/timeline-export.md): snake_case lives only here.
import type { Actor, Article, EventDate, Timeline, TimelineEvent } from "../types.ts";
import { toIsoPartial } from "../util/date-point.ts";

export interface TimelineJsonDate {
  start: string;
  end?: string;
  precision: EventDate["precision"];
  approximate: boolean;
  text: string;
}

export interface TimelineJsonArticle {
  id: string;
  file: string;
  imported_from?: string;
  title: string;
  published: string | null;
  published_note?: string;
  source?: string;
  url: string | null;
}

export interface TimelineJsonActor {
  id: string;
  name: string;
  kind: Actor["kind"];
  aliases: string[];
  role?: string;
  roles: { role: string; date?: string; article?: string }[];
  description?: string;
  registered: boolean;
}

export interface TimelineJsonEvent {
  id: string;
  type: TimelineEvent["type"];
  title: string;
  date: TimelineJsonDate;
  round?: number;
  series?: string;
  planned: boolean;
  place?: string;
  actors: string[];
  sources: { article: string; quote: string; line?: number }[];
  claims?: { article: string; date: TimelineJsonDate; planned: boolean }[];
  history?: string[];
}

export interface TimelineJson {
  version: 1;
  articles: TimelineJsonArticle[];
  actors: TimelineJsonActor[];
  events: TimelineJsonEvent[];
}

/** EventDate → the export's date object ("2017-02-15", precision "day", ...). */
export function toJsonDate(date: EventDate): TimelineJsonDate {
  const out: TimelineJsonDate = { start: toIsoPartial(date.start), precision: date.precision, approximate: date.approximate, text: date.text };
  if (date.end) out.end = toIsoPartial(date.end);
  return out;
}

function toJsonArticle(a: Article): TimelineJsonArticle {
  return {
    id: a.id,
    file: a.file,
    ...(a.importedFrom ? { imported_from: a.importedFrom } : {}),
    title: a.title,
    published: a.published ? toIsoPartial(a.published) : null,
    ...(a.publishedNote ? { published_note: a.publishedNote } : {}),
    ...(a.source ? { source: a.source } : {}),
    url: a.url,
  };
}

function toJsonActor(a: Actor): TimelineJsonActor {
  return {
    id: a.id,
    name: a.name,
    kind: a.kind,
    aliases: a.aliases,
    ...(a.role ? { role: a.role } : {}),
    roles: a.roles.map((r) => ({ role: r.role, ...(r.date ? { date: toIsoPartial(r.date) } : {}), ...(r.article ? { article: r.article } : {}) })),
    ...(a.description ? { description: a.description } : {}),
    registered: a.registered,
  };
}

function toJsonEvent(e: TimelineEvent): TimelineJsonEvent {
  return {
    id: e.id,
    type: e.type,
    title: e.title,
    date: toJsonDate(e.date),
    ...(e.round !== undefined ? { round: e.round } : {}),
    ...(e.series ? { series: e.series } : {}),
    planned: e.planned,
    ...(e.place ? { place: e.place } : {}),
    actors: e.actors,
    sources: e.sources.map((s) => ({ article: s.article, quote: s.quote, ...(s.line !== undefined ? { line: s.line } : {}) })),
    ...(e.claims.length > 1 ? { claims: e.claims.map((c) => ({ article: c.article, date: toJsonDate(c.date), planned: c.planned })) } : {}),
    ...(e.history.length ? { history: e.history } : {}),
  };
}

/** Timeline → the public timeline.json document (version 1). */
export function toTimelineJson(timeline: Timeline): TimelineJson {
  return {
    version: 1,
    articles: timeline.articles.map(toJsonArticle),
    actors: timeline.actors.map(toJsonActor),
    events: timeline.events.map(toJsonEvent),
  };
}
