// Eleventy's side of the site: filters, shortcodes, assets, and the site data handed in by renderSite/serveSite.
import { readdirSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import MarkdownIt from "markdown-it";
import type { Timeline } from "../types.ts";
import { writeAllDownloads } from "../export/write-all-downloads.ts";
import { FEED_FILE } from "../export/atom-feed.ts";
import { siteRootUrl } from "../export/site-url.ts";
import { FILTERS } from "./filters.ts";
import { eventListJsonLdScript } from "./json-ld.ts";
import type { EventView, ViewMemo } from "./event-views.ts";
import { renderArticleText } from "./article-html.ts";
import { escapeHtml } from "./html.ts";
import type { ArticlePage } from "./article-pages.ts";
import { renderEventDetail, renderEventSummary, renderSourceLinks } from "./event-html.ts";
import { toSiteData, type SiteData } from "./site-data.ts";
import { finishPages, keyPages, readManifest, selectPages, type PageManifest } from "./reuse-pages.ts";
import { toSitemapXml } from "./sitemap.ts";

/** The part of Eleventy's UserConfig the site uses (Eleventy ships no types). */
export interface EleventyConfigApi {
  addFilter(name: string, fn: (...args: never[]) => unknown): void;
  addShortcode(name: string, fn: (...args: never[]) => string): void;
  addGlobalData(name: string, data: unknown): void;
  addPassthroughCopy(map: Record<string, string>): void;
  setLibrary(name: string, lib: unknown): void;
  addWatchTarget(target: string): void;
  setServerOptions(options: Record<string, unknown>): void;
  on(event: string, fn: (arg: { directories: { output: string }; results: { url: string }[] }) => unknown): void;
  globalData: Record<string, unknown>;
}

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const TEMPLATES_DIR = path.join(REPO_ROOT, "templates");
export const ELEVENTY_CONFIG = path.join(REPO_ROOT, ".eleventy.ts");

/** What .eleventy.ts exports as `config`: only Nunjucks templates; markdown never runs through a template engine ("{{" in scraped text). */
export const ELEVENTY_OPTIONS = {
  dir: { includes: "_includes" },
  templateFormats: ["njk"],
  markdownTemplateEngine: false,
  htmlTemplateEngine: "njk",
} as const;

export interface SiteInput {
  /** A Timeline, or a function giving the current one (serve re-extracts between builds). */
  timeline: Timeline | (() => Timeline | Promise<Timeline>);
  /** The last site (the published folder, or the output folder itself when serving): its unchanged pages are reused, not rendered. */
  reuseFrom?: string;
  /** Write timeline.json and the other downloads after the pages (default true); serve hands them out on request instead (serve-downloads.ts). */
  downloads?: boolean;
  pathPrefix: string;
  siteUrl?: string;
  title?: string;
  /** One of several Eleventy runs of a build (see renderSite): the site data is prepared once for all. */
  part?: RenderPart;
}

/**
 * A build renders its pages in parts: Eleventy keeps every page it rendered in memory until its run
 * ends (2 GB at 10,000 articles), so large builds run it several times over slices of the pages.
 */
export interface RenderPart {
  prepared: Prepared;
  /** The article, month, actor and actor-year pages of this run. */
  pages: SiteData["pages"];
  /** The last run: it also renders the other templates (home, listings, report ...) and finishes the site. */
  last: boolean;
  /** The URLs earlier runs wrote, for the sitemap (filled in before the last run starts). */
  written: string[];
}

/** The templates with one page per article, month or actor; every other template renders once per build. */
export const PER_ITEM_TEMPLATES = ["articles.njk", "months.njk", "actors.njk", "actor-years.njk"];

/** "/events/x/" → "/sub/events/x/" for pathPrefix "/sub/"; protocol-relative ("//host") and other values unchanged. */
export function prefixSitePath(value: string, pathPrefix: string): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//")) return value;
  return `${pathPrefix.replace(/\/$/, "")}${value}`;
}

/** Filters, shortcodes, markdown and assets: everything that does not depend on the timeline. */
export function configureSite(eleventyConfig: EleventyConfigApi): void {
  eleventyConfig.setLibrary("md", new MarkdownIt({ html: false, linkify: false }));
  for (const [name, fn] of Object.entries(FILTERS)) eleventyConfig.addFilter(name, fn);
  // Shortcode output is not autoescaped: toScriptJson escapes < > & so a title cannot close the script.
  eleventyConfig.addShortcode("eventListJsonLd", ((events: EventView[], siteRoot: string) => eventListJsonLdScript(events, siteRoot)) as (...args: never[]) => string);
  eleventyConfig.addPassthroughCopy({ [path.join(TEMPLATES_DIR, "assets")]: "assets" });
}

/**
 * Hand the timeline to the templates as global data `site` (recomputed each build when
 * `timeline` is a function) plus `build` (URLs), and write timeline.json and the downloads
 * after every build.
 */
