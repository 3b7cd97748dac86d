// Timeline → everything the templates show, computed once per build so templates stay dumb.
import type { EventType, Timeline, TimelineEvent } from "../types.ts";
import { compareDatePoints } from "../util/date-point.ts";
import { buildActorPages, groupActorsByKind, type ActorPage } from "./actor-pages.ts";
import { buildArticlePages, type ArticlePage } from "./article-pages.ts";
import { buildMonthChart, EVENT_TYPES, monthRange, type MonthChart } from "./chart-data.ts";
import { makeLookups, toEventView, type EventView } from "./event-views.ts";
import { groupByYearMonth, type YearGroup } from "./group-events.ts";
import { typePath } from "./page-paths.ts";
import { buildReport, type ReportData } from "./report-data.ts";
import { buildRoundTables, type SeriesTable } from "./rounds-data.ts";

export const TYPE_LABELS: Record<EventType, { singular: string; plural: string }> = {
  round: { singular: "Round", plural: "Rounds" },
  meeting: { singular: "Meeting", plural: "Meetings" },
  statement: { singular: "Statement", plural: "Statements" },
  other: { singular: "Other", plural: "Other events" },
};

/** Above this many events the home page shows the latest year only; year pages hold the rest. */
export const HOME_EVENT_LIMIT = 300;

export interface TypePage { type: EventType; label: string; url: string; count: number; years: YearGroup[] }

export interface SiteData {
  title: string;
  events: EventView[];
  years: YearGroup[];
  /** The years listed on the home page: all of them, or the latest when the timeline is long. */
  homeYears: YearGroup[];
  homeComplete: boolean;
  types: TypePage[];
  rounds: SeriesTable[];
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

/** Precompute every page's data from a Timeline. Pure. */
export function toSiteData(timeline: Timeline, options: { title?: string } = {}): SiteData {
  const lookups = makeLookups(timeline);
  const events = sortEvents(timeline.events).map((e) => toEventView(e, lookups));
  const years = groupByYearMonth(events);
  const homeComplete = events.length <= HOME_EVENT_LIMIT;
  const range = monthRange(events);
  const actors = buildActorPages(timeline, events, lookups, range);
  return {
    title: options.title ?? "Dateline timeline",
    events,
    years,
    homeYears: homeComplete ? years : years.slice(-1),
    homeComplete,
    types: EVENT_TYPES.map((type) => {
      const ofType = events.filter((e) => e.type === type);
      return { type, label: TYPE_LABELS[type].plural, url: typePath(type), count: ofType.length, years: groupByYearMonth(ofType) };
    }),
    rounds: buildRoundTables(events),
    actors,
    actorKinds: groupActorsByKind(actors),
    articles: buildArticlePages(timeline, events),
    report: buildReport(timeline, events),
    chart: buildMonthChart(events),
    counts: { events: events.length, actors: timeline.actors.length, articles: timeline.articles.length, sources: events.reduce((n, e) => n + e.sources.length, 0) },
  };
}
