// One article file's bytes → its Article and the problems found on the way: decode, import a raw
// .txt page in memory, parse front matter, keep page furniture out of the text. Pure (no I/O), so
// a worker thread gives exactly what the main thread would, and the result can be cached.
import path from "node:path";
import type { Article, Diagnostic } from "../types.ts";
import { findArticleLines, importRawArticle, type FurnitureLexicon } from "../import/index.ts";
import { decodeText } from "./decode-text.ts";
import { readArticle } from "./read-article.ts";

/** An article file as the reader sees it: where it is and how to read it. */
export interface ArticleSourceFile {
  /** Repo-relative posix path, for messages and the export. */
  rel: string;
  format: "md" | "txt";
}

/** The file's text (null: it holds no article) and the decode and import problems. */
export interface OpenedArticleFile {
  text: string | null;
  diagnostics: Diagnostic[];
}

/** The article read from a file's text; null when it is broken (left out whole). */
export interface ParsedArticleText {
  article: Article | null;
  diagnostics: Diagnostic[];
}

/** A whole file read with a given id: what `openArticleFile` then `parseArticleText` give. */
export interface ArticleFileResult {
  /** Decode and import problems: reported before the file's id is checked. */
  opened: Diagnostic[];
  /** False when the file holds no article (binary, nothing imported): it takes no id. */
  takesId: boolean;
  /** Front matter and text problems. */
  diagnostics: Diagnostic[];
  /** The article; null when there is none or it is broken. */
  article: Article | null;
}

/** Bytes → text: decode, and turn a raw .txt page into an article file in memory. */
export function openArticleFile(bytes: Uint8Array, file: ArticleSourceFile, lexicon: FurnitureLexicon): OpenedArticleFile {
  const decoded = decodeText(bytes, file.rel);
  if (decoded.text === null || file.format === "md") return decoded;
  const imported = importRawArticle(decoded.text, { fileName: path.posix.basename(file.rel), lexicon });
  const diagnostics = [...decoded.diagnostics, ...imported.diagnostics.map((d) => ({ ...d, file: file.rel }))];
  return { text: imported.text || null, diagnostics };
}

/** Text → Article with the given id; a broken article (any error) is null, its problems reported. */
export function parseArticleText(text: string, file: ArticleSourceFile, id: string, hash: string, lexicon: FurnitureLexicon): ParsedArticleText {
  const { article, diagnostics } = readArticle(text, file.rel, id, hash);
  // A broken article is left out whole: a wrong date would put all its events in the wrong place.
  if (!article || diagnostics.some((d) => d.severity === "error")) return { article: null, diagnostics };
  return { article: article.importedFrom ? article : keepArticleLines(article, lexicon), diagnostics };
}

/** Read one file whose id is already known (the caller assigns ids, see assignArticleIds). */
export function readArticleFile(bytes: Uint8Array, file: ArticleSourceFile, id: string, hash: string, lexicon: FurnitureLexicon): ArticleFileResult {
  const opened = openArticleFile(bytes, file, lexicon);
  if (opened.text === null) return { opened: opened.diagnostics, takesId: false, diagnostics: [], article: null };
  const parsed = parseArticleText(opened.text, file, id, hash, lexicon);
  return { opened: opened.diagnostics, takesId: true, ...parsed };
}

/** A hand-written or pasted article: drop page furniture the way import does, keep it listed. */
function keepArticleLines(article: Article, lexicon: FurnitureLexicon): Article {
  const verdicts = findArticleLines(article.blocks.map((b) => b.text), { lexicon });
  const blocks = article.blocks.filter((_, i) => verdicts[i]?.article !== false).map((b, index) => ({ ...b, index }));
  const furniture = [...article.furniture, ...article.blocks.filter((_, i) => verdicts[i]?.article === false).map((b) => b.text)];
  return { ...article, blocks, furniture };
}
