// One sentence → the events it reports: a statement when a person speaks, and a round, meeting
// or other event for each dated cue. Numbers of "the next round" are settled per article later.
import type { DateMention, DatePoint, EventCandidate, EventDate, EventType, Series } from "../../types.ts";
import { compareDatePoints, datesOverlap, makeEventDate, toDayNumber, truncateDatePoint } from "../../util/date-point.ts";
import type { FoundActor, PlaceMention } from "../actors/find-actor-mentions.ts";
import { attachDates, dateDistance } from "./attach-dates.ts";
import type { EventCue } from "./find-event-cues.ts";
import type { SpeechAct } from "./find-speaker.ts";
import { findSeries } from "./find-series.ts";
import { makeTitle } from "./make-title.ts";

/** An event before the article-level pass: may still need a round number or a speaker. */
export interface DraftEvent extends EventCandidate {
  next?: boolean;
  previous?: boolean;
  /** Position of its sentence in the article: lets a round named in one sentence take the dates of the next. */
  sentence?: number;
  /** An undated mention in a clause about the future ("the second round, to be held in …"). */
  future?: boolean;
  /** "The round, which started on Monday": a definite bare round or session refers back. */
  definite?: boolean;
  /** Spoken by "he"/"she": belongs to the previous sentence's subject, else the last speaker. */
  pronoun?: boolean;
  pronounSubject?: string;
}

export interface SentenceInput {
  text: string;
  article: string;
  line: number;
  published: EventCandidate["reportedOn"];
  dates: DateMention[];
  actors: FoundActor[];
  places: PlaceMention[];
  cues: EventCue[];
  speech: SpeechAct | undefined;
  series: Series[];
  /** The series the article spoke of last (or its title names): for a round no cue is near. */
  contextSeries: string | undefined;
  actorName: (id: string) => string;
  sentence: number;
  /** The first person named in the previous sentence: who "he said" most likely is. */
  previousSubject: string | undefined;
}

const FUTURE_CLAUSE = /\b(?:will|shall|to be held|to take place|is to|are to|scheduled|due|upcoming|forthcoming|next|planned)\b/i;

