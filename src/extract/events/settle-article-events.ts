// The article-level pass over draft events, in order:
// 1. number "the next round" from the rounds the article names;
// 2. give "he said" to the article's last named speaker;
// 3. one statement per speaker and day, one round per number, a meeting on a round's dates is that round.
import type { EventCandidate, EventDate, Series } from "../../types.ts";
import { areCompatible, compareDatePoints, datesOverlap, makeEventDate, toDayNumber } from "../../util/date-point.ts";
import type { DraftEvent } from "./build-sentence-events.ts";

export interface ArticleRounds {
  /** Round the title names ("second round of Astana talks"), by series. */
  titleRounds: Map<string, number>;
  /** Display name of an actor id met in the article. */
  actorName: (id: string) => string;
  /** The negotiation series and their cue words ("astana", "kazakh capital"). */
  series: Series[];
}

/** Settle one article's drafts into candidates. */
export function settleArticleEvents(drafts: DraftEvent[], context: ArticleRounds): EventCandidate[] {
  return mergeWithinArticle(context.series, attachPronouns(context.actorName, dateOccasions(dateNamedRounds(resolveDefiniteRounds(numberNextRounds(drafts, context))))));
}

/** "The eighth round … concluded on Friday. The round, which started on Monday, May 30, …": the same round. */
function resolveDefiniteRounds(drafts: DraftEvent[]): DraftEvent[] {
  let last: DraftEvent | undefined;
  for (const d of drafts) {
    if (d.type === "round" && d.round !== undefined) last = d;
    else if (d.definite && last) Object.assign(d, { type: "round", round: last.round, series: last.series, title: last.title });
  }
  return drafts;
}

// "told reporters after the ceremony", "at a joint press conference", "told the same summit".
const OCCASION = /\b(?:at|after|during|following|on the sidelines of|told)\s+(?:the|a|an|their|its)?\s*(?:(?:end|close|conclusion|opening|start)\s+of\s+(?:the|a)\s+)?(?:same\s+|joint\s+|closing\s+|opening\s+|final\s+|signing\s+)*(?:ceremony|press\s+conference|news\s+conference|briefing|summit|session|meeting|talks|signing|event)\b/i;

/**
 * An undated statement made at an occasion the article has just dated ("On Thursday the sides
 * signed a memorandum … Lavrentyev told reporters after the ceremony") was made that day.
 */
function dateOccasions(drafts: DraftEvent[]): DraftEvent[] {
  let occasion: DraftEvent | undefined;
  for (const d of drafts) {
    if (d.type !== "statement" && !d.sourceOnly && !d.planned && d.date.precision === "day") occasion = d;
    if (d.type !== "statement" || !d.undated || !occasion) continue;
    const words = OCCASION.exec(d.source.quote);
    if (!words) continue;
    // Press conferences and ceremonies close an event: its last day, unless it is the opening.
    const day = /opening|start/i.test(words[0]) ? occasion.date.start : (occasion.date.end ?? occasion.date.start);
    if (d.reportedOn && compareDatePoints(day, d.reportedOn) > 0) continue;
    d.date = makeEventDate(day, { approximate: true, text: words[0] });
    d.undated = undefined;
  }
  return drafts;
}

const FOLLOWING_SENTENCES = 2;

/**
 * "The third round of the Astana talks opened …" then "Delegations are meeting between 14 and 15
 * March": a round named without a date takes the dates of the first dated meeting that follows it
 * closely, when that meeting belongs to no other series.
 */
function dateNamedRounds(drafts: DraftEvent[]): DraftEvent[] {
  drafts.forEach((round, i) => {
    if (round.type !== "round" || round.round === undefined || !round.sourceOnly || round.sentence === undefined) return;
    const from = round.sentence;
    const meeting = drafts.slice(i + 1).find((d) =>
      d.sentence !== undefined && d.sentence - from <= FOLLOWING_SENTENCES && !d.sourceOnly && d.date.precision !== "year" &&
      (d.type === "meeting" || (d.type === "round" && d.round === undefined)) && (!d.series || d.series === round.series));
    if (!meeting) return;
    Object.assign(meeting, { type: "round", round: round.round, series: round.series, title: round.title });
  });
  return drafts;
}

