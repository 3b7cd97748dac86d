// The display form of a partial date, shared by the site's filters and the plain-text exports.
import dayjs from "dayjs";
import type { DatePoint } from "../types.ts";

/** "Jan" … "Dec", named by dayjs once (a site formats hundreds of thousands of dates). */
const MONTH_NAMES = Array.from({ length: 12 }, (_, i) => dayjs(new Date(Date.UTC(2000, i, 15))).format("MMM"));

/** "15 Feb 2017", "Feb 2017" or "2017": never more than the point knows (dayjs only names the month). */
export function formatDatePoint(point: DatePoint | null | undefined): string {
  if (!point) return "unknown";
  if (point.month === undefined) return String(point.year);
  const month = MONTH_NAMES[point.month - 1] ?? dayjs(new Date(Date.UTC(point.year, point.month - 1, 15))).format("MMM");
  return point.day === undefined ? `${month} ${point.year}` : `${point.day} ${month} ${point.year}`;
}

/** A span without repeated parts: "15–16 Feb 2017", "30 Jan – 2 Feb 2017", "Dec 2016 – Jan 2017". */
export function formatDateSpan(start: DatePoint, end: DatePoint): string {
  const full = `${formatDatePoint(start)} – ${formatDatePoint(end)}`;
  if (start.year !== end.year || (start.month === undefined) !== (end.month === undefined)) return full;
  if (start.day !== undefined && end.day !== undefined && start.month === end.month) return `${start.day}–${formatDatePoint(end)}`;
  return `${formatDatePoint(start).replace(` ${start.year}`, "")} – ${formatDatePoint(end)}`;
}