/** Build the draft events of one sentence. With no cue and no speech there are none (extractArticle relies on it). */
export function buildSentenceEvents(input: SentenceInput): DraftEvent[] {
  const { text, dates, speech } = input;
  // "… Atamkulov said at the closing session on Friday": the occasion of the words, not an event.
  const cues = speech ? input.cues.filter((c) => !isOccasionOfSpeech(text, c)) : input.cues;
  const owners = attachDates(text, dates, cues, speech);
  const source = { article: input.article, quote: text, line: input.line };
  const drafts: DraftEvent[] = [];
  const speechDate = dates.find((_, i) => owners[i]?.kind === "speech");
  // "The round concluded on Friday, with Pedersen saying …": a day the sentence reports before the
  // words is, approximately, when they were said.
  const sameDay = speech && !speechDate ? dates.filter((d) => d.index < speech.index && d.date.precision === "day" && !d.future && !d.date.end).pop() : undefined;
  if (speech && (speech.speaker || speech.pronoun)) {
    const date = speechDate ? speechDate.date : sameDay ? { ...sameDay.date, approximate: true } : undatedStatementDate(input.published, speech.earlier);
    if (date) {
      const speakerId = speech.speaker?.actorId;
      // Optional fields are added in place, in the order they are listed (the order the JSON keeps):
      // spreading `...(flag ? { key } : {})` copied the object once per field.
      const draft: DraftEvent = {
        type: "statement",
        title: makeTitle("statement", text, speakerId ? input.actorName(speakerId) : "", speech),
        date,
        planned: false,
        actors: speakerId ? [speakerId] : [],
        source,
        reportedOn: input.published,
        sentence: input.sentence,
      };
      if (!speechDate && !sameDay) draft.undated = true;
      if (speech.pronoun) {
        draft.pronoun = true;
        if (input.previousSubject) draft.pronounSubject = input.previousSubject;
      }
      drafts.push(draft);
    }
  }
  cues.forEach((found, i) => {
    let cue = found;
    if (cue.countOnly) return;
    const mention = spanOf(dates.filter((_, k) => owners[k]?.kind === "cue" && (owners[k] as { cue: number }).cue === i).sort((a, b) => rankFor(cue, a) - rankFor(cue, b) || dateDistance(text, cue, a) - dateDistance(text, cue, b)));
    const series = findSeries(text, cue, input.series, input.contextSeries, cue.type === "round");
    // "the second meeting of the two ministers" is no round: a bare ordinal needs its series named.
    if (cue.needsSeries && !series) cue = { type: "meeting", index: cue.index, end: cue.end, text: cue.text };
    const numbered = cue.type === "round";
    if (!mention && !numbered) return;
    // "this year" dates no meeting; "early next year" may date an announced one.
    if (mention && !numbered && mention.date.precision === "year" && !mention.future) return;
    // "Russian President Vladimir Putin met Turkish President …": the countries take part too.
    const participants = input.actors.filter((a) => a.actorId !== speech?.speaker?.actorId);
    const place = pickPlace(text, input.places, cue);
    // "the Astana peace talks on May 3-4": talks named after the main series (series.yml `default`)
    // are one of its rounds; other series' sessions stay meetings unless a number makes them a round.
    const type = cue.type === "meeting" && series && series === input.series.find((s) => s.default)?.name && (isNamedAfterSeries(text, cue, input.series, series) || isPlenaryMeeting(text, cue)) ? "round" : cue.type;
    const date: EventDate = mention?.date ?? makeEventDate(truncateDatePoint(input.published ?? { year: 0 }, "year"), { approximate: true, text: "" });
    const draft: DraftEvent = {
      type: type as EventType,
      title: makeTitle(type, text, cue.text, undefined, place, series, cue.round, cue.index),
      date,
      // A "next round" is not held yet unless its date lies wholly before the report.
      planned: mention?.future === true || (cue.next === true && !!mention && !!input.published && !isBefore(mention.date, input.published)),
      actors: unique(participants.map((a) => a.actorId)),
      source,
      reportedOn: input.published,
    };
    // Optional fields in place, in this order (see the statement above).
    if (cue.round !== undefined) draft.round = cue.round;
    if (series) draft.series = series;
    if (place) draft.place = place;
    if (cue.next) draft.next = true;
    if (cue.previous) draft.previous = true;
    if (type === "meeting" && isDefiniteReference(text, cue)) draft.definite = true;
    if (!mention) {
      draft.sourceOnly = true;
      if (FUTURE_CLAUSE.test(text)) draft.future = true;
    }
    draft.sentence = input.sentence;
    drafts.push(draft);
  });
  return drafts.filter((d) => !d.sourceOnly || d.date.start.year > 0 || d.round !== undefined);
}

/**
 * The date of a happening from the dates attached to it, nearest first: two day dates a few days
 * apart ("began on Tuesday … ended on Thursday") make its span; otherwise the nearest wins
 * ("agreed Tuesday to hold the next round … in July" → July).
 */
function spanOf(mentions: DateMention[]): DateMention | undefined {
  const [first, second] = mentions;
  if (!first || !second) return first;
  // Only two single days make a span; a stated range already is one ("arrived on Monday … to be held on February 16-17").
  if (first.date.end || second.date.end) return first;
  const days = [first, second].filter((m) => m.date.precision === "day").sort((a, b) => compareDatePoints(a.date.start, b.date.start));
  const a = days[0];
  const b = days[days.length - 1];
  if (!a || !b || days.length !== 2) return first;
  const last = b.date.end ?? b.date.start;
  const length = toDayNumber(last) - toDayNumber(a.date.start);
  if (length <= 0 || length > 7) return first;
  return { ...a, text: `${a.text} … ${b.text}`, date: makeEventDate(a.date.start, { end: last, approximate: a.date.approximate || b.date.approximate, text: `${a.date.text} … ${b.date.text}` }), future: a.future && b.future };
}

/**
 * A meeting of the main series that no word marks as a side meeting ("technical", "expert",
 * "bilateral", "on the sidelines", "phone") is one of its rounds: "the guarantors of the Astana
 * format will meet in Nur-Sultan on 21 and 22 December".
 */
function isPlenaryMeeting(text: string, cue: EventCue): boolean {
  if (!/^(?:talks|meeting|meet|meets|met|negotiations|session)$/i.test(cue.text)) return false;
  return !/\b(?:technical|expert|experts|working|bilateral|trilateral|quadrilateral|sidelines?|phone|telephone|separate|preparatory|consultations?|ministers?|ministerial|presidents?|leaders|summit|heads? of state)\b/i.test(text);
}

