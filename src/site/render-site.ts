// `dateline build`'s site step: Eleventy renders templates/ with the timeline into outDir, then Pagefind indexes it.
import Eleventy from "@11ty/eleventy";
import type { Timeline } from "../types.ts";
import { normalizePathPrefix } from "../export/site-url.ts";
import { writeAllDownloads } from "../export/write-all-downloads.ts";
import { ELEVENTY_CONFIG, prepareSite, provideSiteData, TEMPLATES_DIR } from "./eleventy-config.ts";
import { byPageKind, PAGE_KINDS, type SiteData } from "./site-data.ts";
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
  /** Article, month and actor pages per Eleventy run (default PAGES_PER_RUN). */
  pagesPerRun?: number;
  /** Told after each run how many of the article, month and actor pages are done (reused ones included). */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Article, month and actor pages per Eleventy run. Eleventy holds every page of a run in memory
 * until the run ends; past this many, a build runs it again over the next slice of pages.
 */
export const PAGES_PER_RUN = 2500;

/** Write the whole site (pages, assets, timeline.json, downloads, search index) into options.outDir; `pages` counts reused ones. */
export async function renderSite(timeline: Timeline, options: RenderOptions): Promise<{ pages: number; reused: number; searchMs?: number }> {
  const pathPrefix = normalizePathPrefix(options.pathPrefix);
  const location = { pathPrefix, ...(options.siteUrl ? { siteUrl: options.siteUrl } : {}), ...(options.title ? { title: options.title } : {}) };
  // The pages first, in their own function: the site data is garbage before the downloads are made.
  const { pages, reused } = await renderPages(timeline, options, location);
  // Pagefind indexes the pages in its own process while this thread writes the downloads.
  const [search] = await settleAll([options.search === false ? undefined : indexSearch(options.outDir), writeAllDownloads(timeline, options.outDir, location)]);
  if (!search) return { pages, reused };
  if (!options.quiet) console.error(`Search index: ${search.pages} pages in ${(search.ms / 1000).toFixed(1)}s`);
  return { pages, reused, searchMs: search.ms };
}

/** Promise.all that lets every task finish (or fail) before it rejects with the first failure. */
async function settleAll<T extends readonly unknown[]>(tasks: T): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }> {
  const settled = await Promise.allSettled(tasks);
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === "rejected");
  if (failed) throw failed.reason;
  return settled.map((s) => (s as PromiseFulfilledResult<unknown>).value) as { -readonly [K in keyof T]: Awaited<T[K]> };
}

/** Every page, in one Eleventy run per slice of the per-item pages. */
async function renderPages(timeline: Timeline, options: RenderOptions, location: { pathPrefix: string; siteUrl?: string; title?: string }): Promise<{ pages: number; reused: number }> {
  const prepared = await prepareSite(timeline, { ...(options.reuseFrom ? { reuseFrom: options.reuseFrom } : {}), ...(options.title ? { title: options.title } : {}) }, location);
  const slices = slicePages(prepared.data.pages, Math.max(1, options.pagesPerRun ?? PAGES_PER_RUN));
  const written: string[] = [];
  let pages = prepared.reused.length;
  const total = slices.reduce((n, slice) => n + countItems(slice), pages);
  let done = pages;
  options.onProgress?.(done, total);
  for (const [i, slice] of slices.entries()) {
    const eleventy = new Eleventy(TEMPLATES_DIR, options.outDir, {
      configPath: ELEVENTY_CONFIG,
      pathPrefix: location.pathPrefix,
      quietMode: options.quiet ?? false,
      config: (c) => provideSiteData(c, { timeline, ...location, ...(options.reuseFrom ? { reuseFrom: options.reuseFrom } : {}), part: { prepared, pages: slice, last: i === slices.length - 1, written } }),
    });
    const results = await eleventy.write();
    pages += countPages(results);
    written.push(...urlsOf(results));
    done += countItems(slice);
    options.onProgress?.(done, total);
  }
  return { pages, reused: prepared.reused.length };
}

/** The one-page-per-item pages in one list set. */
function countItems(pages: SiteData["pages"]): number {
  return PAGE_KINDS.reduce((n, kind) => n + pages[kind].length, 0);
}

/** The per-item page lists cut into runs of at most `size` pages, in order; always at least one (the last run renders the rest of the site). */
export function slicePages(pages: SiteData["pages"], size: number): SiteData["pages"][] {
  const all = PAGE_KINDS.flatMap((kind) => (pages[kind] as unknown[]).map((page) => [kind, page] as const));
  const slices: SiteData["pages"][] = [];
  for (let start = 0; start < all.length || slices.length === 0; start += size) {
    const slice = byPageKind(() => []);
    for (const [kind, page] of all.slice(start, start + size)) (slice[kind] as unknown[]).push(page);
    slices.push(slice);
  }
  return slices;
}

/** Eleventy's results as a flat list (its shape differs between versions: flat list or [passthrough, templates]). */
function flatResults(written: unknown): { outputPath?: unknown; url?: unknown }[] {
  return (Array.isArray(written) ? written.flat(2) : []) as { outputPath?: unknown; url?: unknown }[];
}

/** HTML pages among Eleventy's results. */
function countPages(written: unknown): number {
  return flatResults(written).filter((r) => typeof r.outputPath === "string" && r.outputPath.endsWith(".html")).length;
}

/** The site paths Eleventy wrote (for the sitemap of a build in several runs). */
function urlsOf(written: unknown): string[] {
  return flatResults(written).flatMap((r) => (typeof r.url === "string" ? [r.url] : []));
}
