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

/** The earliest and the latest publication date among the event's sources (undefined when none has one). */
function publicationSpan(event: TimelineEvent, articlesById: ReadonlyMap<string, Article>): { first?: DatePoint; last?: DatePoint } {
  let first: DatePoint | undefined;
  let last: DatePoint | undefined;
  for (const s of event.sources) {
    const p = articlesById.get(s.article)?.published;
    if (p === null || p === undefined) continue;
    // The first of equal dates for `first`, the last for `last`: what a stable sort would put at the ends.
    if (!first || compareDatePoints(p, first) < 0) first = p;
    if (!last || compareDatePoints(p, last) >= 0) last = p;
  }
  return { first, last };
}

/**
 * When an event entered the corpus. Articles carry no "added on" date yet, so the proxy is the
 * latest publication date among its sources: a 2017 round re-reported by a 2019 article counts
 * as news of 2019 (that is when the timeline learned more about it). When no source has a
 * publication date, the event's own start date stands in, so the entry still gets a place.
 * Change this one function when Article gains an `added` field (then: the earliest `added`).
 */
export function enteredCorpusOn(event: TimelineEvent, articlesById: ReadonlyMap<string, Article>): DatePoint {
  return publicationSpan(event, articlesById).last ?? event.date.start;
}

/**
 * Events as feed items, newest entry first; ties by event id so the order never depends on input
 * order. With a `limit`, only that many from the head.
 */
export function orderFeedItems(timeline: Timeline, limit = Infinity): FeedItem[] {
  const articlesById = new Map(timeline.articles.map((a) => [a.id, a]));
  const items = timeline.events.map((event) => {
    const { first, last } = publicationSpan(event, articlesById);
    return { event, entered: last ?? event.date.start, firstReported: first ?? event.date.start };
  });
  const head = Number.isInteger(limit) && limit > 0 && limit < items.length ? enteredSince(items, limit) : items;
  return newestFirst(head).slice(0, limit);
}

function newestFirst(items: FeedItem[]): FeedItem[] {
  return items.sort((a, b) => compareDatePoints(b.entered, a.entered) || (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0));
}

/**
 * The items that entered no earlier than the `count`-th newest one: every item the head of the
 * full order can hold, so that sorting only these gives the same head (a feed shows 100 of
 * thousands). The threshold comes from a numeric sort of date keys, far cheaper than the full sort.
 */
function enteredSince(items: FeedItem[], count: number): FeedItem[] {
  const keys = items.map((item) => sortKey(item.entered));
  if (keys.some((k) => k === undefined)) return items;
  const threshold = Float64Array.from(keys as number[]).sort()[items.length - count]!;
  return items.filter((_, i) => keys[i]! >= threshold);
}

/** A number in compareDatePoints order (year, then month, then day; a missing part is 0); undefined outside the calendar's ranges. */
function sortKey(p: DatePoint): number | undefined {
  const month = p.month ?? 0;
  const day = p.day ?? 0;
  if (!Number.isInteger(p.year) || !Number.isInteger(month) || !Number.isInteger(day) || month < 0 || month > 99 || day < 0 || day > 99) return undefined;
  return p.year * 10_000 + month * 100 + day;
}
