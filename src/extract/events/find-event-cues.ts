// The words in a sentence that name a happening: a numbered round, a meeting, or another
// event (ceasefire, agreement, operation). Each cue keeps its position so dates can be
// attached to the nearest one.
import type { EventType } from "../../types.ts";
import { firstMatch, nextMatch } from "../text/match-walk.ts";
import { readCardinal, readOrdinal } from "./read-round-number.ts";

export interface EventCue {
  type: Exclude<EventType, "statement">;
  index: number;
  end: number;
  text: string;
  /** Stated round number. */
  round?: number;
  /** "the next round", "the forthcoming meeting": the number comes from the article. */
  next?: boolean;
  /** "after eleven rounds": tells how many rounds were held, names no event of its own. */
  countOnly?: boolean;
  /** A numbered meeting is a round only when a series cue stands near it. */
  needsSeries?: boolean;
  /** "the previous round": one less than the round the article reports. */
  previous?: boolean;
  /** Set when the cue itself names its series ("Astana-14"). */
  seriesName?: string;
}

const ORDINAL = String.raw`(\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|(?:twenty|thirty)[- ]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))`;
const CARDINAL = String.raw`(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[- ]?(?:one|two|three|four|five|six|seven|eight|nine))?)`;
// A proper-noun qualifier between the ordinal and the noun: "the first Astana talks", "the 15th Astana-format meeting".
const QUALIFIER = String.raw`(?:(?:[A-Z][\w'’-]*|high-level|international|intra-[A-Z][\w-]*|new|regular)\s+){0,3}`;
// "… round of (the) Astana talks": the talks are the round, not a second event.
const OF_TALKS = String.raw`(?:\s+of\s+(?:the\s+)?(?:[\w'’“”"-]+\s+){0,3}?(?:talks|negotiations|consultations|meetings?|process|format|track|committee|commission))?`;

const ROUND_WORD = /round|session/i;

// Order matters: earlier rules claim text first (a numbered round is not also a meeting).
const RULES: [name: string, pattern: RegExp, build: (m: RegExpExecArray) => Omit<EventCue, "index" | "end" | "text"> | null, quickTest?: RegExp][] = [
  ["ordinal-round", new RegExp(String.raw`\b${ORDINAL}\s+${QUALIFIER}(?:round|session)\b(?!s)(?!\s+(?:held\s+|to\s+be\s+held\s+)?(?:since|after)\b)${OF_TALKS}`, "gi"), (m) => ({ type: "round", round: readOrdinal(m[1]!) }), ROUND_WORD],
  ["round-number", new RegExp(String.raw`\b(?:round|session)\s+(?:no\.?\s*)?(\d{1,3})\b${OF_TALKS}`, "gi"), (m) => ({ type: "round", round: readCardinal(m[1]!) }), ROUND_WORD],
  // "the first Astana talks", "the fourteenth international meeting on Syria in the Astana format":
  // a numbered round when the series is named close by (checked when the event is built).
  ["ordinal-named-talks", new RegExp(String.raw`\b(?:[Tt]he|[Aa]|[Tt]he\s+(?:next|last|previous|upcoming),?)\s+${ORDINAL}\s+((?:[A-Z][\w'’-]*\s+|[Ii]nternational\s+|high-level\s+){0,3})(?:[Tt]alks|[Mm]eeting|[Nn]egotiations|[Ss]ummit|[Cc]onference)\b`, "g"), (m) => ({ type: "round", round: readOrdinal(m[1]!), needsSeries: true }), /talks|meeting|negotiations|summit|conference/i],
  ["after-n-rounds", new RegExp(String.raw`\bafter\s+${CARDINAL}\s+rounds\b`, "gi"), (m) => {
    const n = readCardinal(m[1]!);
    return n ? { type: "round", round: n, countOnly: true } : null;
  }, ROUND_WORD], // "rounds" holds "round": the shared test is enough
  ["next-round", new RegExp(String.raw`\b(?:the\s+)?(?:next|forthcoming|upcoming|coming)\s+(?:(?:high-level|international|[A-Z][\w'’-]*)\s+){0,2}(?:round|meeting|talks|session)\b${OF_TALKS}`, "g"), () => ({ type: "round", next: true }), /next|coming/], // "forthcoming", "upcoming" hold "coming"
  // Only "previous"/"preceding": "the last round" is as often the final one, "the latest" the current one.
  ["previous-round", new RegExp(String.raw`\b(?:the\s+)?(?:previous|preceding)\s+(?:(?:high-level|international|[A-Z][\w'’-]*)\s+){0,2}(?:round|session)\b${OF_TALKS}`, "gi"), () => ({ type: "round", previous: true }), /previous|preceding/i],
  ["meeting", /\b(?:talks|meeting|meetings|met|meet|meets|negotiations|summit|summits|conference|conferences|convened|inaugurated|consultations|visit|visited|visits|(?:spoke|talked|conferred)\s+(?:by|over\s+the)\s+(?:phone|telephone)|received\s+(?:the\s+)?(?:heads?|delegations?|envoys?|ministers?|members)\b|phone\s+(?:call|conversation|talk)|telephone\s+(?:call|conversation)|session|round|forum|gathering|congress|trilateral|discussions|hosted)\b/gi, () => ({ type: "meeting" })],
  ["other", /\b(?:ceasefire|cease-fire|truce|armistice|agreement|accord|memorandum|deal|signed|postponed|delayed|rescheduled|cancell?ed|airstrikes?|air\s+strikes?|offensive|military\s+operation|operation|attack|attacks|bombing|shelling|withdrawal|invasion|conflict|war|uprising|elections?|referendum|resolution\s+(?:was\s+)?adopted|(?:takes?|took|taken|taking)\s+effect|(?:comes?|came|enters?|entered|entering)\s+into\s+(?:force|effect)|start(?:s|ed)?\s+functioning|readmitted|reinstated|suspended|joint\s+patrols?)\b/gi, () => ({ type: "other" })],
];

