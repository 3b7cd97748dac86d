// The per-file unit of extractAll, and the worker thread that runs it: a file's bytes → its
// Article, diagnostics and extraction. The worker receives the knowledge once (workerData), then
// batches of files, and answers each batch with one JSON entry per file, in order. The unit is
// pure, so a worker gives exactly what the main thread would.
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

/** A batch sent to a worker: `first` is the index of `jobs[0]` in the caller's list. */
export interface ReadRequest {
  first: number;
  jobs: ReadJob[];
}

/** A worker's answer: one JSON-encoded ArticleEntry per job, in order, or the failure. */
export type ReadReply = { first: number; entries: string[] } | { first: number; failed: { file: string; message: string } };

/** Read and extract one file. */
export function readArticleEntry(job: ReadJob, knowledge: Knowledge): ArticleEntry {
  const result = readArticleFile(job.bytes, job, job.id, job.hash, knowledge.furniture);
  return { ...result, extraction: result.article ? extractArticle(result.article, knowledge) : null };
}

function serveRequests(port: NonNullable<typeof parentPort>, knowledge: Knowledge): void {
  port.on("message", (request: ReadRequest) => {
    const entries: string[] = [];
    for (const job of request.jobs) {
      try {
        // JSON here, not on the main thread: it is what the cache stores, and what the main thread parses.
        entries.push(JSON.stringify(readArticleEntry(job, knowledge)));
      } catch (error) {
        // A bug, not a content problem: the build fails the same way the serial path would.
        const reply: ReadReply = { first: request.first, failed: { file: job.rel, message: (error as Error).stack ?? String(error) } };
        port.postMessage(reply);
        return;
      }
    }
    const reply: ReadReply = { first: request.first, entries };
    port.postMessage(reply);
  });
}

/** What extractAll gives a worker it starts; the role tells it apart from any other thread importing this module. */
export interface ReadWorkerData {
  role: "dateline-read-worker";
  knowledge: Knowledge;
}

// Imported elsewhere (the main thread, a test runner's thread) for readArticleEntry: only serve when started as the worker.
const data = workerData as Partial<ReadWorkerData> | null;
if (parentPort && data?.role === "dateline-read-worker" && data.knowledge) serveRequests(parentPort, data.knowledge);
