// A one-line title for an event, from the words of its sentence: never invented.
import type { EventType } from "../../types.ts";
import type { SpeechAct } from "./find-speaker.ts";

const MAX = 96;
const MEETING_NOUN = /\b(?:(?:technical|trilateral|bilateral|ministerial|high-level|expert|international|separate|phone|telephone)\s+)?(?:talks|meeting|negotiations|summit|conference|consultations|visit|call|conversation|session|forum|congress|discussions)\b/i;

/** "Astana talks, round 15", "Bogdanov: “We hope …”", "Meeting in Geneva", "Ceasefire …". */
export function makeTitle(type: EventType, sentence: string, cueOrSpeaker: string, speech?: SpeechAct, place?: string, series?: string, round?: number, cueIndex = 0): string {
  if (type === "round") return round !== undefined ? `${series ?? "Talks"}, round ${round}` : `${series ?? "Talks"}, next round`;
  if (type === "statement") return `${cueOrSpeaker || "Statement"}: ${clip(dropAttribution(statementGist(sentence, speech)))}`;
  if (type === "meeting") {
    // The cue's own noun phrase ("the UN-led Geneva negotiations"), not the first one in the sentence.
    const noun = MEETING_NOUN.exec(sentence.slice(Math.max(0, cueIndex - 24)))?.[0] ?? MEETING_NOUN.exec(sentence)?.[0] ?? (/visit/i.test(cueOrSpeaker) ? "visit" : "meeting");
    return clip(`${capitalize(noun.toLowerCase())}${place ? ` in ${place}` : ""}${series && !noun.toLowerCase().includes(series.toLowerCase()) ? ` (${series})` : ""}`);
  }
  return clip(capitalize(otherGist(sentence, cueIndex)));
}

/** What was said: a quotation of four words or more, else the reported clause around the verb. */
function statementGist(sentence: string, speech?: SpeechAct): string {
  const quoted = /[“"]([^”"]+)[”"]/.exec(sentence)?.[1];
  if (quoted && quoted.trim().split(/\s+/).length >= 4 && !/\bsaid\b/.test(quoted)) return `“${quoted.trim().replace(/[,.]$/, "")}”`;
  if (!speech) return sentence;
  // "called for the formation of …", "urged the parties to …": the verb is part of what was said.
  const keepVerb = !/^(?:said|says|say|told|tells|added|adds|noted|notes|stated|states|according to)$/i.test(speech.verb);
  const after = (keepVerb ? sentence.slice(speech.index) : sentence.slice(speech.end)).replace(/^\s*(?:on\s+)?(?:\w+day|today|yesterday|[A-Z][a-z]+ \d{1,2}(?:, \d{4})?)?\s*/, "").replace(/^(?:that|,)\s*/, "");
  if (after.replace(/[^\p{L}]/gu, "").length >= 25 && !/^(?:[A-Z][\w.’'-]*\s+){1,3}reported\b/.test(after)) return after;
  const before = sentence.slice(0, speech.index).replace(/[\s,]+$/, "");
  const clause = before.split(/,\s+(?=[^,]*$)/)[0] ?? before;
  return clause.length >= 20 ? clause : sentence;
}

/** "…, RIA Novosti reported." / "…, according to TASS." at the end is who relayed it, not what was said. */
function dropAttribution(text: string): string {
  // Each pattern is tried only when the text can end that way (the unanchored start makes them costly).
  const relayed = endsWithRelayVerb(text) ? text.replace(/,?\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}\s+(?:reported|said|wrote)\.?$/, "") : text;
  return relayed.includes("according to ") ? relayed.replace(/,?\s+according to [^,.]{1,40}\.?$/, "") : relayed;
}

/** Ends with "reported", "said" or "wrote", maybe with a full stop. */
function endsWithRelayVerb(text: string): boolean {
  const end = text.endsWith(".") ? text.length - 1 : text.length;
  return text.startsWith("reported", end - 8) || text.startsWith("said", end - 4) || text.startsWith("wrote", end - 5);
}

/**
 * The clause of a ceasefire, agreement or operation: from the start of the cue's noun phrase to the
 * end of its clause ("Syria-wide ceasefire … in place since December 30, 2016"), not the whole sentence.
 */
function otherGist(sentence: string, cueIndex: number): string {
  const whole = sentence.replace(/^(?:on|in|since|by)\s+[^,]{0,40},\s*/i, "");
  // Only a noun cue ("ceasefire", "memorandum", "offensive") heads a phrase worth cutting out;
  // a verb cue ("signed", "comes into force") needs its subject: keep the sentence.
  if (cueIndex <= 0 || !NOUN_CUE.test(sentence.slice(cueIndex))) return whole;
  const before = sentence.slice(0, cueIndex);
  const clauseStart = Math.max(before.lastIndexOf(", ") + 2, before.lastIndexOf("; ") + 2, 0) || 0;
  const start = clauseStart === 1 ? 0 : clauseStart;
  const article = /\b(?:the|a|an)\s+(?:[\w’'-]+\s+){0,2}$/i.exec(before.slice(start));
  const from = article ? start + article.index : start;
  const rest = sentence.slice(from);
  // The clause ends at a semicolon or a comma that does not belong to a date ("December 30, 2016").
  const end = /;|,(?!\s*\d{4})/.exec(rest.slice(cueIndex - from));
  const text = (end ? rest.slice(0, cueIndex - from + end.index) : rest).replace(/^(?:the|a|an)\s+/i, "").replace(/[.]$/, "");
  return text.split(/\s+/).length >= 4 ? text : whole;
}

const NOUN_CUE = /^(?:ceasefire|cease-fire|truce|armistice|agreement|accord|memorandum|deal|air\s*strikes?|airstrikes?|offensive|operation|attacks?|bombing|shelling|withdrawal|invasion|elections?|referendum|joint\s+patrols?)\b/i;

function clip(text: string): string {
  const t = collapseSpaces(text.trim());
  if (t.length <= MAX) return /[.,;:]/.test(t.charAt(t.length - 1)) ? t.slice(0, -1) : t;
  const cut = t.slice(0, MAX);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 40))}…`;
}

/** `text.replace(/\s+/g, " ")`, without the copy when every space already is a single " " (the usual case). */
function collapseSpaces(text: string): string {
  return /[^\S ]|\s\s/.test(text) ? text.replace(/\s+/g, " ") : text;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
