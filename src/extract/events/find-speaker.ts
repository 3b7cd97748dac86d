// Who is speaking in a sentence: the person before a speech verb ("Bogdanov said"), after it
// ("said Roe"), after "according to", or a pronoun ("he said") that the article resolves.
import { charClasses, SPACE } from "../../util/char-class.ts";
import { mayHold, sieveOf } from "../../util/word-sieve.ts";
import { SPEECH_VERBS } from "../text/name-words.ts";
import type { Token } from "../text/tokenize.ts";
import type { FoundActor } from "../actors/find-actor-mentions.ts";

const SPEECH_VERB_SIEVE = sieveOf(SPEECH_VERBS);

export interface SpeechAct {
  /** Offset and end of the speech verb. */
  index: number;
  end: number;
  verb: string;
  /** The speaking person, or undefined when only a pronoun speaks. */
  speaker?: FoundActor;
  pronoun: boolean;
  /** "had said", "earlier said", "previously announced": said some time before the report. */
  earlier: boolean;
}

const MAX_SUBJECT_GAP = 160; // "Mikhail Bogdanov, Russia's presidential envoy for the Middle East, said"

/**
 * Can the words between a name and a verb keep the name as the verb's subject? A few words
 * ("on Monday", "also", "has") or one appositive between commas ("X, who attended the session,
 * said") — not a clause with a subject of its own ("Erdogan and Putin spoke … , the Kremlin said").
 */
function isSubjectGap(between: string): boolean {
  if (between.length > MAX_SUBJECT_GAP || /[.;:!?]/.test(between)) return false;
  if (hasAtMostWords(between, 4) && !/,\s*\S/.test(between.replace(/,\s*$/, ""))) return true;
  if (/^\s*,\s*who\s+(?:\S+\s+){0,2}$/.test(between)) return true; // "X, who told IRNA …"
  // One or more appositives: "X, senior assistant to the minister, who headed the delegation, told".
  // …but not when a new subject follows the last comma ("…, the Kremlin announced").
  const tail = between.slice(between.lastIndexOf(",") + 1);
  return /^\s*(?:,[^,]+)+,\s*(?:\S+\s+){0,2}$/.test(between) && !/^\s*(?:the|a|an|its|their|\p{Lu})/iu.test(tail);
}

/** At most `max` words (runs of non-space characters) in the text. */
function hasAtMostWords(text: string, max: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = (charClasses(text.charCodeAt(i)) & SPACE) !== 0;
    if (!space && !inWord && ++words > max) return false;
    inWord = !space;
  }
  return true;
}

/** The last item that passes the test (as `items.filter(test).pop()`, without the copy). */
function findLast<T>(items: T[], test: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return items[i];
  return undefined;
}

/** The act of the verb token with its subject. Built only for the act returned: most verbs name no subject. */
function speechAct(text: string, tok: Token, speaker: FoundActor | undefined): SpeechAct {
  const earlier = /\b(?:had|earlier|previously|once)\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(0, tok.start - 24), tok.start));
  return speaker ? { index: tok.start, end: tok.end, verb: tok.text, pronoun: false, earlier, speaker } : { index: tok.start, end: tok.end, verb: tok.text, pronoun: true, earlier };
}

/** The first speech act with a person or pronoun as its subject, else "according to X", if any. */
export function findSpeaker(text: string, tokens: Token[], actors: FoundActor[]): SpeechAct | undefined {
  const people = actors.filter((a) => a.kind === "person");
  // The loop itself captures nothing: a closure over its variables would cost an allocation per word.
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (!mayHold(SPEECH_VERB_SIEVE, tok.norm) || !SPEECH_VERBS.has(tok.norm) || tok.text !== tok.norm) continue; // "States" in "United States" is no verb
    const act = speechOfVerb(text, tokens, i, people);
    if (act) return act;
  }
  if (people.length === 0) return undefined; // "according to" needs a person after it
  const according = /\baccording to (?:what )?/i.exec(text);
  if (according) {
    const from = according.index + according[0].length;
    const speaker = people.find((p) => p.index >= from && p.index - from <= 80);
    // The act ends with the name: "According to X, quoted by RIA Novosti on Thursday, …" dates it.
    if (speaker) return { index: according.index, end: speaker.index + speaker.text.length, verb: "according to", speaker, pronoun: false, earlier: false };
  }
  return undefined;
}

/** The speech act of the verb at `tokens[i]`, when a person or a pronoun is its subject. */
function speechOfVerb(text: string, tokens: Token[], i: number, people: FoundActor[]): SpeechAct | undefined {
  const tok = tokens[i]!;
  // "called for …", "called on …", "called the deal a first step" — not "so-called" or "called off".
  if (tok.norm === "called" && !/^\s+(?:for|on|the|it|this|that)\b/.test(text.slice(tok.end, tok.end + 6))) return undefined;
  const before = tokens[i - 1];
  // ',” he said' — the pronoun right before the verb is the subject, not a name inside the quote.
  if (before && /^(he|she)$/.test(before.norm)) {
    return speechAct(text, tok, findLast(people, (p) => p.index + p.text.length <= tok.start && tok.start - p.index < 40));
  }
  let subject = findLast(people, (p) => p.index < tok.start && isSubjectGap(text.slice(p.index + p.text.length, tok.start)) && !insideQuote(text, p.index, tok.start));
  // "Pedersen, who held talks with Walid al-Moallem in Damascus, said": the name inside the
  // relative clause is not the subject; the one before "who" is.
  const clause = subject ? text.lastIndexOf(",", subject.index) : -1;
  if (subject && clause >= 0 && /^,\s*who\b/i.test(text.slice(clause, subject.index))) {
    subject = findLast(people, (p) => p.index + p.text.length <= clause) ?? subject;
  }
  if (subject) return speechAct(text, tok, subject);
  // Inverted attribution only after a quote or a comma: '…,” said Roe' — not 'said the envoy will …'.
  const inverted = /[,”"]\s*$/.test(text.slice(Math.max(0, tok.start - 3), tok.start));
  const after = inverted ? people.find((p) => p.index > tok.end && p.index - tok.end <= 40 && !/[.;:“”"]/.test(text.slice(tok.end, p.index))) : undefined;
  return after ? speechAct(text, tok, after) : undefined;
}

/** true when a closing quote lies between the name and the verb and the name sits inside the quotation. */
function insideQuote(text: string, nameIndex: number, verbIndex: number): boolean {
  return countQuotes(text, 0, nameIndex, OPENING_QUOTE) % 2 === 1 && countQuotes(text, nameIndex, verbIndex, CLOSING_QUOTE) > 0;
}

const OPENING_QUOTE = 0x201c; // “ (a straight " opens and closes)
const CLOSING_QUOTE = 0x201d; // ”

/** How many `curly` or straight double quotes stand in text[from, to). */
function countQuotes(text: string, from: number, to: number, curly: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === curly || c === 0x22) n++;
  }
  return n;
}
