// The article file: YAML front matter + one paragraph per article line. Pure: builds text only;
// import-files.ts does the writing. Every string is emitted double-quoted (JSON string syntax is
// valid YAML), so a title like "Yes: no" or a published date never changes type on the way back.
import { createHash } from "node:crypto";
import slugify from "@sindresorhus/slugify";

export interface ArticleFile {
  title: string;
  /** "YYYY-MM-DD", "YYYY-MM", "YYYY" or null. */
  published: string | null;
  published_note: string | null;
  source: string | null;
  url: string | null;
  imported_from: string;
  furniture: string[];
  /** Paragraphs of the article, in order. */
  body: string[];
}

const HASH_LINE = /^import_hash: "[0-9a-f]{40}"\n/m;

// JSON leaves DEL, C1 controls, U+2028/9 and U+FFFE/F raw; js-yaml refuses a file containing them.
const UNPRINTABLE = /[\u007F-\u009F\u2028\u2029\uFFFE\uFFFF]/g;
const scalar = (value: string | null): string =>
  value === null
    ? "null"
    : JSON.stringify(value).replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

/** Front matter + body; the import_hash line is the sha-1 of everything else in the file. */
export function renderArticleFile(doc: ArticleFile): string {
  const front = [
    `title: ${scalar(doc.title)}`,
    `published: ${scalar(doc.published)}`,
    `published_note: ${scalar(doc.published_note)}`,
    `source: ${scalar(doc.source)}`,
    `url: ${scalar(doc.url)}`,
    `imported_from: ${scalar(doc.imported_from)}`,
    doc.furniture.length ? `furniture:\n${doc.furniture.map((f) => `  - ${scalar(f)}`).join("\n")}` : "furniture: []",
  ].join("\n");
  const body = doc.body.join("\n\n");
  const unhashed = `---\n${front}\n---\n\n${body}\n`;
  const hash = sha1(unhashed);
  return `---\n${front}\nimport_hash: "${hash}"\n---\n\n${body}\n`;
}

/** true when the file is exactly what the importer wrote (nobody edited it since). */
export function isUntouchedImport(fileText: string): boolean {
  const m = /^import_hash: "([0-9a-f]{40})"$/m.exec(fileText);
  if (!m) return false;
  return sha1(fileText.replace(HASH_LINE, "")) === m[1];
}

function sha1(text: string): string {
  return createHash("sha1").update(text, "utf8").digest("hex");
}

/** "<published or undated>-<slug of title>.md", at most ~80 characters, only [a-z0-9-]. */
export function articleFileName(published: string | null, title: string): string {
  const prefix = published ?? "undated";
  let slug = slugify(title, { decamelize: false }).replace(/[^a-z0-9-]/g, "");
  const room = 80 - prefix.length - 1;
  if (slug.length > room) slug = slug.slice(0, room).replace(/-[^-]*$/, "") || slug.slice(0, room);
  return `${prefix}-${slug || "article"}.md`;
}

/** Escape what would turn a line of plain text into markdown structure ("1. ", "# ", "> ", "- "). */
export function escapeMarkdownLine(line: string): string {
  return line
    .replace(/^(#{1,6}\s|>|[-+*]\s|=+$|-+$)/, "\\$1")
    .replace(/^(\d{1,9})([.)]\s)/, "$1\\$2")
    .replace(/^( {4,})/, "");
}
