import { describe, expect, it } from "vitest";
import { toTimelineJs, type TimelineJsSlide } from "../../src/export/timeline-js.ts";
import { sampleTimeline } from "../helpers/sample-timeline.ts";
import { hostileTimeline } from "./hostile-timeline.ts";

const LOCATION = { pathPrefix: "/", siteUrl: "https://example.org" };
const KNOWN_SLIDE_FIELDS = ["start_date", "end_date", "text", "group", "display_date", "unique_id"];

describe("toTimelineJs", () => {
  const doc = toTimelineJs(sampleTimeline(), { ...LOCATION, title: "Talks & <em>more</em>" });
  const slide = (id: string): TimelineJsSlide | undefined => doc.events.find((e) => e.unique_id === id);

  it("has a title slide without a date and one slide per event in timeline order", () => {
    expect(doc.title.start_date).toBeUndefined();
    expect(doc.title.text.headline).toBe("Talks &amp; &lt;em&gt;more&lt;/em&gt;");
    expect(doc.events.map((e) => e.unique_id)).toEqual(sampleTimeline().events.map((e) => e.id));
    for (const event of doc.events) expect(Object.keys(event).filter((k) => !KNOWN_SLIDE_FIELDS.includes(k))).toEqual([]);
  });

  // prettier-ignore
  const cases: [id: string, start: object, end: object | undefined, group: string, displayDate: string | undefined][] = [
    // id                                  start_date                          end_date                            group        display_date
    ["2011-03-war-begins",                 { year: 2011, month: 3 },           undefined,                          "other",     undefined],
    ["2016-12-20-ministers-meet",          { year: 2016, month: 12, day: 20 }, undefined,                          "meeting",   undefined],
    ["2017-01-23-astana-talks-round-1",    { year: 2017, month: 1, day: 23 },  { year: 2017, month: 1, day: 24 },  "round",     undefined],
    ["2017-02-astana-talks-round-2",       { year: 2017, month: 2 },           undefined,                          "round",     "Feb 2017 (approximate, planned)"],
  ];
  it.each(cases)("%s: only the known date parts", (id, start, end, group, displayDate) => {
    const s = slide(id);
    expect(s?.start_date).toStrictEqual(start); // strict: a month-precision event has no `day` key at all
    expect(s?.end_date).toStrictEqual(end);
    expect(s?.group).toBe(group);
    expect(s?.display_date).toBe(displayDate);
  });

  it("escapes the headline and links the event page and http(s) sources", () => {
    const statement = slide("2017-02-13-jane-envoy-statement");
    expect(statement?.text.headline).toBe("Jane Envoy: &quot;We hope observers will come&quot; &lt;script&gt;alert(1)&lt;/script&gt;");
    const meeting = slide("2016-12-20-ministers-meet");
    expect(meeting?.text.text).toContain('<a href="https://example.org/2017/01/19/talks">Ministers prepare talks in the capital</a>');
    expect(meeting?.text.text).toContain('<a href="https://example.org/years/2016/12/#e-2016-12-20-ministers-meet">Sources and details</a>');
  });
});

describe("toTimelineJs with hostile text", () => {
  const doc = toTimelineJs(hostileTimeline(), LOCATION);
  const html = doc.events.map((e) => `${e.text.headline}\n${e.text.text}`).join("\n");

  it("lets no markup from articles through", () => {
    // The only tags are the ones toTimelineJs writes itself.
    expect([...new Set(html.match(/<\/?[a-z]+/g))].sort()).toEqual(["</a", "</li", "</p", "</q", "</ul", "<a", "<li", "<p", "<q", "<ul"]);
    expect(html).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });

  it("never links a javascript: URL; cites that article as plain text", () => {
    expect(html).not.toContain("javascript:");
    expect(doc.events[0]?.text.text).toContain("— &lt;img src=x onerror=alert(1)&gt; &quot;Breaking&quot; &amp; more</li>");
    expect(doc.events[0]?.text.text).toContain('<a href="https://news.example/report?a=1&amp;b=2">A fine report</a>');
  });
});
