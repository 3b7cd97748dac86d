import type { DateCandidate, DateParser } from "../candidate.ts";
import { DASH, eitherCase, HAS_YEAR, NOT_A_YEAR_AFTER, SP, YEAR_DIGITS, WORD_START } from "../patterns.ts";

/**
 * A year on its own: year precision.
 *
 * Accepts: "in 2011", "since 2015", "until 2030", "by 2025", "during 2016", "before 2014",
 * "after 2012", "from 2015", "the year 2017", "in 2017-2018" / "in 2017–18" (a year range),
 * "between 2015 and 2017", seasons: "spring 2017", "in the summer of 2016" (the season stays in the
 * text; still year precision).
 *
 * Pitfalls (why a preposition is required): numbers are years only by context — "resolution
 * 2254", "Resolution 2401 of 2018" (a resolution's number and its adoption year, not an event
 * date), "killed 300,000", "H.R. 1", page and phone numbers, "at 2000 GMT". The year must stand
 * alone: not "2017-1234", "2017.5", "20171".
 */
const PREPOSITIONS = eitherCase(["in", "since", "until", "till", "by", "during", "before", "after", "from", "between", "year", "through"]);
const SEASONS = eitherCase(["spring", "summer", "autumn", "fall", "winter"]);
const PATTERN = new RegExp(
  `${WORD_START}(?:(?<pre>(?:${PREPOSITIONS})${SP}(?:the${SP}year${SP})?)|(?:${SEASONS})${SP}(?:of${SP})?)` +
    `${YEAR_DIGITS}(?:(?:[ \\t]{0,2}${DASH}[ \\t]{0,2}|${SP}(?:and|to)${SP})(\\d{4}|\\d{2}))?` +
    `(?![\\w%]|[,.:/\\-\\u2013]\\d)${NOT_A_YEAR_AFTER}`,
  "g",
);

export const bareYearParser: DateParser = {
  quick: HAS_YEAR,
  pattern: PATTERN,
  extract(match): DateCandidate | null {
    const year = Number(match[2]);
    const skip = match.groups?.pre?.length ?? 0;
    const candidate: DateCandidate = {
      index: match.index + skip,
      text: match[0].slice(skip),
      start: { year },
      approximate: false,
      relative: false,
      parser: "bare-year",
    };
    if (match[3] !== undefined) {
      // "2017-18" is 2018; "2017-2018" is 2018. An end not after the start is not a range.
      const endYear = match[3].length === 2 ? Math.floor(year / 100) * 100 + Number(match[3]) : Number(match[3]);
      if (endYear <= year || endYear > 2100) return null;
      candidate.end = { year: endYear };
    }
    return candidate;
  },
};
