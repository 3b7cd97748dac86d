// Timeline → everything the templates show, computed once per build so templates stay dumb.
import type { EventType, Timeline, TimelineEvent } from "../types.ts";
import { compareDatePoints } from "../util/date-point.ts";
import { buildActorPages, buildActorYearPages, groupActorsByKind, type ActorPage, type ActorYearPage } from "./actor-pages.ts";
import { buildArticlePages, type ArticlePage } from "./article-pages.ts";
import { buildMonthChart, EVENT_TYPES, monthRange, type MonthChart } from "./chart-data.ts";
import { makeLookups, memoizedEventView, toEventView, type EventView, type ViewMemo } from "./event-views.ts";
import { groupByYearMonth, LISTING_LIMIT, type MonthGroup, type YearGroup } from "./group-events.ts";
import { typePath, typeYearPath } from "./page-paths.ts";
import { buildReport, type ReportData } from "./report-data.ts";
import { buildRoundTables, type SeriesTable } from "./rounds-data.ts";

export const TYPE_LABELS: Record<EventType, { singular: string; plural: string }> = {
  round: { singular: "Round", plural: "Rounds" },
  meeting: { singular: "Meeting", plural: "Meetings" },
  statement: { singular: "Statement", plural: "Statements" },
  other: { singular: "Other", plural: "Other events" },
};

/** Above this many events the home page shows the latest year only; year pages hold the rest. */
export const HOME_EVENT_LIMIT = LISTING_LIMIT;

export interface TypePage {
  type: EventType;
  label: string;
  url: string;
  count: number;
  years: YearGroup[];
  /** false when the type has too many events for one page: the page then links its per-year pages. */
  complete: boolean;
  yearPages: { year: number; url: string; count: number }[];
}

/** One type in one year: /types/statement/2017/. */
export interface TypeYearPage { type: EventType; label: string; year: number; url: string; typeUrl: string; group: YearGroup }

/** The one-page-per-item lists of SiteData.pages, in the order a build renders them. */
export const PAGE_KINDS = ["articles", "months", "actors", "actorYears"] as const;
export type PageKind = (typeof PAGE_KINDS)[number];
/** The data of one page of each kind. */
export interface PageOf { articles: ArticlePage; months: MonthGroup; actors: ActorPage; actorYears: ActorYearPage }

/** Page lists with `make(kind)` for each kind. */
export function byPageKind(make: <K extends PageKind>(kind: K) => PageOf[K][]): SiteData["pages"] {
  return Object.fromEntries(PAGE_KINDS.map((kind) => [kind, make(kind)])) as SiteData["pages"];
}

export interface SiteData {
  title: string;
  events: EventView[];
  years: YearGroup[];
  /** Every month with events, in order: one page each, where the events' sources are shown. */
  months: MonthGroup[];
  /**
   * The one-page-per-item lists to render in this build: all of them by default; only the changed
   * ones when the last site's unchanged pages are reused (see reuse-pages.ts).
   */
  pages: { [K in PageKind]: PageOf[K][] };
  /** The years listed on the home page: all of them, or the latest when the timeline is long. */
  homeYears: YearGroup[];
  homeComplete: boolean;
  types: TypePage[];
  typeYears: TypeYearPage[];
  rounds: SeriesTable[];
  /** Every round in table order, for the rounds page's JSON-LD. */
  roundEvents: EventView[];
  actors: ActorPage[];
  actorKinds: ReturnType<typeof groupActorsByKind>;
  articles: ArticlePage[];
  report: ReportData;
  chart: MonthChart;
  counts: { events: number; actors: number; articles: number; sources: number };
}

/** The timeline's order (start, end, id), re-established here so the site never depends on the caller's sort. */
function sortEvents(events: TimelineEvent[]): TimelineEvent[] {
  return [...events].sort((a, b) =>
    compareDatePoints(a.date.start, b.date.start) ||
    compareDatePoints(a.date.end ?? a.date.start, b.date.end ?? b.date.start) ||
    a.id.localeCompare(b.id));
}

/** Each month page's pager: the months before and after it. */
function linkNeighbours(months: MonthGroup[]): MonthGroup[] {
  return months.map((m, i) => {
    const before = months[i - 1];
    const after = months[i + 1];
    return { ...m, ...(before ? { previous: { url: before.url, label: before.label } } : {}), ...(after ? { next: { url: after.url, label: after.label } } : {}) };
  });
}

/** Precompute every page's data from a Timeline. Pure, but for `views` (serve's memo, see memoizedEventView). */
export function toSiteData(timeline: Timeline, options: { title?: string; views?: ViewMemo } = {}): SiteData {
  const lookups = makeLookups(timeline);
  const memo = options.views;
  const events = sortEvents(timeline.events).map((e) => (memo ? memoizedEventView(e, lookups, memo) : toEventView(e, lookups)));
  if (memo && memo.size > events.length) {
    const current = new Set(timeline.events.map((e) => e.id));
    for (const id of memo.keys()) if (!current.has(id)) memo.delete(id);
  }
  const years = groupByYearMonth(events);
  const homeComplete = events.length <= HOME_EVENT_LIMIT;
  const range = monthRange(events);
  const actors = buildActorPages(timeline, events, lookups, range);
  const rounds = buildRoundTables(events);
  const months = linkNeighbours(years.flatMap((y) => y.months));
  const articles = buildArticlePages(timeline, events);
  const types = EVENT_TYPES.map((type): TypePage => {
    const ofType = events.filter((e) => e.type === type);
    const byYear = groupByYearMonth(ofType);
    return {
      type, label: TYPE_LABELS[type].plural, url: typePath(type), count: ofType.length, years: byYear,
      complete: ofType.length <= HOME_EVENT_LIMIT,
      yearPages: byYear.map((g) => ({ year: g.year, url: typeYearPath(type, g.year), count: g.count })),
    };
  });
  return {
    title: options.title ?? "Dateline timeline",
    events,
    years,
    months,
    pages: { articles, months, actors, actorYears: buildActorYearPages(actors) },
    homeYears: homeComplete ? years : years.slice(-1),
    homeComplete,
    types,
    typeYears: types.flatMap((t) => t.years.map((group) => ({ type: t.type, label: t.label, year: group.year, url: typeYearPath(t.type, group.year), typeUrl: t.url, group }))),
    rounds,
    roundEvents: rounds.flatMap((s) => s.rows.map((r) => r.event)),
    actors,
    actorKinds: groupActorsByKind(actors),
    articles,
    report: buildReport(timeline, events),
    chart: buildMonthChart(events),
    counts: { events: events.length, actors: timeline.actors.length, articles: timeline.articles.length, sources: events.reduce((n, e) => n + e.sources.length, 0) },
  };
}
