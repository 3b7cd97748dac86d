import { describe, expect, it } from "vitest";
import type { ViewMemo } from "../../src/site/event-views.ts";
import { HOME_EVENT_LIMIT, toSiteData } from "../../src/site/site-data.ts";
import type { Timeline } from "../../src/types.ts";
import { makeEventDate } from "../../src/util/date-point.ts";
import { makeArticle, makeEvent, sampleTimeline } from "../helpers/sample-timeline.ts";

describe("toSiteData on the sample timeline", () => {
  const site = toSiteData(sampleTimeline());

  it("orders events by date whatever the input order (the sample sorts by id)", () => {
    expect(site.events.map((e) => e.id)).toEqual([
      "2011-03-war-begins",
      "2016-12-20-ministers-meet",
      "2017-01-23-astana-talks-round-1",
      "2017-02-astana-talks-round-2", // month precision sorts before the days it contains
      "2017-02-13-jane-envoy-statement",
    ]);
  });

  it("groups by year then month, with anchors", () => {
    expect(site.years.map((y) => [y.year, y.months.map((m) => m.anchor)])).toEqual([
      [2011, ["m-2011-03"]],
      [2016, ["m-2016-12"]],
      [2017, ["m-2017-01", "m-2017-02"]],
    ]);
    expect(site.years[2]!.months[1]!.label).toBe("February 2017");
  });

  it.each([["round", 2], ["meeting", 1], ["statement", 1], ["other", 1]] as const)("counts %s events: %i", (type, count) => {
    expect(site.types.find((t) => t.type === type)?.count).toBe(count);
  });

  it("builds actor pages with co-actors, first/last appearance and statements by the speaker", () => {
    const russia = site.actors.find((a) => a.id === "russia")!;
    expect(russia.events.map((e) => e.id)).toEqual(["2016-12-20-ministers-meet", "2017-01-23-astana-talks-round-1", "2017-02-astana-talks-round-2"]);
    expect(russia.coActors.map((c) => [c.actor.id, c.count])).toEqual([["john-minister", 1], ["united-nations", 1]]);
    expect(russia.first?.id).toBe("2016-12-20-ministers-meet");
    expect(russia.last?.id).toBe("2017-02-astana-talks-round-2");
    expect(russia.statements).toEqual([]);
    const jane = site.actors.find((a) => a.id === "jane-envoy")!;
    expect(jane.statements.map((s) => s.quotes)).toEqual([["\"We hope observers will come,\" Jane Envoy said on February 13."]]);
    expect(jane.roles[0]?.article?.url).toBe("/articles/2017-02-13-second-round/");
    expect(jane.aliases).toEqual(["Envoy"]);
  });

  it("highlights each cited sentence in its article and links it to its event", () => {
    const article = site.articles.find((a) => a.id === "2017-01-19-talks-prepared")!;
    const marked = article.blocks.flatMap((b) => b.segments.filter((s) => s.event).map((s) => [s.text, s.event!.url]));
    expect(marked).toEqual([
      ["The talks are due in the capital on January 23, the spokesman said on Thursday.", "/years/2017/01/#e-2017-01-23-astana-talks-round-1"],
      ["Ministers met in the city on December 20, 2016.", "/years/2016/12/#e-2016-12-20-ministers-meet"],
    ]);
    const second = site.articles.find((a) => a.id === "2017-02-13-second-round")!;
    // "Armed conflict continues since March 2011." is cited but not in the article's blocks.
    expect(second.unmatched.map((u) => u.event.id)).toEqual(["2011-03-war-begins"]);
  });

  it("puts rounds in one table per series, numbered order, planned ones flagged", () => {
    expect(site.rounds.map((s) => [s.name, s.rows.map((r) => [r.event.round, r.status])])).toEqual([
      ["Astana talks", [[1, "held"], [2, "planned"]]],
    ]);
    // Announced for 23 January and held 23–24 January: the dates agree, nothing was rescheduled.
    expect(site.rounds[0]!.rows[0]!.rescheduled).toBe(false);
  });

  it("flags a round whose history says it was rescheduled", () => {
    const t = sampleTimeline();
    t.events.find((e) => e.round === 1)!.history.push("rescheduled: held 2017-01-23 – 2017-01-24");
    expect(toSiteData(t).rounds[0]!.rows[0]!.rescheduled).toBe(true);
  });

  it("reports undated articles, unregistered actors and diagnostics by rule", () => {
    expect(site.report.undatedArticles.map((a) => a.id)).toEqual(["undated-notes"]);
    expect(site.report.unregisteredActors.map((a) => a.id)).toEqual(["john-minister"]);
    expect(site.report.groups.map((g) => [g.ruleId, g.diagnostics.length])).toEqual([["published-unknown", 1]]);
    expect(site.report.approximate.map((e) => e.id)).toEqual(["2017-02-astana-talks-round-2"]);
    expect(site.report.undatedEvents).toEqual([]);
  });

  it("charts only month-dated events and keeps the bars inside the frame", () => {
    expect(site.chart.unplaced).toBe(0);
    expect(site.chart.bars.length).toBe(5);
    for (const b of site.chart.bars) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(site.chart.width + 0.1);
      expect(b.y).toBeGreaterThanOrEqual(0);
    }
  });
});

