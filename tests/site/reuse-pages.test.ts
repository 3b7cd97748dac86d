import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { keyPages, pageFile } from "../../src/site/reuse-pages.ts";
import { renderSite, slicePages } from "../../src/site/render-site.ts";
import { toSiteData } from "../../src/site/site-data.ts";
import type { Timeline } from "../../src/types.ts";
import { makeArticle, sampleTimeline } from "../helpers/sample-timeline.ts";

const temp: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(path.join(tmpdir(), "dateline-reuse-"));
  temp.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of temp) rmSync(dir, { recursive: true, force: true });
});

/** Every file under dir (relative path → bytes), for byte-for-byte comparison of two sites. */
function readTree(dir: string, rel = ""): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(path.join(dir, rel))) {
    const sub = path.join(rel, name);
    if (statSync(path.join(dir, sub)).isDirectory()) for (const [k, v] of readTree(dir, sub)) files.set(k, v);
    else files.set(sub, readFileSync(path.join(dir, sub), "utf8"));
  }
  return files;
}

/** The sample with one event retitled: its month page and the pages of its articles and actors change. */
function retitled(): Timeline {
  const t = sampleTimeline();
  t.events = t.events.map((e) => (e.id === "2016-12-20-ministers-meet" ? { ...e, title: "Ministers meet again" } : e));
  return t;
}

describe("keyPages", () => {
  const before = keyPages(toSiteData(sampleTimeline()), { pathPrefix: "/" }).pages;
  const after = keyPages(toSiteData(retitled()), { pathPrefix: "/" }).pages;
  const changed = Object.keys(before).filter((url) => before[url] !== after[url]).sort();

  it("changes exactly the keys of the pages that show the changed event", () => {
    expect(changed).toEqual(["/actors/john-minister/", "/actors/russia/", "/articles/2017-01-19-talks-prepared/", "/years/2016/12/"]);
  });

  it("changes every key's shared part when a setting that every page shows changes", () => {
    expect(keyPages(toSiteData(sampleTimeline()), { pathPrefix: "/" }).global).not.toBe(keyPages(toSiteData(sampleTimeline()), { pathPrefix: "/sub/" }).global);
  });
});

describe("renderSite reusing the last site", () => {
  it("renders only the changed pages and writes the same bytes as a full build", async () => {
    const last = tempDir();
    await renderSite(sampleTimeline(), { outDir: last, pathPrefix: "/", quiet: true, search: false });
    const next = retitled();
    next.articles.push(makeArticle({ id: "2017-03-01-new", title: "A new article", published: { year: 2017, month: 3, day: 1 } }));
    const incremental = tempDir();
    const result = await renderSite(next, { outDir: incremental, pathPrefix: "/", quiet: true, search: false, reuseFrom: last });
    const full = tempDir();
    const fresh = await renderSite(next, { outDir: full, pathPrefix: "/", quiet: true, search: false });
    expect(result.reused).toBeGreaterThan(0);
    expect(result.pages).toBe(fresh.pages);
    const a = readTree(incremental);
    const b = readTree(full);
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    for (const [file, text] of b) expect(a.get(file), file).toBe(text);
  });

  it("renders a page again when its file is missing from the last site, and nothing again when settings change", async () => {
    const last = tempDir();
    await renderSite(sampleTimeline(), { outDir: last, pathPrefix: "/", quiet: true, search: false });
    rmSync(pageFile(last, "/actors/jane-envoy/"));
    const out = tempDir();
    const again = await renderSite(sampleTimeline(), { outDir: out, pathPrefix: "/", quiet: true, search: false, reuseFrom: last });
    expect(readFileSync(pageFile(out, "/actors/jane-envoy/"), "utf8")).toContain("Jane Envoy");
    const all = Object.keys(keyPages(toSiteData(sampleTimeline()), {}).pages).length;
    expect(again.reused).toBe(all - 1);
    const moved = await renderSite(sampleTimeline(), { outDir: tempDir(), pathPrefix: "/sub/", quiet: true, search: false, reuseFrom: last });
    expect(moved.reused).toBe(0);
  });

  it("writes the same bytes when its pages are rendered over several Eleventy runs", async () => {
    const one = tempDir();
    const single = await renderSite(retitled(), { outDir: one, pathPrefix: "/sub/", quiet: true, search: false });
    const many = tempDir();
    const ticks: [number, number][] = [];
    const split = await renderSite(retitled(), { outDir: many, pathPrefix: "/sub/", quiet: true, search: false, pagesPerRun: 3, onProgress: (done, total) => ticks.push([done, total]) });
    expect(split.pages).toBe(single.pages);
    const perItem = Object.keys(keyPages(toSiteData(retitled()), {}).pages).length;
    expect(ticks.length).toBe(1 + Math.ceil(perItem / 3));
    expect(ticks.at(-1)).toEqual([perItem, perItem]);
    const a = readTree(many);
    const b = readTree(one);
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    for (const [file, text] of b) expect(a.get(file), file).toBe(text);
  });
});

describe("slicePages", () => {
  const pages = toSiteData(sampleTimeline()).pages;
  const total = pages.articles.length + pages.months.length + pages.actors.length;
  it.each([1, 2, 5, total, total + 10])("cuts %i pages per run without losing or repeating one", (size) => {
    const slices = slicePages(pages, size);
    expect(slices.length).toBe(Math.max(1, Math.ceil(total / size)));
    for (const kind of ["articles", "months", "actors"] as const) expect(slices.flatMap((s) => s[kind].map((p) => p.url))).toEqual(pages[kind].map((p) => p.url));
    for (const s of slices) expect(s.articles.length + s.months.length + s.actors.length).toBeLessThanOrEqual(size);
  });

  it("gives one empty run when there is nothing to render (the last run still renders the rest of the site)", () => {
    expect(slicePages({ articles: [], months: [], actors: [], actorYears: [] }, 10)).toEqual([{ articles: [], months: [], actors: [], actorYears: [] }]);
  });
});
