// One article file's text → Article, with diagnostics for every content problem.
import { createHash } from "node:crypto";
import MarkdownIt from "markdown-it";
import type { Article, DatePoint, Diagnostic, TextBlock } from "../types.ts";
import { isValidDatePoint, parseIsoPartial } from "../util/date-point.ts";
import { asStringList, parseYaml } from "./parse-yaml.ts";
import { readFrontMatter, type FrontMatter } from "./read-front-matter.ts";
import { collapseSpaces, splitPlainBlocks } from "./split-plain-blocks.ts";

const KNOWN_FIELDS = new Set(["title", "published", "published_note", "source", "url", "imported_from", "furniture", "import_hash", "added", "id", "lang"]);
// Only the block structure is used (each paragraph's raw text and lines): inline parsing, a good
// part of markdown-it's time, is switched off.
const md = new MarkdownIt({ html: false });
md.core.ruler.disable(["inline", "linkify", "replacements", "smartquotes", "text_join"]);

export interface ReadArticleResult {
  article: Article | null;
  diagnostics: Diagnostic[];
}

/** Parse an article file. `id` is the file-name stem; `file` is repo-relative. */
export function readArticle(text: string, file: string, id: string, hash: string): ReadArticleResult {
  const diagnostics: Diagnostic[] = [];
  const yamlDiagnostics: Diagnostic[] = [];
  let parsed: FrontMatter;
  try {
    parsed = readFrontMatter(text, (s: string) => {
      const r = parseYaml(s, file, 0); // the block starts with the newline after "---": lines match the file
      yamlDiagnostics.push(...r.diagnostics);
      return (r.value ?? {}) as object;
    });
  } catch (cause) {
    return { article: null, diagnostics: [{ ruleId: "front-matter", severity: "error", message: `Could not read the front matter: ${String((cause as Error).message).split("\n")[0]}`, hint: "Front matter is YAML between two lines of `---` at the top of the file.", file, line: 1 }] };
  }
  diagnostics.push(...yamlDiagnostics);
  if (yamlDiagnostics.some((d) => d.severity === "error")) return { article: null, diagnostics };
  const data = parsed.data && typeof parsed.data === "object" && !Array.isArray(parsed.data) ? (parsed.data as Record<string, unknown>) : {};
  const bodyStart = parsed.matter ? text.slice(0, text.length - parsed.content.length).split("\n").length : 1;
  const fieldLine = (key: string): number => {
    const i = text.split("\n", 200).findIndex((l) => l.startsWith(`${key}:`));
    return i >= 0 ? i + 1 : 1;
  };
  for (const key of Object.keys(data)) {
    if (!KNOWN_FIELDS.has(key)) diagnostics.push({ ruleId: "unknown-field", severity: "warning", message: `Unknown front matter field "${key}" is ignored.`, hint: `Known fields: ${[...KNOWN_FIELDS].join(", ")}.`, file, line: fieldLine(key) });
  }
  // The line is looked up only for a diagnostic: most files have none.
  const published = readPublished(data.published, file, () => fieldLine("published"), diagnostics);
  const blocks = splitBlocks(parsed.content, bodyStart);
  let title = typeof data.title === "string" || typeof data.title === "number" ? String(data.title).trim() : "";
  if (data.title !== undefined && typeof data.title !== "string") diagnostics.push({ ruleId: "title-type", severity: "warning", message: `"title" should be text; found ${typeof data.title}.`, hint: 'Quote the title: title: "…"', file, line: fieldLine("title") });
  if (!title) title = (blocks[0]?.text ?? "").slice(0, 140) || id;
  const url = typeof data.url === "string" && /^https?:\/\/\S+$/i.test(data.url.trim()) ? data.url.trim() : null;
  if (typeof data.url === "string" && data.url && !url) diagnostics.push({ ruleId: "url-format", severity: "warning", message: `"url" is not an http(s) address: ${JSON.stringify(data.url.slice(0, 80))}.`, file, line: fieldLine("url") });
  if (!blocks.length) diagnostics.push({ ruleId: "empty-article", severity: "warning", message: "The article has no text.", hint: "Add the article's text below the front matter, or remove the file.", file, line: bodyStart });
  const article: Article = {
    id,
    file,
    title,
    published,
    url,
    blocks,
    furniture: asStringList(data.furniture),
    hash,
    ...(typeof data.imported_from === "string" ? { importedFrom: data.imported_from } : {}),
    ...(typeof data.published_note === "string" ? { publishedNote: data.published_note } : {}),
    ...(typeof data.source === "string" && data.source.trim() ? { source: data.source.trim() } : {}),
  };
  return { article, diagnostics };
}

function readPublished(value: unknown, file: string, lineOf: () => number, diagnostics: Diagnostic[]): DatePoint | null {
  if (value === undefined || value === null || value === "") {
    diagnostics.push({ ruleId: "published-unknown", severity: "warning", message: "The article has no publication date; relative dates in it cannot be resolved.", hint: 'Set published: "YYYY-MM-DD" (or "YYYY-MM") and say how you know in published_note.', file, line: lineOf() });
    return null;
  }
  const point = typeof value === "string" ? parseIsoPartial(value) : typeof value === "number" && Number.isInteger(value) ? parseIsoPartial(String(value)) : null;
  if (point && isValidDatePoint(point)) return point;
  diagnostics.push({ ruleId: "published-format", severity: "error", message: `"published" must be a real date written "YYYY-MM-DD", "YYYY-MM" or "YYYY"; found ${JSON.stringify(value)?.slice(0, 60)}.`, hint: 'Quote it: published: "2017-02-13"; use null when unknown.', file, line: lineOf() });
  return null;
}

/** Markdown body → paragraph/heading blocks with absolute file lines (markdown-it token.map). */
export function splitBlocks(body: string, bodyStartLine: number): TextBlock[] {
  return splitPlainBlocks(body, bodyStartLine) ?? splitMarkdownBlocks(body, bodyStartLine);
}

/** splitBlocks through markdown-it always (tests compare it with the plain-paragraph reading). */
export function splitMarkdownBlocks(body: string, bodyStartLine: number): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const token of md.parse(body, {})) {
    if (token.type !== "inline" || !token.map) continue;
    const text = collapseSpaces(token.content);
    if (!text) continue;
    blocks.push({ index: blocks.length, text, lines: [bodyStartLine + token.map[0], bodyStartLine + token.map[1] - 1] });
  }
  return blocks;
}

/** sha-1 of the file's bytes. */
export function hashBytes(bytes: Uint8Array | string): string {
  return createHash("sha1").update(bytes).digest("hex");
}
