import { charClasses, codePointAt, LETTER, NUMBER } from "../../util/char-class.ts";

// Words with offsets, and one folding rule shared by every lookup (registry, places, merge):
// "Ja’afari" ≈ "Jaafari", "al-Assad" ≈ "al Assad", "Türkiye" ≈ "Turkiye".
export interface Token {
  text: string;
  /** folded form: lower case, no diacritics, no apostrophes */
  norm: string;
  start: number;
  end: number;
}

// A word is letters/digits with inner apostrophes ("Ja’afari", "Russia's"); hyphens and dots split.
// That is the regex /[\p{L}\p{N}]+(?:['’`][\p{L}\p{N}]+)*/gu, read by one character loop (the
// tokenizer runs on every sentence: a regex match, a replace and a test per word cost 3x more).
const isWordChar = (codePoint: number): boolean => (codePoint < 0x80 ? ASCII_WORD[codePoint] === 1 : (charClasses(codePoint) & (LETTER | NUMBER)) !== 0);
/** [A-Za-z0-9]: the letters and digits of ASCII, read straight from the text (the common case). */
const ASCII_WORD = new Uint8Array(0x80);
for (let c = 0; c < 0x80; c++) ASCII_WORD[c] = (charClasses(c) & (LETTER | NUMBER)) !== 0 ? 1 : 0;
const isApostrophe = (c: number): boolean => c === 0x27 || c === 0x2019 || c === 0x60; // ' ’ `

/** Fold text for comparison: NFKD, no combining marks, lower case, no apostrophes. */
export function fold(text: string): string {
  // Most words are plain ASCII letters: skip Unicode normalisation for them (it dominates the cost).
  if (/^[A-Za-z0-9]*$/.test(text)) return text.toLowerCase();
  return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/['’`´‘]/g, "");
}

/** Split text into word tokens with their offsets. */
export function tokenize(text: string): Token[] {
  return scanWords(text, makeToken);
}

function makeToken(text: string, norm: string, start: number, end: number): Token {
  return { text, norm, start, end };
}

/**
 * The words of `text` as `make` builds them (word, folded word, offsets): lets a caller build its
 * own richer token in one allocation instead of copying a Token.
 */
export function scanWords<T>(text: string, make: (word: string, norm: string, start: number, end: number) => T): T[] {
  const tokens: T[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80 && ASCII_WORD[unit] === 0) {
      i++;
      continue;
    }
    const first = unit < 0x80 ? unit : codePointAt(text, i);
    if (!isWordChar(first)) {
      i += first > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    let plain = true; // only ASCII letters and digits so far
    let upper = false; // an ASCII capital among them
    // A run of word characters, then more runs each behind one apostrophe.
    for (;;) {
      while (i < n) {
        const unit = text.charCodeAt(i);
        if (unit < 0x80) {
          if (ASCII_WORD[unit] === 0) break;
          if (unit <= 0x5a && unit >= 0x41) upper = true;
          i++;
          continue;
        }
        const c = codePointAt(text, i);
        if (!isWordChar(c)) break;
        if (c >= 0x80) plain = false;
        i += c > 0xffff ? 2 : 1;
      }
      if (i + 1 < n && isApostrophe(text.charCodeAt(i)) && isWordChar(codePointAt(text, i + 1))) {
        plain = false;
        i++;
        continue;
      }
      break;
    }
    // "Russia’s" is "Russia" + a possessive: the name ends before the apostrophe.
    let end = i;
    const last = text.charCodeAt(end - 1);
    if (end - start >= 2 && (last === 0x73 || last === 0x53) && isApostrophe(text.charCodeAt(end - 2))) end -= 2;
    const word = text.slice(start, end);
    // toLowerCase copies even an all-lower-case word: most words need no copy at all.
    tokens.push(make(word, plain ? (upper ? word.toLowerCase() : word) : fold(word), start, end));
  }
  return tokens;
}

/** The folded key of a phrase: its tokens' folded forms joined by spaces ("U.S." → "u s"). */
export function phraseKey(text: string): string {
  return tokenize(text).map((t) => t.norm).join(" ");
}

/** true when only spaces, hyphens, quotes or apostrophes separate two tokens (same name run). */
export function isNameGap(gap: string): boolean {
  if (gap === " ") return true; // the usual gap
  return gap.length <= 4 && /^[\s\-‐‑–'’"“”«»]*$/.test(gap) && !/\s{2,}/.test(gap);
}

export function isCapitalized(token: Token): boolean {
  const c = token.text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90; // ASCII fast path: the hot case
  return /^\p{Lu}/u.test(token.text);
}

/** "US" / "HNC": acronyms only match in capitals, so "us" and "is" never become actors. */
export function isAcronym(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length > 0 && letters.length <= 6 && letters === letters.toUpperCase();
}
