import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { toAtomFeed } from "../../src/export/atom-feed.ts";
import type { Timeline } from "../../src/types.ts";
import { makeEventDate } from "../../src/util/date-point.ts";
import { makeArticle, makeEvent, sampleTimeline } from "../helpers/sample-timeline.ts";
import { HOSTILE_TITLES, hostileTimeline, withoutControls } from "./hostile-timeline.ts";

const LOCATION = { pathPrefix: "/sub/", siteUrl: "https://example.org" };

interface Entry { title: { "#text": string }; id: string; updated: string; published: string; link: { "@_rel": string; "@_href": string } | { "@_rel": string; "@_href": string }[] }

/** Parse, failing on malformed XML; entries always as an array. */
function parseFeed(xml: string): { updated: string; id: string; entry: Entry[] } {
  expect(XMLValidator.validate(xml)).toBe(true);
  // htmlEntities: decode numeric references such as &#39; as every feed reader does.
  const parser = new XMLParser({ ignoreAttributes: false, htmlEntities: true, parseTagValue: false, isArray: (name) => name === "entry" });
  return parser.parse(xml).feed;
}

function links(entry: Entry): { "@_rel": string; "@_href": string }[] {
  return Array.isArray(entry.link) ? entry.link : [entry.link];
}

describe("toAtomFeed", () => {
  const feed = parseFeed(toAtomFeed(sampleTimeline(), LOCATION));

  it("orders entries by when they entered the corpus (newest first), not by event date", () => {
    // Both the 2011 war and the 2017 round entered with the 13 Feb 2017 article; the December 2016
    // meeting only with the January article, so it comes last although the war began earlier.
    expect(feed.entry.map((e) => [e.updated, e.id.replace("https://example.org/sub/#e-", "")])).toEqual([
      ["2017-02-13T00:00:00Z", "2011-03-war-begins"],
      ["2017-02-13T00:00:00Z", "2017-01-23-astana-talks-round-1"],
      ["2017-02-13T00:00:00Z", "2017-02-13-jane-envoy-statement"],
      ["2017-02-13T00:00:00Z", "2017-02-astana-talks-round-2"],
      ["2017-01-19T00:00:00Z", "2016-12-20-ministers-meet"],
    ]);
  });

  it("gives each entry its earliest source as published and links it under siteUrl + pathPrefix", () => {
    const round1 = feed.entry.find((e) => e.id.endsWith("round-1"))!;
    expect(round1.published).toBe("2017-01-19T00:00:00Z");
    expect(links(round1)).toContainEqual({ "@_rel": "alternate", "@_href": "https://example.org/sub/years/2017/01/#e-2017-01-23-astana-talks-round-1", "@_type": "text/html" });
    expect(links(round1)).toContainEqual({ "@_rel": "related", "@_href": "https://example.org/2017/01/19/talks" });
  });

  it("has a deterministic feed updated: the newest entry's date", () => {
    expect(feed.updated).toBe("2017-02-13T00:00:00Z");
    expect(parseFeed(toAtomFeed({ ...sampleTimeline(), events: [] }, LOCATION)).updated).toBe("1970-01-01T00:00:00Z");
  });

  // prettier-ignore
  const prefixes: [pathPrefix: string, siteUrl: string | undefined, feedId: string][] = [
    // pathPrefix   siteUrl                        feed id
    ["/",           undefined,                     "http://localhost:8080/"],
    ["sub",         "https://example.org/",        "https://example.org/sub/"],
    ["/a/b/",       "https://example.org/ignored", "https://example.org/a/b/"],
  ];
  it.each(prefixes)("pathPrefix %j with siteUrl %j → %s", (pathPrefix, siteUrl, feedId) => {
    const parsed = parseFeed(toAtomFeed(sampleTimeline(), { pathPrefix, ...(siteUrl ? { siteUrl } : {}) }));
    expect(parsed.id).toBe(feedId);
    expect(parsed.entry[0]?.id.startsWith(`${feedId}#e-`)).toBe(true);
  });

  it("keeps only the newest `limit` entries", () => {
    const ids = parseFeed(toAtomFeed(sampleTimeline(), { ...LOCATION, limit: 2 })).entry.map((e) => e.id.split("#e-").at(-1));
    expect(ids).toEqual(["2011-03-war-begins", "2017-01-23-astana-talks-round-1"]);
  });

  it("refuses a siteUrl that is not http(s)", () => {
    expect(() => toAtomFeed(sampleTimeline(), { pathPrefix: "/", siteUrl: "javascript:alert(1)" })).toThrow(/siteUrl must be an absolute http\(s\) URL/);
  });
});

describe("enteredCorpusOn proxy edge cases", () => {
  it("falls back to the event's start date when no source has a publication date", () => {
    const timeline: Timeline = {
      articles: [makeArticle({ id: "undated" }), makeArticle({ id: "dated", published: { year: 2019, month: 3, day: 1 } })],
      actors: [],
      events: [
        makeEvent({ id: "a-undated", date: makeEventDate({ year: 2018, month: 5 }, { text: "May 2018" }), sources: [{ article: "undated", quote: "q" }] }),
        makeEvent({ id: "b-dated", date: makeEventDate({ year: 2010 }, { text: "2010" }), sources: [{ article: "dated", quote: "q" }, { article: "undated", quote: "q" }] }),
      ],
      diagnostics: [],
    };
    const entries = parseFeed(toAtomFeed(timeline, LOCATION)).entry;
    expect(entries.map((e) => [e.id.split("#e-").at(-1), e.updated])).toEqual([
      ["b-dated", "2019-03-01T00:00:00Z"],
      ["a-undated", "2018-05-01T00:00:00Z"],
    ]);
  });
});

describe("toAtomFeed with hostile text", () => {
  const xml = toAtomFeed(hostileTimeline(), LOCATION);
  const feed = parseFeed(xml);

  it("stays well-formed: no forbidden characters, no raw markup, no stray ampersands", () => {
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(xml).not.toContain("<script");
    expect(xml).not.toContain("]]>");
    expect(xml).not.toMatch(/&(?!(?:amp|lt|gt|quot|#39);)/);
    expect(feed.entry).toHaveLength(HOSTILE_TITLES.length);
  });

  it.each(HOSTILE_TITLES.map((t, i) => [t, i] as const))("title %j reads back as text", (title, i) => {
    const entry = feed.entry.find((e) => e.id.endsWith(`hostile-${i}`));
    // XML turns CRLF into LF on parsing; control characters were dropped.
    expect(entry?.title["#text"]).toBe(withoutControls(title).replace(/\r\n/g, "\n"));
  });

  it("links only http(s) article URLs", () => {
    expect(xml).not.toContain("javascript:");
    expect(links(feed.entry[0]!).filter((l) => l["@_rel"] === "related").map((l) => l["@_href"])).toEqual(["https://news.example/report?a=1&b=2"]);
  });
});
