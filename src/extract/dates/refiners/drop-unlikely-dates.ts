import { compareDatePoints, isValidDatePoint } from "../../../util/date-point.ts";
import type { DateCandidate, DateRefiner } from "../candidate.ts";
import { endOf, toDatePoint } from "../candidate.ts";

/**
 * Drops what cannot be a date of the story (chrono's UnlikelyFormatFilter):
 * - no year after inference (no publication date to take it from: never guessed);
 * - impossible calendar dates: "February 30", "31 April", "29 February 2017";
 * - years before 1900 or after 2100 (older history and far futures are not timeline events,
 *   and they are mostly numbers misread as years);
 * - a range whose end is not after its start;
 * - a relative word alone on its line ("Today", "This week" in a "Most read" menu): page furniture.
 */
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
/** How far to look for the line ends: bounded so a huge line without breaks stays linear. */
const LINE_LOOK = 40;

function aloneOnLine(candidate: DateCandidate, sentence: string): boolean {
  const before = sentence.slice(Math.max(0, candidate.index - LINE_LOOK), candidate.index);
  const after = sentence.slice(endOf(candidate), endOf(candidate) + LINE_LOOK);
  const startsLine = /(?:^|\n)[ \t]*$/.test(before) && (candidate.index <= LINE_LOOK || before.includes("\n"));
  const endsLine = /^[ \t]*(?:\n|$)/.test(after) && (after.length < LINE_LOOK || after.includes("\n"));
  return startsLine && endsLine;
}

function plausible(candidate: DateCandidate, sentence: string): boolean {
  const start = toDatePoint(candidate.start);
  if (start === null || !isValidDatePoint(start) || start.year < MIN_YEAR || start.year > MAX_YEAR) return false;
  if (candidate.end) {
    const end = toDatePoint(candidate.end);
    if (end === null || !isValidDatePoint(end) || end.year > MAX_YEAR || compareDatePoints(end, start) <= 0) return false;
  }
  return !(candidate.relative && aloneOnLine(candidate, sentence));
}

export const dropUnlikelyDates: DateRefiner = (candidates, { sentence }) =>
  candidates.filter((candidate) => plausible(candidate, sentence));
