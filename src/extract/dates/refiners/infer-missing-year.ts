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

/** How far back (in characters) a dated neighbour still sets the year: same clause or the next. */
const NEIGHBOUR_GAP = 80;

function yearNearest(candidate: DateCandidate, reference: DatePoint, cost: (year: number) => number): number | undefined {
  let best: number | undefined;
  let bestCost = Infinity;
  for (const year of [reference.year - 1, reference.year, reference.year + 1]) {
    const c = cost(year);
    if (c < bestCost) [best, bestCost] = [year, c];
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
 * does: "troops entered Afrin on Jan. 20, 2018, and the operation lasted until March 18" → 2018.
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
    best = yearNearest(candidate, neighbour.point, (year) => Math.abs(distanceFromPublished(withYear(candidate.start, year), neighbour.point)));
    fromNeighbour = best !== undefined && (tense?.strength !== "strong" || costOf(candidate, best, published, tense) < 1_000_000);
  }
  if (!fromNeighbour) best = yearNearest(candidate, published, (year) => costOf(candidate, year, published, tense));
  if (best === undefined) return candidate;
  const start = withYear(candidate.start, best);
  const refined: DateCandidate = { ...candidate, start, approximate: candidate.approximate || (!fromNeighbour && published.month === undefined) };
  if (candidate.end && candidate.end.year === undefined) {
    const end = withYear(candidate.end, best);
    refined.end = compareDatePoints(end, start) < 0 ? withYear(candidate.end, best + 1) : end;
  }
  return refined;
}
