// feed.xml: an Atom feed (RFC 4287) of events, newest to enter the corpus first.
import { dateToRfc3339 } from "@11ty/eleventy-plugin-rss";
import type { DatePoint, Timeline } from "../types.ts";
import { toDayNumber } from "../util/date-point.ts";
import { escapeMarkup, isHttpUrl } from "./escape-markup.ts";
import { orderFeedItems, type FeedItem } from "./feed-order.ts";
import { formatDateLabel } from "./format-date-label.ts";
import { eventPageUrlUnder, siteRootUrl, type SiteLocation } from "./site-url.ts";
import { eventAnchor } from "../site/page-paths.ts";

export const FEED_FILE = "feed.xml";

export interface FeedOptions extends SiteLocation {
  title?: string;
  /** Newest entries kept; feed readers only look at the head. Default 100. */
  limit?: number;
}

/** The feed for a timeline with no events: the epoch, a fixed value rather than the build time. */
const EMPTY_FEED_UPDATED: DatePoint = { year: 1970, month: 1, day: 1 };

/** Atom needs a full timestamp: a partial point becomes its first day at 00:00Z ("2017-02" → 2017-02-01T00:00:00Z). */
function toTimestamp(point: DatePoint): string {
  return dateToRfc3339(new Date(toDayNumber(point) * 86_400_000));
}

function summaryOf(item: FeedItem, actorName: ReadonlyMap<string, string>): string {
  const { event } = item;
  const parts = [`${event.type}, ${formatDateLabel(event.date, { planned: event.planned })}.`];
  if (event.place) parts.push(`Place: ${event.place}.`);
  if (event.actors.length) parts.push(`Actors: ${event.actors.map((id) => actorName.get(id) ?? id).join(", ")}.`);
  const quote = event.sources[0]?.quote;
  if (quote) parts.push(`“${quote}”`);
  return parts.join(" ");
}

/**
 * The entry's permanent id: the site root plus the event's anchor. Not the link: that names the
 * month page, which changes when an editor corrects the date, and a feed reader would show the
 * event again as new.
 */
function entryId(root: string, id: string): string {
  return `${root}#${eventAnchor(id)}`;
}

function renderEntry(item: FeedItem, root: string, actorName: ReadonlyMap<string, string>, articleUrls: ReadonlyMap<string, string | null>): string {
  const url = escapeMarkup(eventPageUrlUnder(root, item.event));
  // Only http(s) article URLs become links: a scraped "javascript:alert(1)" stays out of the feed.
  const related = [...new Set(item.event.sources.map((s) => articleUrls.get(s.article)))].filter(isHttpUrl);
  return [
    "  <entry>",
    `    <title type="text">${escapeMarkup(item.event.title)}</title>`,
    `    <link rel="alternate" type="text/html" href="${url}"/>`,
    ...related.map((href) => `    <link rel="related" href="${escapeMarkup(href)}"/>`),
    `    <id>${escapeMarkup(entryId(root, item.event.id))}</id>`,
    `    <published>${toTimestamp(item.firstReported)}</published>`,
    `    <updated>${toTimestamp(item.entered)}</updated>`,
    `    <category term="${escapeMarkup(item.event.type)}"/>`,
    `    <summary type="text">${escapeMarkup(summaryOf(item, actorName))}</summary>`,
    "  </entry>",
  ].join("\n");
}

/**
 * Timeline → feed.xml text. Entries are ordered by orderFeedItems (when an event entered the
 * corpus), all text is escaped as XML text and stripped of characters XML forbids, and the
 * feed's `updated` is the newest entry's, so two builds are byte-identical.
 */
export function toAtomFeed(timeline: Timeline, options: FeedOptions): string {
  const root = siteRootUrl(options);
  const items = orderFeedItems(timeline, options.limit ?? 100);
  const actorName = new Map(timeline.actors.map((a) => [a.id, a.name]));
  const articleUrls = new Map(timeline.articles.map((a) => [a.id, a.url]));
  const title = escapeMarkup(options.title ?? "Dateline timeline");
  return [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">`,
    `  <title type="text">${title}</title>`,
    `  <subtitle type="text">Events in the order they entered the corpus, newest first.</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeMarkup(root + FEED_FILE)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeMarkup(root)}"/>`,
    `  <id>${escapeMarkup(root)}</id>`,
    `  <updated>${toTimestamp(items[0]?.entered ?? EMPTY_FEED_UPDATED)}</updated>`,
    `  <author><name>${title}</name></author>`,
    `  <generator>Dateline</generator>`,
    ...items.map((item) => renderEntry(item, root, actorName, articleUrls)),
    `</feed>`,
    "",
  ].join("\n");
}
