/// <reference lib="dom" />
// The built site as a reader uses it, in Debian's Chromium (playwright-core, no downloaded browser):
// console errors, a crawl of every internal link, axe, keyboard focus, 375 px layout, Pagefind, a
// --path-prefix build served under its prefix, JavaScript off, and screenshots in test-results/.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderSite } from "../../src/site/render-site.ts";
import { sampleTimeline } from "../helpers/sample-timeline.ts";
import { serveStatic, type StaticServer } from "./static-server.ts";

const CHROMIUM = "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update"];
const SHOTS = path.resolve("test-results");
const available = existsSync(CHROMIUM);
if (!available) console.warn(`Skipping the browser suite: ${CHROMIUM} is missing (apt-get install -y chromium).`);

// The page types the issue names, by their path under the site root.
const PAGES: [name: string, path: string][] = [
  ["home", ""],
  ["actor", "actors/jane-envoy/"],
  ["article", "articles/2017-01-19-talks-prepared/"],
  ["rounds", "rounds/"],
  ["report", "report/"],
  ["month (event entries)", "years/2017/01/"],
  ["actors index", "actors/"],
  ["type filter", "types/round/"],
  ["year", "years/2017/"],
  ["search", "search/"],
];

// Sample timeline: home, rounds, report, actors index, articles index, 4 types, 4 type-years, 3 years,
// 4 months (holding the 5 events), 4 actors, 3 articles, search (a form's action) = 28 pages reachable
// from home (not 404.html).
const EXPECTED_PAGES = 28;

