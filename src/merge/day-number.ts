// util/date-point's toDayNumber by arithmetic: merging turns ~100,000 dates into day ranges, and
// going through Date.UTC for each was a good part of that.
import type { DatePoint } from "../types.ts";
import { toDayNumber } from "../util/date-point.ts";

/** Equal to toDayNumber(point) (days since 1970-01-01, missing month and day as 1). */
export function dayNumberOf(point: DatePoint): number {
  const month = point.month ?? 1;
  const day = point.day ?? 1;
  // Date.UTC reads years 0–99 as 1900–1999 and rolls months over: leave those to it.
  if (point.year < 100 || !Number.isInteger(point.year) || !Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(day)) return toDayNumber(point);
  return daysFromCivil(point.year, month, day);
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil); linear in `day`, as Date.UTC is. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}
