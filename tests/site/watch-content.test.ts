import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isScratchName, watchContent } from "../../src/site/watch-content.ts";

describe("isScratchName", () => {
  it.each([
    [".a.md.swp", true],
    ["a.md~", true],
    ["4913", true],
    [".#a.md", true],
    ["#a.md#", true],
    ["a.md.tmp", true],
    ["2017-02-06-talks.md", false],
    ["aliases.yml", false],
    ["page.txt", false],
  ])("%s → %s", (name, expected) => expect(isScratchName(name)).toBe(expected));
});

/** Resolves with the first batch reported after `act` runs. */
function nextBatch(root: string, act: () => void): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const watcher = watchContent(root, (files) => {
      watcher.close();
      resolve(files.map((f) => path.relative(root, f)));
    }, { settleMs: 100 });
    setTimeout(() => {
      watcher.close();
      reject(new Error("no change reported within 5 s"));
    }, 5000);
    act();
  });
}

describe("watchContent", () => {
  it("reports edits in sub-folders together, one batch per save, without editor scratch files", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "dateline-watch-"));
    try {
      mkdirSync(path.join(root, "articles"));
      writeFileSync(path.join(root, "articles", "a.md"), "one");
      writeFileSync(path.join(root, "articles", "b.md"), "one");
      const files = await nextBatch(root, () => {
        writeFileSync(path.join(root, "articles", ".a.md.swp"), "scratch");
        writeFileSync(path.join(root, "articles", "a.md"), "two");
        writeFileSync(path.join(root, "articles", "b.md"), "two");
      });
      expect(files).toEqual(["articles/a.md", "articles/b.md"]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("watches a folder created after it started", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "dateline-watch-"));
    try {
      const watcherSeen: string[][] = [];
      const watcher = watchContent(root, (files) => watcherSeen.push(files.map((f) => path.relative(root, f))), { settleMs: 50 });
      mkdirSync(path.join(root, "new"));
      await new Promise((r) => setTimeout(r, 200));
      writeFileSync(path.join(root, "new", "c.md"), "x");
      await new Promise((r) => setTimeout(r, 400));
      watcher.close();
      expect(watcherSeen.flat()).toContain("new/c.md");
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
