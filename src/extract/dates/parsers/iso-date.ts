import type { DateCandidate, DateParser } from "../candidate.ts";
import { HAS_YEAR, YEAR_DIGITS } from "../patterns.ts";

/**
 * An ISO calendar date: "2017-01-19" (datelines, " date 2017-01-19", machine-written captions).
 *
 * Pitfalls: only the full YYYY-MM-DD form is read — "2017-18" is a year range and "2021-06" in
 * prose is more often an identifier than a month; identifiers carrying a date inside
 * ("doc-2017-01-19-a", "2017-01-19T13") are not dates of the sentence. Impossible dates
 * ("2017-02-30") are dropped later by drop-unlikely-dates.
 */
const PATTERN = new RegExp(`(?<![\\w.\\-/])${YEAR_DIGITS}-(\\d{2})-(\\d{2})(?![\\w\\-/]|\\.\\d)`, "g");

export const isoDateParser: DateParser = {
  quick: HAS_YEAR,
  pattern: PATTERN,
  extract(match): DateCandidate | null {
    return {
      index: match.index,
      text: match[0],
      start: { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) },
      approximate: false,
      relative: false,
      parser: "iso-date",
    };
  },
};
