// calendar.ics: rounds and meetings whose day is known, as all-day events calendar apps import.
import ical, { ICalEventStatus } from "ical-generator";
import type { DatePoint, EventId, Timeline, TimelineEvent } from "../types.ts";
import { addDays, toDayNumber } from "../util/date-point.ts";
import { stripForbiddenChars } from "./escape-markup.ts";
import { foldIcalLines } from "./fold-ical-lines.ts";
import { formatDateLabel } from "./format-date-label.ts";
import { eventPageUrlUnder, siteRootUrl, type SiteLocation } from "./site-url.ts";

const CALENDAR_TYPES: ReadonlySet<TimelineEvent["type"]> = new Set(["round", "meeting"]);

export interface CalendarSkip {
  id: EventId;
  /** "Feb 2017 (approximate)": the date as known, so a report can show why it is missing. */
  date: string;
  reason: string;
}

export interface CalendarOptions extends SiteLocation {
  title?: string;
}

/** UTC midnight of a day-precision point: ical-generator prints a Date's UTC parts, so TZ never leaks in. */
function toUtcDate(point: DatePoint): Date {
  return new Date(toDayNumber(point) * 86_400_000);
}

/**
 * Why an event stays out of the calendar, or null when it goes in. A calendar entry needs a
 * day; giving "Feb 2017" a fake day (the 1st) would put a false date into people's calendars,
 * so month- and year-precision events are skipped and listed instead.
 */
function skipReason(event: TimelineEvent): string | null {
  if (!CALENDAR_TYPES.has(event.type)) return null;
  if (event.date.start.day === undefined) return `${event.date.precision} precision: the day is not known`;
  return null;
}

/** Rounds and meetings left out of calendar.ics because their day is not known (for the build report). */
export function listCalendarSkips(timeline: Timeline): CalendarSkip[] {
  return timeline.events.flatMap((event) => {
    const reason = skipReason(event);
    return reason ? [{ id: event.id, date: formatDateLabel(event.date, { planned: event.planned }), reason }] : [];
  });
}

function describe(event: TimelineEvent, actorName: ReadonlyMap<string, string>, url: string): string {
  const lines = [`${event.type} · ${formatDateLabel(event.date, { planned: event.planned })}`];
  if (event.date.approximate) lines.push(`The date is approximate: "${event.date.text}".`);
  if (event.actors.length) lines.push(`Actors: ${event.actors.map((id) => actorName.get(id) ?? id).join(", ")}`);
  lines.push("Sources:", ...event.sources.map((s) => `- ${s.article}: "${s.quote}"`));
  lines.push(`More: ${url}`);
  return lines.join("\n");
}

/**
 * Timeline → calendar.ics text. Day-precision rounds and meetings become all-day events
 * (DTEND exclusive: "15–16 Feb" ends on the 17th). UID = "<event id>@dateline"; planned events are
 * TENTATIVE. DTSTAMP is the event's first day, never the build time, so two builds are byte-identical.
 */
export function toICalendar(timeline: Timeline, options: CalendarOptions): string {
  const included = timeline.events.filter((e) => CALENDAR_TYPES.has(e.type) && skipReason(e) === null);
  const skipped = listCalendarSkips(timeline).length;
  const actorName = new Map(timeline.actors.map((a) => [a.id, a.name]));
  const calendar = ical({
    name: stripForbiddenChars(options.title ?? "Dateline timeline"),
    prodId: { company: "Dateline", product: "Dateline timeline", language: "EN" },
    description: skipped
      ? `Rounds and meetings with a known day. ${skipped} more, dated only to a month or year, are listed in events.csv.`
      : "Rounds and meetings with a known day.",
  });
  // Only when there is an event to link: siteRootUrl throws on a bad siteUrl, as it did per event.
  const root = included.length ? siteRootUrl(options) : "";
  for (const event of included) {
    const { start, end } = event.date;
    // An end without a day ("15 Feb – Mar 2017") cannot close an all-day span: keep the first day only.
    const lastDay = end?.day !== undefined ? end : start;
    const url = eventPageUrlUnder(root, event);
    calendar.createEvent({
      id: `${event.id}@dateline`,
      allDay: true,
      start: toUtcDate(start),
      end: toUtcDate(addDays(lastDay, 1)),
      stamp: toUtcDate(start),
      // ical-generator escapes , ; \ and line breaks; control characters (RFC 5545 forbids them in TEXT) are ours to drop.
      summary: stripForbiddenChars(event.title),
      ...(event.place ? { location: stripForbiddenChars(event.place) } : {}),
      description: stripForbiddenChars(describe(event, actorName, url)),
      url,
      status: event.planned ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
    });
  }
  // ical-generator folds the whole document in toString(), slowly (see fold-ical-lines.ts). An
  // event's own toString() is unfolded and folding works line by line, so the events are folded
  // here and the library folds only the short calendar shell (which has no timezone or X- lines
  // that would follow the events).
  const body = foldIcalLines(calendar.events().map((e) => e.toString()).join(""));
  calendar.clear();
  const shell = calendar.toString();
  const end = shell.lastIndexOf("END:VCALENDAR");
  // RFC 5545 §3.1: every content line ends in CRLF, the last one too; ical-generator omits the final one.
  return `${shell.slice(0, end)}${body}${shell.slice(end)}\r\n`;
}
