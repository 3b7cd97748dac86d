// Partial calendar dates: a DatePoint keeps only what the text stated. No dayjs inside.
import type { DatePoint, EventDate, Precision } from "../types.ts";

const ISO_PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The precision a point supports: "day" only when the day is known. */
export function precisionOf(point: DatePoint): Precision {
  if (point.day !== undefined) return "day";
  if (point.month !== undefined) return "month";
  return "year";
}

/** true when the parts form a real calendar date (no 30 February, no month 13). */
export function isValidDatePoint(point: DatePoint): boolean {
  const { year, month, day } = point;
  if (!Number.isInteger(year) || year < 1 || year > 9999) return false;
  if (month === undefined) return day === undefined;
  if (!Number.isInteger(month) || month < 1 || month > 12) return false;
  if (day === undefined) return true;
  if (!Number.isInteger(day) || day < 1) return false;
  if (month === 2 && day === 29) return isLeapYear(year);
  return day <= (DAYS_IN_MONTH[month - 1] ?? 0);
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** "2017", "2017-02" or "2017-02-15" → DatePoint; null for anything else or an impossible date. */
export function parseIsoPartial(text: string): DatePoint | null {
  const m = ISO_PARTIAL.exec(text.trim());
  if (!m) return null;
  const point: DatePoint = { year: Number(m[1]) };
  if (m[2] !== undefined) point.month = Number(m[2]);
  if (m[3] !== undefined) point.day = Number(m[3]);
  return isValidDatePoint(point) ? point : null;
}

/** DatePoint → "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
export function toIsoPartial(point: DatePoint): string {
  const y = String(point.year).padStart(4, "0");
  if (point.month === undefined) return y;
  const m = `${y}-${String(point.month).padStart(2, "0")}`;
  if (point.day === undefined) return m;
  return `${m}-${String(point.day).padStart(2, "0")}`;
}

/** Orders points; a less precise point sorts before the more precise points it contains. */
export function compareDatePoints(a: DatePoint, b: DatePoint): number {
  return a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);
}

/** true when `outer` contains `inner` ("2017-02" contains "2017-02-15"; equal points contain each other). */
export function containsDatePoint(outer: DatePoint, inner: DatePoint): boolean {
  if (outer.year !== inner.year) return false;
  if (outer.month === undefined) return true;
  if (outer.month !== inner.month) return false;
  if (outer.day === undefined) return true;
  return outer.day === inner.day;
}

/** true when one point contains the other: the two can describe the same day. */
export function areCompatible(a: DatePoint, b: DatePoint): boolean {
  return containsDatePoint(a, b) || containsDatePoint(b, a);
}

/** Cut a point down to a precision ("2017-02-15" at "month" → "2017-02"). */
export function truncateDatePoint(point: DatePoint, precision: Precision): DatePoint {
  if (precision === "year") return { year: point.year };
  if (precision === "month" && point.month !== undefined) return { year: point.year, month: point.month };
  return { ...point };
}

/** Build an EventDate; precision always comes from `start`. */
export function makeEventDate(
  start: DatePoint,
  options: { end?: DatePoint; approximate?: boolean; text: string },
): EventDate {
  const date: EventDate = {
    start,
    precision: precisionOf(start),
    approximate: options.approximate ?? false,
    text: options.text,
  };
  if (options.end && compareDatePoints(options.end, start) > 0) date.end = options.end;
  return date;
}

/** Days since 1970-01-01 of a full date (UTC). Only for day-precision points. */
export function toDayNumber(point: DatePoint): number {
  return Math.floor(Date.UTC(point.year, (point.month ?? 1) - 1, point.day ?? 1) / 86_400_000);
}

/** The full date `days` after a day-precision point. */
export function addDays(point: DatePoint, days: number): DatePoint {
  const d = new Date((toDayNumber(point) + days) * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday, for a day-precision point. */
export function weekdayOf(point: DatePoint): number {
  return (toDayNumber(point) + 4) % 7; // 1970-01-01 was a Thursday
}

/** Do two dates (with optional ends) share at least one possible day? Partial points cover their whole month or year. */
export function datesOverlap(a: { start: DatePoint; end?: DatePoint }, b: { start: DatePoint; end?: DatePoint }): boolean {
  return firstDay(a.start) <= lastDay(b.end ?? b.start) && firstDay(b.start) <= lastDay(a.end ?? a.start);
}

/** The first day a point can mean ("2017-02" → 1 February 2017), as a day number. */
function firstDay(p: DatePoint): number {
  return toDayNumber({ year: p.year, month: p.month ?? 1, day: p.day ?? 1 });
}

/** The last day a point can mean ("2017-02" → 28 February 2017), as a day number. */
function lastDay(p: DatePoint): number {
  if (p.day !== undefined) return toDayNumber(p);
  if (p.month !== undefined) return toDayNumber({ year: p.month === 12 ? p.year + 1 : p.year, month: p.month === 12 ? 1 : p.month + 1, day: 1 }) - 1;
  return toDayNumber({ year: p.year + 1, month: 1, day: 1 }) - 1;
}
