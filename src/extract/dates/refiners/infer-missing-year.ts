import type { DatePoint } from "../../../types.ts";
import { compareDatePoints, weekdayOf } from "../../../util/date-point.ts";
import { distanceFromPublished } from "../calendar.ts";
import type { DateCandidate, DateRefiner } from "../candidate.ts";
import { endOf, toDatePoint } from "../candidate.ts";
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
 * - A date just before in the same sentence sets the year first (see completeYear).
 *
 * Decision: a day and month with the year taken from a known publication date are NOT
 * approximate — the year is as certain as the publication date. They are approximate when the
 * publication date has only a year (the side of publication cannot be judged). Without a
 * publication date no year is guessed: the candidate is dropped later.
 */
const PENALTY_DAYS = 200;
/** The cost of contradicting a strong tense cue: only taken when every year does. */
const AGAINST_STRONG_CUE = 1_000_000;

function withYear(date: { month?: number; day?: number }, year: number): DatePoint {
  const point: DatePoint = { year };
  if (date.month !== undefined) point.month = date.month;
  if (date.month !== undefined && date.day !== undefined) point.day = date.day;
  return point;
}

function costOf(candidate: DateCandidate, year: number, published: DatePoint, tense: ReturnType<typeof detectTense>): number {
  const point = withYear(candidate.start, year);
  const distance = distanceFromPublished(point, published);
  if (!fitsWeekday(candidate, point)) return Infinity;
  if (candidate.anchor === "before") return distance < 0 ? -distance : Infinity;
  if (candidate.anchor === "after") return distance > 0 ? distance : Infinity;
  if (candidate.anchor === "same") return year === published.year ? 0 : Infinity;
  const wrongSide = (tense?.tense === "past" && distance > 0) || (tense?.tense === "future" && distance < 0);
  if (!wrongSide) return Math.abs(distance);
  return tense?.strength === "strong" ? AGAINST_STRONG_CUE + Math.abs(distance) : Math.abs(distance) + PENALTY_DAYS;
}

/** How far the date in `year` lies from a dated neighbour (a weekday that does not fit rules the year out). */
function neighbourCost(candidate: DateCandidate, year: number, point: DatePoint): number {
  const date = withYear(candidate.start, year);
  return fitsWeekday(candidate, date) ? Math.abs(distanceFromPublished(date, point)) : Infinity;
}

/** "Monday, January 2": only years where 2 January is a Monday. */
function fitsWeekday(candidate: DateCandidate, point: DatePoint): boolean {
  return candidate.weekday === undefined || point.day === undefined || weekdayOf(point) === candidate.weekday;
}

/** How far back (in characters) a dated neighbour still sets the year: same clause or the next. */
const NEIGHBOUR_GAP = 80;

type YearCost = (candidate: DateCandidate, year: number, reference: DatePoint, tense: ReturnType<typeof detectTense>) => number;

/**
 * Of the reference year and its neighbours, the year of lowest finite cost (the earlier year on a
 * tie). The cost is a plain function of its arguments, not a closure: this runs for most dates.
 */
function yearNearest(candidate: DateCandidate, reference: DatePoint, tense: ReturnType<typeof detectTense>, cost: YearCost): number | undefined {
  let best: number | undefined;
  let bestCost = Infinity;
  for (let year = reference.year - 1; year <= reference.year + 1; year++) {
    const c = cost(candidate, year, reference, tense);
    if (c < bestCost) {
      best = year;
      bestCost = c;
    }
  }
  return best;
}

export const inferMissingYear: DateRefiner = (candidates, { sentence, published }) => {
  let neighbour: { point: DatePoint; end: number } | undefined;
  return candidates.map((candidate) => {
    const refined = completeYear(candidate, sentence, published, neighbour);
    const point = toDatePoint(refined.start);
    if (!refined.relative && point !== null && point.day !== undefined) neighbour = { point, end: endOf(refined) };
    return refined;
  });
};

/**
 * A day-precise date just before in the same sentence sets the year before the publication date
 * does: "troops entered the town on Jan. 20, 2018, and the operation lasted until March 18" → 2018.
 * Not when a strong tense cue contradicts it ("… since 30 September 2015 and will meet on
 * February 15": 2016 is not after publication). A month-precision neighbour is background
 * ("since March 2011") and sets nothing.
 */
function completeYear(candidate: DateCandidate, sentence: string, published: DatePoint | null, neighbour?: { point: DatePoint; end: number }): DateCandidate {
  if (candidate.start.year !== undefined || published === null) return candidate;
  const tense = detectTense(sentence, candidate.index, endOf(candidate));
  let best: number | undefined;
  let fromNeighbour = false;
  if (neighbour !== undefined && candidate.index - neighbour.end <= NEIGHBOUR_GAP && candidate.anchor === undefined) {
    best = yearNearest(candidate, neighbour.point, tense, neighbourCost);
    fromNeighbour = best !== undefined && (tense?.strength !== "strong" || costOf(candidate, best, published, tense) < AGAINST_STRONG_CUE);
  }
  if (!fromNeighbour) best = yearNearest(candidate, published, tense, costOf);
  if (best === undefined) return candidate;
  const start = withYear(candidate.start, best);
  const refined: DateCandidate = { ...candidate, start, approximate: candidate.approximate || (!fromNeighbour && published.month === undefined) };
  if (candidate.end && candidate.end.year === undefined) {
    const end = withYear(candidate.end, best);
    refined.end = compareDatePoints(end, start) < 0 ? withYear(candidate.end, best + 1) : end;
  }
  return refined;
}
