// The identity rule: when do two candidates (from any articles) report one happening?
import type { EventCandidate, EventDate } from "../types.ts";
import { compareDatePoints, datesOverlap as overlap } from "../util/date-point.ts";
import { dayNumberOf } from "./day-number.ts";
import { sortNumbers } from "./sort-numbers.ts";

/**
 * What the rule reads of a candidate, worked out once: merging compares each candidate with
 * many others, and re-reading its words and days each time was most of the merge's cost.
 */
export interface ComparableCandidate {
  candidate: EventCandidate;
  // The candidate's own fields the rule reads most, copied here: one object to read, not three.
  type: EventCandidate["type"];
  round: number | undefined;
  precision: EventCandidate["date"]["precision"];
  place: string | undefined;
  actors: string[];
  /** The first and last day its date can mean, as day numbers (see dayRange). */
  first: number;
  last: number;
  /** Its quote's distinct content words less the corpus's common ones, as numbers, ascending. */
  words: number[];
  /** The kind of happening its quote names ("ceasefire"), for a day-precision "other" event only. */
  kind: string | undefined;
}

/** Every candidate made comparable; words common across them (see commonWords) are left out. */
export function toComparables(candidates: EventCandidate[]): ComparableCandidate[] {
  const numbers = new Map<string, number>();
  const words = candidates.map((c) => numberWords(c.source.quote, numbers));
  const uncommon = uncommonWords(words, numbers.size);
  return candidates.map((c, i) => makeComparable(c, words[i]!.filter(uncommon)));
}

/** The distinct content words of a quote as numbers (`numbers` gives each word one), ascending. */
function numberWords(quote: string, numbers: Map<string, number>): number[] {
  const ids: number[] = [];
  for (const w of contentWords(quote)) {
    let id = numbers.get(w);
    if (id === undefined) numbers.set(w, (id = numbers.size));
    ids.push(id);
  }
  // Plain arrays, not typed ones: a few numbers each, and typed arrays cost far more to make.
  return sortNumbers(ids).filter((id, i) => i === 0 || id !== ids[i - 1]);
}

/**
 * A test for words in no more than one report in twenty (or ten reports): words more frequent are
 * the corpus's topic ("talks", the country), not an event's.
 */
function uncommonWords(wordsOfEach: number[][], count: number): (id: number) => boolean {
  const reports = new Int32Array(count);
  for (const words of wordsOfEach) for (const id of words) reports[id]!++;
  const limit = Math.max(10, wordsOfEach.length / 20);
  return (id) => reports[id]! <= limit;
}

function makeComparable(c: EventCandidate, words: number[]): ComparableCandidate {
  const [first, last] = dayRange(c.date);
  const kind = c.type === "other" && c.date.precision === "day" ? kindOf(c.source.quote) : undefined;
  return { candidate: c, type: c.type, round: c.round, precision: c.date.precision, place: c.place, actors: c.actors, first, last, words, kind };
}

/**
 * - rounds: same series and number;
 * - statements: same speaker, same day (an undated statement counts as said on its report's day);
 *   one known only to its month (its article is dated to the month) matches in that month with shared wording;
 * - meetings and other events: same type, dates that can be the same day, and a shared place or actor.
 * `common`: words too frequent to count as shared wording.
 */
export function isSameEvent(a: EventCandidate, b: EventCandidate, common: ReadonlySet<string> = NO_WORDS): boolean {
  const numbers = new Map<string, number>();
  const words = [a, b].map((c) => numberWords(c.source.quote, numbers));
  const names = [...numbers.keys()]; // number → word
  const [ca, cb] = [a, b].map((c, i) => makeComparable(c, words[i]!.filter((id) => !common.has(names[id]!))));
  return isSameComparable(ca!, cb!);
}

