// A worker thread of extractAll: receives the knowledge once (workerData), then batches of
// articles; answers each batch with its extractions in the same order. Extraction is pure, so a
// worker gives exactly what the main thread would.
import { parentPort, workerData } from "node:worker_threads";
import type { Article, Knowledge } from "../types.ts";
import { extractArticle, type ArticleExtraction } from "./index.ts";

/** A batch sent to a worker: `first` is the index of `articles[0]` in the caller's list. */
export interface ExtractRequest {
  first: number;
  articles: Article[];
}

/** A worker's answer: one extraction per article of the request, in its order, or the failure. */
export type ExtractReply = { first: number; extractions: ArticleExtraction[] } | { first: number; failed: { file: string; message: string } };

const knowledge = (workerData as { knowledge: Knowledge }).knowledge;
parentPort?.on("message", (request: ExtractRequest) => {
  const extractions: ArticleExtraction[] = [];
  for (const article of request.articles) {
    try {
      extractions.push(extractArticle(article, knowledge));
    } catch (error) {
      // A bug, not a content problem: the build fails the same way the serial path would.
      const reply: ExtractReply = { first: request.first, failed: { file: article.file, message: (error as Error).stack ?? String(error) } };
      parentPort?.postMessage(reply);
      return;
    }
  }
  const reply: ExtractReply = { first: request.first, extractions };
  parentPort?.postMessage(reply);
});
