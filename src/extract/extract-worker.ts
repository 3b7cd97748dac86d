// The per-file unit of extractAll, and the worker thread that runs it: a file's bytes → its
// Article, diagnostics and extraction. A worker receives the knowledge and the run's files
// (workerData), claims batches of them alongside the main thread, and sends one JSON entry per
// file. The unit is pure, so a worker gives exactly what the main thread would.
import { parentPort, workerData } from "node:worker_threads";
import type { Knowledge } from "../types.ts";
import { readArticleFile, type ArticleFileResult, type ArticleSourceFile } from "../ingest/read-article-file.ts";
import { extractArticle, type ArticleExtraction } from "./index.ts";

/** One file to read with the id it was given. */
export interface ReadJob extends ArticleSourceFile {
  id: string;
  /** sha-1 of `bytes`. */
  hash: string;
  bytes: Uint8Array;
}

/** Everything one file gives; what the cache stores. `extraction` is null when there is no article. */
export interface ArticleEntry extends ArticleFileResult {
  extraction: ArticleExtraction | null;
}

/** What extractAll gives a worker it starts; the role tells it apart from any other thread importing this module. */
export interface ReadWorkerData {
  role: "dateline-read-worker";
  knowledge: Knowledge;
  /** Every job of the run; threads claim them in batches through `next`. */
  jobs: ReadJob[];
  /** Shared with every thread of the run: the index of the first unclaimed job. */
  next: Int32Array;
  batch: number;
}

/** A worker's message: one JSON-encoded ArticleEntry per job of a batch, in order; the end; or the failure. */
export type ReadReply = { first: number; entries: string[] } | { done: true } | { failed: { file: string; message: string } };

/** Read and extract one file. */
export function readArticleEntry(job: ReadJob, knowledge: Knowledge): ArticleEntry {
  const result = readArticleFile(job.bytes, job, job.id, job.hash, knowledge.furniture);
  return { ...result, extraction: result.article ? extractArticle(result.article, knowledge) : null };
}

/**
 * Claim the next `size` of `total` jobs: [start, end), or null when none are left. Threads claim
 * through shared memory, so a worker never waits for a busy main thread to hand it work.
 */
export function claimJobs(next: Int32Array, total: number, size: number): [number, number] | null {
  const start = Atomics.add(next, 0, size);
  return start < total ? [start, Math.min(start + size, total)] : null;
}

/** The worker's whole life: claim batches until none are left, sending each batch's entries. */
function readClaimedJobs(port: NonNullable<typeof parentPort>, { knowledge, jobs, next, batch: size }: ReadWorkerData): void {
  // Stay alive until terminated: every message sent reaches the main thread before the worker ends.
  port.on("message", () => undefined);
  for (let batch = claimJobs(next, jobs.length, size); batch; batch = claimJobs(next, jobs.length, size)) {
    const entries: string[] = [];
    for (let j = batch[0]; j < batch[1]; j++) {
      try {
        // JSON here, not on the main thread: it is what the cache stores, and what the main thread parses.
        entries.push(JSON.stringify(readArticleEntry(jobs[j]!, knowledge)));
      } catch (error) {
        // A bug, not a content problem: the build fails the same way the serial path would.
        const reply: ReadReply = { failed: { file: jobs[j]!.rel, message: (error as Error).stack ?? String(error) } };
        port.postMessage(reply);
        return;
      }
    }
    const reply: ReadReply = { first: batch[0], entries };
    port.postMessage(reply);
  }
  const reply: ReadReply = { done: true };
  port.postMessage(reply);
}

// Imported elsewhere (the main thread, a test runner's thread) for readArticleEntry: only work when started as the worker.
const data = workerData as Partial<ReadWorkerData> | null;
if (parentPort && data?.role === "dateline-read-worker") readClaimedJobs(parentPort, data as ReadWorkerData);
