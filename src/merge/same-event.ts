// The identity rule: when do two candidates (from any articles) report one happening?
import type { EventCandidate, EventDate } from "../types.ts";
import { compareDatePoints, datesOverlap as overlap, toDayNumber } from "../util/date-point.ts";

/**
 * What the rule reads of a candidate, worked out once: merging compares each candidate with
 * many others, and re-reading its words and days each time was most of the merge's cost.
 */
export interface ComparableCandidate {
  candidate: EventCandidate;
  /** The first and last day its date can mean, as day numbers (see dayRange). */
  first: number;
  last: number;
  /** The distinct content words of its quote. */
  words: ReadonlySet<string>;
  /** The kind of happening its quote names ("ceasefire"), for a day-precision "other" event only. */
  kind: string | undefined;
}

/** A candidate with its words, days and kind worked out. */
export function toComparable(c: EventCandidate): ComparableCandidate {
  const [first, last] = dayRange(c.date);
  const kind = c.type === "other" && c.date.precision === "day" ? kindOf(c.source.quote) : undefined;
  return { candidate: c, first, last, words: new Set(contentWords(c.source.quote)), kind };
}

/**
 * - rounds: same series and number;
 * - statements: same speaker, same day (an undated statement counts as said on its report's day);
 * - meetings and other events: same type, dates that can be the same day, and a shared place or actor.
 */
export function isSameEvent(a: EventCandidate, b: EventCandidate, common: ReadonlySet<string> = NO_WORDS): boolean {
  return isSameComparable(toComparable(a), toComparable(b), common);
}

/** isSameEvent for candidates already made comparable. */
export function isSameComparable(ca: ComparableCandidate, cb: ComparableCandidate, common: ReadonlySet<string> = NO_WORDS): boolean {
  const a = ca.candidate;
  const b = cb.candidate;
  if (a.type === "round" && b.type === "round" && a.round !== undefined && b.round !== undefined) {
    // The same number years apart is another series that no cue told apart: not the same round.
    const yearsApart = a.sourceOnly || b.sourceOnly ? 0 : Math.abs(a.date.start.year - b.date.start.year);
    return a.round === b.round && a.series === b.series && yearsApart <= 1;
  }
  if (a.type !== b.type) return false;
  if (a.type === "statement") {
    const dayA = statementDay(a);
    const dayB = statementDay(b);
    return a.actors[0] !== undefined && a.actors[0] === b.actors[0] && !!dayA && !!dayB && compareDatePoints(dayA, dayB) === 0;
  }
  if (a.date.precision === "year" || b.date.precision === "year") return false;
  if (!(ca.first <= cb.last && cb.first <= ca.last)) return false;
  if (a.place && b.place && a.place !== b.place) return false;
  if (a.place !== undefined && a.place === b.place) return true;
  if (a.actors.some((id) => b.actors.includes(id))) return true;
  return similarWording(ca, cb, common) || sameKindOfThing(ca, cb);
}

/**
 * [first, last] day numbers a date can mean: a month covers its days, a year its months. Two
 * dates overlap (util/date-point datesOverlap) exactly when their ranges do.
 */
export function dayRange(date: EventDate): [number, number] {
  const end = date.end ?? date.start;
  if (end.day !== undefined) return [toDayNumber(date.start), toDayNumber(end)];
  const next = end.month === undefined ? { year: end.year + 1, month: 1, day: 1 } : { year: end.month === 12 ? end.year + 1 : end.year, month: end.month === 12 ? 1 : end.month + 1, day: 1 };
  return [toDayNumber(date.start), toDayNumber(next) - 1];
}

// Nouns that name one kind of happening: two reports of "a ceasefire" taking effect the same day are one.
const KIND = /\b(ceasefire|cease-fire|truce|armistice|memorandum|accord|agreement|offensive|referendum|elections?)\b/i;

/** "ceasefire" when the quote names a ceasefire (however spelled), and so on; undefined when none. */
function kindOf(quote: string): string | undefined {
  return KIND.exec(quote)?.[1]?.toLowerCase().replace("cease-fire", "ceasefire");
}

/** Same day, and both reports name the same kind of happening (kind is set for day-precision "other" events only). */
function sameKindOfThing(a: ComparableCandidate, b: ComparableCandidate): boolean {
  return a.kind !== undefined && a.kind === b.kind;
}

const NO_WORDS: ReadonlySet<string> = new Set();
const STOP = new Set("about after against their there these those which while would could should other since under still where being said says told".split(" "));

/** The uncommon long words of a report: what makes two wordings describe the same thing. */
export function contentWords(quote: string): string[] {
  return (quote.toLowerCase().match(/[a-z][a-z-]{5,}/g) ?? []).filter((w) => !STOP.has(w));
}

/**
 * Two reports that share two uncommon words ("de-escalation", "memorandum") describe one thing.
 * `common` holds the words frequent across the whole corpus (its topic: "talks", the country).
 */
function similarWording(a: ComparableCandidate, b: ComparableCandidate, common: ReadonlySet<string>): boolean {
  let shared = 0;
  for (const w of b.words) if (a.words.has(w) && !common.has(w) && ++shared >= 2) return true;
  return false;
}

/** The day a statement was made, or the day it was reported when the text gives none. */
export function statementDay(c: EventCandidate): EventCandidate["reportedOn"] {
  if (c.date.precision === "day" && !c.undated) return c.date.start;
  return c.reportedOn?.day !== undefined ? c.reportedOn : null;
}

/** Can the two dates describe the same days? Spans overlap; a month contains its days. */
export function datesOverlap(a: EventCandidate, b: EventCandidate): boolean {
  return overlap(a.date, b.date);
}
