// TimelineJS3 renders our timelinejs.json in Chromium, offline: the library is read from
// node_modules/@knight-lab/timelinejs (skipped when absent) and served from a fake origin.
// DATELINE_TIMELINEJS_DIR may point at another copy of the package (e.g. one unpacked in /tmp).
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toTimelineJs, type TimelineJs } from "../../src/export/timeline-js.ts";
import { sampleTimeline } from "../helpers/sample-timeline.ts";
import { HOSTILE_TITLES, hostileTimeline, withoutControls } from "./hostile-timeline.ts";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const TIMELINEJS_DIR = process.env.DATELINE_TIMELINEJS_DIR ?? join(REPO, "node_modules/@knight-lab/timelinejs");
const DIST = join(TIMELINEJS_DIR, "dist");
const CHROMIUM = "/usr/bin/chromium";
const ORIGIN = "http://dateline.test";
const available = existsSync(join(DIST, "js/timeline.js")) && existsSync(CHROMIUM);

const TYPES: Record<string, string> = { ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml", ".woff2": "font/woff2", ".woff": "font/woff", ".ttf": "font/ttf", ".eot": "application/vnd.ms-fontobject", ".json": "application/json" };

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>TimelineJS</title>
<link rel="stylesheet" href="/tl/css/timeline.css"><script src="/tl/js/timeline.js"></script></head>
<body><div id="timeline-embed" style="width: 1000px; height: 600px"></div></body></html>`;

interface Loaded { page: Page; errors: string[]; outside: string[]; dialogs: string[] }

describe.skipIf(!available)("TimelineJS3 renders timelinejs.json", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update"] });
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** A page with TimelineJS fed `data`; records console errors, requests leaving the fake origin and dialogs. */
  async function load(data: TimelineJs): Promise<Loaded> {
    const context = await browser.newContext();
    const page = await context.newPage();
    const loaded: Loaded = { page, errors: [], outside: [], dialogs: [] };
    page.on("console", (m) => { if (m.type() === "error") loaded.errors.push(m.text()); });
    page.on("pageerror", (e) => loaded.errors.push(e.message));
    page.on("dialog", async (d) => { loaded.dialogs.push(d.message()); await d.dismiss(); });
    await context.route("**/*", async (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== ORIGIN) {
        loaded.outside.push(url.href);
        return route.abort();
      }
      if (url.pathname === "/") return route.fulfill({ contentType: "text/html", body: PAGE });
      const file = normalize(join(DIST, decodeURIComponent(url.pathname.replace(/^\/tl\//, ""))));
      if (!url.pathname.startsWith("/tl/") || !file.startsWith(DIST) || !existsSync(file)) return route.fulfill({ status: 404, body: "" });
      return route.fulfill({ contentType: TYPES[extname(file)] ?? "application/octet-stream", body: await readFile(file) });
    });
    await page.goto(`${ORIGIN}/`);
    // font: null — TimelineJS's default font CSS pulls fonts from fonts.gstatic.com; the site must stay self-contained.
    await page.evaluate((json) => {
      // Runs in the page: tsconfig has no DOM lib, so the page's globals are typed here.
      const w = globalThis as unknown as { TL: { Timeline: new (id: string, data: unknown, options: object) => unknown }; tl: unknown; location: { origin: string } };
      w.tl = new w.TL.Timeline("timeline-embed", json, { script_path: `${w.location.origin}/tl/js/`, font: null });
    }, data);
    return loaded;
  }

  it("shows the title slide first, with every event loaded and no errors", async () => {
    const data = toTimelineJs(sampleTimeline(), { pathPrefix: "/", title: "Sample talks" });
    const { page, errors, outside } = await load(data);
    const title = page.locator(".tl-slide-titleslide .tl-headline").first();
    await title.waitFor({ state: "visible", timeout: 15_000 });
    expect(await title.textContent()).toBe("Sample talks");
    expect(await page.locator(".tl-timemarker").count()).toBe(data.events.length);
    // A month-precision slide is labelled by our display_date, not as a fake day.
    expect(await page.locator(".tl-slide .tl-headline-date").allTextContents()).toContain("Feb 2017 (approximate, planned)");
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
  });

  it("shows hostile titles as text: nothing executes, nothing is injected", async () => {
    const { page, errors, dialogs } = await load(toTimelineJs(hostileTimeline(), { pathPrefix: "/" }));
    await page.locator(".tl-slide-titleslide .tl-headline").first().waitFor({ state: "visible", timeout: 15_000 });
    const squash = (text: string) => text.replace(/\s+/g, " ").trim();
    const headlines = (await page.locator(".tl-slide:not(.tl-slide-titleslide) h2.tl-headline").allTextContents()).map(squash);
    for (const title of HOSTILE_TITLES) expect(headlines).toContain(squash(withoutControls(title)));
    expect(await page.locator("#timeline-embed script, #timeline-embed img[onerror], #timeline-embed a[href^='javascript']").count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });
});
