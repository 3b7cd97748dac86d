// timeline.json and the downloads: the one place a site's data files are written from a timeline.
// (Tried on a worker thread beside the page rendering: no faster at 10,000 articles, where the
// disk is the limit, and a second copy of the timeline cost 500 MB.)
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Timeline } from "../types.ts";
import { writeDownloads, type DownloadOptions } from "./index.ts";
import { toTimelineJson } from "./timeline-json.ts";

/** Write timeline.json and every download into outDir. */
export async function writeAllDownloads(timeline: Timeline, outDir: string, options: DownloadOptions): Promise<void> {
  await mkdir(outDir, { recursive: true });
  await writeFile(path.join(outDir, "timeline.json"), `${JSON.stringify(toTimelineJson(timeline), null, 2)}\n`);
  await writeDownloads(timeline, outDir, options);
}
