// Time (and with --cpu-prof, profile) extraction alone over a content folder: node --import tsx scripts/prof-extract.mts <content>
import path from "node:path";
import { loadKnowledge } from "../src/ingest/load-knowledge.ts";
import { readArticles } from "../src/ingest/read-articles.ts";
import { extractArticle } from "../src/extract/index.ts";
const dir = process.argv[2]!;
const { knowledge } = await loadKnowledge(dir, path.dirname(dir));
const { articles } = await readArticles(dir, path.dirname(dir), knowledge);
const chars = articles.reduce((n, a) => n + a.blocks.reduce((m, b) => m + b.text.length, 0), 0);
for (const a of articles.slice(0, 50)) extractArticle(a, knowledge); // warm up
const t = performance.now();
for (const a of articles) extractArticle(a, knowledge);
const s = (performance.now() - t) / 1000;
console.log(`${articles.length} articles, ${(chars / 1e6).toFixed(2)} MB in ${s.toFixed(2)} s: ${(chars / 1e6 / s).toFixed(2)} MB/s`);