describe.skipIf(!available)("the built site in Chromium", () => {
  let browser: Browser;
  let root: StaticServer;
  let sub: StaticServer;
  let rootDir = "";
  let subDir = "";

  beforeAll(async () => {
    rootDir = mkdtempSync(path.join(tmpdir(), "dateline-browser-"));
    subDir = mkdtempSync(path.join(tmpdir(), "dateline-browser-sub-"));
    const started = performance.now();
    await renderSite(sampleTimeline(), { outDir: rootDir, pathPrefix: "/", quiet: true });
    await renderSite(sampleTimeline(), { outDir: subDir, pathPrefix: "/sub/", quiet: true });
    console.log(`two site builds with search: ${Math.round(performance.now() - started)} ms`);
    [root, sub] = await Promise.all([serveStatic(rootDir, "/"), serveStatic(subDir, "/sub/")]);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    mkdirSync(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await root?.close();
    await sub?.close();
    for (const dir of [rootDir, subDir]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** A fresh context and page that records console errors, page errors and failed requests. */
  async function open(options: Parameters<Browser["newContext"]>[0] = {}): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("console", (m) => { if (m.type() === "error") errors.push(`${page.url()}: ${m.text()}`); });
    page.on("pageerror", (e) => errors.push(`${page.url()}: ${e.message}`));
    // ERR_ABORTED is the crawler leaving a page before its favicon finished: not a site fault.
    page.on("requestfailed", (r) => { if (r.failure()?.errorText !== "net::ERR_ABORTED") errors.push(`${r.url()}: ${r.failure()?.errorText}`); });
    return { context, page, errors };
  }

  /** Visit every page reachable from the home page; every internal link and asset must answer 200, every #fragment name an element. */
  async function crawl(server: StaticServer, prefix: string): Promise<{ pages: number; broken: string[]; errors: string[] }> {
    const { context, page, errors } = await open();
    const start = `${server.origin}${prefix}`;
    const queue = [start];
    const seen = new Set(queue);
    const broken: string[] = [];
    // Event permalinks are anchors on month pages: a link's #fragment must name an element there.
    const fragments = new Map<string, Set<string>>();
    const ids = new Map<string, Set<string>>();
    let pages = 0;
    while (queue.length) {
      const url = queue.shift()!;
      // Downloads (.csv, .ics, .json) are fetched, not navigated to: Chromium would start a download.
      if (!/\/$|\.html$/.test(new URL(url).pathname)) {
        const file = await context.request.get(url);
        if (file.status() !== 200) broken.push(`${url}: ${file.status()}`);
        continue;
      }
      const response = await page.goto(url);
      if (!response || response.status() !== 200) { broken.push(`${url}: ${response?.status()}`); continue; }
      if (!(response.headers()["content-type"] ?? "").startsWith("text/html")) continue;
      pages++;
      ids.set(url, new Set(await page.$$eval("[id]", (els) => els.map((e) => e.id))));
      const links = await page.$$eval("a[href], link[href], script[src], form[action]", (els) =>
        els.map((e) => (e as HTMLAnchorElement).href || (e as HTMLScriptElement).src || (e as HTMLFormElement).action));
      for (const link of links) {
        const target = new URL(link);
        const fragment = decodeURIComponent(target.hash.slice(1));
        target.hash = "";
        if (fragment && target.origin === server.origin) fragments.set(target.href, (fragments.get(target.href) ?? new Set()).add(fragment));
        if (target.origin !== server.origin || seen.has(target.href)) continue;
        if (!target.pathname.startsWith(prefix)) { broken.push(`${url} → ${link} (outside ${prefix})`); continue; }
        seen.add(target.href);
        queue.push(target.href);
      }
    }
    await context.close();
    for (const [target, wanted] of fragments) {
      const found = ids.get(target);
      if (found) for (const id of wanted) if (!found.has(id)) broken.push(`${target}#${id}: no element with that id`);
    }
    return { pages, broken, errors };
  }

  it("crawls every internal link from home without a broken link or a console error", async () => {
    const { pages, broken, errors } = await crawl(root, "/");
    expect(pages).toBe(EXPECTED_PAGES);
    expect(broken).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("a --path-prefix /sub/ build served under /sub/ has no broken links", async () => {
    const { pages, broken, errors } = await crawl(sub, "/sub/");
    expect(pages).toBe(EXPECTED_PAGES);
    expect(broken).toEqual([]);
    expect(errors).toEqual([]);
  });

  it.each(PAGES)("axe finds no violations on the %s page", async (_name, pagePath) => {
    const { context, page } = await open();
    await page.goto(`${root.origin}/${pagePath}`);
    const results = await new AxeBuilder({ page }).analyze();
    await context.close();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
  });

  it("shows keyboard focus: the skip link first, then an outlined link", async () => {
    const { context, page } = await open();
    await page.goto(`${root.origin}/`);
    await page.keyboard.press("Tab");
    const skip = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const box = el.getBoundingClientRect();
      return { text: el.textContent, visible: box.top >= 0 && box.height > 0, outline: getComputedStyle(el).outlineStyle };
    });
    expect(skip).toEqual({ text: "Skip to content", visible: true, outline: "solid" });
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
    await page.keyboard.press("Tab");
    const next = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { tag: el.tagName, outline: getComputedStyle(el).outlineStyle, width: getComputedStyle(el).outlineWidth };
    });
    expect(next).toEqual({ tag: "A", outline: "solid", width: "3px" });
    await context.close();
  });

  it.each(PAGES)("the %s page has no horizontal scroll at 375 px", async (_name, pagePath) => {
    const { context, page } = await open({ viewport: { width: 375, height: 800 } });
    await page.goto(`${root.origin}/${pagePath}`);
    const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    await context.close();
    expect(scroll).toBeLessThanOrEqual(client);
  });

  it.each([["root", "/"], ["sub", "/sub/"]] as const)("Pagefind finds an actor's page by surname (%s build)", async (which, prefix) => {
    const server = which === "root" ? root : sub;
    const { context, page, errors } = await open();
    await page.goto(`${server.origin}${prefix}search/?q=Envoy`);
    await page.waitForFunction(() => /result/.test(document.getElementById("search-status")?.textContent ?? ""), null, { timeout: 15_000 })
      .catch(async () => { throw new Error(`no results; status: ${await page.locator("#search-status").textContent()}; errors: ${errors.join(" | ")}`); });
    const found = await page.locator("#search-results a").evaluateAll((els) => els.map((e) => e.getAttribute("href")));
    expect(found).toContain(`${prefix}actors/jane-envoy/`);
    await page.selectOption("#type", "round");
    await page.fill("#q", "Astana");
    await page.click(".search-page-form button");
    await page.waitForFunction(() => /result/.test(document.getElementById("search-status")?.textContent ?? ""));
    const rounds = await page.locator("#search-results a").evaluateAll((els) => els.map((e) => e.getAttribute("href")));
    expect(rounds.length).toBeGreaterThan(0);
    expect(rounds.every((h) => h?.startsWith(`${prefix}years/`))).toBe(true);
    await context.close();
    expect(errors).toEqual([]);
  });

  it("works with JavaScript off: pages render and the search page says where to browse", async () => {
    const { context, page, errors } = await open({ javaScriptEnabled: false });
    await page.goto(`${root.origin}/`);
    expect(await page.locator("li.event").count()).toBe(5);
    await page.goto(`${root.origin}/search/?q=Envoy`);
    await expect(page.locator("#search-status").textContent()).resolves.toContain("needs JavaScript");
    await context.close();
    expect(errors).toEqual([]);
  });

  it("keeps CSS and JS on the home page under 50 KB", async () => {
    const { context, page } = await open();
    let bytes = 0;
    page.on("response", async (r) => {
      if (/\.(css|js)$/.test(new URL(r.url()).pathname)) bytes += (await r.body()).length;
    });
    await page.goto(`${root.origin}/`, { waitUntil: "networkidle" });
    await context.close();
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThan(50 * 1024);
  });

  it.each([
    ["home", 1280, ""], ["home", 375, ""],
    ["actor", 1280, "actors/jane-envoy/"], ["actor", 375, "actors/jane-envoy/"],
  ])("screenshot: %s at %i px", async (name, width, pagePath) => {
    const { context, page } = await open({ viewport: { width, height: 900 } });
    await page.goto(`${root.origin}/${pagePath}`);
    const file = path.join(SHOTS, `site-${name}-${width}.png`);
    await page.screenshot({ path: file, fullPage: true });
    await context.close();
    expect(existsSync(file)).toBe(true);
  });
});
