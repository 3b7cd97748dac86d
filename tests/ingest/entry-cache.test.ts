import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openEntryCache } from "../../src/ingest/entry-cache.ts";
import { makeTempDir } from "../helpers/temp-dir.ts";

const key = (n: number): string => n.toString(16).padStart(40, "0");

describe("entry cache", () => {
  it("gives back what was saved, after a reopen", () => {
    const file = path.join(makeTempDir(), "deep", "cache.tsv");
    const cache = openEntryCache(file);
    expect(cache.get(key(1))).toBeUndefined();
    cache.set(key(1), '{"a":"tab\\there, ünïcode"}');
    cache.set(key(2), "[2]");
    cache.save([key(1), key(2)]);
    const again = openEntryCache(file);
    expect([again.get(key(1)), again.get(key(2)), again.get(key(3))]).toEqual(['{"a":"tab\\there, ünïcode"}', "[2]", undefined]);
  });

  // prettier-ignore
  it.each([
    // what the file holds                      key 1 found
    ["a line cut short (no newline)",            `${key(1)}\t[1`,              false],
    ["a line with no tab after the key",         `${key(1)} [1]\n`,            false],
    ["a short key",                              `${key(1).slice(1)}\t[1]\n`,  false],
    ["garbage, then a good line",                `\u0000\u00ff\n\n${key(1)}\t[1]\n`, true],
  ])("reads %s without failing", (_name, text, found) => {
    const file = path.join(makeTempDir(), "cache.tsv");
    writeFileSync(file, text);
    expect(openEntryCache(file).get(key(1)) !== undefined).toBe(found);
  });

  it("appends on a new line after a line cut short", () => {
    const file = path.join(makeTempDir(), "cache.tsv");
    writeFileSync(file, `${key(1)}\t[1]\n${key(2)}\t[2`);
    const cache = openEntryCache(file);
    cache.set(key(2), "[2]");
    cache.save([key(1), key(2)]);
    expect(openEntryCache(file).get(key(2))).toBe("[2]");
  });

  it("skips saving, without failing, where it cannot write", () => {
    const notAFolder = path.join(makeTempDir(), "file");
    writeFileSync(notAFolder, "");
    const cache = openEntryCache(path.join(notAFolder, "cache.tsv"));
    cache.set(key(1), "[1]");
    expect(() => cache.save([key(1)])).not.toThrow();
  });

  it("appends while most lines are live, rewrites when stale lines outnumber live ones", () => {
    const file = path.join(makeTempDir(), "cache.tsv");
    writeFileSync(file, [1, 2, 3].map((n) => `${key(n)}\t[${n}]\n`).join(""));
    // key 3 edited again and again: each build appends its new entry, the old ones go stale
    const sizes = [4, 5, 6, 7].map((n) => {
      const cache = openEntryCache(file);
      cache.set(key(n), `[${n}]`);
      cache.save([key(1), key(2), key(n)]);
      return readFileSync(file, "utf8").split("\n").filter(Boolean).length;
    });
    expect(sizes).toEqual([4, 5, 6, 3]); // 4 stale > 3 live: rewritten
    expect(readFileSync(file, "utf8")).toBe(`${key(1)}\t[1]\n${key(2)}\t[2]\n${key(7)}\t[7]\n`);
  });

  it("keeps every line whole when builds in separate processes write at once", async () => {
    const file = path.join(makeTempDir(), "cache.tsv");
    writeFileSync(file, `${key(0)}\t"seed"\n`);
    const module = new URL("../../src/ingest/entry-cache.ts", import.meta.url).href;
    // Builds of the same content: the same 1,200 entries of ~5 kB each, three write() calls per
    // append, racing each other; a build that sees the others' lines as stale rewrites the file.
    const writer = (id: number): Promise<number> =>
      new Promise((resolve, reject) => {
        const script = `const { openEntryCache } = await import(${JSON.stringify(module)}); const c = openEntryCache(${JSON.stringify(file)}); const keys = []; for (let i = 1; i <= 1200; i++) { const k = i.toString(16).padStart(40, "0"); keys.push(k); c.set(k, JSON.stringify({ writer: ${id}, i, text: "x".repeat(5000) })); } c.save(keys);`;
        const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { stdio: "inherit" });
        child.on("exit", resolve);
        child.on("error", reject);
      });
    expect(await Promise.all([1, 2, 3, 4].map(writer))).toEqual([0, 0, 0, 0]);
    const lines = readFileSync(file, "utf8").split("\n").filter(Boolean);
    for (const line of lines) if (line.slice(0, 40) !== key(0)) expect(JSON.parse(line.slice(41)).text).toHaveLength(5000);
    const cache = openEntryCache(file);
    for (let i = 1; i <= 1200; i++) expect(JSON.parse(cache.get(key(i))!).i).toBe(i);
  }, 60_000);
});
