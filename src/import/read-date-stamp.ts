// A date stamp: a line that is (almost) nothing but a date, maybe with time, zone, weekday and a label —
// "13 February 2017 18:00 (UTC+04:00)", "Wed, 03/15/2017 - 09:30", " date 2017-01-19 Back to Main page",
// "Friday April 26 2024". Also a dateline opening the first paragraph: "MOSCOW, January 19. /TASS/. ...".
import { canHoldDateStamp, HAS_STAMP_SEGMENT, STAMP_SEGMENT } from "./can-hold-date-stamp.ts";
import { MONTH, TIME, WEEKDAY, ZONE, readPrintedDate } from "./date-patterns.ts";
import type { PrintedDate } from "./date-patterns.ts";

export interface DateStamp {
  date: PrintedDate;
  hasTime: boolean;
  hasWeekday: boolean;
  /** "date", "published", "updated" ... when the page labels the stamp. */
  label?: string;
  kind: "stamp" | "dateline";
  /** For a dateline: the agency between slashes or in brackets ("TASS", "Reuters"). */
  agency?: string;
}

const LABEL = /^(date|dated|published|first published|posted|updated|last updated|created|modified|last modified|issued)\b\s*(?:on)?\s*:?\s*/i;
const TIME_RE = new RegExp(TIME, "i");
const WEEKDAY_RE = new RegExp(`^\\s*${WEEKDAY}\\b`, "i");
// Global patterns are only used with replace, which starts each search at 0.
const TIMES = new RegExp(TIME, "gi");
const WEEKDAYS = new RegExp(`\\b${WEEKDAY}\\b`, "gi");
const ZONES = new RegExp(`\\b${ZONE}\\b`, "gi");

/**
 * Read a stamp line, or null when the line says more than a date. A line of segments separated by
 * "|" or "•" ("Source: Xinhua| 2017-11-23 03:44:51|Editor: Mu Xuequan") is read segment by segment.
 */
export function readDateStamp(line: string): DateStamp | null {
  return canHoldDateStamp(line) ? readDateStampInFull(line) : null;
}

/** readDateStamp without the screen that rules most lines out first (the screen's tests compare the two). */
export function readDateStampInFull(line: string): DateStamp | null {
  const whole = readStampSegment(line);
  if (whole) return whole;
  if (!HAS_STAMP_SEGMENT.test(line)) return readStampWithSection(line);
  // Segments: "|", bullets, tabs, runs of spaces ("9 December 2019   Peace and Security"), or a
  // word glued to a number by the scrape ("… GMT+6Updated 2 hours ago").
  for (const segment of line.split(STAMP_SEGMENT)) {
    const stamp = readStampSegment(segment);
    if (stamp && stamp.date.year !== undefined) return stamp;
  }
  return null;
}

/** "9 December 2019 Peace and Security": a full date opening the line, then a section name. */
function readStampWithSection(line: string): DateStamp | null {
  const text = line.trim();
  const date = readPrintedDate(text);
  if (!date || date.index !== 0 || date.year === undefined) return null;
  const rest = text.slice(date.text.length).trim();
  if (!/^(?:(?:\p{Lu}[\p{L}-]*|and|&|of)\s*){1,5}$/u.test(rest)) return null;
  return readStampSegment(date.text);
}

function readStampSegment(line: string): DateStamp | null {
  // A scrape can glue the time to the year: "January 25, 20244:12 PM" is "2024 4:12 PM".
  const text = line.trim().replace(/\b((?:19|20)\d\d)(\d{1,2}:\d\d)/, "$1 $2");
  const labelMatch = LABEL.exec(text);
  const date = readPrintedDate(text);
  if (!date) return null;
  const rest = (text.slice(0, date.index) + " " + text.slice(date.index + date.text.length))
    .replace(LABEL, " ")
    .replace(TIMES, " ")
    .replace(WEEKDAYS, " ")
    .replace(ZONES, " ");
  const restLetters = rest.replace(/[^\p{L}]/gu, "");
  // A labelled stamp may be followed by menu words on the same line (" date 2017-01-19 Back to Main page").
  const labelledAtStart = labelMatch !== null && date.index <= labelMatch[0].length + 1;
  if (restLetters.length > 0 && !labelledAtStart) return null;
  const stamp: DateStamp = {
    date,
    hasTime: TIME_RE.test(text),
    hasWeekday: WEEKDAY_RE.test(text.replace(LABEL, "")),
    kind: "stamp",
  };
  if (labelMatch?.[1]) stamp.label = labelMatch[1].toLowerCase();
  return stamp;
}

// "MOSCOW, January 19. /TASS/." — "ANKARA, Jan 5 (Reuters) -" — "GENEVA, February 23, 2017 —".
// The place is in capitals; the date right after it; an agency may follow.
const DATELINE = new RegExp(
  `^\\p{Lu}[\\p{Lu}\\s.'’-]{1,40},\\s(?:\\p{Lu}[\\p{L}]{1,20},\\s)?(${MONTH}\\.?\\s\\d{1,2}(?:,?\\s\\d{4})?)\\b`,
  "iu",
);
const AGENCY = /^[\s.,]*(?:\/\s?([\p{L}][\p{L}\s.&-]{1,30}?)\s?\/|\(([\p{L}][\p{L}\s.&-]{1,30}?)\))/u;

/** Read a dateline at the start of a paragraph, or null. */
export function readDateline(line: string): DateStamp | null {
  const text = line.trim();
  // The place must be written in capitals ("MOSCOW"), not a capitalised sentence start ("Meanwhile").
  const comma = text.indexOf(",");
  if (comma < 2 || text.slice(0, comma) !== text.slice(0, comma).toUpperCase()) return null;
  const m = DATELINE.exec(text);
  if (!m || m[1] === undefined) return null;
  const date = readPrintedDate(m[1]);
  if (!date) return null;
  const stamp: DateStamp = { date: { ...date, index: m.index + m[0].length - m[1].length }, hasTime: false, hasWeekday: false, kind: "dateline" };
  const agency = AGENCY.exec(text.slice(m[0].length));
  const name = agency?.[1] ?? agency?.[2];
  if (name) stamp.agency = name.trim();
  return stamp;
}
