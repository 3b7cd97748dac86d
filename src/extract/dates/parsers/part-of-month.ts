import type { DateCandidate, DateParser } from "../candidate.ts";
import { eitherCase, FULL_MONTH, HAS_MONTH_OR_YEAR, monthNumber, SP, YEAR } from "../patterns.ts";

/**
 * A part of a month or a year: the month (or year) is known, the day is not, so the result is
 * month (or year) precision with `approximate: true`.
 *
 * Accepts: "mid-February", "mid February", "early June 2018", "late January", "the middle of
 * April", "the end of May", "the beginning of March", "the first half of March", "the second
 * half of May", "the last week of June", "the first days of July", "the turn of 2018", and the
 * same for years: "mid-2018", "early 2017", "late 2016", "the end of 2017", "the first quarter of
 * 2020".
 *
 * Pitfalls: chrono reads "mid-February" as 1 February (the modifier lost) and "late January" as a
 * day; "early" must be followed by the month or year ("early elections" is nothing); the leading
 * "the" stays out of the text; "end" is not a verb here because "of" must follow.
 */
const PART =
  `(?:${eitherCase(["beginning", "start", "middle", "end", "turn", "close"])}|` +
  `(?:${eitherCase(["first", "second", "third", "fourth", "last", "latter"])})${SP}(?:half|quarter|week|weeks|days|part|fortnight))${SP}of${SP}`;
const EDGE = `(?:${eitherCase(["early", "late", "mid"])})(?:${SP}|[-\\u2013])`;
const PATTERN = new RegExp(
  `(?<![\\w-])(?<the>[Tt]he${SP})?(?:${PART}|${EDGE})(?:(${FULL_MONTH})(?:,?${SP}${YEAR})?|${YEAR})`,
  "g",
);

export const partOfMonthParser: DateParser = {
  quick: HAS_MONTH_OR_YEAR,
  pattern: PATTERN,
  extract(match): DateCandidate | null {
    const [, , monthWord, monthYear, bareYear] = match;
    const skip = match.groups?.the?.length ?? 0;
    const base = { index: match.index + skip, text: match[0].slice(skip), approximate: true, relative: false };
    if (bareYear !== undefined) return { ...base, start: { year: Number(bareYear) }, parser: "part-of-year" };
    const month = monthWord === undefined ? undefined : monthNumber(monthWord);
    if (month === undefined) return null;
    const year = monthYear === undefined ? undefined : Number(monthYear);
    return { ...base, start: { year, month }, parser: "part-of-month" };
  },
};
