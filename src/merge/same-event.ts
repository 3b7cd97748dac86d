// The identity rule: when do two candidates (from any articles) report one happening?
import type { EventCandidate } from "../types.ts";
import { compareDatePoints, datesOverlap as overlap } from "../util/date-point.ts";

/**
 * - rounds: same series and number;
 * - statements: same speaker, same day (an undated statement counts as said on its report's day);
 * - meetings and other events: same type, dates that can be the same day, and a shared place or actor.
 */
export function isSameEvent(a: EventCandidate, b: EventCandidate, common: ReadonlySet<string> = NO_WORDS): boolean {
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
  if (!datesOverlap(a, b)) return false;
  if (a.place && b.place && a.place !== b.place) return false;
  const shared = a.actors.filter((id) => b.actors.includes(id)).length;
  return (a.place !== undefined && a.place === b.place) || shared >= 1 || similarWording(a, b, common) || sameKindOfThing(a, b);
}

// Nouns that name one kind of happening: two reports of "a ceasefire" taking effect the same day are one.
const KIND = /\b(ceasefire|cease-fire|truce|armistice|memorandum|accord|agreement|offensive|referendum|elections?)\b/i;

/** Same day, and both reports name the same kind of happening. */
function sameKindOfThing(a: EventCandidate, b: EventCandidate): boolean {
  if (a.type !== "other" || a.date.precision !== "day" || b.date.precision !== "day") return false;
  const kindA = KIND.exec(a.source.quote)?.[1]?.toLowerCase().replace("cease-fire", "ceasefire");
  const kindB = KIND.exec(b.source.quote)?.[1]?.toLowerCase().replace("cease-fire", "ceasefire");
  return kindA !== undefined && kindA === kindB;
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
function similarWording(a: EventCandidate, b: EventCandidate, common: ReadonlySet<string>): boolean {
  const wa = new Set(contentWords(a.source.quote).filter((w) => !common.has(w)));
  let shared = 0;
  for (const w of new Set(contentWords(b.source.quote))) if (wa.has(w) && !common.has(w) && ++shared >= 2) return true;
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
