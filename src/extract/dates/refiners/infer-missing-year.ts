import type { DatePoint } from "../../../types.ts";
import { compareDatePoints, weekdayOf } from "../../../util/date-point.ts";
import { distanceFromPublished } from "../calendar.ts";
import type { DateCandidate, DateRefiner } from "../candidate.ts";
import { endOf } from "../candidate.ts";
import { detectTense } from "../tense.ts";

/**
 * Gives a year to dates that state none ("on February 13", "in mid-February", "between 6 and 8
 * July"), from the publication date: of the publication year and its neighbours, the year that
 * puts the date nearest the publication date, respecting tense.
 *
 * - A strong tense cue right before the date ("was held in", "will be held between", "due in …
 *   on") forces the side: past → on or before publication, future → on or after.
 * - A weak cue (further off: "We will have the same delegation as for the first talks on
 *   January 23-24") only adds a penalty of PENALTY_DAYS to the wrong side, so a date three weeks
 *   back still wins over one eleven months ahead.
 * - "last September" / "next March" force the side strictly; "this May" keeps the year.
 * - A weekday written with the date ("Monday, February 27") picks the year where it fits.
 *
 * Decision: a day and month with the year taken from a known publication date are NOT
 * approximate — the year is as certain as the publication date. They are approximate when the
 * publication date has only a year (the side of publication cannot be judged). Without a
 * publication date no year is guessed: the candidate is dropped later.
 */
const PENALTY_DAYS = 200;

function withYear(date: { month?: number; day?: number }, year: number): DatePoint {
  const point: DatePoint = { year };
  if (date.month !== undefined) point.month = date.month;
  if (date.month !== undefined && date.day !== undefined) point.day = date.day;
  return point;
}

function costOf(candidate: DateCandidate, year: number, published: DatePoint, tense: ReturnType<typeof detectTense>): number {
  const point = withYear(candidate.start, year);
  const distance = distanceFromPublished(point, published);
  if (candidate.weekday !== undefined && point.day !== undefined && weekdayOf(point) !== candidate.weekday) return Infinity;
  if (candidate.anchor === "before") return distance < 0 ? -distance : Infinity;
  if (candidate.anchor === "after") return distance > 0 ? distance : Infinity;
  if (candidate.anchor === "same") return year === published.year ? 0 : Infinity;
  const wrongSide = (tense?.tense === "past" && distance > 0) || (tense?.tense === "future" && distance < 0);
  if (!wrongSide) return Math.abs(distance);
  return tense?.strength === "strong" ? 1_000_000 + Math.abs(distance) : Math.abs(distance) + PENALTY_DAYS;
}

export const inferMissingYear: DateRefiner = (candidates, { sentence, published }) =>
  candidates.map((candidate) => {
    if (candidate.start.year !== undefined || published === null) return candidate;
    const tense = detectTense(sentence, candidate.index, endOf(candidate));
    let best: number | undefined;
    let bestCost = Infinity;
    for (const year of [published.year - 1, published.year, published.year + 1]) {
      const cost = costOf(candidate, year, published, tense);
      if (cost < bestCost) [best, bestCost] = [year, cost];
    }
    if (best === undefined) return candidate;
    const start = withYear(candidate.start, best);
    const refined: DateCandidate = { ...candidate, start, approximate: candidate.approximate || published.month === undefined };
    if (candidate.end && candidate.end.year === undefined) {
      const end = withYear(candidate.end, best);
      refined.end = compareDatePoints(end, start) < 0 ? withYear(candidate.end, best + 1) : end;
    }
    return refined;
  });
