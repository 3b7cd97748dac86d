// Calendar arithmetic on partial dates, relative to the publication date. No dayjs needed:
// day arithmetic goes through util/date-point.ts (UTC day numbers).
import type { DatePoint } from "../../types.ts";
import { addDays, areCompatible, compareDatePoints, toDayNumber, weekdayOf } from "../../util/date-point.ts";
import type { PartialDate } from "./candidate.ts";

/** The month `delta` months from year/month: (2017, 1, -1) → 2016-12. */
export function shiftMonth(year: number, month: number, delta: number): DatePoint {
  const zeroBased = year * 12 + (month - 1) + delta;
  return { year: Math.floor(zeroBased / 12), month: (zeroBased % 12) + 1 };
}

/**
 * Signed distance in days from the publication date to a date, at the precision both share:
 * a month compared with a day-precise publication uses the middle of the month, and a date
 * inside a month-precision publication month is 0 (neither before nor after).
 */
export function distanceFromPublished(date: DatePoint, published: DatePoint): number {
  if (areCompatible(date, published)) return 0;
  if (date.day !== undefined && published.day !== undefined) return toDayNumber(date) - toDayNumber(published);
  if (date.month !== undefined && published.month !== undefined) return (monthCount(date) - monthCount(published)) * 30.4;
  return (date.year - published.year) * 365;
}

/** Months since year 0 (a month-less point counts from mid-year). */
function monthCount(p: DatePoint): number {
  return p.year * 12 + (p.month ?? 6.5) - 1;
}

/** true when the date lies wholly after the publication date ("2017-02" is not after "2017-02-13"). */
export function isAfterPublished(date: DatePoint, published: DatePoint): boolean {
  return !areCompatible(date, published) && compareDatePoints(date, published) > 0;
}

/**
 * The weekday nearest the publication day on the given side, the publication day itself included:
 * "on Monday" in a piece published on Monday 27 February 2017 is that day.
 */
export function resolveWeekday(published: DatePoint, weekday: number, side: "before" | "after", strict: boolean): DatePoint {
  const today = weekdayOf(published);
  let offset = side === "before" ? -((today - weekday + 7) % 7) : (weekday - today + 7) % 7;
  if (strict && offset === 0) offset = side === "before" ? -7 : 7;
  return addDays(published, offset);
}

/** "next Tuesday": that weekday in the Monday–Sunday week after the publication week. */
export function weekdayOfNextWeek(published: DatePoint, weekday: number): DatePoint {
  const nextMonday = addDays(published, 7 - ((weekdayOf(published) + 6) % 7));
  return addDays(nextMonday, (weekday + 6) % 7);
}

/** The month (or two months) holding the Monday–Sunday week `weeks` weeks from the publication day. */
export function monthsOfWeek(published: DatePoint, weeks: number): { start: DatePoint; end?: DatePoint } {
  const monday = addDays(published, -((weekdayOf(published) + 6) % 7) + 7 * weeks);
  const sunday = addDays(monday, 6);
  const start = { year: monday.year, month: monday.month! };
  const end = { year: sunday.year, month: sunday.month! };
  return compareDatePoints(start, end) === 0 ? { start } : { start, end };
}

/** The publication date cut to what a relative word can honestly give when it has no day. */
export function publishedMonth(published: DatePoint): PartialDate {
  return published.month === undefined ? { year: published.year } : { year: published.year, month: published.month };
}
