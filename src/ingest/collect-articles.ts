// Per-file results → the article list and its diagnostics, in file order. The only part of
// reading that depends on other files: unique ids and same-bytes warnings.
import type { Article, Diagnostic } from "../types.ts";
import { createSlugRegistry } from "../util/slugify.ts";
import type { ArticleFileResult } from "./read-article-file.ts";

/** What collecting needs to know of a file besides its result. */
export interface CollectedFile {
  rel: string;
  /** The id the file asks for: its name's slug. */
  stem: string;
  /** sha-1 of its bytes. */
  hash: string;
}

export interface CollectedArticles {
  articles: Article[];
  /** The index in the file list of each of `articles`. */
  kept: number[];
  diagnostics: Diagnostic[];
}

/** Ids in file order: the stem, made unique with -2, -3 …; a file that takes no id gets null. */
export function assignArticleIds(stems: string[], takesId: (i: number) => boolean): (string | null)[] {
  const unique = createSlugRegistry();
  return stems.map((stem, i) => (takesId(i) ? unique(stem) : null));
}

/** Gather the articles and, file by file, their problems; `ids` from assignArticleIds. */
export function collectArticles(files: CollectedFile[], ids: (string | null)[], results: ArticleFileResult[]): CollectedArticles {
  const collected: CollectedArticles = { articles: [], kept: [], diagnostics: [] };
  const seenBytes = new Map<string, string>();
  for (const [i, file] of files.entries()) {
    const result = results[i]!;
    const id = ids[i];
    collected.diagnostics.push(...result.opened);
    if (!result.takesId || !id) continue;
    if (id !== file.stem) collected.diagnostics.push({ ruleId: "duplicate-article-id", severity: "warning", message: `Another article already has the id "${file.stem}"; this one is "${id}".`, hint: "Rename one of the files.", file: file.rel });
    collected.diagnostics.push(...result.diagnostics);
    if (!result.article) continue;
    const same = seenBytes.get(file.hash);
    if (same) collected.diagnostics.push({ ruleId: "duplicate-article", severity: "warning", message: `Same bytes as ${same}; both are kept, and their events merge.`, hint: "Delete one of the two files.", file: file.rel });
    seenBytes.set(file.hash, file.rel);
    collected.articles.push(result.article);
    collected.kept.push(i);
  }
  return collected;
}
