// A plain-text date label at the event's own precision, for downloads read without the site.
import type { EventDate } from "../types.ts";
import { formatDatePoint, formatDateSpan } from "../util/format-date.ts";

/**
 * "15–16 Feb 2017", "Feb 2017 (approximate)", "Mar 2017 (planned)".
 * Qualifiers are spelled out because a CSV or calendar reader has no badge to look at.
 */
export function formatDateLabel(date: EventDate, options: { planned?: boolean } = {}): string {
  const base = date.end ? formatDateSpan(date.start, date.end) : formatDatePoint(date.start);
  const notes = [date.approximate ? "approximate" : "", options.planned ? "planned" : ""].filter(Boolean);
  return notes.length ? `${base} (${notes.join(", ")})` : base;
}
