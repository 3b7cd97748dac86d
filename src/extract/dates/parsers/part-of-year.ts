import type { DateCandidate, DateParser } from "../candidate.ts";
import { SP, eitherCase, WORD_START } from "../patterns.ts";

/**
 * A part of a year named relative to the publication date: a year, approximate, never a month.
 *
 * Accepts: "by the end of the year", "the end of this year", "the second half of the year",
 * "the first half of next year", "the beginning of next year", "the middle of the year",
 * "the start of last year".
 *
 * Watch out: "the end of the year" in a sentence about another year ("in 2015 … by the end of the
 * year") still reads as the publication year; explicit years ("the second half of 2023") are the
 * part-of-month parser's.
 */
const PART = "(?:end|beginning|start|middle|(?:first|second)" + SP + "half|turn)";
const SIDE = eitherCase(["this", "next", "last", "the"]);
const PATTERN = new RegExp(`${WORD_START}(?:[Tt]he${SP})?${PART}${SP}of${SP}(${SIDE})${SP}year(?![\\w-])`, "g");
const DELTAS: Readonly<Record<string, number>> = { this: 0, the: 0, next: 1, last: -1 };

export const partOfYearParser: DateParser = {
  needsPublished: true,
  quick: /\byear\b/i,
  pattern: PATTERN,
  extract(match, { published }): DateCandidate | null {
    if (published === null) return null;
    const delta = DELTAS[(match[1] ?? "").toLowerCase()];
    if (delta === undefined) return null;
    return { index: match.index, text: match[0], start: { year: published.year + delta }, approximate: true, relative: true, parser: "part-of-year" };
  },
};
