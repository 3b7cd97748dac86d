// `dateline build`'s site step: Eleventy renders templates/ with the timeline into outDir, then Pagefind indexes it.
import Eleventy from "@11ty/eleventy";
import type { Timeline } from "../types.ts";
import { normalizePathPrefix } from "../export/site-url.ts";
import { ELEVENTY_CONFIG, provideSiteData, TEMPLATES_DIR } from "./eleventy-config.ts";
import { indexSearch } from "./index-search.ts";

export interface RenderOptions {
  outDir: string;
  /** "/" or "/sub/". */
  pathPrefix: string;
  quiet?: boolean;
  /** Run Pagefind after Eleventy (default true). */
  search?: boolean;
  /** Scheme and host for absolute URLs (sitemap, OpenGraph, JSON-LD, feeds); default http://localhost:8080. */
  siteUrl?: string;
  title?: string;
  /** The last published site: pages whose data did not change are linked from it instead of rendered. */
  reuseFrom?: string;
}

/** Write the whole site (pages, assets, timeline.json, downloads, search index) into options.outDir; `pages` counts reused ones. */
export async function renderSite(timeline: Timeline, options: RenderOptions): Promise<{ pages: number; reused: number; searchMs?: number }> {
  const pathPrefix = normalizePathPrefix(options.pathPrefix);
  let reused = 0;
  const eleventy = new Eleventy(TEMPLATES_DIR, options.outDir, {
    configPath: ELEVENTY_CONFIG,
    pathPrefix,
    quietMode: options.quiet ?? false,
    config: (c) => provideSiteData(c, {
      timeline,
      pathPrefix,
      ...(options.siteUrl ? { siteUrl: options.siteUrl } : {}),
      ...(options.title ? { title: options.title } : {}),
      ...(options.reuseFrom ? { reuseFrom: options.reuseFrom } : {}),
      onReused: (count) => { reused = count; },
    }),
  });
  const written = await eleventy.write();
  const pages = countPages(written) + reused;
  if (options.search === false) return { pages, reused };
  const search = await indexSearch(options.outDir);
  if (!options.quiet) console.error(`Search index: ${search.pages} pages in ${(search.ms / 1000).toFixed(1)}s`);
  return { pages, reused, searchMs: search.ms };
}

/** HTML pages among Eleventy's results (its shape differs between versions: flat list or [passthrough, templates]). */
function countPages(written: unknown): number {
  const flat = (Array.isArray(written) ? written.flat(2) : []) as { outputPath?: unknown }[];
  return flat.filter((r) => typeof r?.outputPath === "string" && r.outputPath.endsWith(".html")).length;
}
