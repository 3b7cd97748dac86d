// Child process of the benchmark: one core, no cache, timing the two halves of the per-file work
// apart: import (bytes → clean Article: front matter, page furniture, blocks) and extraction
// (Article → dated events, actors, evidence). Prints one JSON line.
//   node --import tsx scripts/bench/extract-split.ts <contentDir>
import path from "node:path";
import { loadKnowledge } from "../../src/ingest/load-knowledge.ts";
import { readArticleSources } from "../../src/ingest/read-articles.ts";
import { readArticleFile } from "../../src/ingest/read-article-file.ts";
import { extractArticle } from "../../src/extract/index.ts";

const contentDir = path.resolve(process.argv[2] ?? "content");
const rootDir = path.dirname(contentDir);
const { knowledge } = await loadKnowledge(contentDir, rootDir);
const { sources } = await readArticleSources(contentDir, rootDir);
let importMs = 0;
let extractMs = 0;
let textBytes = 0;
let articles = 0;
for (const [i, source] of sources.entries()) {
  const t0 = performance.now();
  const { article } = readArticleFile(source.bytes, source, `a${i}`, source.hash, knowledge.furniture);
  const t1 = performance.now();
  if (article) {
    extractArticle(article, knowledge);
    articles++;
    textBytes += article.blocks.reduce((n, b) => n + Buffer.byteLength(b.text), 0);
  }
  extractMs += performance.now() - t1;
  importMs += t1 - t0;
}
const fileBytes = sources.reduce((n, s) => n + s.bytes.length, 0);
process.stdout.write(`${JSON.stringify({ articles, fileBytes, textBytes, importSeconds: importMs / 1000, extractSeconds: extractMs / 1000 })}\n`);
