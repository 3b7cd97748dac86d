// content/articles/*.md|*.txt → the files' bytes, and (read in order, uncached) → Article[].
// The build reads through extractAll, which caches and parallelises the per-file work; readArticles
// is the plain in-order reading it must agree with (scripts and tests use it).
import path from "node:path";
import type { Article, Diagnostic, Knowledge } from "../types.ts";
import type { BuildMemo } from "./build-memo.ts";
import { createSlugRegistry, slugify } from "../util/slugify.ts";
import { collectArticles, type CollectedFile } from "./collect-articles.ts";
import { readContentFiles } from "./read-content-files.ts";
import { hashBytes } from "./read-article.ts";
import { openArticleFile, parseArticleText, type ArticleFileResult, type ArticleSourceFile } from "./read-article-file.ts";

/** An article file, read: its bytes, their hash, and the id it asks for. */
export interface ArticleSource extends ArticleSourceFile, CollectedFile {
  bytes: Uint8Array;
}

/**
 * Every article file under `contentDir/articles` in file-name order, read; listing problems apart.
 * With a memo, unchanged files are neither read nor hashed again.
 */
export async function readArticleSources(contentDir: string, rootDir: string, memo?: BuildMemo): Promise<{ sources: ArticleSource[]; diagnostics: Diagnostic[] }> {
  const { files, diagnostics } = readContentFiles(path.join(contentDir, "articles"), contentDir, rootDir, memo?.files);
  const sources = files.map(({ rel, format, bytes }): ArticleSource => ({ rel, format, stem: stemOf(rel), hash: hashOf(bytes), bytes }));
  return { sources, diagnostics };
}

/** Bytes the memo hands out again are the same Buffer: hashed once. */
const hashes = new WeakMap<Uint8Array, string>();
function hashOf(bytes: Uint8Array): string {
  let hash = hashes.get(bytes);
  if (hash === undefined) hashes.set(bytes, (hash = hashBytes(bytes)));
  return hash;
}

/** Already a slug: lowercase letters and digits, single dashes between. */
const PLAIN_SLUG = /^[a-z\d]+(?:-[a-z\d]+)*$/;

/** The id a file asks for: its name's slug. Most names already are one, and slugify's transliteration costs ~50 µs a name. */
export function stemOf(rel: string): string {
  const name = path.posix.basename(rel).replace(/\.(md|txt)$/, "");
  return name.length <= 80 && PLAIN_SLUG.test(name) ? name : slugify(name, "article");
}

/** Read every article under `contentDir/articles`, in file-name order, on this thread, uncached. */
export async function readArticles(contentDir: string, rootDir: string, knowledge: Knowledge): Promise<{ articles: Article[]; diagnostics: Diagnostic[] }> {
  const { sources, diagnostics } = await readArticleSources(contentDir, rootDir);
  const unique = createSlugRegistry();
  const ids: (string | null)[] = [];
  const results = sources.map((source): ArticleFileResult => {
    const opened = openArticleFile(source.bytes, source, knowledge.furniture);
    // A file with no article takes no id: the next file of the same name keeps the plain one.
    const id = opened.text === null ? null : unique(source.stem);
    ids.push(id);
    if (opened.text === null || id === null) return { opened: opened.diagnostics, takesId: false, diagnostics: [], article: null };
    return { opened: opened.diagnostics, takesId: true, ...parseArticleText(opened.text, source, id, source.hash, knowledge.furniture) };
  });
  const collected = collectArticles(sources, ids, results);
  return { articles: collected.articles, diagnostics: [...diagnostics, ...collected.diagnostics] };
}
