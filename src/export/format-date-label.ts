// A plain-text date label at the event's own precision, for downloads read without the site.
import type { DatePoint, EventDate } from "../types.ts";
import { formatDatePoint, formatDateSpan } from "../util/format-date.ts";

/**
 * Labels made so far. Formatting goes through dayjs (tens of µs a label) and the downloads label
 * each of thousands of events, mostly on dates already seen; there are only so many dates.
 */
const made = new Map<string, string>();

/**
 * "15–16 Feb 2017", "Feb 2017 (approximate)", "Mar 2017 (planned)".
 * Qualifiers are spelled out because a CSV or calendar reader has no badge to look at.
 */
export function formatDateLabel(date: EventDate, options: { planned?: boolean } = {}): string {
  const key = `${pointKey(date.start)}/${date.end ? pointKey(date.end) : ""}/${date.approximate ? 1 : 0}${options.planned ? 1 : 0}`;
  let label = made.get(key);
  if (label === undefined) made.set(key, (label = makeLabel(date, options)));
  return label;
}

function pointKey(point: DatePoint): string {
  return `${point.year}-${point.month ?? ""}-${point.day ?? ""}`;
}

function makeLabel(date: EventDate, options: { planned?: boolean }): string {
  const base = date.end ? formatDateSpan(date.start, date.end) : formatDatePoint(date.start);
  const notes = [date.approximate ? "approximate" : "", options.planned ? "planned" : ""].filter(Boolean);
  return notes.length ? `${base} (${notes.join(", ")})` : base;
}
