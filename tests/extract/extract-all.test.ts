import { appendFile, mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Article, Knowledge } from "../../src/types.ts";
import { extractAll } from "../../src/extract/extract-all.ts";
import { loadKnowledge } from "../../src/ingest/load-knowledge.ts";
import { hashBytes, readArticle } from "../../src/ingest/read-article.ts";
import { writeArticle } from "../../scripts/bench/generate-corpus.ts";

let knowledge: Knowledge;
const dirs: string[] = [];

beforeAll(async () => {
  ({ knowledge } = await loadKnowledge("content", "."));
});
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

/** `count` generated articles, parsed the way the build reads them. */
function makeArticles(count: number, seed = 1): Article[] {
  return Array.from({ length: count }, (_, i) => {
    const { name, text } = writeArticle(i, knowledge, seed);
    const { article } = readArticle(text, `content/articles/${name}`, name.replace(/\.md$/, ""), hashBytes(text));
    if (!article) throw new Error(`generated article ${name} did not parse`);
    return article;
  });
}

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "dateline-extract-all-"));
  dirs.push(dir);
  return dir;
}

/** An article edited by one word: new bytes, new hash. */
function edit(article: Article): Article {
  const blocks = article.blocks.map((b, i) => (i === 0 ? { ...b, text: `${b.text} Talks resumed on March 3, 2019.` } : b));
  return { ...article, blocks, hash: hashBytes(`${article.hash}+edit`) };
}

describe("extractAll cache", () => {
  const change: [string, (a: Article[], k: Knowledge) => { articles: Article[]; knowledge: Knowledge; version?: string }, number][] = [
    ["nothing", (a, k) => ({ articles: a, knowledge: k }), 0],
    ["one article's bytes", (a, k) => ({ articles: a.map((x, i) => (i === 3 ? edit(x) : x)), knowledge: k }), 1],
    ["a new article", (a, k) => ({ articles: [...a, ...makeArticles(1, 7)], knowledge: k }), 1],
    ["the registry (an alias)", (a, k) => ({ articles: a, knowledge: { ...k, actors: k.actors.map((x, i) => (i === 0 ? { ...x, aliases: [...x.aliases, "Spelling Variant"] } : x)) } }), 12],
    ["the lexicon (a title)", (a, k) => ({ articles: a, knowledge: { ...k, titles: [...k.titles, "envoy-at-large"] } }), 12],
    ["the furniture curation", (a, k) => ({ articles: a, knowledge: { ...k, furniture: { ...k.furniture, phrases: [...k.furniture.phrases, "sponsored content"] } } }), 12],
    ["the extractor version", (a, k) => ({ articles: a, knowledge: k, version: "test-next" }), 12],
  ];

  it.each(change)("after a change of %s, re-extracts %i of 12 articles", async (_name, apply, expected) => {
    const cacheDir = await tempDir();
    const articles = makeArticles(12);
    const first = await extractAll(articles, knowledge, cacheDir, { workers: 0 });
    expect(first.stats).toEqual({ extracted: 12, cached: 0, workers: 0 });
    const next = apply(articles, knowledge);
    const second = await extractAll(next.articles, next.knowledge, cacheDir, { workers: 0, ...(next.version ? { version: next.version } : {}) });
    expect(second.stats.extracted).toBe(expected);
    expect(second.stats.cached).toBe(next.articles.length - expected);
    // cached results are exactly what a fresh extraction gives, in input order
    const fresh = await extractAll(next.articles, next.knowledge, null, { workers: 0 });
    expect(second.extractions).toEqual(fresh.extractions);
  });

  it("treats a torn cache line (a killed build) as a miss and repairs it", async () => {
    const cacheDir = await tempDir();
    const articles = makeArticles(5);
    await extractAll(articles, knowledge, cacheDir, { workers: 0 });
    const file = path.join(cacheDir, "extractions.tsv");
    const lines = (await readFile(file, "utf8")).trimEnd().split("\n");
    // the last entry rewritten as a truncated copy of itself, as a kill mid-append leaves it
    await appendFile(file, `${lines[4]!.slice(0, 60)}\n`);
    const again = await extractAll(articles, knowledge, cacheDir, { workers: 0 });
    expect(again.stats).toEqual({ extracted: 1, cached: 4, workers: 0 });
    expect((await extractAll(articles, knowledge, cacheDir, { workers: 0 })).stats.cached).toBe(5);
  });

  it("compacts the cache file when stale entries outnumber live ones", async () => {
    const cacheDir = await tempDir();
    const articles = makeArticles(6);
    await extractAll(articles, knowledge, cacheDir, { workers: 0 });
    await extractAll(articles, knowledge, cacheDir, { workers: 0, version: "other" }); // 6 stale ≤ 6 live: appended
    await extractAll(articles, knowledge, cacheDir, { workers: 0, version: "third" }); // 12 stale > 6 live: rewritten
    const lines = (await readFile(path.join(cacheDir, "extractions.tsv"), "utf8")).trimEnd().split("\n");
    expect(lines).toHaveLength(6);
  });
});

describe("extractAll on worker threads", () => {
  it("gives the serial result, in input order, for 300 generated articles", async () => {
    const articles = makeArticles(300);
    const serial = await extractAll(articles, knowledge, null, { workers: 0 });
    const parallel = await extractAll(articles, knowledge, null, { workers: 2 });
    expect(parallel.stats.workers).toBe(2);
    expect(parallel.extractions.map((x) => x.article)).toEqual(articles.map((a) => a.id));
    expect(parallel.extractions).toEqual(serial.extractions);
  });

  it("reports progress up to the total", async () => {
    const articles = makeArticles(30);
    const seen: number[] = [];
    await extractAll(articles, knowledge, null, { workers: 2, onProgress: (done) => seen.push(done) });
    expect(seen[seen.length - 1]).toBe(30);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });
});
