// The display form of a partial date, shared by filters and precomputed labels.
import dayjs from "dayjs";
import type { DatePoint } from "../types.ts";

/** "15 Feb 2017", "Feb 2017" or "2017": never more than the point knows (dayjs only names the month). */
export function formatDatePoint(point: DatePoint | null | undefined): string {
  if (!point) return "unknown";
  if (point.month === undefined) return String(point.year);
  const month = dayjs(new Date(Date.UTC(point.year, point.month - 1, 15))).format("MMM");
  return point.day === undefined ? `${month} ${point.year}` : `${point.day} ${month} ${point.year}`;
}