/** true when the words right before the cue name its series ("Astana talks", "Astana-format meeting"). */
function isNamedAfterSeries(text: string, cue: EventCue, series: Series[], name: string): boolean {
  if (!/^(?:talks|meeting|negotiations|session|round|consultations)$/i.test(cue.text)) return false;
  const before = text.slice(Math.max(0, cue.index - 30), cue.index).toLowerCase();
  const cues = series.find((s) => s.name === name)?.cues ?? [];
  return cues.some((c) => seriesNameBefore(c).test(before));
}

// One regex per series cue, compiled once: "summit" → /summit[\s-]+(?:(?:peace|format|…)[\s-]+)?$/.
const namedBefore = new Map<string, RegExp>();
function seriesNameBefore(cue: string): RegExp {
  let re = namedBefore.get(cue);
  if (!re) namedBefore.set(cue, (re = new RegExp(`${cue.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[\\s-]+(?:(?:peace|format|process|track|high-level|international)[\\s-]+)?$`)));
  return re;
}

/** "The round, which started …"; "The meeting will last two days" opening a sentence: a meeting already named. */
function isDefiniteReference(text: string, cue: EventCue): boolean {
  const named = /^(?:round|session)$/i.test(cue.text) || (/^(?:meeting|talks)$/i.test(cue.text) && cue.index <= 4);
  return named && /\b(?:the|this)\s+$/i.test(text.slice(Math.max(0, cue.index - 6), cue.index));
}

function isOccasionOfSpeech(text: string, cue: EventCue): boolean {
  return cue.type === "meeting" && /^(?:session|conference|briefing)$/i.test(cue.text) && /\bat\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}$/i.test(text.slice(Math.max(0, cue.index - 40), cue.index));
}

/** "agreed Tuesday to hold the next round … in July": an announced round takes the future date. */
function rankFor(cue: EventCue, mention: DateMention): number {
  return cue.next && !mention.future ? 1 : 0;
}

/** true when the whole date lies before the reference day ("May 2017" before "2017-06-02"). */
function isBefore(date: EventDate, reference: DatePoint): boolean {
  return !datesOverlap(date, { start: reference }) && compareDatePoints(date.start, reference) < 0;
}

/** An undated "X said" in a report: most likely the month of publication (approximate). */
function undatedStatementDate(published: EventCandidate["reportedOn"], earlier: boolean): EventDate | null {
  if (!published) return null;
  const point = truncateDatePoint(published, earlier ? "year" : "month");
  return makeEventDate(point, { approximate: true, text: "" });
}

/**
 * The place of the happening: the nearest named place that is introduced by "in"/"at" or stands
 * right by the cue ("Astana talks"); never inside a round's name, never "Riyadh-based".
 */
function pickPlace(text: string, places: PlaceMention[], cue: EventCue): string | undefined {
  let best: { name: string; score: number } | undefined;
  for (const p of places) {
    const end = p.index + p.text.length;
    if (p.index >= cue.index && p.index < cue.end && cue.type === "round") continue;
    if (/^-based\b/.test(text.slice(end, end + 6))) continue;
    const gap = p.index >= cue.end ? p.index - cue.end : end <= cue.index ? cue.index - end : 0;
    const introduced = /\b(?:in|at|to)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}(?:of\s+)?$/iu.test(text.slice(Math.max(0, p.index - 30), p.index));
    if (!introduced && gap > 2 && !/^\s+(?:hosted|hosts|will host)\b/.test(text.slice(end, end + 16))) continue;
    // "discussed the situation in Idlib": a topic, not the venue.
    if (/\b(?:situation|crisis|fighting|war|conflict|attacks?|offensive|escalation|developments|settlement|operation)\s+(?:in|around)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, p.index - 30), p.index))) continue;
    const between = p.index >= cue.end ? text.slice(cue.end, p.index) : text.slice(end, cue.index);
    if (/[;]|,\s*(?:while|but|and|as|whereas|although)\b/.test(between)) continue; // another clause
    if (gap > 140) continue;
    if (!best || gap < best.score) best = { name: p.name, score: gap };
  }
  return best?.name;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