describe("toSiteData edge cases", () => {
  it("lists each source article once, and dates the articles of an outlet named twice", () => {
    const t = sampleTimeline();
    t.articles.push(makeArticle({ id: "other-news", title: "Other", source: "Example News", published: { year: 2017, month: 3 } }));
    t.events.push(makeEvent({
      id: "2017-03-x", date: makeEventDate({ year: 2017, month: 3 }, { text: "March" }),
      sources: [
        { article: "2017-02-13-second-round", quote: "A." },
        { article: "2017-02-13-second-round", quote: "B." },
        { article: "other-news", quote: "C." },
        { article: "not-in-corpus", quote: "D." },
      ],
    }));
    const event = toSiteData(t).events.find((e) => e.id === "2017-03-x")!;
    expect(event.articles.map((a) => [a.label, a.url])).toEqual([
      ["Example News, 13 Feb 2017", "/articles/2017-02-13-second-round/"],
      ["Example News, Mar 2017", "/articles/other-news/"],
      ["not-in-corpus", null],
    ]);
    expect(event.sources).toHaveLength(4);
  });

  it("shows only the latest year on home when the timeline is long, every year keeping its page", () => {
    const t = sampleTimeline();
    for (let i = 0; i < HOME_EVENT_LIMIT; i++) t.events.push(makeEvent({ id: `2018-${i}`, date: makeEventDate({ year: 2018, month: 1 + (i % 12) }, { text: "x" }) }));
    const site = toSiteData(t);
    expect(site.homeComplete).toBe(false);
    expect(site.homeYears.map((y) => y.year)).toEqual([2018]);
    expect(site.years.map((y) => y.url)).toEqual(["/years/2011/", "/years/2016/", "/years/2017/", "/years/2018/"]);
  });

  it("lists aliases once whatever their case, preferring the one not in capitals", () => {
    const t = sampleTimeline();
    t.actors[2]!.aliases = ["MOSCOW", "Moscow", "Russian", "RUSSIA", "Russian Federation"];
    expect(toSiteData(t).actors.find((a) => a.id === "russia")?.aliases).toEqual(["Moscow", "Russian", "Russian Federation"]);
  });

  it("lists events dated from their article (no date text) apart from approximate ones", () => {
    const t = sampleTimeline();
    t.events.push(makeEvent({ id: "said-something", type: "statement", date: makeEventDate({ year: 2017, month: 2 }, { approximate: true, text: "" }) }));
    const report = toSiteData(t).report;
    expect(report.undatedEvents.map((e) => e.id)).toEqual(["said-something"]);
    expect(report.approximate.map((e) => e.id)).toEqual(["2017-02-astana-talks-round-2"]);
  });

  it("keeps hostile ids to a plain anchor on their month's page", () => {
    const t = sampleTimeline();
    t.events.push(makeEvent({ id: "../../etc/passwd", date: makeEventDate({ year: 2017 }, { text: "2017" }) }));
    expect(toSiteData(t).events.find((e) => e.id === "../../etc/passwd")?.url).toBe("/years/2017/undated/#e-etc-passwd");
  });

  it("gives every month with events one page, in order, holding exactly that month's events", () => {
    const site = toSiteData(sampleTimeline());
    expect(site.months.map((m) => [m.url, m.events.map((e) => e.id)])).toEqual(
      site.years.flatMap((y) => y.months.map((m) => [m.url, m.events.map((e) => e.id)])),
    );
    expect(site.months.map((m) => m.url)).toEqual([...new Set(site.months.map((m) => m.url))]);
    for (const m of site.months) for (const e of m.events) expect(e.url.startsWith(`${m.url}#`)).toBe(true);
    expect(site.months.reduce((n, m) => n + m.events.length, 0)).toBe(site.events.length);
  });
});

describe("toSiteData with serve's view memo", () => {
  const ids = (site: ReturnType<typeof toSiteData>, other: ReturnType<typeof toSiteData>): string[] =>
    site.events.filter((v, i) => v !== other.events[i]).map((v) => v.id);

  it.each<[string, (t: Timeline) => void, string[]]>([
    ["nothing changed (a new but equal timeline)", () => undefined, []],
    ["an event retitled", (t) => void (t.events.find((e) => e.id === "2016-12-20-ministers-meet")!.title = "Ministers meet again"), ["2016-12-20-ministers-meet"]],
    ["an article retitled: the events citing it", (t) => void (t.articles.find((a) => a.id === "2017-01-19-talks-prepared")!.title = "Talks prepared (updated)"), ["2016-12-20-ministers-meet", "2017-01-23-astana-talks-round-1"]],
    ["an actor renamed: the events naming it", (t) => void (t.actors.find((a) => a.id === "john-minister")!.name = "John Q. Minister"), ["2016-12-20-ministers-meet"]],
  ])("keeps the view of every event but those it must redo: %s", (_name, change, redone) => {
    const views: ViewMemo = new Map();
    const first = toSiteData(sampleTimeline(), { views });
    const next = structuredClone(sampleTimeline());
    change(next);
    const second = toSiteData(next, { views });
    expect(ids(second, first)).toEqual(redone);
    // Memo or not, the site data is the same.
    expect(JSON.stringify(second)).toBe(JSON.stringify(toSiteData(next)));
  });

  it("forgets the views of events that are gone", () => {
    const views: ViewMemo = new Map();
    toSiteData(sampleTimeline(), { views });
    const fewer = sampleTimeline();
    fewer.events = fewer.events.slice(1);
    toSiteData(fewer, { views });
    expect([...views.keys()].sort()).toEqual(fewer.events.map((e) => e.id).sort());
  });
});
