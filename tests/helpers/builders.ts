// Small builders for stage tests: a candidate with sensible defaults.
import type { EventCandidate } from "../../src/types.ts";
import { makeEventDate, parseIsoPartial } from "../../src/util/date-point.ts";

/** "2017-02-15" or "2017-02-15..2017-02-16" (+ "~" for approximate) → EventDate fields. */
export function dateOf(spec: string): EventCandidate["date"] {
  const approximate = spec.endsWith("~");
  const [start, end] = spec.replace(/~$/, "").split("..");
  const s = parseIsoPartial(start!)!;
  return makeEventDate(s, { ...(end ? { end: parseIsoPartial(end)! } : {}), approximate, text: spec });
}

export function makeCandidate(over: Partial<EventCandidate> & { date?: EventCandidate["date"] } = {}): EventCandidate {
  return {
    type: "meeting",
    title: "Meeting",
    date: dateOf("2017-02-15"),
    planned: false,
    actors: [],
    source: { article: "a1", quote: "Quote.", line: 1 },
    reportedOn: parseIsoPartial("2017-02-20"),
    ...over,
  };
}
