import ical, { type VEvent } from "node-ical";
import { describe, expect, it } from "vitest";
import { listCalendarSkips, toICalendar } from "../../src/export/icalendar.ts";
import { sampleTimeline } from "../helpers/sample-timeline.ts";
import { HOSTILE_TITLES, hostileTimeline, withoutControls } from "./hostile-timeline.ts";

const LOCATION = { pathPrefix: "/sub/", siteUrl: "https://example.org" };

function parseEvents(ics: string): VEvent[] {
  return Object.values(ical.sync.parseICS(ics)).filter((c): c is VEvent => c?.type === "VEVENT");
}

/** node-ical gives some properties as { params, val } when they carry parameters (URL;VALUE=URI). */
function textOf(value: unknown): unknown {
  return typeof value === "object" && value !== null && "val" in value ? value.val : value;
}

/** node-ical gives an all-day DATE as a local-midnight Date tagged dateOnly: read its local parts. */
function day(date: Date | undefined): string {
  if (!date) return "";
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

describe("toICalendar", () => {
  const ics = toICalendar(sampleTimeline(), LOCATION);
  const events = parseEvents(ics);

  it("holds only day-precision rounds and meetings", () => {
    expect(events.map((e) => e.uid).sort()).toEqual(["2016-12-20-ministers-meet@dateline", "2017-01-23-astana-talks-round-1@dateline"]);
  });

  // prettier-ignore
  const cases: [uid: string, start: string, end: string, status: string, summary: string][] = [
    // uid                                          start         end (exclusive)  status        summary
    ["2016-12-20-ministers-meet@dateline",          "2016-12-20", "2016-12-21",    "CONFIRMED",  "Ministers meet in the city"],
    ["2017-01-23-astana-talks-round-1@dateline",    "2017-01-23", "2017-01-25",    "CONFIRMED",  "Astana talks, round 1"],
  ];
  it.each(cases)("%s: %s to %s, %s", (uid, start, end, status, summary) => {
    const event = events.find((e) => e.uid === uid);
    expect(event?.datetype).toBe("date"); // all-day, not a midnight date-time
    expect(day(event?.start)).toBe(start);
    expect(day(event?.end)).toBe(end);
    expect(event?.status).toBe(status);
    expect(event?.summary).toBe(summary);
    expect(textOf(event?.url)).toBe(`https://example.org/sub/years/${start.slice(0, 4)}/${start.slice(5, 7)}/#e-${uid.replace("@dateline", "")}`);
  });

  it("has no build-time timestamp: DTSTAMP is the event's first day", () => {
    expect(ics).toContain("DTSTAMP:20161220T000000Z");
    expect(ics).toMatch(/\r\n$/);
  });

  it("marks a planned day-precision round TENTATIVE", () => {
    const timeline = sampleTimeline();
    const round2 = timeline.events.find((e) => e.round === 2)!;
    round2.date = { ...round2.date, start: { year: 2017, month: 2, day: 15 }, end: { year: 2017, month: 2, day: 16 }, precision: "day" };
    const parsed = parseEvents(toICalendar(timeline, LOCATION)).find((e) => e.uid === `${round2.id}@dateline`);
    expect(parsed?.status).toBe("TENTATIVE");
    expect(day(parsed?.end)).toBe("2017-02-17");
  });
});

describe("listCalendarSkips", () => {
  it("lists month-precision rounds and meetings, not statements or other events", () => {
    expect(listCalendarSkips(sampleTimeline())).toEqual([
      { id: "2017-02-astana-talks-round-2", date: "Feb 2017 (approximate, planned)", reason: "month precision: the day is not known" },
    ]);
  });

  it("says in the calendar itself that events were left out", () => {
    expect(parseEvents(toICalendar(sampleTimeline(), LOCATION))).toHaveLength(2);
    expect(toICalendar(sampleTimeline(), LOCATION)).toContain("X-WR-CALDESC:Rounds and meetings with a known day. 1 more");
  });
});

describe("toICalendar with hostile titles", () => {
  const ics = toICalendar(hostileTimeline(), LOCATION);
  const events = parseEvents(ics);

  it("keeps one VEVENT per event: no injected BEGIN:VEVENT line", () => {
    expect(events).toHaveLength(HOSTILE_TITLES.length);
    expect(ics.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(HOSTILE_TITLES.length);
    expect(ics).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });

  it.each(HOSTILE_TITLES.map((t, i) => [t, i] as const))("title %j round-trips", (title, i) => {
    const event = events.find((e) => e.uid === `2020-04-${i + 10}-hostile-${i}@dateline`);
    // node-ical reads an escaped line break back as "\n"; control characters were dropped.
    expect(event?.summary).toBe(withoutControls(title).replace(/\r\n/g, "\n"));
    expect(event?.location).toBe("@Place; with, commas");
  });
});
