/// <reference lib="dom" />
// An article full of XSS payloads goes through the real pipeline (CLI build); every page built from
// it is opened in Chromium: nothing may execute, no element may be injected, no request may leave.
import { cpSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { serveStatic, type StaticServer } from "./static-server.ts";

const CHROMIUM = "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update"];
const root = path.resolve(import.meta.dirname, "../..");

const ARTICLE = `---
title: "XSS <script>window.__pwned=1</script><img src=x onerror=\\"window.__pwned=2\\">"
published: "2018-05-15"
source: "<svg onload=window.__pwned=3>"
url: "javascript:window.__pwned=4"
---
Sergei Lavrov said on Monday "<script>window.__pwned=5</script>" that the talks in <b onmouseover="window.__pwned=6">Astana</b> went well. [click](javascript:window.__pwned=7) <img src=http://203.0.113.9/x.png onerror=window.__pwned=8> {{ 7*7 }} =HYPERLINK("http://evil")

The 9th round of the Astana talks "</script><script>window.__pwned=9</script>" was held in Astana on May 14-15, said Envoy <iframe src=javascript:window.__pwned=10> Ali Hosseini.
`;

let server: StaticServer;
let dir: string;
let browser: Browser;
let pages: string[];

describe.skipIf(!existsSync(CHROMIUM))("a site built from XSS payloads", () => {
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "dateline-xss-"));
    for (const sub of ["actors", "lexicon", "curation"]) cpSync(path.join(root, "content", sub), path.join(dir, "content", sub), { recursive: true });
    mkdirSync(path.join(dir, "content", "articles"));
    writeFileSync(path.join(dir, "content", "articles", "xss.md"), ARTICLE);
    const r = spawnSync(process.execPath, [path.join(root, "bin", "dateline.mjs"), "build", "--content", "content", "--out", "_site"], { cwd: dir, encoding: "utf8", env: { ...process.env, CI: "true" } });
    expect(r.status, r.stderr).toBe(0);
    const site = path.join(dir, "_site");
    pages = [];
    const walk = (d: string): void => {
      for (const n of readdirSync(d)) {
        const full = path.join(d, n);
        if (statSync(full).isDirectory()) walk(full);
        else if (n.endsWith(".html")) pages.push(path.relative(site, full).replace(/index\.html$/, ""));
      }
    };
    walk(site);
    server = await serveStatic(site);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("runs no script, shows no dialog, injects no element and sends no request outside the site", async () => {
    expect(pages.length).toBeGreaterThan(8);
    const context = await browser.newContext();
    const outside: string[] = [];
    const dialogs: string[] = [];
    context.on("request", (req) => {
      if (!req.url().startsWith(server.origin) && !req.url().startsWith("data:")) outside.push(req.url());
    });
    for (const p of pages) {
      const page = await context.newPage();
      page.on("dialog", (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.goto(`${server.origin}/${p}`);
      await page.mouse.move(200, 300); // would fire an injected onmouseover
      const state = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
        injected: document.querySelectorAll("iframe, svg[onload], img[onerror], b[onmouseover], a[href^='javascript:']").length,
        scripts: [...document.querySelectorAll("script")].filter((s) => !s.src && !/^application\/(ld\+)?json$/.test(s.type)).length,
      }));
      expect(state, p).toEqual({ pwned: null, injected: 0, scripts: 0 });
      await page.close();
    }
    expect(dialogs).toEqual([]);
    expect(outside).toEqual([]);
    await context.close();
  }, 120_000);
});
