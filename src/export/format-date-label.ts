// A plain-text date label at the event's own precision, for downloads read without the site.
import type { DatePoint, EventDate } from "../types.ts";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "15 Feb 2017", "Feb 2017" or "2017": only the parts that are known. */
export function formatDatePoint(point: DatePoint): string {
  const month = point.month !== undefined ? MONTHS[point.month - 1] : undefined;
  if (month === undefined) return String(point.year);
  if (point.day === undefined) return `${month} ${point.year}`;
  return `${point.day} ${month} ${point.year}`;
}

/** The span without repeating shared parts: "15–16 Feb 2017", "30 Jan – 2 Feb 2017", "Dec 2016 – Jan 2017". */
function formatSpan(start: DatePoint, end: DatePoint): string {
  const full = `${formatDatePoint(start)} – ${formatDatePoint(end)}`;
  if (start.year !== end.year || (start.month === undefined) !== (end.month === undefined)) return full;
  if (start.day !== undefined && end.day !== undefined && start.month === end.month) {
    return `${start.day}–${formatDatePoint(end)}`;
  }
  return `${formatDatePoint(start).replace(` ${start.year}`, "")} – ${formatDatePoint(end)}`;
}

/**
 * "15–16 Feb 2017", "Feb 2017 (approximate)", "Mar 2017 (planned)".
 * Qualifiers are spelled out because a CSV or calendar reader has no badge to look at.
 */
export function formatDateLabel(date: EventDate, options: { planned?: boolean } = {}): string {
  const base = date.end ? formatSpan(date.start, date.end) : formatDatePoint(date.start);
  const notes = [date.approximate ? "approximate" : "", options.planned ? "planned" : ""].filter(Boolean);
  return notes.length ? `${base} (${notes.join(", ")})` : base;
}
