// One page in, one article file out — the import recipe. Pure: text in, text and findings out.
import matter from "gray-matter";
import type { Diagnostic } from "../types.ts";
import { toIsoPartial } from "../util/date-point.ts";
import { repairText } from "./repair-text.ts";
import { findArticleLines } from "./find-article-lines.ts";
import type { FurnitureLexicon } from "./furniture-lexicon.ts";
import { findTitle } from "./detect-title.ts";
import { findUrl } from "./detect-url.ts";
import { findPublishedDate } from "./detect-published-date.ts";
import { findSource } from "./detect-source.ts";
import { escapeMarkdownLine, renderArticleFile } from "./write-article-file.ts";
import type { ArticleFile } from "./write-article-file.ts";
import { readGivenFields, unwrapMarkdownParagraphs } from "./read-markdown-input.ts";

export interface ImportOptions {
  /** Original file name: goes into imported_from and into every diagnostic. */
  fileName: string;
  /** "md": the text may carry front matter whose fields win, and its body is already markdown. */
  format?: "txt" | "md";
  lexicon?: FurnitureLexicon;
}

export interface ImportedArticle {
  /** null when nothing could be imported (the diagnostics say why). */
  article: ArticleFile | null;
  /** The rendered file (front matter + body), when there is an article. */
  text: string | null;
  /** "published: 2017-02-13 (stated: Printed as '13 February 2017 18:00')". */
  found: string[];
  /** "published: not printed in the page". */
  undetermined: string[];
  diagnostics: Diagnostic[];
}

