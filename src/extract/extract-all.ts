// Extract every article, reusing cached results, on worker threads when many are new.
// Cache: one file per corpus, `extractions.tsv`, a line `<key>\t<extraction JSON>` per article.
// The key hashes the extractor version, the knowledge (registry, lexicons, furniture), the
// article id and the article's bytes, so editing any of them re-extracts. One file instead of
// 10,000 small ones: a warm 10k build reads it in one call (see scripts/bench.ts).
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { appendFile, mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { Article, Knowledge } from "../types.ts";
import { EXTRACTOR_VERSION, extractArticle, type ArticleExtraction } from "./index.ts";
import type { ExtractReply, ExtractRequest } from "./extract-worker.ts";

export interface ExtractStats {
  extracted: number;
  cached: number;
  /** Worker threads used; 0 = extracted on the main thread. */
  workers: number;
}

export interface ExtractOptions {
  /** Worker threads: "auto" (default) uses every core when more than PARALLEL_MIN_CHARS of text is new; 0 = none. */
  workers?: number | "auto";
  /** Called as articles are done (cached ones count at once). */
  onProgress?: (done: number, total: number) => void;
  /** The extractor version in the cache key; default EXTRACTOR_VERSION (tests change it). */
  version?: string;
}

/**
 * Below this much uncached text (characters), workers cost more than they save: each needs
 * ~0.3 s to start and warms its JIT on its own. Measured on 2 cores: 0.5 MB, workers 0.9 s vs
 * serial 0.4 s; 2.6 MB 2.3 vs 1.4 s; 10 MB 3.6 vs 4.9 s (scripts/bench.ts).
 */
export const PARALLEL_MIN_CHARS = 5_000_000;
const CACHE_FILE = "extractions.tsv";

/** Extract all articles, results in the order of `articles`; `cacheDir` null disables the cache. */
export async function extractAll(articles: Article[], knowledge: Knowledge, cacheDir: string | null, options: ExtractOptions = {}): Promise<{ extractions: ArticleExtraction[]; stats: ExtractStats }> {
  const knowledgeKey = createHash("sha1").update(JSON.stringify(knowledge)).digest("hex");
  const keys = articles.map((a) => createHash("sha1").update(`${options.version ?? EXTRACTOR_VERSION}\0${knowledgeKey}\0${a.id}\0${a.hash}`).digest("hex"));
  const cached = cacheDir ? await readCache(path.join(cacheDir, CACHE_FILE)) : new Map<string, string>();
  const extractions: (ArticleExtraction | undefined)[] = keys.map((k) => parseEntry(cached.get(k)));
  const todo = extractions.flatMap((x, i) => (x ? [] : [i]));
  const stats: ExtractStats = { extracted: todo.length, cached: articles.length - todo.length, workers: countWorkers(options.workers ?? "auto", todo.map((i) => articles[i]!)) };
  let done = stats.cached;
  const progress = options.onProgress ?? (() => undefined);
  progress(done, articles.length);
  const store = (i: number, x: ArticleExtraction): void => {
    extractions[i] = x;
    progress(++done, articles.length);
  };
  if (stats.workers > 0) await extractInWorkers(todo.map((i) => articles[i]!), knowledge, stats.workers, (j, x) => store(todo[j]!, x));
  else for (const i of todo) store(i, extractArticle(articles[i]!, knowledge));
  const result = extractions as ArticleExtraction[];
  if (cacheDir) await writeCache(path.join(cacheDir, CACHE_FILE), cached, keys, result, todo);
  return { extractions: result, stats };
}

function countWorkers(wanted: number | "auto", uncached: Article[]): number {
  if (wanted !== "auto") return Math.max(0, Math.min(Math.floor(wanted), uncached.length));
  const cores = availableParallelism();
  let chars = 0;
  for (const a of uncached) for (const b of a.blocks) chars += b.text.length;
  return cores >= 2 && chars > PARALLEL_MIN_CHARS ? Math.min(cores, 8) : 0;
}

/** key → extraction JSON; a missing file is an empty cache, a torn line a miss. */
async function readCache(file: string): Promise<Map<string, string>> {
  const entries = new Map<string, string>();
  const text = await readFile(file, "utf8").catch(() => "");
  for (const line of text.split("\n")) {
    if (line.charCodeAt(40) === 9) entries.set(line.slice(0, 40), line.slice(41));
  }
  return entries;
}

function parseEntry(json: string | undefined): ArticleExtraction | undefined {
  if (json === undefined) return undefined;
  try {
    return JSON.parse(json) as ArticleExtraction;
  } catch {
    return undefined; // torn by a killed build: extract again
  }
}

/**
 * Append the new entries; when stale entries (old versions of edited articles, an older
 * knowledge) outnumber the live ones, rewrite the file with the live ones only, atomically.
 */
async function writeCache(file: string, cached: Map<string, string>, keys: string[], extractions: ArticleExtraction[], fresh: number[]): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const line = (i: number): string => `${keys[i]}\t${JSON.stringify(extractions[i])}\n`;
  const live = new Set(keys);
  const stale = [...cached.keys()].filter((k) => !live.has(k)).length;
  if (stale <= live.size && cached.size > 0) {
    if (fresh.length) await appendFile(file, fresh.map(line).join(""));
    return;
  }
  const tmp = `${file}.${process.pid}.tmp`;
  const isFresh = new Set(fresh);
  await writeFile(tmp, keys.map((k, i) => (isFresh.has(i) ? line(i) : `${k}\t${cached.get(k)}\n`)).join(""));
  await rename(tmp, file);
}

