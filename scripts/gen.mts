import { generateCorpus } from "./bench/generate-corpus.ts";
await generateCorpus({ articles: Number(process.argv[2]), dir: process.argv[3]!, knowledgeFrom: new URL("../content", import.meta.url).pathname });
