import { appendFile, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Knowledge } from "../../src/types.ts";
import { extractAll } from "../../src/extract/extract-all.ts";
import { loadKnowledge } from "../../src/ingest/load-knowledge.ts";
import { hashBytes } from "../../src/ingest/read-article.ts";
import type { ArticleSource } from "../../src/ingest/read-articles.ts";
import { slugify } from "../../src/util/slugify.ts";
import { writeArticle } from "../../scripts/bench/generate-corpus.ts";

let knowledge: Knowledge;
const dirs: string[] = [];

beforeAll(async () => {
  ({ knowledge } = await loadKnowledge("content", "."));
});
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

/** A file as readArticleSources gives it. */
function source(name: string, text: string | Uint8Array): ArticleSource {
  const bytes = typeof text === "string" ? Buffer.from(text) : text;
  return { rel: `content/articles/${name}`, format: name.endsWith(".txt") ? "txt" : "md", stem: slugify(name.replace(/\.(md|txt)$/, ""), "article"), hash: hashBytes(bytes), bytes };
}

/** `count` generated article files. */
function makeSources(count: number, seed = 1): ArticleSource[] {
  return Array.from({ length: count }, (_, i) => {
    const { name, text } = writeArticle(i, knowledge, seed);
    return source(name, text);
  });
}

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "dateline-extract-all-"));
  dirs.push(dir);
  return dir;
}

/** A file edited by one sentence: new bytes, new hash. */
function edit(file: ArticleSource): ArticleSource {
  return source(path.basename(file.rel), `${Buffer.from(file.bytes).toString("utf8")}\nTalks resumed on March 3, 2019.\n`);
}

/** What a build gets from extractAll, without the stats. */
const results = (x: Awaited<ReturnType<typeof extractAll>>) => ({ articles: x.articles, extractions: x.extractions, diagnostics: x.diagnostics });

describe("extractAll cache", () => {
  type Change = (s: ArticleSource[], k: Knowledge) => { sources: ArticleSource[]; knowledge: Knowledge; version?: string };
  const change: [string, number, Change][] = [
    ["nothing", 0, (s, k) => ({ sources: s, knowledge: k })],
    ["one file's bytes", 1, (s, k) => ({ sources: s.map((x, i) => (i === 3 ? edit(x) : x)), knowledge: k })],
    ["one file's name", 1, (s, k) => ({ sources: s.map((x, i) => (i === 3 ? source("renamed.md", x.bytes) : x)), knowledge: k })],
    ["a new file", 1, (s, k) => ({ sources: [...s, ...makeSources(1, 7)], knowledge: k })],
    ["the registry (an alias)", 12, (s, k) => ({ sources: s, knowledge: { ...k, actors: k.actors.map((x, i) => (i === 0 ? { ...x, aliases: [...x.aliases, "Spelling Variant"] } : x)) } })],
    ["the lexicon (a title)", 12, (s, k) => ({ sources: s, knowledge: { ...k, titles: [...k.titles, "envoy-at-large"] } })],
    ["the furniture curation", 12, (s, k) => ({ sources: s, knowledge: { ...k, furniture: { ...k.furniture, phrases: [...k.furniture.phrases, "sponsored content"] } } })],
    ["the code version", 12, (s, k) => ({ sources: s, knowledge: k, version: "test-next" })],
  ];

  it.each(change)("after a change of %s, reads %i of 12 files again", async (_name, expected, apply) => {
    const cacheDir = await tempDir();
    const sources = makeSources(12);
    const first = await extractAll(sources, knowledge, cacheDir, { workers: 0 });
    expect(first.stats).toEqual({ extracted: 12, cached: 0, workers: 0 });
    const next = apply(sources, knowledge);
    const second = await extractAll(next.sources, next.knowledge, cacheDir, { workers: 0, ...(next.version ? { version: next.version } : {}) });
    expect(second.stats.extracted).toBe(expected);
    expect(second.stats.cached).toBe(next.sources.length - expected);
    // cached results are exactly what a fresh read gives, in file order
    const fresh = await extractAll(next.sources, next.knowledge, null, { workers: 0 });
    expect(results(second)).toEqual(results(fresh));
  });

  it("caches files with problems and files that hold no article, diagnostics included", async () => {
    const cacheDir = await tempDir();
    const sources = [source("binary.md", new Uint8Array([1, 0, 2])), source("empty.txt", ""), source("bad-date.md", '---\npublished: "2017-02-30"\n---\nText.\n'), source("colour.md", '---\npublished: "2017"\ncolour: red\n---\nText.\n')];
    const first = await extractAll(sources, knowledge, cacheDir, { workers: 0 });
    const second = await extractAll(sources, knowledge, cacheDir, { workers: 0 });
    expect(second.stats).toEqual({ extracted: 0, cached: 4, workers: 0 });
    expect(results(second)).toEqual(results(first));
    expect(second.diagnostics.map((d) => `${path.basename(d.file)}:${d.ruleId}`)).toEqual(["binary.md:binary-file", "empty.txt:import-failed", "bad-date.md:published-format", "colour.md:unknown-field"]);
    expect(second.articles.map((a) => a.id)).toEqual(["colour"]);
  });

  it("treats a torn cache line (a killed build) as a miss and repairs it", async () => {
    const cacheDir = await tempDir();
    const sources = makeSources(5);
    await extractAll(sources, knowledge, cacheDir, { workers: 0 });
    const file = path.join(cacheDir, "extractions.tsv");
    const lines = (await readFile(file, "utf8")).trimEnd().split("\n");
    // the last entry rewritten as a truncated copy of itself, as a kill mid-append leaves it
    await appendFile(file, `${lines[4]!.slice(0, 60)}\n`);
    const again = await extractAll(sources, knowledge, cacheDir, { workers: 0 });
    expect(again.stats).toEqual({ extracted: 1, cached: 4, workers: 0 });
    expect((await extractAll(sources, knowledge, cacheDir, { workers: 0 })).stats.cached).toBe(5);
  });

  // prettier-ignore
  it.each([
    ["a line cut off without its newline", (line: string) => line.slice(0, 100)],
    ["JSON that is not an entry",          (line: string) => `${line.slice(0, 41)}{"takesId":true,"opened":[],"diagnostics":[]}\n`],
    ["JSON that is not an object",         (line: string) => `${line.slice(0, 41)}null\n`],
    ["binary garbage",                     () => "\u0000\u00ff\t\t{{\n"],
  ])("survives %s at the end of the cache file", async (_name, garble) => {
    const cacheDir = await tempDir();
    const sources = makeSources(3);
    const fresh = await extractAll(sources, knowledge, cacheDir, { workers: 0 });
    const file = path.join(cacheDir, "extractions.tsv");
    const text = await readFile(file, "utf8");
    await writeFile(file, text + garble(text.trimEnd().split("\n")[2]!));
    const again = await extractAll(sources, knowledge, cacheDir, { workers: 0 });
    expect(results(again)).toEqual(results(fresh));
    expect(again.stats.extracted).toBeLessThanOrEqual(1);
    expect((await extractAll(sources, knowledge, cacheDir, { workers: 0 })).stats.cached).toBe(3);
  });

  it("appends an edited file's entry, and starts afresh when nothing in the file is used", async () => {
    const cacheDir = await tempDir();
    const sources = makeSources(6);
    const lineCount = async (): Promise<number> => (await readFile(path.join(cacheDir, "extractions.tsv"), "utf8")).trimEnd().split("\n").length;
    await extractAll(sources, knowledge, cacheDir, { workers: 0 });
    expect(await lineCount()).toBe(6);
    await extractAll(sources.map((x, i) => (i === 0 ? edit(x) : x)), knowledge, cacheDir, { workers: 0 });
    expect(await lineCount()).toBe(7);
    await extractAll(sources, knowledge, cacheDir, { workers: 0, version: "other" });
    expect(await lineCount()).toBe(6);
    expect((await extractAll(sources, knowledge, cacheDir, { workers: 0, version: "other" })).stats.cached).toBe(6);
  });
});

