// Shared regex pieces and word tables for the date parsers (chrono-node's constants.ts).
// Every piece uses bounded quantifiers so a parser built from them stays linear in the text size.

/** Month words → 1–12. Keys are lower case without the abbreviation dot. */
export const MONTH_NUMBERS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
  june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9,
  october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

const FULL_MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];
const ABBREVIATIONS = ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec"];

/** "March" or "MARCH", never "march": the lower-case words are verbs ("will march", "may"). */
function capitalised(words: string[]): string {
  return words.flatMap((w) => [w, w.toUpperCase()]).join("|");
}

/**
 * A full month name, capitalised. Used where a month stands alone ("in May"):
 * abbreviations alone are names too often ("Jan", "Mar", "Jun").
 */
export const FULL_MONTH = `(?:${capitalised(FULL_MONTHS)})(?![A-Za-z])`;

/** A full or abbreviated month ("Feb.", "Sept"). Used only next to a day or a year. */
export const ANY_MONTH = `(?:${capitalised(FULL_MONTHS)}|(?:${capitalised(ABBREVIATIONS)})\\.?)(?![A-Za-z])`;

/** Weekday names (capitalised) → 0 = Sunday … 6 = Saturday. */
export const WEEKDAY_NUMBERS: Readonly<Record<string, number>> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};
export const WEEKDAY = `(?:${capitalised(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])})(?![A-Za-z])`;

/** Hyphen, non-breaking hyphen, figure dash, en dash, em dash, minus: scraped text uses them all. */
export const DASH = "[-\\u2010\\u2011\\u2012\\u2013\\u2014\\u2212]";

/** A day of the month, "5", "05", "5th". The caller checks 1–31 and the month's length. */
export const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";

/** What joins two days of a range: "23- 24", "10–11", "3 and 4", "3 to 5", "4th through 6th". */
export const RANGE_JOIN = `(?:[ \\t]{0,2}${DASH}[ \\t]{0,2}|[ \\t]{1,2}(?:and|to|through|until|till)[ \\t]{1,2})`;

/**
 * A four-digit year from 1900 to 2100 that is a whole number on its own:
 * not "300,000", not "2017-1234", not "2401.5", not "20171".
 */
export const YEAR_DIGITS = "((?:19|20)\\d{2}|2100)";
export const YEAR = `${YEAR_DIGITS}(?!\\d|[,.:/\\-\\u2013]\\d)`;

/** Nouns that make a number a count, not a year: "by 2000 votes", "from 1950 people". */
export const NOT_A_YEAR_AFTER =
  "(?![ \\t](?:people|persons|troops|fighters|soldiers|civilians|refugees|militants|km|kilometres|kilometers|" +
  "metres|meters|tons|tonnes|dollars|euros|votes|members|delegates|units|times|cases|families|homes)\\b)";

/**
 * "Not right after a letter, digit or underscore", for patterns whose every match starts with a
 * letter or a digit: there \b says exactly what (?<![\w]) says, and the regex engine scans for
 * a \b start much faster than for a lookbehind (a third less time per sentence).
 */
export const WORD_START = "\\b";

/** Word spacing inside a date: one or two spaces or a no-break space. */
export const SP = "[ \\t\\u00a0]{1,2}";

/** "Monday" → 1; undefined for anything else. */
export function weekdayNumber(word: string): number | undefined {
  return WEEKDAY_NUMBERS[word.toLowerCase()];
}

/** "Feb." → 2; undefined for anything else. */
export function monthNumber(word: string): number | undefined {
  return MONTH_NUMBERS[word.toLowerCase().replace(/\.$/, "")];
}

/** Small number words used in durations ("two-day") and "three days ago". */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};
export const NUMBER_WORD = "(?:\\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten)";

/** "two" → 2, "3" → 3; undefined for anything else. */
export function countOf(word: string): number | undefined {
  const lower = word.toLowerCase();
  return /^\d+$/.test(lower) ? Number(lower) : NUMBER_WORDS[lower];
}

/** Matches both "in" and "In" for each word: prepositions open sentences too. */
export function eitherCase(words: string[]): string {
  return words.map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`).join("|");
}

/** Quick pre-tests (see DateParser.quick): a month stem, a possible year, a weekday. */
export const HAS_MONTH = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC/;
export const HAS_YEAR = /(?:19|20)\d\d/;
/** A month stem or a possible year: the two tests above, each run once per sentence. */
export const HAS_MONTH_OR_YEAR: readonly RegExp[] = [HAS_MONTH, HAS_YEAR];
export const HAS_WEEKDAY = /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun|MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)(?:day|DAY)/;
