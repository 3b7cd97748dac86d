// The date extractor: ordered parsers find candidate dates in one sentence, ordered refiners
// complete and clean them (the chrono-node design, with our own parsers: chrono loses "mid-",
// misreads en dashes and "between 6 and 8 July", gives weeks a day and ignores tense).
import type { DateMention, DatePoint } from "../../types.ts";
import { makeEventDate } from "../../util/date-point.ts";
import { isAfterPublished } from "./calendar.ts";
import type { DateCandidate, DateParser, DateRefiner, ParseContext } from "./candidate.ts";
import { toDatePoint } from "./candidate.ts";
import { firstMatch, nextMatch } from "../text/match-walk.ts";
import { bareYearParser } from "./parsers/bare-year.ts";
import { dayMonthParser } from "./parsers/day-month.ts";
import { isoDateParser } from "./parsers/iso-date.ts";
import { monthDayParser } from "./parsers/month-day.ts";
import { monthYearParser } from "./parsers/month-year.ts";
import { numericDateParser } from "./parsers/numeric-date.ts";
import { partOfMonthParser } from "./parsers/part-of-month.ts";
import { partOfYearParser } from "./parsers/part-of-year.ts";
import { relativeDayParser } from "./parsers/relative-day.ts";
import { relativePeriodParser } from "./parsers/relative-period.ts";
import { weekdayParser } from "./parsers/weekday.ts";
import { absorbWeekday } from "./refiners/absorb-weekday.ts";
import { dropUnlikelyDates } from "./refiners/drop-unlikely-dates.ts";
import { extendDuration } from "./refiners/extend-duration.ts";
import { inferMissingYear } from "./refiners/infer-missing-year.ts";
import { mergeDateRanges } from "./refiners/merge-date-ranges.ts";
import { removeOverlaps } from "./refiners/remove-overlaps.ts";

export interface DateContext {
  /** The article's publication date (may be month- or year-precision, or null when unknown). */
  published: DatePoint | null;
}

/**
 * Every parser runs over the whole sentence; overlaps are settled by length afterwards, so the
 * order only breaks ties between equally long readings: the more specific parser comes first
 * ("15 February 2017" as day-month, never as something vaguer).
 */
export const DATE_PARSERS: ReadonlyArray<readonly [name: string, parser: DateParser]> = [
  ["iso-date", isoDateParser],
  ["numeric-date", numericDateParser],
  ["day-month", dayMonthParser],
  ["month-day", monthDayParser],
  ["part-of-month", partOfMonthParser],
  ["part-of-year", partOfYearParser],
  ["month-year", monthYearParser],
  ["bare-year", bareYearParser],
  ["weekday", weekdayParser],
  ["relative-day", relativeDayParser],
  ["relative-period", relativePeriodParser],
];

/** Order matters; each step says what it needs from the ones before. */
export const DATE_REFINERS: ReadonlyArray<readonly [name: string, refiner: DateRefiner]> = [
  // Longest reading first, so the next steps see clean, sorted, non-overlapping neighbours
  // ("30 June - 2 July 2019" must be "30 June" + "2 July 2019", not also "July 2019").
  ["remove-overlaps", removeOverlaps],
  // Before the year is inferred: a year stated on the end carries back to the start.
  ["merge-date-ranges", mergeDateRanges],
  // Before the year is inferred: "Monday, February 27" lets the weekday choose the year.
  ["absorb-weekday", absorbWeekday],
  ["infer-missing-year", inferMissingYear],
  // Needs a full day to count from ("ended on Thursday" resolved above).
  ["extend-duration", extendDuration],
  // Last: validity depends on the year (29 February) and ranges must be complete.
  ["drop-unlikely-dates", dropUnlikelyDates],
];

function toMention(candidate: DateCandidate, published: DatePoint | null): DateMention | null {
  const start = toDatePoint(candidate.start);
  if (start === null) return null;
  const end = candidate.end ? toDatePoint(candidate.end) ?? undefined : undefined;
  const options: { end?: DatePoint; approximate: boolean; text: string } = { approximate: candidate.approximate, text: candidate.text };
  if (end) options.end = end;
  const mention: DateMention = { index: candidate.index, text: candidate.text, date: makeEventDate(start, options) };
  if (published !== null && isAfterPublished(start, published)) mention.future = true;
  return mention;
}

// Parsers share their quick tests (a year, a month name): each distinct test runs once per sentence.
const quickList = (parser: DateParser): readonly RegExp[] => (parser.quick === undefined ? [] : parser.quick instanceof RegExp ? [parser.quick] : parser.quick);
const QUICK_TESTS = [...new Set(DATE_PARSERS.flatMap(([, parser]) => quickList(parser)))];
/** Per parser, the indexes of its quick tests in QUICK_TESTS (empty: no quick test, always run). */
const QUICK_INDEXES = DATE_PARSERS.map(([, parser]) => quickList(parser).map((q) => QUICK_TESTS.indexOf(q)));

/** One of the parser's quick tests finds something in the sentence (each test run once, remembered in `known`). */
function passesQuick(indexes: number[], known: (boolean | undefined)[], sentence: string): boolean {
  for (const q of indexes) if ((known[q] ??= QUICK_TESTS[q]!.test(sentence))) return true;
  return false;
}

/** Dates in one sentence, resolved against the publication date; sorted by index, non-overlapping. */
export function extractDates(sentence: string, context: DateContext): DateMention[] {
  const parseContext: ParseContext = { sentence, published: context.published };
  let candidates: DateCandidate[] = [];
  const quick: (boolean | undefined)[] = new Array(QUICK_TESTS.length);
  for (let i = 0; i < DATE_PARSERS.length; i++) {
    const parser = DATE_PARSERS[i]![1];
    // A relative date needs the publication date: without one, its parser reads nothing.
    if (parser.needsPublished && context.published === null) continue;
    const indexes = QUICK_INDEXES[i]!;
    if (indexes.length > 0 && !passesQuick(indexes, quick, sentence)) continue;
    const pattern = parser.pattern;
    for (let m = firstMatch(pattern, sentence); m !== null; m = nextMatch(pattern, sentence, m)) {
      const candidate = parser.extract(m, parseContext);
      if (candidate !== null) candidates.push(candidate);
    }
  }
  if (candidates.length === 0) return []; // every refiner keeps an empty list empty
  for (let i = 0; i < DATE_REFINERS.length; i++) candidates = DATE_REFINERS[i]![1](candidates, parseContext);
  const mentions: DateMention[] = [];
  for (const candidate of candidates) {
    const mention = toMention(candidate, context.published);
    if (mention !== null) mentions.push(mention);
  }
  return mentions;
}
