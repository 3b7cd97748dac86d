// Events (already sorted by date) → year and month sections for the timeline listings.
import dayjs from "dayjs";
import type { EventType } from "../types.ts";
import type { EventView } from "./event-views.ts";
import { monthAnchor, monthPath, yearPath } from "./page-paths.ts";

/**
 * A listing (year, type-year page) names each event only up to this many: past it a month section
 * gives counts and links its month page, which always holds every event. 6,000 events on one
 * page were 4.5 MB of HTML no reader scrolls, written again on every build.
 */
export const LISTING_LIMIT = 300;

export interface MonthGroup {
  year: number;
  /** "m-2017-02"; "m-2017" holds the events dated only to the year. */
  anchor: string;
  /** The month's own page, with every event's sources: "/years/2017/02/" or "/years/2017/undated/". */
  url: string;
  label: string;
  /** The <time datetime> of the section: "2017-02" or "2017". */
  datetime: string;
  events: EventView[];
  counts: Record<EventType, number>;
  /** The neighbouring month pages (set on the timeline's own months: the month pages' pager). */
  previous?: { url: string; label: string };
  next?: { url: string; label: string };
}

export interface YearGroup {
  year: number;
  url: string;
  count: number;
  counts: Record<EventType, number>;
  months: MonthGroup[];
  /** true when the listing names every event (count ≤ LISTING_LIMIT); else months give counts. */
  listed: boolean;
}

/** Group by year, then month; order follows the input (the timeline's sort puts year-only events first in their year). */
export function groupByYearMonth(events: EventView[]): YearGroup[] {
  const years = new Map<number, YearGroup>();
  for (const event of events) {
    const { year, month } = event.date.start;
    let group = years.get(year);
    if (!group) {
      group = { year, url: yearPath(year), count: 0, counts: { round: 0, meeting: 0, statement: 0, other: 0 }, months: [], listed: true };
      years.set(year, group);
    }
    group.count++;
    group.counts[event.type]++;
    const anchor = monthAnchor(year, month);
    let section = group.months.find((m) => m.anchor === anchor);
    if (!section) {
      section = { year, anchor, url: monthPath(year, month), label: monthLabel(year, month), datetime: anchor.slice(2), events: [], counts: { round: 0, meeting: 0, statement: 0, other: 0 } };
      group.months.push(section);
    }
    section.events.push(event);
    section.counts[event.type]++;
  }
  for (const group of years.values()) group.listed = group.count <= LISTING_LIMIT;
  return [...years.values()].sort((a, b) => a.year - b.year);
}

/** "February 2017"; "2017, month not stated" for year-only dates (dayjs for the month name only). */
function monthLabel(year: number, month: number | undefined): string {
  if (month === undefined) return `${year}, month not stated`;
  return `${dayjs(new Date(Date.UTC(year, month - 1, 15))).format("MMMM")} ${year}`;
}
