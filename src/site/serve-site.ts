// `dateline serve`: Eleventy's dev server with live reload. A change under contentDir makes the next
// rebuild call loadTimeline() again (the lead's loader re-extracts only what changed).
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import type { Timeline } from "../types.ts";
import { normalizePathPrefix } from "../export/site-url.ts";
import { downloadsWritten, ELEVENTY_CONFIG, provideSiteData, TEMPLATES_DIR, type EleventyConfigApi } from "./eleventy-config.ts";

export interface ServeOptions {
  contentDir: string;
  pathPrefix: string;
  port?: number;
  loadTimeline: () => Promise<Timeline>;
}

export interface RunningSite { url: string; outDir: string; close: () => Promise<void> }

/** true when a path Eleventy reports ("./content/articles/a.md") lies inside dir. */
function isInside(file: string, dir: string): boolean {
  const rel = path.relative(path.resolve(dir), path.resolve(file));
  return rel !== "" && !rel.startsWith("..") && !path.isAbsolute(rel);
}

/** Start the dev server; resolves once the first build is written. The site lives in a temp folder, never in the published _site. */
export async function startSiteServer(options: ServeOptions): Promise<RunningSite> {
  const port = options.port ?? 8080;
  const pathPrefix = normalizePathPrefix(options.pathPrefix);
  const outDir = await mkdtemp(path.join(tmpdir(), "dateline-serve-"));
  let timeline = await options.loadTimeline();
  let stale = false;
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
        siteUrl: `http://localhost:${port}`,
        // Rendering in place: pages whose data did not change stay as they are on disk.
        reuseFrom: outDir,
        downloadsInBackground: true,
      });
      c.addWatchTarget(path.resolve(options.contentDir));
      c.setServerOptions({ port, showVersion: false });
      c.on("eleventy.beforeWatch", ((changed: string[]) => {
        if (changed.some((f) => isInside(f, options.contentDir))) stale = true;
      }) as unknown as (arg: { directories: { output: string } }) => unknown);
    },
  });
  await eleventy.init();
  await eleventy.watch();
  void eleventy.serve(port);
  return {
    url: `http://localhost:${port}${pathPrefix}`,
    outDir,
    close: async () => {
      await eleventy.stopWatch();
      await downloadsWritten();
      await rm(outDir, { recursive: true, force: true, maxRetries: 5 });
    },
  };
}

/** `dateline serve`: start, print the address, stop cleanly on Ctrl-C. */
export async function serveSite(options: ServeOptions): Promise<void> {
  const site = await startSiteServer(options);
  console.error(`Serving ${site.url} (live reload; edits under ${options.contentDir} re-extract). Ctrl-C stops.`);
  process.once("SIGINT", () => {
    void site.close().then(() => process.exit(0));
  });
}
