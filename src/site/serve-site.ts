// `dateline serve`: Eleventy's dev server with live reload. A change under contentDir (seen by our
// own folder watcher, see watch-content.ts) makes the next rebuild call loadTimeline() again (the
// loader re-extracts only what changed). Eleventy's own watcher looks after the templates.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import type { Timeline } from "../types.ts";
import { normalizePathPrefix } from "../export/site-url.ts";
import { watchContent } from "./watch-content.ts";
import { ELEVENTY_CONFIG, provideSiteData, TEMPLATES_DIR, type EleventyConfigApi } from "./eleventy-config.ts";
import { serveDownloads } from "./serve-downloads.ts";

export interface ServeOptions {
  contentDir: string;
  pathPrefix: string;
  port?: number;
  loadTimeline: () => Promise<Timeline>;
  /** Where to say which content files changed (the CLI: stderr). */
  log?: (line: string) => void;
}

export interface RunningSite { url: string; outDir: string; close: () => Promise<void> }

/** Start the dev server; resolves once the first build is written. The site lives in a temp folder, never in the published _site. */
export async function startSiteServer(options: ServeOptions): Promise<RunningSite> {
  const port = options.port ?? 8080;
  const pathPrefix = normalizePathPrefix(options.pathPrefix);
  const outDir = await mkdtemp(path.join(tmpdir(), "dateline-serve-"));
  let timeline = await options.loadTimeline();
  let stale = false;
  const siteUrl = `http://localhost:${port}`;
  const eleventy = new Eleventy(TEMPLATES_DIR, outDir, {
    configPath: ELEVENTY_CONFIG,
    pathPrefix,
    quietMode: true,
    runMode: "serve",
    config: (c: EleventyConfigApi) => {
      provideSiteData(c, {
        timeline: async () => {
          if (stale) {
            stale = false;
            timeline = await options.loadTimeline();
          }
          return timeline;
        },
        pathPrefix,
        siteUrl,
        // Rendering in place: pages whose data did not change stay as they are on disk.
        reuseFrom: outDir,
        downloads: false,
      });
      // timeline.json and the downloads are made when asked for, from the timeline the pages show.
      c.setServerOptions({ port, showVersion: false, middleware: [serveDownloads(() => timeline, pathPrefix, { pathPrefix, siteUrl })] });
    },
  });
  await eleventy.init();
  const rebuild = await eleventy.watch();
  if (typeof rebuild !== "function") throw new Error("This Eleventy version does not hand back its rebuild function from watch(); Dateline pins @11ty/eleventy 3.1.8. Run `npm ci` to install the pinned version.");
  // A change marks the timeline stale and queues a rebuild; one saved while a rebuild runs is
  // queued by Eleventy and built right after it.
  const watcher = watchContent(options.contentDir, (files) => {
    stale = true;
    const shown = files.slice(0, 3).map((f) => path.relative(process.cwd(), f)).join(", ");
    options.log?.(`Changed: ${shown}${files.length > 3 ? ` and ${files.length - 3} more` : ""}; rebuilding.`);
    void rebuild(files[0]!);
  });
  void eleventy.serve(port);
  return {
    url: `http://localhost:${port}${pathPrefix}`,
    outDir,
    close: async () => {
      watcher.close();
      await eleventy.stopWatch();
      await rm(outDir, { recursive: true, force: true, maxRetries: 5 });
    },
  };
}

/** `dateline serve`: start, print the address, stop cleanly on Ctrl-C. */
export async function serveSite(options: ServeOptions): Promise<void> {
  const site = await startSiteServer({ log: (line) => console.error(line), ...options });
  console.error(`Serving ${site.url} (live reload; edits under ${options.contentDir} re-extract). Ctrl-C stops.`);
  process.once("SIGINT", () => {
    void site.close().then(() => process.exit(0));
  });
}
