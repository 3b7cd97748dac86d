import { addDays } from "../../../util/date-point.ts";
import { publishedMonth } from "../calendar.ts";
import type { DateCandidate, DateParser } from "../candidate.ts";
import { NUMBER_WORD, SP, countOf, WORD_START } from "../patterns.ts";

/**
 * A day named relative to the publication day.
 *
 * Accepts: "today", "later today", "earlier today", "tonight", "this morning", "this
 * afternoon", "this evening", "yesterday", "since yesterday" (text "yesterday"), "last night",
 * "the day before yesterday", "tomorrow", "the day after tomorrow", "three days ago".
 *
 * Pitfalls: menu words — "Today" / "Now" alone on a line of page furniture, "USA Today" and
 * "Russia Today" (outlets: a capitalised word right before "Today"). "Now" is never a date. A
 * publication date without a day gives the publication month (or year), approximate.
 */
const PATTERN = new RegExp(
  `${WORD_START}(?:((?:[Ll]ater|[Ee]arlier)${SP})?([Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow)` +
    `|([Tt]his${SP}(?:morning|afternoon|evening)|[Ll]ast${SP}night)` +
    `|[Tt]he${SP}day${SP}(before${SP}yesterday|after${SP}tomorrow)` +
    `|(${NUMBER_WORD})${SP}days?${SP}ago)(?![\\w])`,
  "g",
);
const OFFSETS: Readonly<Record<string, number>> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 };
/** An outlet ends in "Today": "USA Today", "Russia Today". */
const OUTLET_BEFORE = /[A-Z][\w.]*[ \t]$/;

export const relativeDayParser: DateParser = {
  needsPublished: true,
  // "tonight", "yesternight" and "tomornight" are found by "night".
  quick: /(?:to|yester|tomor)(?:day|row)|morning|afternoon|evening|night|ago/i,
  pattern: PATTERN,
  extract(match, { sentence, published }): DateCandidate | null {
    if (published === null) return null;
    const [, , word, partOfDay, dayBeforeAfter, count] = match;
    let offset: number | undefined;
    if (word !== undefined) {
      if (word === "Today" && OUTLET_BEFORE.test(sentence.slice(Math.max(0, match.index - 12), match.index))) return null;
      offset = OFFSETS[word.toLowerCase()];
    } else if (partOfDay !== undefined) offset = /^last/i.test(partOfDay) ? -1 : 0;
    else if (dayBeforeAfter !== undefined) offset = dayBeforeAfter.startsWith("before") ? -2 : 2;
    else if (count !== undefined) offset = -(countOf(count) ?? NaN);
    if (offset === undefined || Number.isNaN(offset)) return null;
    const base = { index: match.index, text: match[0], relative: true, parser: "relative-day" };
    if (published.day === undefined) return { ...base, start: publishedMonth(published), approximate: true };
    return { ...base, start: addDays(published, offset), approximate: false };
  },
};
