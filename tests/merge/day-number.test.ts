import { describe, expect, it } from "vitest";
import { dayNumberOf } from "../../src/merge/day-number.ts";
import type { DatePoint } from "../../src/types.ts";
import { toDayNumber } from "../../src/util/date-point.ts";

/** Every day of the given years (and the month and year points), plus a day 31 in every month (Date.UTC rolls it over). */
function pointsOf(years: number[]): DatePoint[] {
  return years.flatMap((year) => [
    { year },
    ...Array.from({ length: 12 }, (_, m) => [{ year, month: m + 1 }, ...Array.from({ length: 31 }, (_, d) => ({ year, month: m + 1, day: d + 1 }))]).flat(),
  ]);
}

describe("dayNumberOf", () => {
  // prettier-ignore
  const cases: [name: string, years: number[]][] = [
    ["years Date.UTC reads as 19xx",  [1, 50, 99]],
    ["the first years it computes",  [100, 101, 399, 400, 401]],
    ["century and leap rules",       [1600, 1700, 1800, 1900, 2000, 2100]],
    ["around the epoch",             [1968, 1969, 1970, 1971, 1972]],
    ["a corpus's years",             [2011, 2015, 2016, 2017, 2018, 2019, 2020, 2024]],
    ["far out",                      [4321, 9998, 9999]],
  ];
  it.each(cases)("%s: equal to toDayNumber", (_name, years) => {
    const points = pointsOf(years);
    expect(points.map(dayNumberOf)).toEqual(points.map(toDayNumber));
  });
});