/** Turn one raw page (or markdown file) into an article file. Never throws on content. */
export function importRawArticle(input: string, options: ImportOptions): ImportedArticle {
  const file = options.fileName;
  const diagnostics: Diagnostic[] = [];
  const found: string[] = [];
  const undetermined: string[] = [];
  const fail = (message: string, hint: string, line?: number): ImportedArticle => {
    diagnostics.push({ ruleId: "import-failed", severity: "error", message, hint, file, ...(line ? { line } : {}) });
    return { article: null, text: null, found, undetermined, diagnostics };
  };

  // 1. Front matter (markdown input only): its fields are the editor's word and win over detection.
  let body = input;
  let lineOffset = 0;
  let given: ReturnType<typeof readGivenFields>["fields"] = {};
  if (options.format === "md" && /^\uFEFF?---\r?\n/.test(input)) {
    try {
      const parsed = matter(input.replace(/^\uFEFF/, ""), {});
      body = parsed.content;
      lineOffset = input.slice(0, input.length - body.length).split("\n").length - 1;
      const read = readGivenFields(parsed.data as Record<string, unknown>, file);
      given = read.fields;
      diagnostics.push(...read.diagnostics);
    } catch (error) {
      const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
      return fail(`The front matter is not valid YAML: ${reason}.`, "Fix the YAML between the two --- lines, or remove it and import the text alone.", 1);
    }
  }

  // 2. Repair the text, then split it into lines (a scraped page has one paragraph per line).
  const repaired = repairText(body);
  for (const note of repaired.notes) diagnostics.push({ ruleId: "import-repaired-text", severity: "info", message: `Repaired the text: ${note}.`, file });
  const { lines, sourceLines } = options.format === "md"
    ? unwrapMarkdownParagraphs(repaired.text)
    : { lines: repaired.text.split("\n"), sourceLines: repaired.text.split("\n").map((_, i) => i + 1) };
  const lineOf = (i: number) => (sourceLines[i] ?? i + 1) + lineOffset;
  if (lines.every((l) => l.trim() === "")) return fail("The file holds no text.", "Check that the file is the page you meant to import.");

  // 3. Which lines are the article; then the fields, each from its own detector.
  const verdicts = findArticleLines(lines, options.lexicon ? { lexicon: options.lexicon } : {});
  const title = findTitle(lines, verdicts);
  const url = findUrl(lines);
  const published = findPublishedDate(lines, verdicts, { ...(title?.lines[0] !== undefined ? { titleLine: title.lines[0] } : {}), url: url?.url ?? null });
  const source = findSource(lines, verdicts, url?.url ?? null);
  for (const i of title?.lines ?? []) verdicts[i] = { article: false, reason: "title" };
  for (const i of published.savedOn) verdicts[i] = { article: false, reason: "saved-on-date" };

  // 4. The article and its furniture.
  const paragraphs: string[] = [];
  const furniture: string[] = [];
  verdicts.forEach((v, i) => {
    const line = (lines[i] ?? "").trim();
    if (v.article) {
      const text = v.text ?? line;
      paragraphs.push(options.format === "md" ? text : escapeMarkdownLine(text));
      if (v.text !== undefined && v.text !== line) {
        furniture.push(line.slice(text.length).trim());
        diagnostics.push({ ruleId: "import-cut-off", severity: "warning", message: "The last paragraph stops mid-sentence; the unfinished sentence was moved to furniture.", hint: "Check the original page for the rest of the text.", file, line: lineOf(i) });
      }
    } else if (line !== "") furniture.push(line);
    if (!v.article && v.reason === "cut-off") diagnostics.push({ ruleId: "import-cut-off", severity: "warning", message: "The last line stops mid-word; it was moved to furniture.", hint: "Check the original page for the rest of the text.", file, line: lineOf(i) });
  });
  if (paragraphs.length === 0) return fail("No line of the file looks like article text (every line was judged page furniture).", "Import a page with at least one paragraph of prose, or write the article as markdown.");

  // 5. Fields: given (front matter) > detected; report each as found or undetermined.
  const doc: ArticleFile = {
    title: given.title ?? title?.title ?? "",
    published: given.published !== undefined ? given.published : published.published ? toIsoPartial(published.published) : null,
    published_note: given.published_note !== undefined ? given.published_note : published.note,
    source: given.source !== undefined ? given.source : source?.source ?? null,
    url: given.url !== undefined ? given.url : url?.url ?? null,
    imported_from: file,
    furniture,
    body: paragraphs,
  };
  if (given.title) found.push(`title: ${doc.title} (front matter)`);
  else if (title) found.push(`title: ${doc.title} (${title.how === "first-sentence" ? "no headline; taken from the first sentence" : title.how === "repeated" ? "printed twice above the article" : "headline above the article"})`);
  else undetermined.push("title: no headline found");
  if (!doc.title) return fail("The article has no title and none could be found.", "Add `title:` in front matter.");
  if (given.published !== undefined) found.push(`published: ${doc.published ?? "null"} (front matter)`);
  else if (doc.published) found.push(`published: ${doc.published} (${published.how}: ${published.note})`);
  else undetermined.push(`published: unknown — ${published.note}`);
  if (doc.source) found.push(`source: ${doc.source}${given.source !== undefined ? " (front matter)" : source ? ` (from '${source.evidence}')` : ""}`);
  else undetermined.push("source: the page does not name its outlet");
  if (doc.url) found.push(`url: ${doc.url}`);
  else undetermined.push("url: the page does not print its address");
  if (published.how === "unknown" && given.published === undefined)
    diagnostics.push({ ruleId: "import-published-unknown", severity: "warning", message: `The publication date could not be established. ${published.note}`, hint: "Set `published:` (\"YYYY-MM-DD\", \"YYYY-MM\" or \"YYYY\") by hand with a `published_note:` saying how.", file });
  if (title?.how === "first-sentence" && !given.title)
    diagnostics.push({ ruleId: "import-title-guessed", severity: "warning", message: `No headline found above the article; the title was taken from its first sentence: "${doc.title}".`, hint: "Set `title:` by hand.", file });
  return { article: doc, text: renderArticleFile(doc), found, undetermined, diagnostics };
}