const QUICK_TESTS = [...new Set(RULES.flatMap((rule) => (rule[3] ? [rule[3]] : [])))];

/**
 * The cue a rule built, with its place in the sentence. Every rule builds a fresh object, so the
 * place is written into it (same keys, same order as `{ ...cue, index, end, text }`): a spread
 * copy per cue was the largest allocation of the cue search.
 */
function placeCue(cue: Omit<EventCue, "index" | "end" | "text">, index: number, end: number, text: string): EventCue {
  const placed = cue as EventCue;
  placed.index = index;
  placed.end = end;
  placed.text = text;
  return placed;
}

/** All event cues of a sentence, in text order, without overlaps; `first` cues (e.g. "Astana-14") claim their text first. */
export function findEventCues(text: string, first: EventCue[] = []): EventCue[] {
  const cues: EventCue[] = [...first];
  const quick: (boolean | undefined)[] = [];
  // Index loops, not for-of with destructuring: this runs for every sentence and the iterator
  // objects were a measurable share of its garbage.
  for (let r = 0; r < RULES.length; r++) {
    const rule = RULES[r]!;
    const quickTest = rule[3];
    // Most sentences name no round: skip the big patterns (rules share quick tests: each runs once).
    if (quickTest) {
      const q = QUICK_TESTS.indexOf(quickTest);
      if (!(quick[q] ??= quickTest.test(text))) continue;
    }
    const pattern = rule[1];
    for (let m = firstMatch(pattern, text); m !== null; m = nextMatch(pattern, text, m)) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlapsAny(cues, start, end)) continue; // text a cue already claimed
      const cue = rule[2](m);
      if (!cue) continue;
      if (cue.type === "round" && cue.round === undefined && !cue.next && !cue.previous) continue;
      cues.push(placeCue(cue, start, end, m[0]));
    }
  }
  return sortByIndex(cues);
}

/** Stable insertion sort by index, in place: the same order as `cues.sort((a, b) => a.index - b.index)` without sort's scratch copy (a sentence has a few cues at most). */
function sortByIndex(cues: EventCue[]): EventCue[] {
  for (let i = 1; i < cues.length; i++) {
    const cue = cues[i]!;
    let j = i - 1;
    for (; j >= 0 && cues[j]!.index > cue.index; j--) cues[j + 1] = cues[j]!;
    cues[j + 1] = cue;
  }
  return cues;
}

function overlapsAny(cues: EventCue[], start: number, end: number): boolean {
  for (const c of cues) if (start < c.end && end > c.index) return true;
  return false;
}
