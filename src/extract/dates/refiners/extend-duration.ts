import { addDays } from "../../../util/date-point.ts";
import type { DateCandidate, DateRefiner } from "../candidate.ts";
import { toDatePoint } from "../candidate.ts";
import { NUMBER_WORD, countOf } from "../patterns.ts";

/**
 * A stated duration gives the other end of a one-day date: "the two-day meeting that ended on
 * Thursday" → Wednesday..Thursday; "three-day talks which began on 15 February" → 15..17 February.
 *
 * Accepts "N-day"/"N day" with N a digit or a word up to ten, then within 60 characters (no full
 * stop or semicolon) "ended/concluded/closed/finished/wrapped up" or "began/started/opened/kicked
 * off", optionally "on", right before the date.
 *
 * Pitfalls: only day-precision dates without an end; durations over ten days are not spans of
 * a meeting ("the 40-day siege … ended") and are left alone; the regex runs on a bounded slice
 * ending at the date, so it costs the same whatever the sentence length.
 */
const CUE = new RegExp(
  `\\b(${NUMBER_WORD})[- ]day\\b[^.;]{0,60}?\\b(?:(ended|concluded|closed|finished|wrapped up)|(began|started|opened|kicked off))(?:[ \\t]{1,2}on)?[ \\t]{1,2}$`,
  "i",
);

export const extendDuration: DateRefiner = (candidates, { sentence }) =>
  candidates.map((candidate) => {
    const point = toDatePoint(candidate.start);
    if (candidate.end || point === null || point.day === undefined) return candidate;
    const before = sentence.slice(Math.max(0, candidate.index - 120), candidate.index);
    const match = CUE.exec(before);
    const days = match ? countOf(match[1]!) : undefined;
    if (!match || days === undefined || days < 2 || days > 10) return candidate;
    const refined: DateCandidate = { ...candidate };
    if (match[2] !== undefined) {
      refined.start = addDays(point, -(days - 1));
      refined.end = point;
    } else {
      refined.end = addDays(point, days - 1);
    }
    return refined;
  });
