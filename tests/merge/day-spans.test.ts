// DaySpans must answer "does this range overlap any range added?" exactly as checking each one would.
import { describe, expect, it } from "vitest";
import { addDaySpan, createDaySpans, overlapsDaySpans } from "../../src/merge/day-spans.ts";

type Range = [first: number, last: number];

// prettier-ignore
const CASES: [name: string, added: Range[]][] = [
  ["nothing added",                  []],
  ["one day",                        [[10, 10]]],
  ["adjacent days join",             [[10, 10], [11, 11], [13, 14]]],
  ["a month over its days",          [[12, 12], [1, 28], [30, 30]]],
  ["out of order, overlapping",      [[20, 25], [5, 8], [7, 21], [40, 41], [27, 27]]],
  ["gaps of one day stay gaps",      [[1, 2], [4, 5], [7, 8]]],
];

const QUERIES: Range[] = Array.from({ length: 45 }, (_, i) => i).flatMap((first) => [0, 1, 3, 10].map((len): Range => [first, first + len]));

function overlapsAny(added: Range[], [first, last]: Range): boolean {
  return added.some(([a, b]) => a <= last && first <= b);
}

describe("overlapsDaySpans", () => {
  it.each(CASES)("%s", (_name, added) => {
    const days = createDaySpans();
    for (const [first, last] of added) addDaySpan(days, first, last);
    expect(QUERIES.map((q) => overlapsDaySpans(days, ...q))).toEqual(QUERIES.map((q) => overlapsAny(added, q)));
  });

  it("gives no answer once a range ends before it starts, or for such a query", () => {
    const days = createDaySpans();
    addDaySpan(days, 10, 12);
    expect(overlapsDaySpans(days, 12, 11)).toBeUndefined();
    addDaySpan(days, 20, 15);
    expect(overlapsDaySpans(days, 10, 11)).toBeUndefined();
  });
});