const BATCH = 25;
// Node 20 ignores `execArgv: ["--import", "tsx"]` for a worker's own .ts entry file
// (ERR_UNKNOWN_FILE_EXTENSION), so a tiny script registers tsx, then imports the worker.
// tsx is resolved from this package (not from the user's cwd), to its ESM entry.
const BOOT_WORKER = `import(${JSON.stringify(resolveTsxApi())}).then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL("./extract-worker.ts", import.meta.url).href)}); });`;

/**
 * Extract on `count` worker threads, batches of BATCH articles handed out as workers free up;
 * `store(j, x)` gets article j's extraction (any order: the caller files it by index).
 * Workers run the TypeScript sources through tsx, resolved from this package, not from the cwd.
 */
async function extractInWorkers(articles: Article[], knowledge: Knowledge, count: number, store: (j: number, x: ArticleExtraction) => void): Promise<void> {
  const workers = Array.from({ length: count }, () => new Worker(BOOT_WORKER, { eval: true, workerData: { knowledge } }));
  let next = 0;
  let left = articles.length;
  try {
    await new Promise<void>((resolve, reject) => {
      const send = (w: Worker): void => {
        if (next >= articles.length) return;
        const request: ExtractRequest = { first: next, articles: articles.slice(next, next + BATCH) };
        next += BATCH;
        w.postMessage(request);
      };
      for (const w of workers) {
        w.on("message", (reply: ExtractReply) => {
          if ("failed" in reply) return reject(new Error(`Extraction failed on ${reply.failed.file}: ${reply.failed.message}`));
          reply.extractions.forEach((x, k) => store(reply.first + k, x));
          left -= reply.extractions.length;
          if (left === 0) resolve();
          else send(w);
        });
        w.on("error", reject);
        w.on("exit", (code) => left > 0 && reject(new Error(`An extraction worker stopped (exit code ${code}) with ${left} articles left.`)));
        // Two batches each, so a worker never waits for its next one.
        send(w);
        send(w);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

function resolveTsxApi(): string {
  const manifest = createRequire(import.meta.url).resolve("tsx/package.json");
  const exports = (JSON.parse(readFileSync(manifest, "utf8")) as { exports: Record<string, { import: { default: string } }> }).exports;
  return pathToFileURL(path.join(path.dirname(manifest), exports["./esm/api"]!.import.default)).href;
}
