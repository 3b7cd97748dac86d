import type { DatePoint } from "../../../types.ts";
import { monthsOfWeek, publishedMonth, shiftMonth } from "../calendar.ts";
import type { DateCandidate, DateParser } from "../candidate.ts";
import { NUMBER_WORD, SP, countOf, eitherCase, WORD_START } from "../patterns.ts";

/**
 * A week, month or year named relative to the publication date: never more precise than the
 * period itself.
 *
 * Accepts: "last week", "next week", "this week", "earlier this week", "last weekend",
 * "last month", "next month", "this month", "earlier this month", "later this month",
 * "this year", "last year", "next year", "earlier this year", "two weeks ago", "a month ago",
 * "six years ago".
 *
 * Results: a week → the month holding it (two months as start..end when it straddles them),
 * never a day (chrono gives "next week" a day: false precision); a month → that month; a year →
 * that year. "N months/years ago" is approximate (the edges are loose: "six years ago" in
 * February 2017 may be 2010 or 2011). A publication date without a month cannot place a week:
 * the publication year or month, approximate. "The past week" / "the past year" are spans up to
 * now and "the previous month" counts from another event, not from publication: not read.
 */
const SIDE = eitherCase(["last", "next", "coming", "this"]);
const PATTERN = new RegExp(
  `${WORD_START}(?:(?:(?:[Ee]arlier|[Ll]ater)${SP})?(?:[Tt]he${SP})?(${SIDE})${SP}(week|weekend|month|year)` +
    `|(${NUMBER_WORD})${SP}(weeks?|months?|years?)${SP}ago)(?![\\w])`,
  "g",
);
const DELTAS: Readonly<Record<string, number>> = { last: -1, next: 1, coming: 1, this: 0 };

export const relativePeriodParser: DateParser = {
  needsPublished: true,
  quick: /week|month|year/i,
  pattern: PATTERN,
  extract(match, { published }): DateCandidate | null {
    if (published === null) return null;
    const [, side, unit1, countWord, unit2] = match;
    const count = countWord === undefined ? undefined : countOf(countWord);
    const delta = side !== undefined ? DELTAS[side.toLowerCase()] : count === undefined ? undefined : -count;
    const unit = (unit1 ?? unit2 ?? "").replace(/s$/, "");
    if (delta === undefined) return null;
    const base = { index: match.index, text: match[0], relative: true, parser: "relative-period" };
    const loose = count !== undefined;
    if (unit === "year") return { ...base, start: { year: published.year + delta }, approximate: loose };
    if (published.month === undefined) return { ...base, start: publishedMonth(published), approximate: true };
    if (unit === "month") return { ...base, start: shiftMonth(published.year, published.month, delta), approximate: loose };
    if (published.day === undefined) return { ...base, start: publishedMonth(published), approximate: true };
    const { start, end } = monthsOfWeek(published, delta);
    const candidate: DateCandidate = { ...base, start, approximate: false };
    if (end !== undefined) candidate.end = end satisfies DatePoint;
    return candidate;
  },
};
