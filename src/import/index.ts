// The import stage: raw page -> article file. The recipe for one page, in order
// (import-raw-article.ts runs it; each step is one file):
//   1. decodeBytes          bytes -> text (UTF-8, UTF-16 BOM, cp1252 fallback)       [import-files.ts]
//   2. htmlToText           saved HTML -> one line per block                         [.html only]
//   3. repairText           whitespace, then mojibake, then glued words (order matters)
//   4. findArticleLines     line rules -> "Read also" blocks -> main run of prose -> cut-off end
//   5. findTitle            needs 4: the headline sits above the article
//   6. findUrl
//   7. findPublishedDate    needs 4-6: stamps > URL > inference; the "saved on" date never counts
//   8. findSource           needs 4 and 6
//   9. renderArticleFile    front matter + body + import_hash
export { importFiles } from "./import-files.ts";
export type { ImportFilesOptions, ImportResult, ImportStatus } from "./import-files.ts";
export { importRawArticle } from "./import-raw-article.ts";
export type { ImportedArticle, ImportOptions } from "./import-raw-article.ts";
export { findArticleLines } from "./find-article-lines.ts";
export type { FindArticleOptions, LineVerdict } from "./find-article-lines.ts";
export { parseFurnitureLexicon, mergeLexicons, BASE_LEXICON } from "./furniture-lexicon.ts";
export type { FurnitureLexicon } from "./furniture-lexicon.ts";
export { repairText } from "./repair-text.ts";
export { findPublishedDate } from "./detect-published-date.ts";
export { findTitle } from "./detect-title.ts";
export { findSource } from "./detect-source.ts";
export { findUrl, dateFromUrl } from "./detect-url.ts";
export { renderArticleFile, isUntouchedImport, articleFileName } from "./write-article-file.ts";
