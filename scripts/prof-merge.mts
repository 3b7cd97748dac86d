// Time extraction and merge separately over a content folder: node --import tsx scripts/prof-merge.mts <content>
import path from "node:path";
import { loadKnowledge } from "../src/ingest/load-knowledge.ts";
import { readArticles } from "../src/ingest/read-articles.ts";
import { extractArticle } from "../src/extract/index.ts";
import { mergeExtractions } from "../src/merge/index.ts";
const dir = process.argv[2]!;
const { knowledge } = await loadKnowledge(dir, path.dirname(dir));
const { articles } = await readArticles(dir, path.dirname(dir), knowledge);
const extractions = articles.map((a) => extractArticle(a, knowledge));
const t = performance.now();
const merged = mergeExtractions(extractions, articles, knowledge);
console.log(`${articles.length} articles, ${extractions.reduce((n, x) => n + x.candidates.length, 0)} candidates → ${merged.events.length} events, ${merged.actors.length} actors; merge ${(performance.now() - t).toFixed(0)} ms`);
