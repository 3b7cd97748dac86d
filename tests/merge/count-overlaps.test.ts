// The fast overlap counts (pickDate's support) must equal counting pair by pair with datesOverlap,
// and a date's day range must overlap another's exactly when datesOverlap says so.
import { describe, expect, it } from "vitest";
import type { EventDate } from "../../src/types.ts";
import { countOverlaps } from "../../src/merge/count-overlaps.ts";
import { dayRange } from "../../src/merge/same-event.ts";
import { datesOverlap } from "../../src/util/date-point.ts";
import { dateOf, makeCandidate } from "../helpers/builders.ts";

const DATES = [
  "2016", "2017", "2016-12", "2017-01", "2017-02", "2017-12", "2016-12-31", "2017-01-01", "2017-02-28",
  "2017-02-15", "2017-02-15..2017-02-16", "2017-02-14..2017-03", "2017-01..2017-02", "2016-12-30..2017-01-02",
  "2016..2017", "2017-12-31", "2016-02-29", "2016-02", "2017-02-16~", "2017-02-23..2017-02-25",
].map(dateOf);

/** The rule as first written: compare every pair. */
function countPairwise(dates: EventDate[]): number[] {
  return dates.map((d, i) => dates.filter((o, j) => j !== i && datesOverlap(o, d)).length);
}

describe("dayRange", () => {
  const pairs = DATES.flatMap((a) => DATES.map((b) => [a, b] as const));
  it.each(pairs.map(([a, b]) => [a.text, b.text, a, b] as const))("%s and %s", (_a, _b, a, b) => {
    const [firstA, lastA] = dayRange(a);
    const [firstB, lastB] = dayRange(b);
    expect(firstA <= lastB && firstB <= lastA).toBe(datesOverlap(a, b));
  });
});

describe("countOverlaps", () => {
  // prettier-ignore
  const cases: [name: string, dates: EventDate[]][] = [
    ["one report",                      DATES.slice(0, 1)],
    ["all kinds of dates",              DATES],
    ["the same day many times",         Array.from({ length: 9 }, () => dateOf("2017-02-15"))],
    ["days, spans and their month",     ["2017-02", "2017-02-15", "2017-02-16", "2017-02-15..2017-02-16", "2017-03-01", "2017-02"].map(dateOf)],
    ["a date that ends before it starts", [dateOf("2017-02-15"), { ...dateOf("2017-02-20"), end: { year: 2017, month: 2, day: 10 } }, dateOf("2017-02-12")]],
  ];
  it.each(cases)("%s", (_name, dates) => {
    const candidates = dates.map((date) => makeCandidate({ date }));
    const counts = countOverlaps(candidates);
    expect(candidates.map((c) => counts.get(c))).toEqual(countPairwise(dates));
  });
});
