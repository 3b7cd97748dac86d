// timelinejs.json: the TimelineJS3 data format, so the timeline can be shown with Knight Lab's viewer.
// Field names checked against TimelineJS3 src/js/core/TimelineConfig.js and its docs/json-format page.
import type { Article, DatePoint, Timeline, TimelineEvent } from "../types.ts";
import { escapeMarkup, isHttpUrl } from "./escape-markup.ts";
import { formatDateLabel } from "./format-date-label.ts";
import { eventPageUrlUnder, siteRootUrl, type SiteLocation } from "./site-url.ts";

/** A TimelineJS date: only the parts that are known; TimelineJS then shows "February 2017", not "February 1, 2017". */
export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
}

export interface TimelineJsSlide {
  start_date?: TimelineJsDate;
  end_date?: TimelineJsDate;
  /** Both fields are HTML in TimelineJS: everything from articles is escaped. */
  text: { headline: string; text: string };
  group?: string;
  /** Overrides TimelineJS's own date label; TimelineJS strips markup from it. */
  display_date?: string;
  unique_id?: string;
}

export interface TimelineJs {
  title: TimelineJsSlide;
  events: TimelineJsSlide[];
  scale: "human";
}

export interface TimelineJsOptions extends SiteLocation {
  title?: string;
}

function toTimelineJsDate(point: DatePoint): TimelineJsDate {
  return { year: point.year, ...(point.month !== undefined ? { month: point.month } : {}), ...(point.day !== undefined ? { day: point.day } : {}) };
}

/** Lookups built once per document: per-slide maps would make 10,000 events × 10,000 articles quadratic. */
interface Lookups {
  actorName: ReadonlyMap<string, string>;
  articles: ReadonlyMap<string, Article>;
  /** article id → its citation HTML, filled as articles are cited (most are cited many times) */
  cites: Map<string, string>;
  /** siteRootUrl, for the event page links */
  root: string;
}

/** The article's title, linked to its URL when that is http(s). */
function citeArticle(id: string, articles: ReadonlyMap<string, Article>): string {
  const article = articles.get(id);
  const name = escapeMarkup(article?.title ?? id);
  // Only http(s) URLs become links: "javascript:" or "data:" URLs from a scraped page stay plain text.
  return isHttpUrl(article?.url) ? `<a href="${escapeMarkup(article.url)}">${name}</a>` : name;
}

function slideText(event: TimelineEvent, { actorName, articles, cites, root }: Lookups): string {
  // No date here: TimelineJS prints it above the headline (display_date when approximate or planned).
  const facts = [event.place ?? "", event.actors.map((id) => actorName.get(id) ?? id).join(", ")].filter(Boolean);
  const sources = event.sources.map((s) => {
    let cite = cites.get(s.article);
    if (cite === undefined) cites.set(s.article, (cite = citeArticle(s.article, articles)));
    return `<li><q>${escapeMarkup(s.quote)}</q> — ${cite}</li>`;
  });
  return [
    facts.length ? `<p>${facts.map(escapeMarkup).join(" · ")}</p>` : "",
    sources.length ? `<ul>${sources.join("")}</ul>` : "",
    `<p><a href="${escapeMarkup(eventPageUrlUnder(root, event))}">Sources and details</a></p>`,
  ].join("");
}

function toSlide(event: TimelineEvent, lookups: Lookups): TimelineJsSlide {
  const { date } = event;
  return {
    start_date: toTimelineJsDate(date.start),
    ...(date.end ? { end_date: toTimelineJsDate(date.end) } : {}),
    text: { headline: escapeMarkup(event.title), text: slideText(event, lookups) },
    group: event.type,
    // TimelineJS would print an approximate or planned date as if certain: say so in the label.
    ...(date.approximate || event.planned ? { display_date: formatDateLabel(date, { planned: event.planned }) } : {}),
    unique_id: event.id,
  };
}

/** Timeline → TimelineJS3 JSON (title slide + one slide per event, timeline order, group = event type). */
export function toTimelineJs(timeline: Timeline, options: TimelineJsOptions): TimelineJs {
  const title = options.title ?? "Dateline timeline";
  const lookups: Lookups = {
    actorName: new Map(timeline.actors.map((a) => [a.id, a.name])),
    articles: new Map(timeline.articles.map((a) => [a.id, a])),
    cites: new Map(),
    // Only when there is an event to link: siteRootUrl throws on a bad siteUrl, as it did per slide.
    root: timeline.events.length ? siteRootUrl(options) : "",
  };
  return {
    title: {
      text: {
        headline: escapeMarkup(title),
        text: `<p>${timeline.events.length} events from ${timeline.articles.length} articles. Dates are shown only as precisely as the sources give them.</p>`,
      },
      unique_id: "dateline-title",
    },
    events: timeline.events.map((event) => toSlide(event, lookups)),
    scale: "human",
  };
}
