// Read and extract every article file, reusing cached results, on worker threads when much is new.
// The unit is a file: bytes → Article + its diagnostics + its extraction (extract-worker.ts), cached
// as one JSON line in `extractions.tsv` (src/ingest/entry-cache.ts) under a key that hashes the
// code's version, the knowledge (registry, lexicons, furniture), the file's path, its id and its
// bytes, so editing any of them reads it again. A warm build only reads, hashes, looks up and parses.
import { createHash } from "node:crypto";
import { availableParallelism } from "node:os";
import path from "node:path";
import type { Article, Diagnostic, Knowledge } from "../types.ts";
import { assignArticleIds, collectArticles } from "../ingest/collect-articles.ts";
import { openEntryCache, type EntryCache } from "../ingest/entry-cache.ts";
import type { ArticleSource } from "../ingest/read-articles.ts";
import type { BuildMemo } from "../ingest/build-memo.ts";
import { READER_VERSION } from "../ingest/reader-version.ts";
import { startTsWorker } from "../util/start-ts-worker.ts";
import { EXTRACTOR_VERSION, type ArticleExtraction } from "./index.ts";
import { claimJobs, readArticleEntry, type ArticleEntry, type ReadJob, type ReadReply, type ReadWorkerData } from "./extract-worker.ts";

export interface ExtractStats {
  /** Files read and extracted in this build. */
  extracted: number;
  /** Files whose results came from the cache. */
  cached: number;
  /** Worker threads used besides the main thread; 0 = none. */
  workers: number;
}

export interface ExtractOptions {
  /** Worker threads besides the main thread: "auto" (default) uses every core when more than PARALLEL_MIN_BYTES are new; 0 = none. */
  workers?: number | "auto";
  /** Called as files are done (cached ones count at once). */
  onProgress?: (done: number, total: number) => void;
  /** The code version in the cache key; default: the extractor's and the reader's (tests change it). */
  version?: string;
  /** Entries kept from the last build of this process (serve): used before the cache file, which is then not even opened. */
  memo?: BuildMemo;
}

export interface ExtractedArticles {
  /** The articles, in file order; broken ones left out. */
  articles: Article[];
  /** One per article, in the same order. */
  extractions: ArticleExtraction[];
  /** Every file's problems, in file order. */
  diagnostics: Diagnostic[];
  stats: ExtractStats;
}

/**
 * Below this much new article bytes (~350 generated articles), a worker is not worth its cost: it
 * needs ~0.7 s of CPU to load the code and warms its JIT on its own, while this thread reads from
 * the start. Measured on 2 cores, first n files of a generated corpus, serial vs main + 1 worker,
 * CPU seconds (median of 3, machine busy): 0.28 MB 1.06 vs 1.61; 1 MB 2.55 vs 3.17 — on an idle
 * machine the parallel wall time is about half its CPU, so it starts to win near 0.3 MB.
 */
export const PARALLEL_MIN_BYTES = 1_000_000;
const CACHE_FILE = "extractions.tsv";

/** Read and extract `sources` (in file order); `cacheDir` null disables the cache. */
export async function extractAll(sources: ArticleSource[], knowledge: Knowledge, cacheDir: string | null, options: ExtractOptions = {}): Promise<ExtractedArticles> {
  const cache = cacheDir ? openLazily(() => openEntryCache(path.join(cacheDir, CACHE_FILE))) : null;
  const keyOf = createKeyer(knowledge, options.version ?? `${EXTRACTOR_VERSION}+${READER_VERSION}`);
  const stems = sources.map((s) => s.stem);
  // An id depends on which earlier files hold an article, known only once they are read: assume
  // all do (nearly always true), then read again the few files whose id that assumption got wrong.
  const assumed = assignArticleIds(stems, () => true) as string[];
  const jobs = sources.map((s, i): ReadJob => ({ rel: s.rel, format: s.format, id: assumed[i]!, hash: s.hash, bytes: s.bytes }));
  const { entries, stats, keys } = await readEntries(jobs, knowledge, cache, keyOf, options);
  const used = new Map(keys.map((k, i) => [k, entries[i]!]));
  const ids = assignArticleIds(stems, (i) => entries[i]!.takesId);
  const moved = ids.flatMap((id, i) => (id !== null && id !== assumed[i] ? [i] : []));
  if (moved.length) {
    const again = await readEntries(moved.map((i) => ({ ...jobs[i]!, id: ids[i]! })), knowledge, cache, keyOf, { ...options, workers: 0, onProgress: () => undefined });
    moved.forEach((i, k) => (entries[i] = again.entries[k]!));
    again.keys.forEach((k, j) => used.set(k, again.entries[j]!));
    // Both entries of a moved file stay cached: the next build makes the same assumption.
    keys.push(...again.keys);
  }
  if (cache?.opened) cache.save(keys);
  if (options.memo) options.memo.entries = used;
  const collected = collectArticles(sources, ids, entries);
  return { articles: collected.articles, extractions: collected.kept.map((i) => entries[i]!.extraction!), diagnostics: collected.diagnostics, stats };
}

/** The cache key of a job: code version, knowledge, path, id and bytes. */
function createKeyer(knowledge: Knowledge, version: string): (job: ReadJob) => string {
  const knowledgeKey = createHash("sha1").update(JSON.stringify(knowledge)).digest("hex");
  return (job) => createHash("sha1").update(`${version}\0${knowledgeKey}\0${job.rel}\0${job.id}\0${job.hash}`).digest("hex");
}