describe("extractAll ids", () => {
  const BINARY = new Uint8Array([0, 1]);
  const article = (body: string): string => `---\npublished: "2017"\n---\n${body}\n`;
  // A file that holds no article takes no id; a broken one does. Ids are first assumed, then checked.
  // prettier-ignore
  it.each([
    // files                                                                  ids             duplicate-article-id warnings
    ["binary after", [["a.md", article("One.")], ["a.txt", BINARY]],                ["a"],          0],
    ["empty page first", [["B.txt", ""], ["b.md", article("One.")], ["b-2.md", article("Two.")]], ["b", "b-2"], 0],
    ["binary first", [["C.md", BINARY], ["c.md", article("One.")], ["c_.md", article("Two.")]],   ["c", "c-2"], 1],
    ["broken first", [["d.md", '---\ntitle: "x\n---\nBroken.\n'], ["d_.md", article("Two.")]], ["d-2"], 1],
  ] as [string, [string, string | Uint8Array][], string[], number][])("%s", async (_name, files, ids, warnings) => {
    const sources = files.map(([name, text]) => source(name, text));
    for (const workers of [0, 2]) {
      const cacheDir = await tempDir();
      for (const round of ["cold", "warm"]) {
        const read = await extractAll(sources, knowledge, cacheDir, { workers });
        expect(read.articles.map((a) => a.id), `${round}, ${workers} workers`).toEqual(ids);
        expect(read.extractions.map((x) => x.article)).toEqual(ids);
        expect(read.diagnostics.filter((d) => d.ruleId === "duplicate-article-id")).toHaveLength(warnings);
        if (round === "warm") expect(read.stats.extracted).toBe(0);
      }
    }
  });
});

describe("extractAll on worker threads", () => {
  it.each([1, 2])("gives the serial result, in file order, for 300 generated articles, with %i workers", async (workers) => {
    const sources = makeSources(300);
    const serial = await extractAll(sources, knowledge, null, { workers: 0 });
    const parallel = await extractAll(sources, knowledge, null, { workers });
    expect(parallel.stats.workers).toBe(workers);
    expect(parallel.extractions.map((x) => x.article)).toEqual(serial.articles.map((a) => a.id));
    expect(results(parallel)).toEqual(results(serial));
  });

  it.each([0, 1, 2])("fails the run, without hanging, when reading throws (a bug), with %i workers", async (workers) => {
    const broken = { ...knowledge, series: null } as unknown as Knowledge;
    await expect(extractAll(makeSources(40), broken, null, { workers })).rejects.toThrow();
  });

  it("reports progress up to the total", async () => {
    const sources = makeSources(30);
    const seen: number[] = [];
    await extractAll(sources, knowledge, null, { workers: 2, onProgress: (done) => seen.push(done) });
    expect(seen[seen.length - 1]).toBe(30);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });
});
