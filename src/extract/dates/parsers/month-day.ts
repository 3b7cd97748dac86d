import type { DateCandidate, DateParser } from "../candidate.ts";
import { ANY_MONTH, DAY, HAS_MONTH, monthNumber, RANGE_JOIN, SP, YEAR, WORD_START } from "../patterns.ts";

/**
 * Month first, then the day, optionally a second day and a year (US and agency style).
 *
 * Accepts: "February 15, 2017", "Feb. 15", "February 15th", "March 08, 2019",
 * "January 23- 24", "February 15-16, 2017", "December 10–11, 2019" (en/em dash),
 * "May 3 and 4", "July 4th and 5th", "January 23 to 25".
 *
 * Pitfalls: "May"/"March" are verbs in lower case, so only capitalised months match;
 * "March 2011" is a month (the day may not run into more digits); "February 15, 300,000
 * people" is not a year; "January 24-23" (end before start) is rejected; a time after the
 * day ("May 3 18:00") stays out of the day. Cross-month ranges ("January 30 - February 2")
 * are two matches joined by the merge-date-ranges refiner.
 */
const PATTERN = new RegExp(
  `${WORD_START}(${ANY_MONTH})[ \\t\\u00a0]{0,2}${DAY}(?:${RANGE_JOIN}${DAY})?(?![\\w:]|[.,]\\d)(?:,?${SP}${YEAR})?`,
  "gd",
);

export const monthDayParser: DateParser = {
  quick: HAS_MONTH,
  pattern: PATTERN,
  extract(match): DateCandidate | null {
    const month = monthNumber(match[1]!);
    const day = Number(match[2]);
    const endDay = match[3] === undefined ? undefined : Number(match[3]);
    const year = match[4] === undefined ? undefined : Number(match[4]);
    if (month === undefined || day < 1 || day > 31) return null;
    // "May 5 and 3": not a range; keep the first date ("May 5"), drop the second number.
    const broken = endDay !== undefined && (endDay <= day || endDay > 31);
    const text = broken ? match[0].slice(0, (match.indices?.[2]?.[1] ?? match.index) - match.index) : match[0];
    const candidate: DateCandidate = {
      index: match.index,
      text,
      start: { year: broken ? undefined : year, month, day },
      approximate: false,
      relative: false,
      parser: "month-day",
    };
    if (endDay !== undefined && !broken) candidate.end = { year, month, day: endDay };
    return candidate;
  },
};
