// Which negotiation series a cue belongs to: the series cue nearest to it in the sentence
// ("the eighth round of the Geneva talks"), else the one the article's title names, else the default.
import type { Series } from "../../types.ts";
import type { EventCue } from "./find-event-cues.ts";

const NEAR = 90;
const LOCATIVE_PENALTY = 40; // characters: "the 15th round of Astana talks was held in the Russian city of Sochi"

/** Series name for a cue, or undefined for a meeting that no series cue is near. */
export function findSeries(text: string, cue: EventCue, series: Series[], titleSeries: string | undefined, numbered: boolean): string | undefined {
  if (cue.seriesName) return cue.seriesName;
  const lower = text.toLowerCase();
  let best: { name: string; distance: number } | undefined;
  for (const s of series) {
    for (const phrase of s.cues) {
      for (let at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + 1)) {
        if (!isWordAt(lower, at, phrase.length)) continue;
        const gap = at >= cue.end ? at - cue.end : at + phrase.length <= cue.index ? cue.index - (at + phrase.length) : 0;
        // "its eighth round in Geneva": a place where the round met names no series as surely as
        // "the Constitutional Committee, which concluded its eighth round" does.
        const locative = /\b(?:in|at|to|from)\s+(?:the\s+)?$/.test(lower.slice(Math.max(0, at - 9), at));
        const distance = gap + (locative ? LOCATIVE_PENALTY : 0);
        if (!best || distance < best.distance) best = { name: s.name, distance };
      }
    }
  }
  if (best && (numbered || best.distance <= NEAR) && (!cue.needsSeries || best.distance <= NEAR)) return best.name;
  if (!numbered || cue.needsSeries) return undefined;
  return titleSeries ?? series.find((s) => s.default)?.name;
}

/** Series the text names first (used on article titles). */
export function seriesInText(text: string, series: Series[]): string | undefined {
  const lower = text.toLowerCase();
  let best: { name: string; at: number } | undefined;
  for (const s of series) {
    for (const phrase of s.cues) {
      const at = lower.indexOf(phrase);
      if (at >= 0 && isWordAt(lower, at, phrase.length) && (!best || at < best.at)) best = { name: s.name, at };
    }
  }
  return best?.name;
}

function isWordAt(text: string, at: number, length: number): boolean {
  return !/[\p{L}\p{N}]/u.test(text[at - 1] ?? " ") && !/[\p{L}\p{N}]/u.test(text[at + length] ?? " ");
}

/**
 * Rounds written as the series' name and a number: "Astana-14", "Astana 14", "Geneva 4".
 * Only the series' one-word cues count, and only numbers of one or two digits (never a year).
 */
export function findSeriesNumberCues(text: string, series: Series[]): EventCue[] {
  const cues: EventCue[] = [];
  const lower = text.toLowerCase();
  for (const s of series) {
    for (const word of s.cues) {
      if (!/^[a-z]+$/.test(word)) continue;
      for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
        const m = /^[-\s](\d{1,2})(?![\d%:.,]\d|\s*(?:km|per\s?cent|%|people|kilomet))\b/.exec(text.slice(at + word.length, at + word.length + 16));
        if (!m || !isWordAt(lower, at, word.length) || !/^\p{Lu}/u.test(text[at] ?? "")) continue;
        cues.push({ type: "round", round: Number(m[1]), index: at, end: at + word.length + m[0].length, text: text.slice(at, at + word.length + m[0].length), seriesName: s.name });
      }
    }
  }
  return cues;
}