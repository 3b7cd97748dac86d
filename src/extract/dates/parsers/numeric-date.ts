import { distanceFromPublished } from "../calendar.ts";
import type { DateCandidate, DateParser } from "../candidate.ts";
import { HAS_YEAR, YEAR_DIGITS } from "../patterns.ts";
import { isValidDatePoint } from "../../../util/date-point.ts";
import type { DatePoint } from "../../../types.ts";

/**
 * An all-digit day-month-year: "05.07.2017" (European, dotted: always day first), "15/03/2017"
 * and "03/15/2017" (slashed: day and month told apart when one part is over 12; otherwise the
 * reading nearer the publication date wins, and with no publication date nothing is read).
 *
 * Pitfalls: version numbers and IPs ("1.2.2017.5", "10.0.2017.1") and identifiers glued to
 * other digits or dots are not dates; a two-digit year ("05.07.17") is too ambiguous and not
 * read; "12.05.2017" is 12 May, never December (dots are not US style).
 */
const PATTERN = new RegExp(`(?<![\\w./-])(\\d{1,2})([./])(\\d{1,2})\\2${YEAR_DIGITS}(?![\\w/-]|\\.\\d)`, "g");

export const numericDateParser: DateParser = {
  quick: HAS_YEAR,
  pattern: PATTERN,
  extract(match, { published }): DateCandidate | null {
    const [, first, separator, second, yearText] = match;
    const a = Number(first);
    const b = Number(second);
    const year = Number(yearText);
    const dayFirst: DatePoint = { year, month: b, day: a };
    const monthFirst: DatePoint = { year, month: a, day: b };
    let start: DatePoint | null = null;
    if (separator === ".") start = dayFirst;
    else if (!isValidDatePoint(monthFirst)) start = dayFirst;
    else if (!isValidDatePoint(dayFirst) || a === b) start = monthFirst;
    else if (published !== null) {
      const nearer = Math.abs(distanceFromPublished(dayFirst, published)) <= Math.abs(distanceFromPublished(monthFirst, published));
      start = nearer ? dayFirst : monthFirst;
    }
    if (start === null) return null;
    return { index: match.index, text: match[0], start, approximate: false, relative: false, parser: "numeric-date" };
  },
};
