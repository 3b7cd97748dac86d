import { mkdirSync, mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { startSiteServer } from "../../src/site/serve-site.ts";
import type { Timeline } from "../../src/types.ts";
import { sampleTimeline } from "../helpers/sample-timeline.ts";

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Poll until `check` passes on the page text (the dev server rebuilds asynchronously). */
async function waitForPage(url: string, check: (html: string) => boolean, ms = 20_000): Promise<string> {
  const deadline = Date.now() + ms;
  let last = "";
  while (Date.now() < deadline) {
    try {
      last = await (await fetch(url)).text();
      if (check(last)) return last;
    } catch { /* server not up yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${url}; last response began: ${last.slice(0, 200)}`);
}

/** A loader whose timeline says how many times it was loaded (in its first event's title). */
function countingLoader(): () => Promise<Timeline> {
  let loads = 0;
  return async () => {
    loads++;
    const t = sampleTimeline();
    t.events[0]!.title = `Loaded ${loads} times`;
    return t;
  };
}

describe("startSiteServer", () => {
  it("serves the site under the path prefix and reloads the timeline when content changes", async () => {
    const contentDir = mkdtempSync(path.join(tmpdir(), "dateline-serve-content-"));
    writeFileSync(path.join(contentDir, "a.md"), "published: 2017\n");
    const loadTimeline = countingLoader();
    const port = await freePort();
    const site = await startSiteServer({ contentDir, pathPrefix: "/sub/", port, loadTimeline });
    try {
      expect(site.url).toBe(`http://localhost:${port}/sub/`);
      await waitForPage(`http://127.0.0.1:${port}/sub/`, (html) => html.includes("Loaded 1 times"));
      writeFileSync(path.join(contentDir, "a.md"), "published: 2018\n");
      await waitForPage(`http://127.0.0.1:${port}/sub/`, (html) => html.includes("Loaded 2 times"));
      const json = await waitForPage(`http://127.0.0.1:${port}/sub/timeline.json`, (text) => text.includes("Loaded 2 times"));
      expect(JSON.parse(json).version).toBe(1);
    } finally {
      await site.close();
      rmSync(contentDir, { recursive: true, force: true });
    }
  });

  it("sees an edit to any file of a big content folder at once (not only the files a watcher had reached)", async () => {
    const contentDir = mkdtempSync(path.join(tmpdir(), "dateline-serve-content-"));
    mkdirSync(path.join(contentDir, "articles"));
    const names = Array.from({ length: 3000 }, (_, i) => `a-${String(i).padStart(5, "0")}.md`);
    for (const name of names) writeFileSync(path.join(contentDir, "articles", name), "published: 2017\n");
    const loadTimeline = countingLoader();
    const port = await freePort();
    const site = await startSiteServer({ contentDir, pathPrefix: "/", port, loadTimeline });
    try {
      await waitForPage(`http://127.0.0.1:${port}/`, (html) => html.includes("Loaded 1 times"));
      writeFileSync(path.join(contentDir, "articles", names[names.length - 1]!), "published: 2018\n");
      await waitForPage(`http://127.0.0.1:${port}/`, (html) => html.includes("Loaded 2 times"), 10_000);
      // A file added in a new sub-folder counts too.
      mkdirSync(path.join(contentDir, "articles", "more"));
      writeFileSync(path.join(contentDir, "articles", "more", "b.md"), "published: 2019\n");
      await waitForPage(`http://127.0.0.1:${port}/`, (html) => html.includes("Loaded 3 times"), 10_000);
    } finally {
      await site.close();
      rmSync(contentDir, { recursive: true, force: true });
    }
  }, 60_000);
});
