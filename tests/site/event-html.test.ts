import { describe, expect, it } from "vitest";
import { renderEventDetail, renderEventSummary } from "../../src/site/event-html.ts";
import { toSiteData } from "../../src/site/site-data.ts";
import { makeEvent, sampleTimeline } from "../helpers/sample-timeline.ts";

const HOSTILE = '<img src=x onerror=alert(1)> "quoted" & \'single\'';
const href = (p: string): string => `/sub${p}`;

function views() {
  const t = sampleTimeline();
  t.events.push(makeEvent({ id: "2017-02-20-hostile", title: HOSTILE, place: HOSTILE, history: [HOSTILE], sources: [{ article: t.articles[0]!.id, quote: HOSTILE }] }));
  return toSiteData(t).events;
}

describe("event fragments", () => {
  const events = views();
  const hostile = events.find((e) => e.id === "2017-02-20-hostile")!;

  it.each([["summary", renderEventSummary], ["detail", renderEventDetail]] as const)("the %s escapes every hostile value", (_name, render) => {
    const out = render(hostile, href).value;
    expect(out).not.toContain("<img");
    expect(out).toContain("&lt;img src=x onerror=alert(1)&gt; &quot;quoted&quot; &amp; &#39;single&#39;");
  });

  it("prefixes every site link and names the event's anchor", () => {
    const round1 = events.find((e) => e.id === "2017-01-23-astana-talks-round-1")!;
    const detail = renderEventDetail(round1, href).value;
    expect(detail).toContain('<h2 id="e-2017-01-23-astana-talks-round-1">');
    const links = [...detail.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(2);
    expect(links.every((l) => l.startsWith("/sub/"))).toBe(true);
    expect(renderEventSummary(round1, href).value).toContain('<a href="/sub/years/2017/01/#e-2017-01-23-astana-talks-round-1">');
  });

  it("names at most three source articles in a listing and links the rest to the full entry", () => {
    const t = sampleTimeline();
    t.events.push(makeEvent({ id: "2017-02-21-widely-reported", sources: ["a1", "a2", "a3", "a4", "a5", "a5"].map((article) => ({ article, quote: "q" })) }));
    const event = toSiteData(t).events.find((e) => e.id === "2017-02-21-widely-reported")!;
    const summary = renderEventSummary(event, href).value;
    expect(summary).toContain("5 sources (6 quotes):");
    expect(summary).toMatch(/a1, a2, a3 and <a href="\/sub\/years\/2017\/undated\/#e-2017-02-21-widely-reported">2 more<\/a>/);
    expect(summary).not.toContain("a4");
  });

  it("shows the sources' disagreement only when they disagree", () => {
    const round1 = events.find((e) => e.id === "2017-01-23-astana-talks-round-1")!;
    const meeting = events.find((e) => e.id === "2016-12-20-ministers-meet")!;
    expect(renderEventDetail(round1, href).value).toContain("What each source says");
    expect(renderEventDetail(meeting, href).value).not.toContain("What each source says");
  });
});
