// Measurements of one line that the furniture rules share. No decisions here.
//
// The rules run on every paragraph of every article at read time, so the Unicode-aware counts
// (words, lower-case words, Latin letters, camel-case switches) come from one character loop
// over a class table instead of a Unicode property regex per feature.

import { charClasses, LATIN, LETTER, LOWER, SPACE, UPPER } from "../util/char-class.ts";

/** What the line rules need to know about a line's words and letters, from one pass. */
export interface LineMeasure {
  /** Runs of non-space characters. */
  words: number;
  /** Words holding a letter. */
  letterWords: number;
  /** Words whose first character after opening quotes/brackets (`"'“‘(`) is a lower-case letter. */
  lowerWords: number;
  /** Letters, in UTF-16 code units. */
  letters: number;
  /** Latin-script characters, in UTF-16 code units. */
  latin: number;
  /** Most lower->Upper switches inside one word. */
  camelSwitches: number;
  /** Any character outside ASCII. */
  nonAscii: boolean;
}

// Opening marks a lower-case word may start with: " ' “ ‘ (
const isOpeningMark = (c: number): boolean => c === 0x22 || c === 0x27 || c === 0x201c || c === 0x2018 || c === 0x28;

// findArticleLines measures each line up to three times (page script, line rules, main run):
// remember recent lines. Bounded in count and line length: a huge page cannot make it hold much.
const MEASURE_CACHE_SIZE = 1024;
const MEASURE_CACHE_MAX_LINE = 4096;
const measured = new Map<string, LineMeasure>();

/** Measure a line in one pass (memoised for recently measured lines). */
export function measureLine(line: string): LineMeasure {
  if (line.length > MEASURE_CACHE_MAX_LINE) return scanLine(line);
  let measure = measured.get(line);
  if (!measure) {
    if (measured.size >= MEASURE_CACHE_SIZE) measured.clear();
    measured.set(line, (measure = scanLine(line)));
  }
  return measure;
}

function scanLine(line: string): LineMeasure {
  let words = 0, letterWords = 0, lowerWords = 0, letters = 0, latin = 0, camelSwitches = 0;
  let nonAscii = false;
  let inWord = false, wordHasLetter = false, atWordStart = false, previousLower = false, switches = 0;
  const n = line.length;
  for (let i = 0; i < n; i++) {
    let c = line.charCodeAt(i);
    let width = 1;
    if (c >= 0x80) {
      nonAscii = true;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        const low = line.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          c = (c - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
          width = 2;
          i++;
        }
      }
    }
    const cls = charClasses(c);
    if (cls & SPACE) {
      if (inWord && wordHasLetter) letterWords++;
      if (switches > camelSwitches) camelSwitches = switches;
      inWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      words++;
      wordHasLetter = false;
      atWordStart = true;
      previousLower = false;
      switches = 0;
    }
    if (cls & LETTER) {
      wordHasLetter = true;
      letters += width;
    }
    if (cls & LATIN) latin += width;
    if (atWordStart && !isOpeningMark(c)) {
      atWordStart = false;
      if (cls & LOWER) lowerWords++;
    }
    if (previousLower && cls & UPPER) switches++;
    previousLower = (cls & LOWER) !== 0;
  }
  if (inWord && wordHasLetter) letterWords++;
  if (switches > camelSwitches) camelSwitches = switches;
  return { words, letterWords, lowerWords, letters, latin, camelSwitches, nonAscii };
}

/** Words separated by spaces. */
export function countWords(line: string): number {
  return measureLine(line).words;
}

/** Ends like a sentence: ".", "!", "?" or ":", possibly followed by closing quotes/brackets. An ellipsis
 * ("... the next round of the...") is a cut-off link text, not a sentence end. */
export function endsSentence(line: string): boolean {
  const trimmed = line.trim();
  return /[.!?:]["'”’»)\]]*$/.test(trimmed) && !/(?:\.\.\.|…)["'”’»)\]]*$/.test(trimmed);
}

/** Ends like a statement (not a question or a colon): what a real paragraph ends with. */
export function endsStatement(line: string): boolean {
  return /(?:[.!]["'”’»)\]]*|[”"»])$/.test(line.trim());
}

/** Running prose: a short sentence with its full stop, or a long stretch of words (maybe cut off). */
export function isProse(line: string): boolean {
  const words = countWords(line);
  if (words >= 20 && lowercaseWordShare(line) >= 0.4) return true;
  return words >= 4 && endsSentence(line) && lowercaseWordShare(line) >= 0.25;
}

/** A paragraph long enough to end a block of other headlines. */
export function isRealParagraph(line: string): boolean {
  return countWords(line) >= 8 && endsStatement(line) && lowercaseWordShare(line) >= 0.3;
}

/** Share of words starting with a lowercase letter: high in prose, low in Title Case headlines and menus. */
export function lowercaseWordShare(line: string): number {
  // Of the words holding a letter, those whose first character (after opening quotes) is lower case.
  const { letterWords, lowerWords } = measureLine(line);
  return letterWords === 0 ? 0 : lowerWords / letterWords;
}

/** Letters of the Latin script over all letters (1 when the line has no letters). */
export function latinShare(line: string): number {
  return latinShareOf([measureLine(line)]);
}

/** Latin share of several lines taken together (as if joined by spaces). */
export function latinShareOf(measures: LineMeasure[]): number {
  let letters = 0;
  let latin = 0;
  for (const m of measures) {
    letters += m.letters;
    latin += m.latin;
  }
  // Plain ASCII text is all Latin (or has no letters).
  if (!measures.some((m) => m.nonAscii) || letters === 0) return 1;
  return latin / letters;
}

/** Most lower->Upper switches inside one token: "SyriaDamascusAstana" has 2, "McDonald" 1. */
export function maxCamelSwitches(line: string): number {
  return measureLine(line).camelSwitches;
}

/** Markdown block syntax an editor wrote on purpose: headings, list items, quotes. */
export function isMarkdownStructure(line: string): boolean {
  return /^(?:#{1,6}\s|[-*+]\s|\d{1,3}[.)]\s|>\s?)/.test(line);
}
