// Which happening does each date in a sentence belong to? A date right next to the speech verb
// dates the statement ("said on Monday"); any other date goes to the nearest event cue, preferring
// the cue before it in the same clause ("talks, which resumed on February 23" → the talks).
import type { DateMention } from "../../types.ts";
import type { EventCue } from "./find-event-cues.ts";
import type { SpeechAct } from "./find-speaker.ts";

export type DateOwner = { kind: "speech" } | { kind: "cue"; cue: number } | { kind: "none" };

const COMMA_PENALTY = 40; // crossing into another clause
// "since" followed by a clause of its own ("held since the capital was renamed in March"); a
// "since" right before the date ("in place since December 30") is the date's own word.
const OTHER_EVENT = /\bsince\b(?!\s*$)/i;
const FOLLOWING_PENALTY = 30; // the cue comes after the date
const MAX_DISTANCE = 160;

/** Owner of every date mention, same order as `dates`. */
export function attachDates(text: string, dates: DateMention[], cues: EventCue[], speech: SpeechAct | undefined): DateOwner[] {
  return dates.map((date) => {
    // "met in Sochi on Wednesday and voiced support": a cue right before the date owns it.
    // The closest such cue: "the Gaza war in a phone call on Monday" → the phone call.
    let governing = -1;
    cues.forEach((c, i) => {
      if (c.countOnly || c.end > date.index || date.index - c.end > 60 || /[,;]/.test(text.slice(c.end, date.index)) || OTHER_EVENT.test(text.slice(c.end, date.index))) return;
      if (governing < 0 || c.end > cues[governing]!.end) governing = i;
    });
    // …but an opening phrase ("Speaking at a press conference in Ankara on Monday, X said") dates the speech.
    const introducesSpeech = !!speech && speech.index > date.index && /^\s*,(?!\s*(?:with|while|and|but)\b)/i.test(text.slice(date.index + date.text.length, speech.index));
    if (governing >= 0 && !introducesSpeech && !(speech && speech.end <= date.index && speech.end > cues[governing]!.end)) return { kind: "cue", cue: governing };
    if (speech && isSpeechDate(text, date, speech)) return { kind: "speech" };
    // A weekday or "today" outside the quotation dates the quote — unless it sits in the reported
    // clause ("said … that a delegation might still arrive on Wednesday").
    if (speech && isDayWord(date) && !insideQuotation(text, date.index) && !inReportedClause(text, date, speech)) return { kind: "speech" };
    let best: { cue: number; score: number } | undefined;
    // "since February" measures a duration: it dates a state ("in place since …"), not a meeting.
    const since = /\bsince\s*$/i.test(text.slice(Math.max(0, date.index - 7), date.index)) || /^since\b/i.test(date.text);
    cues.forEach((cue, i) => {
      if (cue.countOnly || (since && cue.type !== "other")) return;
      const score = distance(text, cue, date);
      if (score <= MAX_DISTANCE && (!best || score < best.score)) best = { cue: i, score };
    });
    if (best) return { kind: "cue", cue: best.cue };
    return { kind: "none" };
  });
}

/** "said on February 13", "said Monday", "on Monday called for", "Commenting … on Monday, X said". */
function isSpeechDate(text: string, date: DateMention, speech: SpeechAct): boolean {
  const dateEnd = date.index + date.text.length;
  if (date.index >= speech.end) {
    const between = text.slice(speech.end, date.index);
    // "noted that since January 2017 …" opens the reported clause; "said on Monday" does not.
    if (/\b(?:that|since|until|till|from|to|whether|if|by)\b/i.test(between)) return false;
    return between.length <= 24 && !/[,;“”"]/.test(between) && between.trim().split(/\s+/).filter(Boolean).length <= 3;
  }
  // Before the verb only a day word ("On Sunday, X said", "X on Monday called for") or a date right
  // against the verb ("on February 27 said") dates the speech: "held early next year, Putin said" does not.
  const between = text.slice(dateEnd, speech.index);
  if (between.length <= 30 && !/[;“”"]/.test(between)) return isDayWord(date) || between.trim() === "";
  return false;
}

function insideQuotation(text: string, index: number): boolean {
  const before = text.slice(0, index);
  const curly = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length;
  const straight = (before.match(/"/g) ?? []).length;
  return curly > 0 || straight % 2 === 1;
}

function inReportedClause(text: string, date: DateMention, speech: SpeechAct): boolean {
  if (date.index < speech.index) return false;
  const between = text.slice(speech.end, date.index);
  return between.length > 40 || /\b(?:that|to|would|will|might|could|should|if|whether)\b/i.test(between);
}

function isDayWord(date: DateMention): boolean {
  return /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)\b/i.test(date.text);
}

/** How far a date is from a cue, counting clause changes and a cue that comes after the date. */
export function dateDistance(text: string, cue: EventCue, date: DateMention): number {
  return distance(text, cue, date);
}

function distance(text: string, cue: EventCue, date: DateMention): number {
  const dateEnd = date.index + date.text.length;
  if (cue.end <= date.index) {
    const gap = text.slice(cue.end, date.index);
    // "Talks between A and B, which took place in the Kremlin on Thursday": the relative clause
    // describes the head noun, however long the apposition between them.
    const relative = /,\s*(?:which|that|where|when)\b(?=[^,;]*$)/i.exec(gap);
    if (relative && gap.length <= 2 * MAX_DISTANCE) return gap.length - relative.index;
    return gap.length + clausePenalty(gap);
  }
  if (cue.index >= dateEnd) {
    const gap = text.slice(dateEnd, cue.index);
    return gap.length + clausePenalty(gap) + FOLLOWING_PENALTY;
  }
  return 0; // the date sits inside the cue ("the January 23 meeting")
}

/** Commas cost, except before a relative clause that keeps describing the same noun. */
function clausePenalty(gap: string): number {
  // "the first round held since the capital was renamed in March": "since" opens another event.
  let penalty = OTHER_EVENT.test(gap) ? COMMA_PENALTY * 4 : 0;
  for (const m of gap.matchAll(/[,;]\s*(\w+)?/g)) {
    if (m[0].startsWith(",") && /^(which|that|who|where|when)$/i.test(m[1] ?? "")) continue;
    penalty += m[0].startsWith(";") ? COMMA_PENALTY * 2 : COMMA_PENALTY;
  }
  return penalty;
}
