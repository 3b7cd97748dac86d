import { publishedMonth, resolveWeekday, weekdayOfNextWeek } from "../calendar.ts";
import type { DateCandidate, DateParser } from "../candidate.ts";
import { eitherCase, HAS_WEEKDAY, SP, WEEKDAY, weekdayNumber, WORD_START } from "../patterns.ts";
import { detectTense } from "../tense.ts";

/**
 * A weekday, resolved against the publication date (news style: a weekday means the current or
 * adjacent week).
 *
 * Accepts: "on Monday", "said Saturday", "earlier on Wednesday", "Monday's meeting",
 * "Monday" after a verb, "last Friday", "next Tuesday", "this Sunday".
 * Resolution: past or no tense → the latest such day on or before publication ("on Monday" in a
 * Monday paper is that day); future ("will meet on Thursday") → the first on or after it;
 * "last Friday" → the latest Friday strictly before; "next Tuesday" → the Tuesday of the
 * following Monday–Sunday week (said on a Monday, "next Tuesday" is not tomorrow); "this
 * Sunday" / "coming Sunday" → as a bare weekday / strictly after.
 *
 * Pitfalls: habits ("every Tuesday", "each Friday") are not dates. A publication date without a
 * day gives no day: the result is the publication month (or year), approximate. Named days are not dates ("Good Friday", "Black Monday", "Bloody
 * Sunday"), nor newspapers or rites ("Sunday Times", "Friday prayers"). "Sat"/"Sun"
 * abbreviations are never read ("sat together"). "Monday, February 27" folds into the
 * absolute date (absorb-weekday refiner).
 */
const PATTERN = new RegExp(`${WORD_START}(?:(${eitherCase(["last", "next", "this", "coming", "past"])})${SP})?(${WEEKDAY})(?:['’]s)?`, "g");
const NAMED_DAY_BEFORE = /(?:Good|Black|Bloody|Holy|Super|Cyber|Ash|Palm|Easter|Maundy|Shrove|Blue|Manic)[ \t]$/;
/** Habits are not dates: "every Tuesday", "each Friday", "every Tuesday and Friday". */
const HABITUAL_BEFORE = /\b(?:[Ee]very|[Ee]ach)[ \t](?:[A-Z][a-z]{2,5}day(?:,|[ \t]and|[ \t]or)[ \t])?$/;
const NOT_A_DAY_AFTER = /^[ \t](?:Times|Telegraph|Express|Mirror|Herald|Post|Mail|Independent|Observer|Star|Sport|prayers?|sermons?|Mosque|services?|schools?|Club)\b/;

export const weekdayParser: DateParser = {
  needsPublished: true,
  quick: HAS_WEEKDAY,
  pattern: PATTERN,
  extract(match, { sentence, published }): DateCandidate | null {
    const weekday = weekdayNumber(match[2]!);
    const end = match.index + match[0].length;
    if (weekday === undefined || published === null) return null;
    if (NAMED_DAY_BEFORE.test(sentence.slice(Math.max(0, match.index - 8), match.index))) return null;
    if (NOT_A_DAY_AFTER.test(sentence.slice(end, end + 12))) return null;
    if (HABITUAL_BEFORE.test(sentence.slice(Math.max(0, match.index - 24), match.index))) return null;
    const base = { index: match.index, text: match[0], relative: true, weekday, parser: "weekday" };
    if (published.day === undefined) return { ...base, start: publishedMonth(published), approximate: true };
    const qualifier = match[1]?.toLowerCase();
    const tense = detectTense(sentence, match.index, end)?.tense;
    let start;
    if (qualifier === "last" || qualifier === "past") start = resolveWeekday(published, weekday, "before", true);
    else if (qualifier === "next") start = weekdayOfNextWeek(published, weekday);
    else if (qualifier === "coming") start = resolveWeekday(published, weekday, "after", true);
    else start = resolveWeekday(published, weekday, tense === "future" ? "after" : "before", false);
    return { ...base, start, approximate: false };
  },
};
