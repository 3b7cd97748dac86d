// Each parser on its own: what it matches, the text it keeps, and what it leaves to others.
import { describe, expect, it } from "vitest";
import type { DateCandidate, DateParser, PartialDate } from "../../../src/extract/dates/candidate.ts";
import { bareYearParser } from "../../../src/extract/dates/parsers/bare-year.ts";
import { dayMonthParser } from "../../../src/extract/dates/parsers/day-month.ts";
import { isoDateParser } from "../../../src/extract/dates/parsers/iso-date.ts";
import { monthDayParser } from "../../../src/extract/dates/parsers/month-day.ts";
import { monthYearParser } from "../../../src/extract/dates/parsers/month-year.ts";
import { partOfMonthParser } from "../../../src/extract/dates/parsers/part-of-month.ts";
import { relativeDayParser } from "../../../src/extract/dates/parsers/relative-day.ts";
import { relativePeriodParser } from "../../../src/extract/dates/parsers/relative-period.ts";
import { weekdayParser } from "../../../src/extract/dates/parsers/weekday.ts";
import type { DatePoint } from "../../../src/types.ts";

const MONDAY: DatePoint = { year: 2017, month: 2, day: 27 };

function run(parser: DateParser, sentence: string, published: DatePoint | null = MONDAY): DateCandidate[] {
  parser.pattern.lastIndex = 0;
  return [...sentence.matchAll(parser.pattern)].flatMap((m) => parser.extract(m, { sentence, published }) ?? []);
}

type Row = [sentence: string, text: string | null, start?: PartialDate, end?: PartialDate];

const TABLES: ReadonlyArray<readonly [name: string, parser: DateParser, rows: Row[]]> = [
  ["month-day", monthDayParser, [
    ["on February 15, 2017.", "February 15, 2017", { year: 2017, month: 2, day: 15 }],
    ["on Feb. 15 in Geneva", "Feb. 15", { year: undefined, month: 2, day: 15 }],
    ["on January 23- 24.", "January 23- 24", { year: undefined, month: 1, day: 23 }, { year: undefined, month: 1, day: 24 }],
    ["July 4th and 5th", "July 4th and 5th", { year: undefined, month: 7, day: 4 }, { year: undefined, month: 7, day: 5 }],
    ["May 5 and 3", "May 5", { year: undefined, month: 5, day: 5 }],
    ["since March 2011", null],
    ["May 3 18:00", "May 3", { year: undefined, month: 5, day: 3 }],
    ["at May 18:00", null],
    ["February 15, 300,000 people", "February 15", { year: undefined, month: 2, day: 15 }],
    ["Janet 15", null],
  ]],
  ["day-month", dayMonthParser, [
    ["since 30 September 2015.", "30 September 2015", { year: 2015, month: 9, day: 30 }],
    ["the 15th of February", "15th of February", { year: undefined, month: 2, day: 15 }],
    ["between 6 and 8 July", "6 and 8 July", { year: undefined, month: 7, day: 6 }, { year: undefined, month: 7, day: 8 }],
    ["14-15 of March", "14-15 of March", { year: undefined, month: 3, day: 14 }, { year: undefined, month: 3, day: 15 }],
    ["5 and 3 May", "3 May", { year: undefined, month: 5, day: 3 }],
    ["1.5 May", null],
    ["2254 March", null],
  ]],
  ["month-year", monthYearParser, [
    ["since March 2011.", "March 2011", { year: 2011, month: 3 }],
    ["in January, the talks", "January", { year: undefined, month: 1 }],
    ["last September", "last September", { year: undefined, month: 9 }],
    ["Theresa May said", null],
    ["talks with May said", null],
    ["Protesters will march", null],
    ["in Jan the talks", null],
  ]],
  ["part-of-month", partOfMonthParser, [
    ["In mid-February, the round", "mid-February", { year: undefined, month: 2 }],
    ["in the first half of March", "first half of March", { year: undefined, month: 3 }],
    ["early June 2018", "early June 2018", { year: 2018, month: 6 }],
    ["by mid-2018", "mid-2018", { year: 2018 }],
    ["early elections", null],
    ["the end of the war", null],
  ]],
  ["bare-year", bareYearParser, [
    ["civil war in 2011 when", "2011", { year: 2011 }],
    ["in the year 2016", "2016", { year: 2016 }],
    ["in 2017–18", "2017–18", { year: 2017 }, { year: 2018 }],
    ["resolution 2254", null],
    ["Resolution 2401 of 2018", null],
    ["by 2000 votes", null],
    ["in 2017-1234", null],
    ["in 300,000", null],
  ]],
  ["iso-date", isoDateParser, [
    [" date 2017-01-19 Back", "2017-01-19", { year: 2017, month: 1, day: 19 }],
    ["ref-2017-01-19-a", null],
    ["2017-18", null],
  ]],
];

for (const [name, parser, rows] of TABLES) {
  describe(`${name} parser`, () => {
    it.each(rows)("%s", (sentence, text, start, end) => {
      const found = run(parser, sentence);
      if (text === null) {
        expect(found).toEqual([]);
        return;
      }
      expect(found.map((c) => c.text)).toEqual([text]);
      expect(sentence.slice(found[0]!.index, found[0]!.index + text.length)).toBe(text);
      expect(found[0]!.start).toEqual(start);
      expect(found[0]!.end).toEqual(end);
    });
  });
}

// Relative parsers resolve on their own: published Monday 27 February 2017.
describe("relative parsers", () => {
  it.each([
    ["on Monday, Putin said", weekdayParser, { year: 2017, month: 2, day: 27 }],
    ["On Sunday, the envoy", weekdayParser, { year: 2017, month: 2, day: 26 }],
    ["talks will resume on Thursday", weekdayParser, { year: 2017, month: 3, day: 2 }],
    ["they met last Monday", weekdayParser, { year: 2017, month: 2, day: 20 }],
    ["he will come next Monday", weekdayParser, { year: 2017, month: 3, day: 6 }],
    ["since yesterday", relativeDayParser, { year: 2017, month: 2, day: 26 }],
    ["the day after tomorrow", relativeDayParser, { year: 2017, month: 3, day: 1 }],
    ["last week", relativePeriodParser, { year: 2017, month: 2 }],
    ["next week", relativePeriodParser, { year: 2017, month: 3 }],
    ["next year", relativePeriodParser, { year: 2018 }],
  ] as const)("%s", (sentence, parser, start) => {
    expect(run(parser, sentence).map((c) => c.start)).toEqual([start]);
  });

  it.each([
    ["Good Friday", weekdayParser],
    ["the Sunday Times reported", weekdayParser],
    ["after Friday prayers", weekdayParser],
    ["USA Today reported", relativeDayParser],
    ["over the past week", relativePeriodParser],
  ] as const)("%s is not a date", (sentence, parser) => {
    expect(run(parser, sentence)).toEqual([]);
  });

  it("gives no day when the publication date has none", () => {
    expect(run(weekdayParser, "said on Tuesday", { year: 2021, month: 6 }).map((c) => [c.start, c.approximate])).toEqual([
      [{ year: 2021, month: 6 }, true],
    ]);
    expect(run(relativeDayParser, "yesterday", { year: 2021 }).map((c) => c.start)).toEqual([{ year: 2021 }]);
    expect(run(weekdayParser, "said on Tuesday", null)).toEqual([]);
  });
});
