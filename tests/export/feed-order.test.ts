// orderFeedItems with a limit must give exactly the head of the full order, ties included.
import { describe, expect, it } from "vitest";
import { orderFeedItems } from "../../src/export/feed-order.ts";
import type { DatePoint, Timeline } from "../../src/types.ts";
import { compareDatePoints, makeEventDate } from "../../src/util/date-point.ts";
import { makeArticle, makeEvent } from "../helpers/sample-timeline.ts";

// Publication dates with many ties and every precision; some articles have none.
const PUBLISHED: (DatePoint | null)[] = [
  { year: 2017, month: 2, day: 15 }, { year: 2017, month: 2 }, { year: 2017 }, null, { year: 2016, month: 12, day: 31 },
  { year: 2017, month: 2, day: 15 }, { year: 2018, month: 1, day: 1 }, null, { year: 2017, month: 2 }, { year: 2019 },
];

function manyEvents(count: number): Timeline {
  const articles = PUBLISHED.map((published, i) => makeArticle({ id: `a${i}`, published }));
  const events = Array.from({ length: count }, (_, i) =>
    makeEvent({
      id: `e${String((i * 37) % count).padStart(3, "0")}`,
      date: makeEventDate({ year: 2015 + (i % 4), month: 1 + (i % 12) }, { text: "" }),
      sources: [{ article: `a${i % 10}`, quote: "q" }, ...(i % 3 ? [{ article: `a${(i * 7) % 10}`, quote: "q" }] : [])],
    }),
  );
  return { articles, actors: [], events, diagnostics: [] };
}

/** The order as first written: sort each event's publication dates, then sort every event. */
function referenceOrder(timeline: Timeline): [string, DatePoint, DatePoint][] {
  const byId = new Map(timeline.articles.map((a) => [a.id, a]));
  return timeline.events
    .map((event) => {
      const dates = event.sources.map((s) => byId.get(s.article)?.published).filter((p): p is DatePoint => !!p).sort(compareDatePoints);
      return { event, entered: dates.at(-1) ?? event.date.start, firstReported: dates[0] ?? event.date.start };
    })
    .sort((a, b) => compareDatePoints(b.entered, a.entered) || (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0))
    .map((item) => [item.event.id, item.entered, item.firstReported]);
}

describe("orderFeedItems", () => {
  const timeline = manyEvents(120);
  const full = orderFeedItems(timeline).map((item) => item.event.id);

  it("orders as sorting every event's publication dates did", () => {
    expect(orderFeedItems(timeline).map((item) => [item.event.id, item.entered, item.firstReported])).toEqual(referenceOrder(timeline));
  });

  it.each([0, 1, 2, 5, 13, 50, 100, 119, 120, 500, -1, 2.5])("limit %d: the head of the full order", (limit) => {
    expect(orderFeedItems(timeline, limit).map((item) => item.event.id)).toEqual(full.slice(0, limit));
  });
});
