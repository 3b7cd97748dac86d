import path from "node:path";
import { loadKnowledge } from "../src/ingest/load-knowledge.ts";
import { readArticles } from "../src/ingest/read-articles.ts";
const dir = process.argv[2]!;
const { knowledge } = await loadKnowledge(dir, path.dirname(dir));
const t = performance.now();
const { articles } = await readArticles(dir, path.dirname(dir), knowledge);
console.log(articles.length, "articles read in", (performance.now() - t).toFixed(0), "ms");
