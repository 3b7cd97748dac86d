// Extract every article, reusing cached results: the cache key is the article's bytes, the
// extractor version and the knowledge (registry, lexicons), so editing any of them re-extracts.
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Article, Knowledge } from "../types.ts";
import { EXTRACTOR_VERSION, extractArticle, type ArticleExtraction } from "./index.ts";

export interface ExtractStats {
  extracted: number;
  cached: number;
}

/** Extract all articles; `cacheDir` null disables the cache. */
export async function extractAll(articles: Article[], knowledge: Knowledge, cacheDir: string | null): Promise<{ extractions: ArticleExtraction[]; stats: ExtractStats }> {
  const knowledgeKey = createHash("sha1").update(JSON.stringify(knowledge)).digest("hex");
  const stats: ExtractStats = { extracted: 0, cached: 0 };
  if (cacheDir) await mkdir(cacheDir, { recursive: true });
  const extractions: ArticleExtraction[] = [];
  for (const article of articles) {
    const key = createHash("sha1").update(`${EXTRACTOR_VERSION}\0${knowledgeKey}\0${article.id}\0${article.hash}`).digest("hex");
    const file = cacheDir ? path.join(cacheDir, `${key}.json`) : null;
    const cached = file ? await readCached(file) : null;
    if (cached) {
      stats.cached++;
      extractions.push(cached);
      continue;
    }
    const result = extractArticle(article, knowledge);
    stats.extracted++;
    extractions.push(result);
    if (file) {
      const tmp = `${file}.${process.pid}.tmp`;
      await writeFile(tmp, JSON.stringify(result));
      await rename(tmp, file);
    }
  }
  return { extractions, stats };
}

async function readCached(file: string): Promise<ArticleExtraction | null> {
  try {
    return JSON.parse(await readFile(file, "utf8")) as ArticleExtraction;
  } catch {
    return null; // missing or torn: extract again
  }
}
