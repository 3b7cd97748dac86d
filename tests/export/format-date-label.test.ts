import { describe, expect, it } from "vitest";
import { formatDateLabel } from "../../src/export/format-date-label.ts";
import type { DatePoint } from "../../src/types.ts";
import { makeEventDate } from "../../src/util/date-point.ts";

describe("formatDateLabel", () => {
  // prettier-ignore
  const cases: [start: DatePoint, end: DatePoint | undefined, approximate: boolean, planned: boolean, expected: string][] = [
    // start                                  end                                      approx  planned  expected
    [{ year: 2017, month: 2, day: 15 },       undefined,                               false,  false,   "15 Feb 2017"],
    [{ year: 2017, month: 2, day: 15 },       { year: 2017, month: 2, day: 16 },       false,  false,   "15–16 Feb 2017"],
    [{ year: 2017, month: 1, day: 30 },       { year: 2017, month: 2, day: 2 },        false,  false,   "30 Jan – 2 Feb 2017"],
    [{ year: 2016, month: 12, day: 30 },      { year: 2017, month: 1, day: 2 },        false,  false,   "30 Dec 2016 – 2 Jan 2017"],
    [{ year: 2017, month: 1 },                { year: 2017, month: 3 },                false,  false,   "Jan – Mar 2017"],
    [{ year: 2017, month: 2 },                undefined,                               true,   false,   "Feb 2017 (approximate)"],
    [{ year: 2021 },                          undefined,                               false,  true,    "2021 (planned)"],
    [{ year: 2017, month: 2 },                undefined,                               true,   true,    "Feb 2017 (approximate, planned)"],
  ];
  it.each(cases)("%j – %j → %s", (start, end, approximate, planned, expected) => {
    const date = makeEventDate(start, { ...(end ? { end } : {}), approximate, text: "" });
    expect(formatDateLabel(date, { planned })).toBe(expected);
  });
});
