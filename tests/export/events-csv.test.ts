import { describe, expect, it } from "vitest";
import { EVENTS_CSV_COLUMNS, toEventsCsv } from "../../src/export/events-csv.ts";
import { sampleTimeline } from "../helpers/sample-timeline.ts";
import { parseCsv } from "./csv-parse.ts";
import { HOSTILE_TITLES, hostileTimeline } from "./hostile-timeline.ts";

/** Rows as objects keyed by the header. */
function readRows(csv: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(csv);
  expect(header).toEqual([...EVENTS_CSV_COLUMNS]);
  return rows.map((cells) => {
    expect(cells).toHaveLength(EVENTS_CSV_COLUMNS.length);
    return Object.fromEntries(EVENTS_CSV_COLUMNS.map((c, i) => [c, cells[i] ?? ""]));
  });
}

describe("toEventsCsv", () => {
  const csv = toEventsCsv(sampleTimeline());
  const rows = readRows(csv);

  it("is BOM-less, CRLF-only and keeps the timeline order", () => {
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(csv.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(rows.map((r) => r.id)).toEqual(sampleTimeline().events.map((e) => e.id));
  });

  // prettier-ignore
  const cases: [id: string, column: string, expected: string][] = [
    // id                                  column         expected
    ["2017-02-astana-talks-round-2",       "start",       "2017-02"],
    ["2017-02-astana-talks-round-2",       "end",         ""],
    ["2017-02-astana-talks-round-2",       "precision",   "month"],
    ["2017-02-astana-talks-round-2",       "approximate", "true"],
    ["2017-02-astana-talks-round-2",       "planned",     "true"],
    ["2017-02-astana-talks-round-2",       "round",       "2"],
    ["2017-01-23-astana-talks-round-1",    "end",         "2017-01-24"],
    ["2017-01-23-astana-talks-round-1",    "title",       "Astana talks, round 1"],
    ["2017-01-23-astana-talks-round-1",    "actors",      "Russia; United Nations"],
    ["2017-01-23-astana-talks-round-1",    "sources",     "2017-01-19-talks-prepared; 2017-02-13-second-round"],
    ["2017-01-23-astana-talks-round-1",    "series",      "Astana talks"],
    ["2016-12-20-ministers-meet",          "round",       ""],
    ["2016-12-20-ministers-meet",          "place",       "Moscow"],
    ["2016-12-20-ministers-meet",          "first_quote", "Ministers met in the city on December 20, 2016."],
    ["2017-02-13-jane-envoy-statement",    "title",       `Jane Envoy: "We hope observers will come" <script>alert(1)</script>`],
    ["2011-03-war-begins",                 "actors",      ""],
  ];
  it.each(cases)("%s: %s = %j", (id, column, expected) => {
    expect(rows.find((r) => r.id === id)?.[column]).toBe(expected);
  });
});

describe("toEventsCsv with hostile text", () => {
  const rows = readRows(toEventsCsv(hostileTimeline()));

  it.each(HOSTILE_TITLES.map((t, i) => [t, i] as const))("title %j parses back (formula-neutralized)", (title, i) => {
    const expected = /^[=+\-@\t\r]/.test(title) ? `'${title}` : title;
    expect(rows[i]?.title).toBe(expected);
  });

  it("neutralizes formulas in every column, not only the title", () => {
    expect(rows[0]?.place).toBe("'@Place; with, commas");
    expect(rows[0]?.actors).toBe(`'-2+3, "Mr" <b>Evil</b>`);
  });
});
