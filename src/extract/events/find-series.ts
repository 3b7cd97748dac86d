// Which negotiation series a cue belongs to: the series cue nearest to it in the sentence
// ("the eighth round of the Geneva talks"), else the one the article's title names, else the default.
import type { Series } from "../../types.ts";
import { charClasses, LETTER, NUMBER } from "../../util/char-class.ts";
import { lowerCase } from "../text/lower-case.ts";
import type { EventCue } from "./find-event-cues.ts";

const NEAR = 90;
const LOCATIVE_PENALTY = 40; // characters: "the 15th round of Astana talks was held in the Russian city of Sochi"

/** Series name for a cue, or undefined for a meeting that no series cue is near. */
export function findSeries(text: string, cue: EventCue, series: Series[], titleSeries: string | undefined, numbered: boolean): string | undefined {
  if (cue.seriesName) return cue.seriesName;
  const hits = phraseHits(text, series);
  const lower = lowerCase(text);
  let best: { name: string; distance: number } | undefined;
  for (const { series: s, phrase, at: positions } of hits) {
    for (const at of positions) {
      if (!isWordAt(lower, at, phrase.length)) continue;
      const gap = at >= cue.end ? at - cue.end : at + phrase.length <= cue.index ? cue.index - (at + phrase.length) : 0;
      // "its eighth round in Geneva": a place where the round met names no series as surely as
      // "the Constitutional Committee, which concluded its eighth round" does.
      const locative = /\b(?:in|at|to|from)\s+(?:the\s+)?$/.test(lower.slice(Math.max(0, at - 9), at));
      const distance = gap + (locative ? LOCATIVE_PENALTY : 0);
      if (!best || distance < best.distance) best = { name: s.name, distance };
    }
  }
  if (best && (numbered || best.distance <= NEAR) && (!cue.needsSeries || best.distance <= NEAR)) return best.name;
  if (!numbered || cue.needsSeries) return undefined;
  return titleSeries ?? series.find((s) => s.default)?.name;
}

/** Series the text names first (used on article titles). */
export function seriesInText(text: string, series: Series[]): string | undefined {
  const hits = phraseHits(text, series);
  if (hits.length === 0) return undefined;
  const lower = lowerCase(text);
  let best: { name: string; at: number } | undefined;
  // Only each phrase's first occurrence is looked at.
  for (const { series: s, phrase, at: [at] } of hits) {
    if (at !== undefined && isWordAt(lower, at, phrase.length) && (!best || at < best.at)) best = { name: s.name, at };
  }
  return best?.name;
}

function isWordAt(text: string, at: number, length: number): boolean {
  return !isWordUnit(text, at - 1) && !isWordUnit(text, at + length);
}

/** The code unit at `index` is a letter or digit on its own (as /[\p{L}\p{N}]/u.test(text[index]) says). */
function isWordUnit(text: string, index: number): boolean {
  return index >= 0 && index < text.length && (charClasses(text.charCodeAt(index)) & (LETTER | NUMBER)) !== 0;
}

/**
 * Rounds written as the series' name and a number: "Astana-14", "Astana 14", "Geneva 4".
 * Only the series' one-word cues count, and only numbers of one or two digits (never a year).
 */
export function findSeriesNumberCues(text: string, series: Series[]): EventCue[] {
  const cues: EventCue[] = [];
  const hits = phraseHits(text, series);
  if (hits.length === 0) return cues;
  const lower = lowerCase(text);
  for (const { series: s, phrase: word, at: positions } of hits) {
    if (!/^[a-z]+$/.test(word)) continue;
    for (const at of positions) {
      const m = /^[-\s](\d{1,2})(?![\d%:.,]\d|\s*(?:km|per\s?cent|%|people|kilomet))\b/.exec(text.slice(at + word.length, at + word.length + 16));
      if (!m || !isWordAt(lower, at, word.length) || !/^\p{Lu}/u.test(text[at] ?? "")) continue;
      cues.push({ type: "round", round: Number(m[1]), index: at, end: at + word.length + m[0].length, text: text.slice(at, at + word.length + m[0].length), seriesName: s.name });
    }
  }
  return cues;
}

// Every step above looks for the same phrases in the same sentence (once per cue, for numbers,
// for the series named first): find them once per sentence. Most sentences name no series at all:
// one regex of all the phrases tells (faster than a search per phrase).
interface PhraseHits {
  series: Series;
  phrase: string;
  /** Every position of the phrase in the lower-case text, overlapping ones included, ascending. */
  at: number[];
}

const anyPhrases = new WeakMap<Series[], RegExp>();
let lastText: string | undefined;
let lastSeries: Series[] | undefined;
let lastHits: PhraseHits[] = [];
const NO_HITS: PhraseHits[] = [];

/** The series phrases found in `text` lower-cased, in series and cue order (phrases not found are left out). */
function phraseHits(text: string, series: Series[]): PhraseHits[] {
  if (text === lastText && series === lastSeries) return lastHits;
  let anyPhrase = anyPhrases.get(series);
  if (!anyPhrase) {
    // A literal alternation: matches exactly where some phrase is a substring.
    anyPhrase = new RegExp(series.flatMap((s) => s.cues).map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"));
    anyPhrases.set(series, anyPhrase);
  }
  const lower = lowerCase(text);
  let hits = NO_HITS;
  if (anyPhrase.test(lower)) {
    hits = [];
    for (const s of series) {
      for (const phrase of s.cues) {
        const at: number[] = [];
        for (let i = lower.indexOf(phrase); i >= 0; i = lower.indexOf(phrase, i + 1)) at.push(i);
        if (at.length > 0) hits.push({ series: s, phrase, at });
      }
    }
  }
  lastText = text;
  lastSeries = series;
  lastHits = hits;
  return hits;
}
