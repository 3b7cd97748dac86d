// `dateline serve` makes timeline.json and the downloads when a browser asks for one, from the
// timeline the pages were built from, instead of writing them after every rebuild: at 10,000
// articles writing them took 3–5 s of this thread after each rebuild and held up the next edit.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Timeline } from "../types.ts";
import { buildDownload, type DownloadOptions } from "../export/write-all-downloads.ts";

export type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => unknown) => unknown;

const CONTENT_TYPES: [suffix: string, type: string][] = [
  [".json", "application/json"],
  [".csv", "text/csv"],
  [".ics", "text/calendar"],
  [".xml", "application/atom+xml"],
];

/** The file a request asks for under the prefix ("timeline.json"), or null (elsewhere, or a malformed address). */
function downloadName(url: string, pathPrefix: string): string | null {
  try {
    const pathname = new URL(url, "http://localhost").pathname;
    return pathname.startsWith(pathPrefix) ? decodeURIComponent(pathname.slice(pathPrefix.length)) : null;
  } catch {
    return null;
  }
}

/** A dev-server middleware answering `<pathPrefix><download>` from `current()`; anything else goes on. */
export function serveDownloads(current: () => Timeline, pathPrefix: string, options: DownloadOptions): Middleware {
  // Built once per timeline: the pages' links may be followed several times.
  const built = new WeakMap<Timeline, Map<string, string | null>>();
  return (req, res, next) => {
    const file = downloadName(req.url ?? "/", pathPrefix);
    if (file === null) return next();
    const timeline = current();
    const texts = built.get(timeline) ?? new Map<string, string | null>();
    built.set(timeline, texts);
    let text: string | null | undefined = texts.get(file);
    try {
      if (text === undefined) texts.set(file, (text = buildDownload(file, timeline, options)));
    } catch (error) {
      res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
      res.end(`Could not build ${file}: ${(error as Error).message}\n`);
      return;
    }
    if (text === null) return next();
    const type = CONTENT_TYPES.find(([suffix]) => file.endsWith(suffix))?.[1] ?? "text/plain";
    res.writeHead(200, { "Content-Type": `${type}; charset=utf-8`, "Cache-Control": "no-cache" });
    res.end(text);
  };
}