function numberNextRounds(drafts: DraftEvent[], context: ArticleRounds): DraftEvent[] {
  const pastMax = new Map<string, number>();
  for (const d of drafts) {
    if (d.type === "round" && d.round !== undefined && !d.next && !d.planned && !d.future && d.series) pastMax.set(d.series, Math.max(pastMax.get(d.series) ?? 0, d.round));
  }
  const reported = new Map<string, number>();
  for (const d of drafts) {
    if (d.type === "round" && d.round !== undefined && !d.next && !d.previous && d.series) reported.set(d.series, Math.max(reported.get(d.series) ?? 0, d.round));
  }
  const out: DraftEvent[] = [];
  for (const d of drafts) {
    if (d.previous) {
      // "the previous round": one before the round the article reports.
      const { previous: _p, ...rest } = d;
      const current = reported.get(d.series ?? "") ?? context.titleRounds.get(d.series ?? "");
      if (current !== undefined && current > 1) out.push({ ...rest, round: current - 1, title: `${d.series ?? "Talks"}, round ${current - 1}` });
      continue;
    }
    if (!d.next) {
      out.push(d);
      continue;
    }
    const series = d.series ?? "";
    const fromTitle = context.titleRounds.get(series);
    const past = pastMax.get(series);
    const round = fromTitle !== undefined && (past === undefined || fromTitle > past) ? fromTitle : past !== undefined ? past + 1 : undefined;
    const { next: _next, ...rest } = d;
    if (round !== undefined) out.push({ ...rest, round, title: d.title.replace(/next round$/, `round ${round}`) });
    else if (!d.sourceOnly) out.push(rest); // a dated "next round" whose number the article does not tell
  }
  return out;
}

function attachPronouns(actorName: (id: string) => string, drafts: DraftEvent[]): DraftEvent[] {
  let lastSpeaker: string | undefined;
  let lastSpokeAt = -Infinity;
  const out: DraftEvent[] = [];
  for (const d of drafts) {
    if (d.type === "statement" && d.pronoun) {
      const { pronoun: _p, pronounSubject, ...rest } = d;
      // "… according to what X said. … he indicated …": a speaker of the previous sentence goes on.
      const speakerJustSpoke = (d.sentence ?? 0) - lastSpokeAt <= 1;
      const speaker = speakerJustSpoke ? lastSpeaker : (pronounSubject ?? lastSpeaker);
      if (!speaker) continue; // nobody to give the words to
      // Words of the last speaker only add a quote; words of the person just named are their statement.
      if (speaker === lastSpeaker) out.push({ ...rest, actors: [speaker], pronounOnly: true } as DraftEvent & { pronounOnly: boolean });
      else out.push({ ...rest, actors: [speaker], title: d.title.replace(/^Statement/, actorName(speaker)) });
      lastSpeaker = speaker;
      lastSpokeAt = d.sentence ?? lastSpokeAt;
      continue;
    }
    if (d.type === "statement" && d.actors[0]) {
      lastSpeaker = d.actors[0];
      lastSpokeAt = d.sentence ?? lastSpokeAt;
    }
    out.push(d);
  }
  return out;
}

function mergeWithinArticle(series: Series[], drafts: DraftEvent[]): EventCandidate[] {
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
    return !round.sourceOnly && !elsewhere && meeting.date.precision === "day" && round.date.precision === "day" && datesOverlap(round.date, meeting.date);
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

/** Stated beats undated, day beats month beats year, exact beats approximate, a span beats its day. */
export function betterDate(b: EventCandidate, a: EventCandidate): boolean {
  if (Boolean(a.sourceOnly) !== Boolean(b.sourceOnly)) return !b.sourceOnly;
  if (Boolean(a.undated) !== Boolean(b.undated)) return !b.undated;
  const rank = { year: 0, month: 1, day: 2 } as const;
  if (rank[b.date.precision] !== rank[a.date.precision]) return rank[b.date.precision] > rank[a.date.precision];
  if (b.date.approximate !== a.date.approximate) return !b.date.approximate;
  // A span that contains the other's day says more ("1–2 August" over "2 August").
  return Boolean(b.date.end) && !a.date.end && datesOverlap(b.date, a.date);
}
