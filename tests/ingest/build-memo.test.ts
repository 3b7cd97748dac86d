// serve's memo: a rebuild reads and parses only what changed, and gives what a fresh build gives.
import { appendFileSync, cpSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildTimeline } from "../../src/build.ts";
import { toTimelineJson } from "../../src/export/timeline-json.ts";
import { createBuildMemo, type BuildMemo } from "../../src/ingest/build-memo.ts";
import { makeTempDir } from "../helpers/temp-dir.ts";

const REPO_CONTENT = path.resolve(import.meta.dirname, "../../content");

/** A copy of the bundled content in a temp folder, and its articles' paths. */
function copyContent(): { contentDir: string; articles: string[] } {
  const root = makeTempDir("dateline-memo-");
  const contentDir = path.join(root, "content");
  cpSync(REPO_CONTENT, contentDir, { recursive: true });
  const dir = path.join(contentDir, "articles");
  return { contentDir, articles: readdirSync(dir).sort().map((name) => path.join(dir, name)) };
}

/** Freeze what the memo hands to the next build: a stage that modifies it then throws (ES modules are strict). */
function deepFreeze(value: unknown): void {
  if (typeof value !== "object" || value === null || Object.isFrozen(value) || ArrayBuffer.isView(value)) return;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
}

const build = (contentDir: string, memo?: BuildMemo) =>
  buildTimeline({ contentDir, rootDir: path.dirname(contentDir), cacheDir: path.join(path.dirname(contentDir), ".cache"), workers: 0, ...(memo ? { memo } : {}) });

/** What a build without memo or cache makes of the folder now: the reference. */
const fresh = async (contentDir: string) => toTimelineJson(await buildTimeline({ contentDir, rootDir: path.dirname(contentDir), cacheDir: null, workers: 0 }));

describe("a build with a memo", () => {
  it("after an edit, reads and extracts the edited file only, and agrees with a fresh build", async () => {
    const { contentDir, articles } = copyContent();
    const memo = createBuildMemo();
    await build(contentDir, memo);
    deepFreeze([...memo.entries.values()]);
    appendFileSync(articles[0]!, "\n\nEnvoys met in Geneva on March 3, 2019 to prepare the next round.\n");
    const next = await build(contentDir, memo);
    expect(next.stats).toMatchObject({ extracted: 1, cached: articles.length - 1 });
    expect(toTimelineJson(next)).toEqual(await fresh(contentDir));
    expect(JSON.stringify(toTimelineJson(next))).toContain("2019-03-03");
  });

  it("uses the memo, not the cache file, for unchanged files", async () => {
    const { contentDir } = copyContent();
    const memo = createBuildMemo();
    const first = await build(contentDir, memo);
    rmSync(path.join(path.dirname(contentDir), ".cache"), { recursive: true });
    const again = await build(contentDir, memo);
    expect(again.stats).toMatchObject({ extracted: 0, cached: first.articles.length });
    expect(toTimelineJson(again)).toEqual(toTimelineJson(first));
  });

  it("reads a file again when its bytes change but its size and modification time do not", async () => {
    const { contentDir, articles } = copyContent();
    const memo = createBuildMemo();
    await build(contentDir, memo);
    const file = articles[1]!;
    const before = statSync(file);
    const text = readFileSync(file, "utf8");
    // Same length, same mtime: only the change time (and the bytes) tell.
    writeFileSync(file, text.replace(/February/, "Fevruary".slice(0, "February".length)));
    utimesSync(file, before.atime, before.mtime);
    const next = await build(contentDir, memo);
    expect(next.stats.extracted).toBe(1);
    expect(toTimelineJson(next)).toEqual(await fresh(contentDir));
  });

  it("forgets removed files and picks up added ones", async () => {
    const { contentDir, articles } = copyContent();
    const memo = createBuildMemo();
    await build(contentDir, memo);
    rmSync(articles[2]!);
    cpSync(articles[3]!, path.join(path.dirname(articles[3]!), "zz-copy.md"));
    const next = await build(contentDir, memo);
    expect([...memo.files.keys()]).not.toContain(articles[2]);
    expect(memo.files.has(path.join(path.dirname(articles[3]!), "zz-copy.md"))).toBe(true);
    expect(memo.entries.size).toBe(articles.length);
    expect(toTimelineJson(next)).toEqual(await fresh(contentDir));
  });
});