/** isSameEvent for candidates already made comparable (together: their words share one numbering). */
export function isSameComparable(a: ComparableCandidate, b: ComparableCandidate): boolean {
  if (a.type === "round" && b.type === "round" && a.round !== undefined && b.round !== undefined) {
    // The same number years apart is another series that no cue told apart: not the same round.
    const yearsApart = a.candidate.sourceOnly || b.candidate.sourceOnly ? 0 : Math.abs(a.candidate.date.start.year - b.candidate.date.start.year);
    return a.round === b.round && a.candidate.series === b.candidate.series && yearsApart <= 1;
  }
  if (a.type !== b.type) return false;
  if (a.type === "statement") {
    if (a.actors[0] === undefined || a.actors[0] !== b.actors[0]) return false;
    const dayA = statementDay(a.candidate);
    const dayB = statementDay(b.candidate);
    if (dayA && dayB) return compareDatePoints(dayA, dayB) === 0;
    // Known to the month only (undated, in an article dated to the month): the speaker's statement
    // of that month that shares its wording.
    const monthA = statementMonth(a.candidate);
    const monthB = statementMonth(b.candidate);
    return !!monthA && !!monthB && monthA.year === monthB.year && monthA.month === monthB.month && similarWording(a.words, b.words);
  }
  if (a.precision === "year" || b.precision === "year") return false;
  if (!(a.first <= b.last && b.first <= a.last)) return false;
  if (a.place && b.place && a.place !== b.place) return false;
  if (a.place !== undefined && a.place === b.place) return true;
  if (a.actors.some((id) => b.actors.includes(id))) return true;
  return similarWording(a.words, b.words) || sameKindOfThing(a, b);
}

/**
 * What a group's members offer the rule's last test (a shared place, actor, kind or two words),
 * pooled: a candidate that shares none of it with the pool matches no member, so the members
 * need not be compared one by one.
 */
export interface SharedFeatures {
  places: Set<string>;
  actors: Set<string>;
  kinds: Set<string>;
  words: Set<number>;
}

export function createSharedFeatures(): SharedFeatures {
  return { places: new Set(), actors: new Set(), kinds: new Set(), words: new Set() };
}

/** Pool one more member's features. */
export function addSharedFeatures(pool: SharedFeatures, member: ComparableCandidate): void {
  if (member.place !== undefined) pool.places.add(member.place);
  for (const id of member.actors) pool.actors.add(id);
  if (member.kind !== undefined) pool.kinds.add(member.kind);
  for (const w of member.words) pool.words.add(w);
}

/**
 * false when the candidate can match no member behind the pool: it meets the last test (place,
 * actor, wording or kind) and shares none of those with any of them. true means "compare them".
 */
export function mayMatchPooled(pool: SharedFeatures, cc: ComparableCandidate): boolean {
  // Rounds by number and statements are matched by number, speaker and day instead.
  if ((cc.type === "round" && cc.round !== undefined) || cc.type === "statement") return true;
  if (cc.place !== undefined && pool.places.has(cc.place)) return true;
  if (cc.actors.some((id) => pool.actors.has(id))) return true;
  if (cc.kind !== undefined && pool.kinds.has(cc.kind)) return true;
  let shared = 0;
  for (const w of cc.words) if (pool.words.has(w) && ++shared >= 2) return true;
  return false;
}

/**
 * [first, last] day numbers a date can mean: a month covers its days, a year its months. Two
 * dates overlap (util/date-point datesOverlap) exactly when their ranges do.
 */
export function dayRange(date: EventDate): [number, number] {
  const end = date.end ?? date.start;
  const first = dayNumberOf(date.start);
  if (end.day !== undefined) return [first, dayNumberOf(end)];
  const next = end.month === undefined ? { year: end.year + 1, month: 1, day: 1 } : { year: end.month === 12 ? end.year + 1 : end.year, month: end.month === 12 ? 1 : end.month + 1, day: 1 };
  return [first, dayNumberOf(next) - 1];
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
 * The words are numbered and ascending, the corpus's common words (its topic: "talks", the
 * country) already left out.
 */
function similarWording(a: number[], b: number[]): boolean {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else if (++shared >= 2) return true;
    else (i++, j++);
  }
  return false;
}

/** The day a statement was made, or the day it was reported when the text gives none. */
export function statementDay(c: EventCandidate): EventCandidate["reportedOn"] {
  if (c.date.precision === "day" && !c.undated) return c.date.start;
  return c.reportedOn?.day !== undefined ? c.reportedOn : null;
}

/** The month of statementDay, or, without one, the month of the report (an article dated to the month only); null when neither is known. */
export function statementMonth(c: EventCandidate): EventCandidate["reportedOn"] {
  const day = statementDay(c) ?? c.reportedOn;
  return day?.month !== undefined ? { year: day.year, month: day.month } : null;
}

/** Can the two dates describe the same days? Spans overlap; a month contains its days. */
export function datesOverlap(a: EventCandidate, b: EventCandidate): boolean {
  return overlap(a.date, b.date);
}
