import type { DateCandidate, DateParser } from "../candidate.ts";
import { ANY_MONTH, DAY, HAS_MONTH, monthNumber, RANGE_JOIN, SP, YEAR } from "../patterns.ts";

/**
 * Day first, then the month, optionally a year (British, UN and most non-US outlets).
 *
 * Accepts: "15 February 2017", "30 September 2015", "15th of February", "15 Feb. 2017",
 * "14-15 of March", "15-16 February 2017", "the 3rd and 4th of May", "from 3 to 5 May",
 * "between 6 and 8 July" (text "6 and 8 July": the leading "between"/"from" stays out, as
 * chrono leaves out "on"), "13 February 2017 18:00" (the time is left alone).
 *
 * Pitfalls: the first day must not continue a number ("1.5 May", "2-1 May", "12,5 May");
 * "resolution 2254" and "300,000" never reach the month; "1 May" inside a score line is
 * rare enough to accept. A range whose end is not after its start is rejected.
 */
const PATTERN = new RegExp(
  `(?<![\\w.,:/\\u2013-])${DAY}` +
    `(?:${RANGE_JOIN}${DAY})?${SP}(?:of${SP})?(${ANY_MONTH})(?:,?${SP}${YEAR})?`,
  "gd",
);

export const dayMonthParser: DateParser = {
  quick: HAS_MONTH,
  pattern: PATTERN,
  extract(match): DateCandidate | null {
    const day = Number(match[1]);
    const endDay = match[2] === undefined ? undefined : Number(match[2]);
    const month = monthNumber(match[3]!);
    const year = match[4] === undefined ? undefined : Number(match[4]);
    if (month === undefined || day < 1 || day > 31) return null;
    if (endDay !== undefined && (endDay <= day || endDay > 31)) {
      // "5 and 3 May": not a range; the month belongs to the last day ("3 May"). The regex has
      // already consumed both, so the second day is read here.
      const from = match.indices?.[2]?.[0];
      if (from === undefined || endDay < 1 || endDay > 31) return null;
      return { index: from, text: match[0].slice(from - match.index), start: { year, month, day: endDay }, approximate: false, relative: false, parser: "day-month" };
    }
    const candidate: DateCandidate = {
      index: match.index,
      text: match[0],
      start: { year, month, day },
      approximate: false,
      relative: false,
      parser: "day-month",
    };
    if (endDay !== undefined) candidate.end = { year, month, day: endDay };
    return candidate;
  },
};
