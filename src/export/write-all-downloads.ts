// timeline.json and the downloads: the one place a site's data files are made from a timeline
// (written by a build, handed out on request by `dateline serve`).
// (Tried on a worker thread beside the page rendering: no faster at 10,000 articles, where the
// disk is the limit, and a second copy of the timeline cost 500 MB.)
import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { Timeline } from "../types.ts";
import { DOWNLOADS, writeDownloads, type DownloadOptions } from "./index.ts";
import { toTimelineJson } from "./timeline-json.ts";
import { jsonPieces, writeJsonFile } from "./write-json-file.ts";

export type { DownloadOptions } from "./index.ts";

const timelineDoc = (timeline: Timeline): Record<string, unknown> => toTimelineJson(timeline) as unknown as Record<string, unknown>;

/** timeline.json's text, piece by piece (see write-json-file.ts): the same bytes the build writes. */
export const timelineJsonPieces = (timeline: Timeline): Generator<string> => jsonPieces(timelineDoc(timeline));

/** Write timeline.json and every download into outDir. */
export async function writeAllDownloads(timeline: Timeline, outDir: string, options: DownloadOptions): Promise<void> {
  await mkdir(outDir, { recursive: true });
  await writeJsonFile(path.join(outDir, "timeline.json"), timelineDoc(timeline));
  await writeDownloads(timeline, outDir, options);
}

/** The text of one of the files writeAllDownloads writes, by name; null for any other name. */
export function buildDownload(file: string, timeline: Timeline, options: DownloadOptions): string | null {
  if (file === "timeline.json") return [...timelineJsonPieces(timeline)].join("");
  const builder = DOWNLOADS.find(([name]) => name === file)?.[1];
  return builder ? builder(timeline, options) : null;
}
