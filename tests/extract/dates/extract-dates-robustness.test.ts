import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractDates } from "../../../src/extract/dates/index.ts";
import type { DateMention, DatePoint } from "../../../src/types.ts";
import { compareDatePoints, isValidDatePoint } from "../../../src/util/date-point.ts";

const PUBLISHED: DatePoint = { year: 2017, month: 2, day: 13 };

/** The contract every result must keep, whatever the input. */
function expectWellFormed(sentence: string, mentions: DateMention[]): void {
  let lastEnd = 0;
  for (const mention of mentions) {
    expect(mention.index).toBeGreaterThanOrEqual(lastEnd);
    expect(sentence.slice(mention.index, mention.index + mention.text.length)).toBe(mention.text);
    expect(isValidDatePoint(mention.date.start)).toBe(true);
    expect(mention.date.start.year).toBeGreaterThanOrEqual(1900);
    expect(mention.date.start.year).toBeLessThanOrEqual(2100);
    if (mention.date.end) expect(compareDatePoints(mention.date.end, mention.date.start)).toBeGreaterThan(0);
    lastEnd = mention.index + mention.text.length;
  }
}

/** Best of five timings, in ms: one slow run (GC, JIT) must not fail the test. */
function timeOf(text: string): number {
  let best = Infinity;
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    extractDates(text, { published: PUBLISHED });
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

// Runs that would make a backtracking regex or a pairwise refiner blow up.
const ADVERSARIAL: ReadonlyArray<readonly [name: string, unit: string]> = [
  ["dash-separated ones", "1-1-"],
  ["dotted and slashed digits", "1.1.2017.1/1/"],
  ["long digit run", "1234567890"],
  ["repeated May", "May "],
  ["days before a month", "15 "],
  ["month-day chain", "January 1, "],
  ["day-month chain", "1 May - "],
  ["ranges joined by and", "3 and 4 and "],
  ["dashes", "–—-"],
  ["capitalised words", "Monday Today March Friday "],
  ["quotes", "\"“'’ "],
  ["prepositions and years", "in 2017 in "],
  ["relative words", "last week next month yesterday "],
  ["durations", "two-day meeting ended on "],
  ["spaces", "   "],
];

describe("extractDates on hostile input", () => {
  it.each(ADVERSARIAL)("%s: 10x input costs < 15x time", { retry: 2 }, (_name, unit) => {
    const small = unit.repeat(Math.ceil(30_000 / unit.length));
    const large = unit.repeat(Math.ceil(300_000 / unit.length));
    timeOf(small); // warm up the JIT
    // A floor of 2 ms keeps timer noise on tiny runs from deciding the ratio.
    const ratio = timeOf(large) / Math.max(timeOf(small), 2);
    expect(ratio).toBeLessThan(15);
    expectWellFormed(large, extractDates(large, { published: PUBLISHED }));
  });

  const token = fc.constantFrom(
    "May", "March", "Monday", "on", "in", "between", "and", "to", "mid-", "late", "early", "the", "of",
    "end", "first half", "last", "next", "week", "month", "year", "today", "yesterday", "ago", "two-day",
    "ended", "will be held", "was held", "February", "Feb.", "Sept", "15", "3rd", "30", "31", "29", "2017",
    "1899", "2101", "2017-02-30", "2017-02-13", "-", "–", ",", ".", "(", ")", "\n", " ", "  ", "300,000",
    "18:00", "resolution 2254", "05.07.2017", "06/07/2017", "13/13/2017",
  );
  const sentence = fc.oneof(fc.array(token, { maxLength: 40 }).map((parts) => parts.join(" ")), fc.string({ maxLength: 200 }));
  const published = fc.option(
    fc.record({ year: fc.integer({ min: 1990, max: 2030 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) }),
  );

  it("never throws and keeps mentions inside the text, sorted and valid", () => {
    fc.assert(
      fc.property(sentence, published, (text, pub) => {
        expectWellFormed(text, extractDates(text, { published: pub }));
      }),
      { numRuns: 2000 },
    );
  });

  it("never throws with month- or year-precision publication dates", () => {
    fc.assert(
      fc.property(sentence, fc.integer({ min: 1990, max: 2030 }), fc.option(fc.integer({ min: 1, max: 12 })), (text, year, month) => {
        const pub: DatePoint = month === null ? { year } : { year, month };
        const mentions = extractDates(text, { published: pub });
        expectWellFormed(text, mentions);
        // A publication date without a day never yields a day from a relative word.
        for (const m of mentions) if (/^(?:today|yesterday|Monday)$/i.test(m.text)) expect(m.date.precision).not.toBe("day");
      }),
      { numRuns: 1000 },
    );
  });
});
