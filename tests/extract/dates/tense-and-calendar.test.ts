import { describe, expect, it } from "vitest";
import { distanceFromPublished, monthsOfWeek, resolveWeekday, shiftMonth, weekdayOfNextWeek } from "../../../src/extract/dates/calendar.ts";
import { detectTense } from "../../../src/extract/dates/tense.ts";

/** The date is marked with [ ]: "was held [in May]". */
function tenseOf(marked: string): ReturnType<typeof detectTense> {
  const start = marked.indexOf("[");
  const end = marked.indexOf("]") - 1;
  return detectTense(marked.replace("[", "").replace("]", ""), start, end);
}

describe("detectTense", () => {
  it.each([
    ["The round was held [in May].", { tense: "past", strength: "strong" }],
    ["The round will be held [between 6 and 8 July].", { tense: "future", strength: "strong" }],
    ["the meeting, due in Astana [on January 23], said Peskov", { tense: "future", strength: "strong" }],
    ["the forthcoming meeting scheduled for [February 15-16]", { tense: "future", strength: "strong" }],
    ["Putin said [on Monday]", { tense: "past", strength: "strong" }],
    ["[In mid-February], the 15th round of Astana talks was held", { tense: "past", strength: "weak" }],
    ["We will have the same delegation as for the first Astana talks [on January 23-24]", { tense: "future", strength: "weak" }],
    ["Moskalik said that the next meeting will be held [in July]", { tense: "future", strength: "strong" }],
    ["The Astana talks [on January 23]", null],
  ] as const)("%s", (marked, expected) => {
    expect(tenseOf(marked)).toEqual(expected);
  });
});

describe("calendar helpers", () => {
  const monday = { year: 2017, month: 2, day: 27 };
  it.each([
    [2017, 1, -1, { year: 2016, month: 12 }],
    [2017, 12, 1, { year: 2018, month: 1 }],
    [2017, 2, 0, { year: 2017, month: 2 }],
    [2017, 3, -15, { year: 2015, month: 12 }],
  ])("shiftMonth(%i, %i, %i)", (year, month, delta, expected) => {
    expect(shiftMonth(year, month, delta)).toEqual(expected);
  });

  it.each([
    [1, "before", false, { year: 2017, month: 2, day: 27 }],
    [1, "before", true, { year: 2017, month: 2, day: 20 }],
    [0, "before", false, { year: 2017, month: 2, day: 26 }],
    [4, "after", false, { year: 2017, month: 3, day: 2 }],
    [1, "after", true, { year: 2017, month: 3, day: 6 }],
  ] as const)("resolveWeekday(Mon 27 Feb 2017, %i, %s, strict %s)", (weekday, side, strict, expected) => {
    expect(resolveWeekday(monday, weekday, side, strict)).toEqual(expected);
  });

  it("puts 'next Tuesday' in the following week", () => {
    expect(weekdayOfNextWeek(monday, 2)).toEqual({ year: 2017, month: 3, day: 7 });
    expect(weekdayOfNextWeek({ year: 2017, month: 3, day: 3 }, 2)).toEqual({ year: 2017, month: 3, day: 7 });
  });

  it("gives a week as its month, or two months when it straddles them", () => {
    expect(monthsOfWeek(monday, -1)).toEqual({ start: { year: 2017, month: 2 } });
    expect(monthsOfWeek({ year: 2017, month: 3, day: 6 }, -1)).toEqual({ start: { year: 2017, month: 2 }, end: { year: 2017, month: 3 } });
  });

  it("measures distance at the precision both dates share", () => {
    expect(distanceFromPublished({ year: 2021, month: 6, day: 20 }, { year: 2021, month: 6 })).toBe(0);
    expect(distanceFromPublished({ year: 2017, month: 2, day: 15 }, { year: 2017, month: 2, day: 13 })).toBe(2);
    expect(distanceFromPublished({ year: 2021, month: 2 }, { year: 2021, month: 6 })).toBeLessThan(0);
  });
});
