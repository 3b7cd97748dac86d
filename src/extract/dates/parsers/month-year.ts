import type { Anchor, DateCandidate, DateParser } from "../candidate.ts";
import { ANY_MONTH, eitherCase, FULL_MONTH, HAS_MONTH, monthNumber, SP, YEAR, WORD_START } from "../patterns.ts";

/**
 * A month without a day: month precision.
 *
 * Accepts: "March 2011", "March, 2011", "March of 2011", "Sept. 2016"; a bare full month after a
 * preposition: "in January", "since March", "until May", "by June", "during April", "from
 * March"; a qualified month: "last September", "next March", "this May" (the qualifier fixes the
 * side of the publication date and stays in the text).
 *
 * Pitfalls: a bare month needs a preposition or qualifier in front, because "May" is a modal and
 * a name (Theresa May) and "March" a noun; "by May said" / "to May's office" are people, so a bare
 * "May" followed by a verb or possessive is rejected; abbreviations never stand alone ("Jan" is a
 * name). "of May" is left to part-of-month ("end of May") and day-month ("3rd of May").
 */
const PREPOSITIONS = eitherCase(["in", "since", "until", "till", "by", "from", "during", "before", "after", "through", "to", "between"]);
const QUALIFIERS = eitherCase(["last", "next", "this", "past", "coming", "previous"]);
/** A bare month must not be the start of "March, 2011" / "January of 2016": that reading is longer. */
const NO_YEAR_AFTER = `(?![\\w'’-]|,?${SP}(?:of${SP})?\\d)`;
const PATTERN = new RegExp(
  `${WORD_START}(?:(${ANY_MONTH}),?${SP}(?:of${SP})?${YEAR}` +
    `|(?<pre>(?:${PREPOSITIONS})${SP})(${FULL_MONTH})${NO_YEAR_AFTER}` +
    `|(${QUALIFIERS})${SP}(${FULL_MONTH})${NO_YEAR_AFTER})`,
  "g",
);
/** "May" the person: "by May said", "to May's", "May told". */
const MAY_AS_NAME = /^(?:['’]s\b|[ \t]+(?:said|says|told|has|had|was|is|will|would)\b)/;

const ANCHORS: Readonly<Record<string, Anchor>> = {
  last: "before", past: "before", previous: "before", next: "after", coming: "after", this: "same",
};

export const monthYearParser: DateParser = {
  quick: HAS_MONTH,
  pattern: PATTERN,
  extract(match, context): DateCandidate | null {
    const [, statedMonth, year, , bareMonth, qualifier, qualifiedMonth] = match;
    const word = statedMonth ?? bareMonth ?? qualifiedMonth;
    const month = word === undefined ? undefined : monthNumber(word);
    if (month === undefined) return null;
    const skip = match.groups?.pre?.length ?? 0;
    const end = match.index + match[0].length;
    if (year === undefined && month === 5 && MAY_AS_NAME.test(context.sentence.slice(end, end + 12))) return null;
    const candidate: DateCandidate = {
      index: match.index + skip,
      text: match[0].slice(skip),
      start: { year: year === undefined ? undefined : Number(year), month },
      approximate: false,
      relative: false,
      parser: "month-year",
    };
    if (qualifier !== undefined) candidate.anchor = ANCHORS[qualifier.toLowerCase()] ?? "same";
    return candidate;
  },
};
