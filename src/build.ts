// The whole pipeline as a recipe: knowledge → articles and their extractions → merge → curation → Timeline.
import path from "node:path";
import type { Timeline } from "./types.ts";
import type { BuildMemo } from "./ingest/build-memo.ts";
import { loadKnowledge } from "./ingest/load-knowledge.ts";
import { readArticleSources } from "./ingest/read-articles.ts";
import { extractAll, type ExtractStats } from "./extract/extract-all.ts";
import { mergeExtractions } from "./merge/index.ts";
import { loadCuration } from "./curation/load-curation.ts";
import { applyCuration } from "./curation/apply-curation.ts";
import { reportDiscoveries } from "./merge/report-discoveries.ts";
import { createProgress, type Progress } from "./progress.ts";

export interface BuildOptions {
  /** The content folder (articles, actors, lexicon, curation, events). */
  contentDir: string;
  /** Paths in messages and in the export are relative to this folder. */
  rootDir?: string;
  /** Article cache folder; null disables it. */
  cacheDir?: string | null;
  /** Worker threads that read and extract besides the main thread: "auto" (default) or a count; 0 = none. */
  workers?: number | "auto";
  /** Stage, count and rate reporting; stages are timed either way. */
  progress?: Progress;
  /** Kept between the builds of one process (serve): unchanged files are not read or parsed again. */
  memo?: BuildMemo;
}

/** Build the Timeline from a content folder. Content problems are in `timeline.diagnostics`. */
export async function buildTimeline(options: BuildOptions): Promise<Timeline & { stats: ExtractStats }> {
  const rootDir = options.rootDir ?? path.dirname(path.resolve(options.contentDir));
  const progress = options.progress ?? createProgress({ live: false });
  progress.stage("read");
  const { knowledge, diagnostics: knowledgeProblems } = await loadKnowledge(options.contentDir, rootDir);
  const { sources, diagnostics: fileProblems } = await readArticleSources(options.contentDir, rootDir, options.memo);
  // Parsing an article is cached and parallelised with its extraction: one step per file.
  progress.stage("extract", sources.length);
  const cacheDir = options.cacheDir === undefined ? path.join(rootDir, ".dateline-cache", "extract") : options.cacheDir;
  const { articles, extractions, diagnostics: articleProblems, stats } = await extractAll(sources, knowledge, cacheDir, { workers: options.workers ?? "auto", onProgress: (done) => progress.tick(done), ...(options.memo ? { memo: options.memo } : {}) });
  progress.stage("merge");
  const merged = mergeExtractions(extractions, articles, knowledge);
  const { curation, diagnostics: curationProblems } = await loadCuration(options.contentDir, rootDir);
  const curated = applyCuration(merged, curation, articles);
  const diagnostics = [...knowledgeProblems, ...fileProblems, ...articleProblems, ...curationProblems, ...curated.diagnostics, ...reportDiscoveries(curated.actors, curated.events)];
  progress.end();
  return { articles, actors: curated.actors, events: curated.events, diagnostics, stats };
}
