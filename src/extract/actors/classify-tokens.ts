// Each word of a sentence gets a class: part of a registry phrase, a title, a place, or an
// unknown capitalised word that may be part of a person's name. Longest phrase wins.
import type { Lexicon, LexiconEntry } from "./build-lexicon.ts";
import { charClasses, codePointAt, UPPER } from "../../util/char-class.ts";
import { mayHold, sieveOf } from "../../util/word-sieve.ts";
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
  const { words, sieve } = wordTable(lexicon);
  // One pass: a word gets its own class, then the longest registry phrase starting at it, if any,
  // claims it and the words after it ("phrase" wins over the classes those words would get).
  let phraseEnd = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i < phraseEnd) continue;
    const tok = tokens[i]!;
    const word = mayHold(sieve, tok.norm) ? words.get(tok.norm) : undefined;
    tok.cls = baseClass(tok, text, word);
    if (word?.key === undefined) continue; // no phrase starts with this word
    const match = longestPhrase(text, tokens, i, lexicon, word.key);
    if (!match) continue;
    const span: [number, number] = [i, match.end];
    for (let k = i; k < match.end; k++) {
      const claimed = tokens[k]!;
      claimed.cls = "phrase";
      claimed.entries = match.entries;
      claimed.span = span;
    }
    phraseEnd = match.end;
  }
  return tokens;
}

// Plain literals with every field (not spreads): one object shape, less garbage on the hot path.
function makeClassifiedToken(text: string, norm: string, start: number, end: number): ClassifiedToken {
  return { text, norm, start, end, cls: "lower", entries: undefined, span: undefined };
}

const MONTH_ABBREVIATIONS = new Set(["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]);

// A capitalised word in any of these lists is a stop word.
const STOP_WORDS = new Set([...FUNCTION_WORDS, ...MONTH_AND_DAY_WORDS, ...INSTITUTION_WORDS]);

/** What the classifier knows about one folded word: its word lists and the lexicon key it starts. */
interface WordInfo {
  particle: boolean;
  stop: boolean;
  monthAbbreviation: boolean;
  key: LexiconKey | undefined;
}
type LexiconKey = NonNullable<ReturnType<Lexicon["keys"]["get"]>>;

// The word lists and the lexicon's one-word keys in one table: one lookup per word, not up to four,
// and none for most words (the sieve rules them out without hashing them).
interface WordTable {
  words: Map<string, WordInfo>;
  sieve: Uint8Array;
}
const wordTables = new WeakMap<Lexicon, WordTable>();
function wordTable(lexicon: Lexicon): WordTable {
  let table = wordTables.get(lexicon);
  if (table) return table;
  const words = new Map<string, WordInfo>();
  for (const word of new Set([...NAME_PARTICLES, ...STOP_WORDS, ...MONTH_ABBREVIATIONS, ...lexicon.keys.keys()])) {
    words.set(word, { particle: NAME_PARTICLES.has(word), stop: STOP_WORDS.has(word), monthAbbreviation: MONTH_ABBREVIATIONS.has(word), key: lexicon.keys.get(word) });
  }
  table = { words, sieve: sieveOf(words.keys()) };
  wordTables.set(lexicon, table);
  return table;
}

function baseClass(t: Token, text: string, word: WordInfo | undefined): TokenClass {
  if (!isCapitalized(t)) return word?.particle ? "particle" : "lower";
  // "Jan." / "Jan 23" is a month; "Jan Kubis" is a given name.
  if (word?.monthAbbreviation) return /^\.?\s*\d/.test(text.slice(t.end, t.end + 4)) || text[t.end] === "." ? "stop" : "cap";
  if (word?.stop) return "stop";
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

/** The longest phrase starting at token i, whose own word is the lexicon key `first`. */
function longestPhrase(text: string, tokens: Token[], i: number, lexicon: Lexicon, first: LexiconKey): { end: number; entries: LexiconEntry[] } | null {
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
    const found = n === 0 ? first : lexicon.keys.get(key);
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
