// Each word of a sentence gets a class: part of a registry phrase, a title, a place, or an
// unknown capitalised word that may be part of a person's name. Longest phrase wins.
import type { Lexicon, LexiconEntry } from "./build-lexicon.ts";
import { charClasses, codePointAt, UPPER } from "../../util/char-class.ts";
import { isCapitalized, isNameGap, scanWords, type Token } from "../text/tokenize.ts";
import { FUNCTION_WORDS, INSTITUTION_WORDS, MONTH_AND_DAY_WORDS, NAME_PARTICLES } from "../text/name-words.ts";

export type TokenClass = "phrase" | "cap" | "particle" | "stop" | "lower";

export interface ClassifiedToken extends Token {
  cls: TokenClass;
  /** For "phrase": the entries matched and the token span of the phrase. */
  entries: LexiconEntry[] | undefined;
  span: [number, number] | undefined;
}

/** Tokenize one sentence and classify its tokens against the lexicon. Linear: tokens × maxTokens lookups. */
export function classifyTokens(text: string, lexicon: Lexicon): ClassifiedToken[] {
  const tokens = scanWords(text, makeClassifiedToken);
  for (const tok of tokens) tok.cls = baseClass(tok, text);
  for (let i = 0; i < tokens.length; ) {
    const match = longestPhrase(text, tokens, i, lexicon);
    if (!match) {
      i++;
      continue;
    }
    const span: [number, number] = [i, match.end];
    for (let k = i; k < match.end; k++) {
      const tok = tokens[k]!;
      tok.cls = "phrase";
      tok.entries = match.entries;
      tok.span = span;
    }
    i = match.end;
  }
  return tokens;
}

// Plain literals with every field (not spreads): one object shape, less garbage on the hot path.
function makeClassifiedToken(text: string, norm: string, start: number, end: number): ClassifiedToken {
  return { text, norm, start, end, cls: "lower", entries: undefined, span: undefined };
}

const MONTH_ABBREVIATIONS = new Set(["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]);

// A capitalised word in any of these lists is a stop word (one lookup instead of three).
const STOP_WORDS = new Set([...FUNCTION_WORDS, ...MONTH_AND_DAY_WORDS, ...INSTITUTION_WORDS]);

function baseClass(t: Token, text: string): TokenClass {
  if (!isCapitalized(t)) return NAME_PARTICLES.has(t.norm) ? "particle" : "lower";
  // "Jan." / "Jan 23" is a month; "Jan Kubis" is a given name.
  if (MONTH_ABBREVIATIONS.has(t.norm)) return /^\.?\s*\d/.test(text.slice(t.end, t.end + 4)) || text[t.end] === "." ? "stop" : "cap";
  if (STOP_WORDS.has(t.norm)) return "stop";
  if (isAcronym(t.text)) return "stop"; // acronyms are organisations, not given names
  return "cap";
}

/** /^\p{Lu}[\p{Lu}\d]+$/u: a capital, then one or more capitals or ASCII digits. */
function isAcronym(word: string): boolean {
  let i = 0;
  let count = 0;
  while (i < word.length) {
    const c = codePointAt(word, i);
    const upper = (charClasses(c) & UPPER) !== 0;
    if (!upper && (count === 0 || c < 0x30 || c > 0x39)) return false;
    count++;
    i += c > 0xffff ? 2 : 1;
  }
  return count >= 2;
}

function longestPhrase(text: string, tokens: Token[], i: number, lexicon: Lexicon): { end: number; entries: LexiconEntry[] } | null {
  let key = "";
  let best: { end: number; entries: LexiconEntry[] } | null = null;
  for (let n = 0; n < lexicon.maxTokens && i + n < tokens.length; n++) {
    const tok = tokens[i + n]!;
    if (n > 0) {
      const prev = tokens[i + n - 1]!;
      // "U.S." is "U" "." "S": allow dots inside a phrase, not commas.
      const gap = text.slice(prev.end, tok.start);
      if (!isNameGap(gap) && !/^\.\s?$/.test(gap)) break;
    }
    key = n === 0 ? tok.norm : `${key} ${tok.norm}`;
    const found = lexicon.keys.get(key);
    if (!found) break; // neither a phrase nor the start of one
    const { entries, canGrow } = found;
    if (!entries) continue; // only the start of a longer phrase
    const usable = usableEntries(entries, text.slice(tokens[i]!.start, tok.end), tokens[i]!);
    if (usable.length) best = { end: i + n + 1, entries: usable };
    if (!canGrow) break;
  }
  return best;
}

// A function of its own: a closure in longestPhrase would allocate its captured variables on every call.
function usableEntries(entries: LexiconEntry[], surface: string, first: Token): LexiconEntry[] {
  return entries.filter((e) => accepts(e, surface, first));
}

function accepts(entry: LexiconEntry, surface: string, first: Token): boolean {
  if (entry.caseSensitive) return surface.replace(/[^\p{L}]/gu, "") === entry.surface.replace(/[^\p{L}]/gu, "");
  // titles and place descriptions are ordinary words; names must be written as names
  if (entry.role === "title") return true;
  return isCapitalized(first);
}
