// Calendar words and the date shapes pages print. Shared by the stamp and body-date readers.
// Every pattern is a flat sequence of bounded pieces (no nested quantifiers): linear time.
import type { DatePoint } from "../types.ts";
import { isValidDatePoint } from "../util/date-point.ts";

const MONTH_WORDS: [RegExp, number][] = [
  [/^jan/, 1], [/^feb/, 2], [/^mar/, 3], [/^apr/, 4], [/^may/, 5], [/^jun/, 6],
  [/^jul/, 7], [/^aug/, 8], [/^sep/, 9], [/^oct/, 10], [/^nov/, 11], [/^dec/, 12],
];
export const MONTH =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
export const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
export const WEEKDAY = "(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?";
export const TIME = "\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s?[ap]\\.?m\\.?)?";
// Time zones a stamp may name after its time: "18:00 UTC+04:00", "09:30 EST".
export const ZONE = "(?:utc|gmt|msk|cet|cest|eet|eest|est|edt|pst|pdt|ist|ast)";

/** 1–12 for a month word or abbreviation ("Sept." -> 9). */
export function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase();
  return MONTH_WORDS.find(([re]) => re.test(w))?.[1];
}

/** 0–6 (Sunday = 0) for a weekday word or abbreviation. */
export function weekdayNumber(word: string): number | undefined {
  const w = word.toLowerCase().slice(0, 3);
  const i = WEEKDAYS.findIndex((d) => d.startsWith(w));
  return i >= 0 ? i : undefined;
}

/** A printed date with its parts; `year` may be missing ("January 19, 13:48"). */
export interface PrintedDate {
  year?: number;
  month: number;
  day: number;
  /** Offset and text of the match in the line. */
  index: number;
  text: string;
}

type Reader = [name: string, re: RegExp, read: (m: RegExpExecArray) => [y: number | undefined, mo: number | undefined, d: number]];

// Order matters: full forms before year-less ones, so "14 September 2017" is not read as "14 September".
const READERS: Reader[] = [
  // "2017-01-19", "2017-01-19T13:48:00+03:00", "2017/01/19".
  ["iso", /\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?=T\d|\b)/, (m) => [Number(m[1]), Number(m[2]), Number(m[3])]],
  ["day-month-year", new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s(?:of\\s)?(${MONTH})\\.?,?\\s(\\d{4})\\b`, "i"),
    (m) => [Number(m[3]), monthNumber(m[2] ?? ""), Number(m[1])]],
  ["month-day-year", new RegExp(`\\b(${MONTH})\\.?\\s(\\d{1,2})(?:st|nd|rd|th)?,?\\s(\\d{4})\\b`, "i"),
    (m) => [Number(m[3]), monthNumber(m[1] ?? ""), Number(m[2])]],
  // "03/15/2017": US order; a first number above 12 can only be a day ("15/03/2017").
  ["numeric-slash", /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/, (m) => {
    const a = Number(m[1]), b = Number(m[2]);
    return a > 12 ? [Number(m[3]), b, a] : [Number(m[3]), a, b];
  }],
  // "05.07.2017", "19-01-2017": European day.month.year.
  ["numeric-dot", /\b(\d{1,2})[.-](\d{1,2})[.-](\d{4})\b/, (m) => [Number(m[3]), Number(m[2]), Number(m[1])]],
  ["month-day", new RegExp(`\\b(${MONTH})\\.?\\s(\\d{1,2})(?:st|nd|rd|th)?\\b(?![:\\d])`, "i"),
    (m) => [undefined, monthNumber(m[1] ?? ""), Number(m[2])]],
  ["day-month", new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s(?:of\\s)?(${MONTH})\\b`, "i"),
    (m) => [undefined, monthNumber(m[2] ?? ""), Number(m[1])]],
];

/** The first printed date in `text` (full forms preferred), or null. */
export function readPrintedDate(text: string): PrintedDate | null {
  for (const [, re, read] of READERS) {
    const m = re.exec(text);
    if (!m) continue;
    const [year, month, day] = read(m);
    if (month === undefined) continue;
    const probe: DatePoint = { year: year ?? 2000, month, day };
    if (!isValidDatePoint(probe)) continue;
    const found: PrintedDate = { month, day, index: m.index, text: m[0] };
    if (year !== undefined) found.year = year;
    return found;
  }
  return null;
}

// Full dates in running prose: "February 25, 2017", "25 February 2017", "2017-02-25".
const FULL_DATES = [
  // "June 20-21, 2023" counts with its first day.
  new RegExp(`\\b(${MONTH})\\.?\\s(\\d{1,2})(?:st|nd|rd|th)?(?:\\s?[-–]\\s?\\d{1,2})?,?\\s(\\d{4})\\b`, "gi"),
  new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s(?:of\\s)?(${MONTH})\\.?,?\\s(\\d{4})\\b`, "gi"),
  /\b(\d{4})-(\d{2})-(\d{2})\b/g,
];

/** Every full (day, month, year) date written in the text. */
export function findFullDates(text: string): { point: DatePoint; text: string }[] {
  const found: { point: DatePoint; text: string }[] = [];
  FULL_DATES.forEach((re, kind) => {
    for (const m of text.matchAll(re)) {
      const point: DatePoint =
        kind === 0 ? { year: Number(m[3]), month: monthNumber(m[1] ?? "") ?? 0, day: Number(m[2]) }
        : kind === 1 ? { year: Number(m[3]), month: monthNumber(m[2] ?? "") ?? 0, day: Number(m[1]) }
        : { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
      if (isValidDatePoint(point)) found.push({ point, text: m[0] });
    }
  });
  return found;
}
