// Article pages: metadata and the cleaned text, with every sentence an event cites highlighted and linked.
import type { Article, DatePoint, Timeline } from "../types.ts";
import type { EventView } from "./event-views.ts";
import { articlePath } from "./page-paths.ts";
import { isHttpUrl } from "./escape.ts";

/** A run of block text; `event` set when the run is a quote some event cites. */
export interface TextSegment { text: string; event?: { title: string; url: string; anchor: string } }

export interface ArticlePage {
  id: string;
  url: string;
  title: string;
  file: string;
  importedFrom?: string;
  source?: string;
  published: DatePoint | null;
  publishedNote?: string;
  /** The original URL, only when it is http(s): `javascript:` and the like never become links. */
  originalUrl: string | null;
  /** The stored URL when it is not http(s), shown as text. */
  rawUrl: string | null;
  blocks: { index: number; lines: [number, number]; segments: TextSegment[] }[];
  furniture: string[];
  events: EventView[];
  /** Quotes cited from this article that no longer appear in its text (edited since extraction). */
  unmatched: { quote: string; event: EventView }[];
}

interface Quote { quote: string; event: EventView }

/** Article pages in date order (undated last). */
export function buildArticlePages(timeline: Timeline, events: EventView[]): ArticlePage[] {
  const quotes = new Map<string, Quote[]>();
  for (const event of events) {
    for (const s of event.sources) {
      const list = quotes.get(s.article);
      if (list) list.push({ quote: s.quote, event });
      else quotes.set(s.article, [{ quote: s.quote, event }]);
    }
  }
  return timeline.articles.map((article) => buildArticlePage(article, quotes.get(article.id) ?? []));
}

function buildArticlePage(article: Article, quotes: Quote[]): ArticlePage {
  const matched = new Set<Quote>();
  const blocks = article.blocks.map((block) => ({ index: block.index, lines: block.lines, segments: highlight(block.text, quotes, matched) }));
  const events = [...new Set(quotes.map((q) => q.event))];
  return {
    id: article.id,
    url: articlePath(article.id),
    title: article.title,
    file: article.file,
    ...(article.importedFrom ? { importedFrom: article.importedFrom } : {}),
    ...(article.source ? { source: article.source } : {}),
    published: article.published,
    ...(article.publishedNote ? { publishedNote: article.publishedNote } : {}),
    originalUrl: isHttpUrl(article.url) ? article.url : null,
    rawUrl: article.url && !isHttpUrl(article.url) ? article.url : null,
    blocks,
    furniture: article.furniture,
    events,
    unmatched: quotes.filter((q) => !matched.has(q) && q.quote.trim() !== ""),
  };
}

/**
 * Split a block into plain and quoted runs. Quotes are found by plain substring search
 * (linear per quote); overlapping quotes keep the earlier one ("A. B." and "B." cited by two
 * events highlight once, the second still listed on the event page).
 */
function highlight(text: string, quotes: Quote[], matched: Set<Quote>): TextSegment[] {
  const spans: { start: number; end: number; q: Quote }[] = [];
  for (const q of quotes) {
    const needle = q.quote.trim();
    if (!needle) continue;
    const start = text.indexOf(needle);
    if (start < 0) continue;
    matched.add(q);
    const end = start + needle.length;
    if (!spans.some((s) => start < s.end && end > s.start)) spans.push({ start, end, q });
  }
  spans.sort((a, b) => a.start - b.start);
  const segments: TextSegment[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.start > at) segments.push({ text: text.slice(at, s.start) });
    segments.push({ text: text.slice(s.start, s.end), event: { title: s.q.event.title, url: s.q.event.url, anchor: s.q.event.anchor } });
    at = s.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}
