// TimelineEvent → EventView: everything a template shows about an event, resolved once (actor names, article titles, links).
import type { Actor, ActorKind, Article, DatePoint, EventDate, EventType, Timeline, TimelineEvent } from "../types.ts";
import { toIsoPartial } from "../util/date-point.ts";
import { formatDatePoint } from "../util/format-date.ts";
import { sameData } from "../util/same-data.ts";
import { actorPath, articlePath, eventAnchor, eventPath } from "./page-paths.ts";

export interface ActorLink { id: string; name: string; kind: ActorKind; url: string }

export interface SourceView {
  article: string;
  title: string;
  /** The article's page on this site; null when the article is not in the timeline. */
  url: string | null;
  outlet?: string;
  published: DatePoint | null;
  quote: string;
  line?: number;
}

export interface ArticleLink { url: string | null; label: string; title: string }

export interface ClaimView { article: string; title: string; url: string | null; date: EventDate; planned: boolean }

export interface EventView {
  id: string;
  url: string;
  anchor: string;
  type: EventType;
  title: string;
  date: EventDate;
  planned: boolean;
  round?: number;
  series?: string;
  place?: string;
  curated: boolean;
  actors: ActorLink[];
  sources: SourceView[];
  /** The distinct articles among the sources, labelled by outlet ("Example News", or "Example News, 13 Feb" when one outlet has several). */
  articles: ArticleLink[];
  /** Every source's own date, only when they disagree (a conflict or an announcement then the event). */
  claims: ClaimView[];
  history: string[];
}

export interface Lookups {
  actors: Map<string, Actor>;
  articles: Map<string, Article>;
}

/** Index actors and articles by id once per build. */
export function makeLookups(timeline: Timeline): Lookups {
  return {
    actors: new Map(timeline.actors.map((a) => [a.id, a])),
    articles: new Map(timeline.articles.map((a) => [a.id, a])),
  };
}

/** An actor id → its link; an id missing from the timeline keeps its id as the name and still links nowhere broken. */
export function toActorLink(id: string, lookups: Lookups): ActorLink | null {
  const actor = lookups.actors.get(id);
  return actor ? { id, name: actor.name, kind: actor.kind, url: actorPath(id) } : null;
}

function articleRef(id: string, lookups: Lookups): { title: string; url: string | null; outlet?: string; published: DatePoint | null } {
  const article = lookups.articles.get(id);
  if (!article) return { title: id, url: null, published: null };
  return { title: article.title, url: articlePath(id), ...(article.source ? { outlet: article.source } : {}), published: article.published };
}

function dateKey(date: EventDate): string {
  return `${toIsoPartial(date.start)}/${date.end ? toIsoPartial(date.end) : ""}/${date.approximate}`;
}

/** One event, resolved. */
export function toEventView(event: TimelineEvent, lookups: Lookups): EventView {
  const sources = event.sources.map((s) => ({ article: s.article, ...articleRef(s.article, lookups), quote: s.quote, ...(s.line !== undefined ? { line: s.line } : {}) }));
  const claimsDiffer = new Set(event.claims.map((c) => `${dateKey(c.date)}/${c.planned}`)).size > 1;
  return {
    id: event.id,
    url: eventPath(event),
    anchor: eventAnchor(event.id),
    type: event.type,
    title: event.title,
    date: event.date,
    planned: event.planned,
    ...(event.round !== undefined ? { round: event.round } : {}),
    ...(event.series ? { series: event.series } : {}),
    ...(event.place ? { place: event.place } : {}),
    curated: event.curated === true,
    actors: event.actors.map((id) => toActorLink(id, lookups)).filter((a): a is ActorLink => a !== null),
    sources,
    articles: distinctArticles(sources),
    claims: claimsDiffer ? event.claims.map((c) => ({ article: c.article, ...pick(articleRef(c.article, lookups)), date: c.date, planned: c.planned })) : [],
    history: event.history,
  };
}

/** One link per article, in source order; an outlet named twice gets the publication date to tell its articles apart. */
function distinctArticles(sources: SourceView[]): ArticleLink[] {
  const seen = new Map<string, SourceView>();
  for (const s of sources) if (!seen.has(s.article)) seen.set(s.article, s);
  const unique = [...seen.values()];
  const outletCount = new Map<string, number>();
  for (const s of unique) outletCount.set(s.outlet ?? s.title, (outletCount.get(s.outlet ?? s.title) ?? 0) + 1);
  return unique.map((s) => {
    const base = s.outlet ?? s.title;
    const label = (outletCount.get(base) ?? 0) > 1 && s.published ? `${base}, ${formatDatePoint(s.published)}` : base;
    return { url: s.url, label, title: s.title };
  });
}

function pick(ref: { title: string; url: string | null }): { title: string; url: string | null } {
  return { title: ref.title, url: ref.url };
}

/**
 * Views kept between the builds of one process (serve), by event id. An event whose data is the
 * same, and whose articles and actors show the same titles, outlets, dates, names and kinds, keeps
 * its view object, and with it whatever is keyed by that object: its page key, its rendered summary.
 */
export type ViewMemo = Map<string, { event: TimelineEvent; shown: unknown[]; view: EventView }>;

/** toEventView through the memo. */
export function memoizedEventView(event: TimelineEvent, lookups: Lookups, memo: ViewMemo): EventView {
  const shown = shownOf(event, lookups);
  const kept = memo.get(event.id);
  if (kept && sameData(kept.shown, shown) && (kept.event === event || sameData(kept.event, event))) {
    kept.event = event;
    return kept.view;
  }
  const view = toEventView(event, lookups);
  memo.set(event.id, { event, shown, view });
  return view;
}

/** What toEventView reads from the event's articles and actors, as plain values. */
function shownOf(event: TimelineEvent, lookups: Lookups): unknown[] {
  const shown: unknown[] = [];
  for (const id of [...event.sources.map((s) => s.article), ...event.claims.map((c) => c.article)]) {
    const a = lookups.articles.get(id);
    shown.push(id, a ? [a.title, a.source, a.published] : null);
  }
  for (const id of event.actors) {
    const a = lookups.actors.get(id);
    shown.push(id, a ? [a.name, a.kind] : null);
  }
  return shown;
}
