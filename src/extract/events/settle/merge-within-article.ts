// The last pass: drafts of one happening in one article become one candidate.
import type { EventCandidate, EventDate, Series } from "../../../types.ts";
import { areCompatible, compareDatePoints, datesOverlap, makeEventDate, toDayNumber } from "../../../util/date-point.ts";
import type { DraftEvent } from "../build-sentence-events.ts";
import type { SettleContext } from "./context.ts";
import { betterDate } from "./better-date.ts";

/** One statement per speaker and day, one round per number, a meeting on a round's days is that round. */
export function mergeWithinArticle(drafts: DraftEvent[], context: SettleContext): EventCandidate[] {
  const { series } = context;
  const kept: EventCandidate[] = [];
  for (const draft of drafts) {
    const { next: _n, previous: _pr, definite: _d, pronoun: _p, pronounSubject: _ps, sentence: _s, future: _f, pronounOnly, ...candidate } = draft as DraftEvent & { pronounOnly?: boolean };
    const same = kept.find((k) => sameHappening(k, candidate, series));
    if (!same) {
      if (pronounOnly) continue; // "he added" alone starts no statement
      kept.push(candidate);
      continue;
    }
    absorb(same, candidate);
  }
  return kept;
}

function sameHappening(a: EventCandidate, b: EventCandidate, series: Series[]): boolean {
  if (a.type === "statement" && b.type === "statement") {
    return a.actors[0] !== undefined && a.actors[0] === b.actors[0] && (a.undated || b.undated || areCompatible(a.date.start, b.date.start));
  }
  const roundA = a.type === "round" && a.round !== undefined;
  const roundB = b.type === "round" && b.round !== undefined;
  if (roundA && roundB) return a.round === b.round && a.series === b.series;
  // a meeting on exactly a round's days, in the same article, is that round
  if ((roundA && b.type === "meeting") || (roundB && a.type === "meeting")) {
    const round = roundA ? a : b;
    const meeting = roundA ? b : a;
    // A summit in Sochi during talks in Astana is another event: the meeting's place must be the
    // round's, or one its series is named after.
    const home = series.find((s) => s.name === round.series)?.cues ?? [];
    const elsewhere = !!meeting.place && (round.place ? round.place !== meeting.place : !home.includes(meeting.place.toLowerCase()));
    // …and the meeting must cover the round's days: "received the heads of delegations on
    // December 21" during a round of 21–22 December is a meeting of its own.
    const sameDays = !round.date.end || (!!meeting.date.end && compareDatePoints(meeting.date.start, round.date.start) === 0 && compareDatePoints(meeting.date.end, round.date.end) === 0);
    return !round.sourceOnly && !elsewhere && sameDays && meeting.date.precision === "day" && round.date.precision === "day" && datesOverlap(round.date, meeting.date);
  }
  return false;
}

/** Fold `b` into `a`: keep the better date, collect quotes and actors. */
function absorb(a: EventCandidate, b: EventCandidate): void {
  // Two days of one round told apart ("started on Monday, May 30" … "concluded on Friday"): its span.
  const span = a.type !== "statement" ? daySpan(a.date, b.date) : undefined;
  if (span) {
    a.date = span;
  } else if (betterDate(b, a)) {
    a.date = b.date;
    a.planned = b.planned;
    a.undated = b.undated;
    a.sourceOnly = b.sourceOnly;
    if (a.type === "statement") a.title = b.title;
  }
  if (b.type === "round" && a.type !== "round") {
    a.type = "round";
    a.round = b.round;
    a.title = b.title;
  }
  a.place ??= b.place;
  a.series ??= b.series;
  for (const id of b.actors) if (!a.actors.includes(id)) a.actors.push(id);
  if (b.source.quote !== a.source.quote) (a.moreQuotes ??= []).push(b.source);
  if (!a.undated && !b.undated) a.undated = undefined;
}

const MAX_SPAN_DAYS = 10;

/** Two single, stated days a few days apart → the span from one to the other. */
function daySpan(a: EventDate, b: EventDate): EventDate | undefined {
  if (a.precision !== "day" || b.precision !== "day" || a.end || b.end || a.approximate || b.approximate) return undefined;
  const [first, last] = compareDatePoints(a.start, b.start) <= 0 ? [a, b] : [b, a];
  const days = toDayNumber(last.start) - toDayNumber(first.start);
  if (days < 1 || days > MAX_SPAN_DAYS) return undefined;
  return makeEventDate(first.start, { end: last.start, text: `${first.text} … ${last.text}` });
}