/** Every job's entry, from the cache or read now (in workers when worth it); new ones go into the cache. */
async function readEntries(jobs: ReadJob[], knowledge: Knowledge, cache: EntryCache | null, keyOf: (job: ReadJob) => string, options: ExtractOptions): Promise<{ entries: ArticleEntry[]; keys: string[]; stats: ExtractStats }> {
  const keys = jobs.map(keyOf);
  const memo = options.memo?.entries;
  const entries: (ArticleEntry | undefined)[] = keys.map((k) => memo?.get(k) ?? parseEntry(cache?.get(k)));
  const todo = entries.flatMap((x, i) => (x ? [] : [i]));
  const stats: ExtractStats = { extracted: todo.length, cached: jobs.length - todo.length, workers: countWorkers(options.workers ?? "auto", todo.map((i) => jobs[i]!)) };
  let done = stats.cached;
  const progress = options.onProgress ?? (() => undefined);
  progress(done, jobs.length);
  // New entries are kept as JSON (what the cache stores, and what workers send) and parsed once
  // all are read: thousands of parsed entries on this thread's heap made each of its GCs slower.
  const json = new Map<number, string>();
  const storeJson = (i: number, text: string): void => {
    json.set(i, text);
    cache?.set(keys[i]!, text);
    progress(++done, jobs.length);
  };
  const readHere = (j: number): void => {
    const i = todo[j]!;
    const entry = readArticleEntry(jobs[i]!, knowledge);
    if (cache || stats.workers > 0) return storeJson(i, JSON.stringify(entry));
    entries[i] = entry;
    progress(++done, jobs.length);
  };
  if (stats.workers > 0) await readInParallel(todo.map((i) => jobs[i]!), knowledge, stats.workers, readHere, (j, text) => storeJson(todo[j]!, text));
  else for (let j = 0; j < todo.length; j++) readHere(j);
  for (const [i, text] of json) entries[i] = JSON.parse(text) as ArticleEntry;
  return { entries: entries as ArticleEntry[], keys, stats };
}

/** The entry cache, opened (its file read and indexed) on first use: a rebuild served from the memo never needs it. */
function openLazily(open: () => EntryCache): EntryCache & { readonly opened: boolean } {
  let cache: EntryCache | null = null;
  const get = (): EntryCache => (cache ??= open());
  return {
    get opened() {
      return cache !== null;
    },
    get: (key) => get().get(key),
    set: (key, json) => get().set(key, json),
    save: (live) => get().save(live),
  };
}

/** Worker threads to start besides the main thread, which reads too. */
function countWorkers(wanted: number | "auto", uncached: ReadJob[]): number {
  if (wanted !== "auto") return Math.max(0, Math.min(Math.floor(wanted), uncached.length));
  const cores = availableParallelism();
  const bytes = uncached.reduce((sum, job) => sum + job.bytes.length, 0);
  return cores >= 2 && bytes > PARALLEL_MIN_BYTES ? Math.min(cores - 1, 7) : 0;
}

/** A cached entry, or undefined for a miss: absent, torn by a killed build, or not an entry. */
function parseEntry(json: string | undefined): ArticleEntry | undefined {
  if (json === undefined) return undefined;
  try {
    const entry = JSON.parse(json) as Partial<ArticleEntry> | null;
    const complete = entry && typeof entry.takesId === "boolean" && Array.isArray(entry.opened) && Array.isArray(entry.diagnostics) && entry.article !== undefined && entry.extraction !== undefined;
    return complete && (entry.article === null) === (entry.extraction === null) ? (entry as ArticleEntry) : undefined;
  } catch {
    return undefined;
  }
}

/** Files a thread claims at a time: small, so all threads finish together; the main thread looks at its messages between two. */
const BATCH = 8;

/**
 * Read and extract `jobs` on `count` worker threads and on this thread, each claiming the next
 * batch when free. This thread starts at once (a worker needs ~0.7 s of CPU to load the code and
 * is slow until its JIT warms up), reads with `readHere(j)`, and between batches files what the
 * workers send, `storeJson(j, json)` in any order: the caller files it by index.
 * Workers run the TypeScript sources through tsx, resolved from this package, not from the cwd.
 */
async function readInParallel(jobs: ReadJob[], knowledge: Knowledge, count: number, readHere: (j: number) => void, storeJson: (j: number, json: string) => void): Promise<void> {
  const next = new Int32Array(new SharedArrayBuffer(4));
  const workerData: ReadWorkerData = { role: "dateline-read-worker", knowledge, jobs, next, batch: BATCH };
  const workers = Array.from({ length: count }, () => startTsWorker(new URL("./extract-worker.ts", import.meta.url), workerData));
  let failure: Error | null = null;
  const finished = workers.map(
    (w) =>
      new Promise<void>((resolve, reject) => {
        let done = false;
        const fail = (error: Error): void => {
          failure ??= error;
          reject(error);
        };
        w.on("message", (reply: ReadReply) => {
          if ("failed" in reply) fail(new Error(`Extraction failed on ${reply.failed.file}: ${reply.failed.message}`));
          else if ("entries" in reply) reply.entries.forEach((json, k) => storeJson(reply.first + k, json));
          else {
            done = true;
            resolve();
          }
        });
        w.on("error", fail);
        w.on("exit", (code) => done || fail(new Error(`An extraction worker stopped (exit code ${code}) before its work was done.`)));
      }),
  );
  try {
    finished.forEach((p) => p.catch(() => undefined)); // surfaced below
    for (let batch = claimJobs(next, jobs.length, BATCH); batch && !failure; batch = claimJobs(next, jobs.length, BATCH)) {
      for (let j = batch[0]; j < batch[1]; j++) readHere(j);
      await new Promise((resolve) => setImmediate(resolve)); // let the workers' entries in
    }
    await Promise.all(finished);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