export function provideSiteData(eleventyConfig: EleventyConfigApi, input: SiteInput): void {
  const location = { pathPrefix: input.pathPrefix, ...(input.siteUrl ? { siteUrl: input.siteUrl } : {}) };
  let last: Prepared | null = null;
  const part = input.part;
  // Across the builds of one Eleventy (serve): unchanged events keep their views, page keys and summaries.
  const carried: CarriedViews = { views: new Map(), keys: new WeakMap() };
  const current = async (): Promise<Prepared> => {
    if (part) return { ...part.prepared, data: { ...part.prepared.data, pages: part.pages } };
    const timeline = typeof input.timeline === "function" ? await input.timeline() : input.timeline;
    if (last?.timeline !== timeline) last = await prepareSite(timeline, input, location, carried);
    return last;
  };
  // A run before the last renders only per-item pages: the other templates are left out.
  if (part && !part.last) {
    const ignores = (eleventyConfig as unknown as { ignores: Set<string> }).ignores;
    for (const name of readdirSync(TEMPLATES_DIR)) {
      if (name.endsWith(".njk") && !PER_ITEM_TEMPLATES.includes(name)) ignores.add(path.relative(process.cwd(), path.join(TEMPLATES_DIR, name)).split(path.sep).join("/"));
    }
  }
  // Eleventy's own `url` filter tests every value with `new URL()` in a try/catch: 1.3 s of a
  // 4.8 s build at 3,000 events. Site paths are root-relative ("/events/x/"), so prefixing them is
  // a string join; anything else (absolute or relative URLs) is returned unchanged, as Eleventy does.
  // Registered on beforeConfig: Eleventy adds its default filters after this callback runs, so a
  // plain addFilter here would be overwritten.
  const url = ((value: string) => prefixSitePath(value, input.pathPrefix)) as (...args: never[]) => unknown;
  eleventyConfig.on("eleventy.beforeConfig", ((config: EleventyConfigApi) => config.addFilter("url", url)) as unknown as (arg: { directories: { output: string } }) => unknown);
  // The runs of one build share the summaries they render (an event is listed on pages of several runs).
  addFragmentShortcodes(eleventyConfig, input.pathPrefix, part?.prepared.summaries ?? new WeakMap());
  // The site data this build renders; its after-hook finishes exactly these pages. (Resolving the
  // timeline again there picked up an edit saved during the build: its keys went into the manifest
  // though the pages on disk were the older ones, and the next build took them for current.)
  let rendering: Prepared | null = null;
  eleventyConfig.addGlobalData("site", async () => (rendering = await current()).data);
  eleventyConfig.addGlobalData("build", { siteRoot: siteRootUrl(location), feed: FEED_FILE });
  eleventyConfig.on("eleventy.after", async ({ directories, results }) => {
    if (part && !part.last) return;
    const { timeline, keys, reused, lastPages } = rendering ?? (await current());
    const out = directories.output;
    await finishPages(out, input.reuseFrom ?? out, reused, keys, lastPages);
    await writeFile(path.join(out, "sitemap.xml"), toSitemapXml([...(part?.written ?? []), ...results.map((r) => r.url), ...reused], siteRootUrl(location)));
    // renderSite writes the downloads after its last run; serve makes them on request.
    if (part || input.downloads === false) return;
    await writeAllDownloads(timeline, out, { ...location, ...(input.title ? { title: input.title } : {}) });
  });
}

/**
 * The escaping fragments (event-html.ts, article-html.ts) as shortcodes: their output is not
 * escaped again, `html` escaped every value. A summary appears on several pages, so it is rendered
 * once per build and remembered.
 */
function addFragmentShortcodes(eleventyConfig: EleventyConfigApi, pathPrefix: string, summaries: WeakMap<EventView, string>): void {
  const href = (sitePath: string): string => prefixSitePath(sitePath, pathPrefix);
  // Listings show an event's summary on several pages: rendered once per build and remembered.
  const summary = (event: EventView): string => {
    let text = summaries.get(event);
    if (text === undefined) summaries.set(event, (text = renderEventSummary(event, href).value));
    return text;
  };
  // One call per list, not per event: a shortcode call costs more than the string it returns.
  const items = (events: EventView[], withAnchors = false): string =>
    events.map((e) => (withAnchors ? `<li class="event" id="${escapeHtml(e.anchor)}">${summary(e)}</li>` : `<li class="event">${summary(e)}</li>`)).join("\n");
  eleventyConfig.addShortcode("eventItems", items as (...args: never[]) => string);
  eleventyConfig.addShortcode("eventSourceLinks", ((event: EventView) => renderSourceLinks(event, href).value) as (...args: never[]) => string);
  eleventyConfig.addShortcode("articleText", ((article: ArticlePage) => renderArticleText(article, href).value) as (...args: never[]) => string);
  eleventyConfig.addShortcode("eventDetails", ((events: EventView[]) => events.map((e) => renderEventDetail(e, href).value).join("\n\n")) as (...args: never[]) => string);
}

export interface Prepared {
  timeline: Timeline;
  data: SiteData;
  keys: PageManifest;
  /** Pages taken from input.reuseFrom instead of rendered. */
  reused: string[];
  lastPages: PageManifest | null;
  /** Event summaries rendered so far for this site (its events and path prefix), by event. */
  summaries: WeakMap<EventView, string>;
}

/** What one process keeps between its builds of a site (serve): event views by id, and their keys. */
export interface CarriedViews {
  views: ViewMemo;
  keys: WeakMap<EventView, string>;
}

/**
 * Timeline → site data, keyed per page; with `reuseFrom`, the pages still current there are left
 * out of rendering; with `carried`, unchanged events keep the views and keys of the last build.
 */
export async function prepareSite(timeline: Timeline, input: Pick<SiteInput, "reuseFrom" | "title">, location: { pathPrefix: string; siteUrl?: string }, carried?: CarriedViews): Promise<Prepared> {
  const all = toSiteData(timeline, { ...(input.title ? { title: input.title } : {}), ...(carried ? { views: carried.views } : {}) });
  const keys = keyPages(all, { ...location, title: input.title }, carried?.keys);
  const lastPages = input.reuseFrom ? await readManifest(input.reuseFrom) : null;
  const { data, reused } = input.reuseFrom ? selectPages(all, keys, lastPages, input.reuseFrom) : { data: all, reused: [] };
  return { timeline, data, keys, reused, lastPages, summaries: new WeakMap() };
}
