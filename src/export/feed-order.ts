// The order of the Atom feed: when an event entered the corpus, newest first — not when it happened.
import type { Article, DatePoint, Timeline, TimelineEvent } from "../types.ts";
import { compareDatePoints } from "../util/date-point.ts";

export interface FeedItem {
  event: TimelineEvent;
  /** When the event entered the corpus (see enteredCorpusOn); the entry's `updated`. */
  entered: DatePoint;
  /** The earliest publication date among its sources: the entry's `published`. */
  firstReported: DatePoint;
}

function publishedDates(event: TimelineEvent, articlesById: ReadonlyMap<string, Article>): DatePoint[] {
  return event.sources
    .map((s) => articlesById.get(s.article)?.published)
    .filter((p): p is DatePoint => p !== null && p !== undefined)
    .sort(compareDatePoints);
}

/**
 * When an event entered the corpus. Articles carry no "added on" date yet, so the proxy is the
 * latest publication date among its sources: a 2017 round re-reported by a 2019 article counts
 * as news of 2019 (that is when the timeline learned more about it). When no source has a
 * publication date, the event's own start date stands in, so the entry still gets a place.
 * Change this one function when Article gains an `added` field (then: the earliest `added`).
 */
export function enteredCorpusOn(event: TimelineEvent, articlesById: ReadonlyMap<string, Article>): DatePoint {
  return publishedDates(event, articlesById).at(-1) ?? event.date.start;
}

/** Events as feed items, newest entry first; ties by event id so the order never depends on input order. */
export function orderFeedItems(timeline: Timeline): FeedItem[] {
  const articlesById = new Map(timeline.articles.map((a) => [a.id, a]));
  return timeline.events
    .map((event) => ({
      event,
      entered: enteredCorpusOn(event, articlesById),
      firstReported: publishedDates(event, articlesById)[0] ?? event.date.start,
    }))
    .sort((a, b) => compareDatePoints(b.entered, a.entered) || (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0));
}
