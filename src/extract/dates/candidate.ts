// The working shape of a date between parsing and the final DateMention.
// Parsers fill in what the text states; refiners complete (year), combine (ranges) and filter.
import type { DatePoint } from "../../types.ts";

/** A date as stated so far: the year may still be missing ("on February 13"). */
export interface PartialDate {
  year?: number;
  month?: number;
  day?: number;
}

/** Which side of the publication date a qualifier forces: "last September" = before. */
export type Anchor = "before" | "after" | "same";

export interface DateCandidate {
  /** Offset in the sentence. */
  index: number;
  text: string;
  start: PartialDate;
  end?: PartialDate;
  approximate: boolean;
  /** Resolved from a relative word ("Monday", "last week") against the publication date. */
  relative: boolean;
  /** A qualifier that fixes the year's side: "last September", "next March". */
  anchor?: Anchor;
  /** A weekday name, kept so "Monday, February 27" can fold into the absolute date. */
  weekday?: number;
  /** The parser that produced it, for debugging and tests. */
  parser: string;
}

/** What every parser and refiner may read. */
export interface ParseContext {
  sentence: string;
  published: DatePoint | null;
}

export interface DateParser {
  /**
   * Cheap non-global tests of which one must succeed somewhere in the sentence before `pattern`
   * runs: most sentences name no month, and a literal scan is far cheaper than a lookbehind regex.
   * Parsers share these tests; each runs at most once per sentence.
   */
  quick?: RegExp | readonly RegExp[];
  /** The parser reads nothing without a publication date (its `extract` returns null): skipped then. */
  needsPublished?: boolean;
  /** A global (`g`) regex; it must run in linear time (no nested unbounded quantifiers). */
  pattern: RegExp;
  /** null when the match turns out not to be a date. */
  extract(match: RegExpExecArray, context: ParseContext): DateCandidate | null;
}

export type DateRefiner = (candidates: DateCandidate[], context: ParseContext) => DateCandidate[];

/** The end offset of a candidate. */
export function endOf(candidate: DateCandidate): number {
  return candidate.index + candidate.text.length;
}

/**
 * Index and text of a match minus a leading context group that is not part of the date:
 * in "between 6 and 8 July" the word "between" decides the reading but the date text is "6 and 8 July".
 */
export function spanAfter(match: RegExpExecArray, prefix: string | undefined): { index: number; text: string } {
  const skip = prefix?.length ?? 0;
  return { index: match.index + skip, text: match[0].slice(skip) };
}

/** A fully known point, or null while the year is missing. */
export function toDatePoint(date: PartialDate): DatePoint | null {
  if (date.year === undefined) return null;
  const point: DatePoint = { year: date.year };
  if (date.month !== undefined) point.month = date.month;
  if (date.month !== undefined && date.day !== undefined) point.day = date.day;
  return point;
}
