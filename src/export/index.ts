// The downloads the site offers, written next to the pages after Eleventy has run.
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Timeline } from "../types.ts";
import { toAtomFeed, FEED_FILE } from "./atom-feed.ts";
import { toEventsCsv } from "./events-csv.ts";
import { toICalendar } from "./icalendar.ts";
import { siteRootUrl, type SiteLocation } from "./site-url.ts";
import { toTimelineJs } from "./timeline-js.ts";

export { listCalendarSkips, type CalendarSkip } from "./icalendar.ts";

export interface DownloadOptions extends SiteLocation {
  /** Shown as the feed, calendar and TimelineJS title. Default "Dateline timeline". */
  title?: string;
}

/**
 * Each download: [file name, pure builder]. Order does not matter for correctness; it is the
 * order of the returned list. timeline.json is not here: the site writes it from the lead's
 * toTimelineJson so there is one writer per file.
 */
export const DOWNLOADS: readonly [file: string, build: (timeline: Timeline, options: DownloadOptions) => string][] = [
  ["events.csv", (timeline) => toEventsCsv(timeline)],
  ["calendar.ics", toICalendar],
  [FEED_FILE, toAtomFeed],
  // Pretty-printed: people open it to see the format; size is no concern at this scale.
  ["timelinejs.json", (timeline, options) => `${JSON.stringify(toTimelineJs(timeline, options), null, 2)}\n`],
];

/**
 * Build every download and write it into outDir; returns the file names written (relative to outDir).
 * One at a time (at 10,000 articles they are ~90 MB of text together), each to a temporary name
 * renamed into place once all are written: a builder that throws leaves no half-written set behind.
 */
export async function writeDownloads(timeline: Timeline, outDir: string, options: DownloadOptions): Promise<string[]> {
  siteRootUrl(options); // a bad siteUrl fails here, before anything is written
  await mkdir(outDir, { recursive: true });
  const temporary = DOWNLOADS.map(([file]) => join(outDir, `.${file}.${process.pid}.tmp`));
  try {
    for (const [i, [, build]] of DOWNLOADS.entries()) await writeFile(temporary[i]!, build(timeline, options), "utf8");
    for (const [i, [file]] of DOWNLOADS.entries()) await rename(temporary[i]!, join(outDir, file));
  } finally {
    await Promise.all(temporary.map((tmp) => rm(tmp, { force: true })));
  }
  return DOWNLOADS.map(([file]) => file);
}
