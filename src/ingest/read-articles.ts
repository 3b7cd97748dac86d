// content/articles/*.md|*.txt → Article[]: decode, import raw pages in memory, parse front matter,
// keep page furniture out of the text, and give every article a unique id.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Article, Diagnostic, Knowledge } from "../types.ts";
import { findArticleLines, importRawArticle, type FurnitureLexicon } from "../import/index.ts";
import { createSlugRegistry, slugify } from "../util/slugify.ts";
import { decodeText } from "./decode-text.ts";
import { listContentFiles } from "./list-content-files.ts";
import { hashBytes, readArticle } from "./read-article.ts";

/** Read every article under `contentDir/articles`, in file-name order. */
export async function readArticles(contentDir: string, rootDir: string, knowledge: Knowledge): Promise<{ articles: Article[]; diagnostics: Diagnostic[] }> {
  const { files, diagnostics } = await listContentFiles(path.join(contentDir, "articles"), contentDir, rootDir);
  const articles: Article[] = [];
  const unique = createSlugRegistry();
  const seenText = new Map<string, string>();
  const lexicon: FurnitureLexicon = knowledge.furniture;
  // Read ahead with a bounded pool (file latency, not CPU, dominates), then parse in order.
  const contents = readAhead(files.map((f) => f.abs), READ_AHEAD);
  for (const [i, file] of files.entries()) {
    const bytes = await contents(i);
    const decoded = decodeText(bytes, file.rel);
    diagnostics.push(...decoded.diagnostics);
    if (decoded.text === null) continue;
    let text = decoded.text;
    if (file.format === "txt") {
      const imported = importRawArticle(text, { fileName: path.basename(file.rel), lexicon });
      diagnostics.push(...imported.diagnostics.map((d) => ({ ...d, file: file.rel })));
      if (!imported.text) continue;
      text = imported.text;
    }
    const base = slugify(path.basename(file.rel).replace(/\.(md|txt)$/, ""), "article");
    const id = unique(base);
    if (id !== base) diagnostics.push({ ruleId: "duplicate-article-id", severity: "warning", message: `Another article already has the id "${base}"; this one is "${id}".`, hint: "Rename one of the files.", file: file.rel });
    const { article, diagnostics: found } = readArticle(text, file.rel, id, hashBytes(bytes));
    diagnostics.push(...found);
    // A broken article is left out whole: a wrong date would put all its events in the wrong place.
    if (!article || found.some((d) => d.severity === "error")) continue;
    const same = seenText.get(article.hash);
    if (same) diagnostics.push({ ruleId: "duplicate-article", severity: "warning", message: `Same bytes as ${same}; both are kept, and their events merge.`, hint: "Delete one of the two files.", file: file.rel });
    seenText.set(article.hash, file.rel);
    articles.push(article.importedFrom ? article : keepArticleLines(article, lexicon));
  }
  return { articles, diagnostics };
}

const READ_AHEAD = 32;

/** Returns `get(i)` that resolves file i's bytes, keeping up to `window` reads in flight ahead of it. */
function readAhead(paths: string[], window: number): (i: number) => Promise<Buffer> {
  const pending = new Map<number, Promise<Buffer>>();
  let next = 0;
  const fill = (upTo: number): void => {
    for (; next < paths.length && next <= upTo; next++) {
      const read = readFile(paths[next]!);
      read.catch(() => undefined); // surfaced when awaited
      pending.set(next, read);
    }
  };
  return (i) => {
    fill(i + window);
    const read = pending.get(i)!;
    pending.delete(i);
    return read;
  };
}

/** A hand-written or pasted article: drop page furniture the way import does, keep it listed. */
function keepArticleLines(article: Article, lexicon: FurnitureLexicon): Article {
  const verdicts = findArticleLines(article.blocks.map((b) => b.text), { lexicon });
  const blocks = article.blocks.filter((_, i) => verdicts[i]?.article !== false).map((b, index) => ({ ...b, index }));
  const furniture = [...article.furniture, ...article.blocks.filter((_, i) => verdicts[i]?.article === false).map((b) => b.text)];
  return { ...article, blocks, furniture };
}
