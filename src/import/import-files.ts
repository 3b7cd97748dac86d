// The I/O edge of import: read pages, write article files. Re-importing a page replaces the file
// it produced before (found by imported_from), unless an editor changed that file since (its
// import_hash no longer matches): then it refuses without --force. It never deletes a file.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, readdir, rename, stat, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Diagnostic } from "../types.ts";
import { importRawArticle } from "./import-raw-article.ts";
import type { FurnitureLexicon } from "./furniture-lexicon.ts";
import { parseFurnitureLexicon } from "./furniture-lexicon.ts";
import { articleFileName, isUntouchedImport } from "./write-article-file.ts";
import { htmlToText } from "./html-to-text.ts";
import { decodeBytes } from "./decode-bytes.ts";

export interface ImportFilesOptions {
  /** Folder of article files, e.g. "content/articles". */
  into: string;
  /** Replace an article file even when an editor changed it since it was imported. */
  force?: boolean;
  /** Default: <into>/../curation/furniture-phrases.yml, else the one bundled with Dateline. */
  lexicon?: FurnitureLexicon;
}

export type ImportStatus = "written" | "replaced" | "unchanged" | "refused" | "skipped" | "failed";

export interface ImportResult {
  /** The input path as given. */
  input: string;
  status: ImportStatus;
  /** The article file written (or that would have been), when there is one. */
  written?: string;
  found: string[];
  undetermined: string[];
  diagnostics: Diagnostic[];
}

const EXTENSIONS = new Set([".txt", ".md", ".markdown", ".html", ".htm"]);

/** Import files and folders of pages into `options.into`; one result per input file. */
export async function importFiles(paths: string[], options: ImportFilesOptions): Promise<ImportResult[]> {
  const results: ImportResult[] = [];
  const inputs: string[] = [];
  for (const path of paths) {
    const listed = await listInputs(path);
    if ("error" in listed) results.push(failure(path, "skipped", "import-input", listed.error, listed.hint));
    else inputs.push(...listed.files);
  }
  await mkdir(options.into, { recursive: true });
  const lexicon = options.lexicon ?? (await loadLexicon(options.into, results));
  const previous = await indexImportedFiles(options.into);
  const seenNames = new Set<string>();
  for (const input of inputs) results.push(await importOne(input, options, lexicon, previous, seenNames));
  return results;
}

async function importOne(input: string, options: ImportFilesOptions, lexicon: FurnitureLexicon | undefined, previous: Map<string, string>, seenNames: Set<string>): Promise<ImportResult> {
  const name = basename(input);
  if (seenNames.has(name))
    return failure(input, "skipped", "import-duplicate-name", `Another input in this run is also named "${name}"; imported_from could not tell them apart.`, "Rename one of the files and import it again.");
  seenNames.add(name);
  const bytes = await readFile(input);
  const decoded = decodeBytes(bytes);
  if ("error" in decoded) return failure(input, "skipped", "import-unreadable", decoded.error, decoded.hint);
  const ext = extname(input).toLowerCase();
  const text = ext === ".html" || ext === ".htm" ? htmlToText(decoded.text) : decoded.text;
  const imported = importRawArticle(text, { fileName: name, format: ext === ".md" || ext === ".markdown" ? "md" : "txt", ...(lexicon ? { lexicon } : {}) });
  const diagnostics = [...decoded.diagnostics.map((d) => ({ ...d, file: input })), ...imported.diagnostics.map((d) => ({ ...d, file: input }))];
  const base = { input, found: imported.found, undetermined: imported.undetermined, diagnostics };
  if (!imported.text || !imported.article) return { ...base, status: "failed" };

  const earlier = previous.get(name);
  if (earlier) {
    const current = await readFile(earlier, "utf8");
    if (current === imported.text) return { ...base, status: "unchanged", written: earlier };
    if (!isUntouchedImport(current) && !options.force) {
      diagnostics.push({
        ruleId: "import-edited-file",
        severity: "error",
        message: `${earlier} was imported from "${name}" and edited since (its import_hash no longer matches its text); it was not overwritten.`,
        hint: "Keep the edited file as it is, or re-run with --force to replace it with a fresh import.",
        file: earlier,
      });
      return { ...base, status: "refused", written: earlier };
    }
    // Keep the file name it had: its id may be cited elsewhere; renaming would also mean deleting.
    await writeAtomic(earlier, imported.text);
    return { ...base, status: "replaced", written: earlier };
  }
  const target = await freePath(options.into, articleFileName(imported.article.published, imported.article.title));
  await writeAtomic(target, imported.text);
  previous.set(name, target);
  return { ...base, status: "written", written: target };
}

/** Files to import from one argument: the file itself, or a folder's supported files (sorted). */
async function listInputs(path: string): Promise<{ files: string[] } | { error: string; hint: string }> {
  const info = await stat(path).catch(() => null);
  if (!info) return { error: `${path} does not exist.`, hint: "Check the path; give files or folders of .txt, .md or .html pages." };
  if (info.isFile()) {
    if (EXTENSIONS.has(extname(path).toLowerCase())) return { files: [path] };
    return { error: `${path} is not a .txt, .md or .html file.`, hint: "Save the page as text (.txt) or HTML and import that." };
  }
  if (!info.isDirectory()) return { error: `${path} is neither a file nor a folder.`, hint: "Give files or folders." };
  const entries = await readdir(path, { withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && EXTENSIONS.has(extname(e.name).toLowerCase()))
    .map((e) => join(path, e.name))
    .sort();
  return { files };
}

/** imported_from -> article file, for the files already in the folder. */
async function indexImportedFiles(dir: string): Promise<Map<string, string>> {
  const index = new Map<string, string>();
  const names = (await readdir(dir)).filter((n) => n.endsWith(".md")).sort();
  for (const n of names) {
    const text = await readFile(join(dir, n), "utf8").catch(() => "");
    const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? "";
    const m = /^imported_from:[ \t]*(.+?)[ \t]*$/m.exec(front);
    if (!m?.[1]) continue;
    const from = unquote(m[1]);
    if (!index.has(from)) index.set(from, join(dir, n));
  }
  return index;
}

function unquote(value: string): string {
  if (value.startsWith('"')) {
    try {
      return String(JSON.parse(value));
    } catch {
      return value.slice(1, -1);
    }
  }
  if (value.startsWith("'")) return value.slice(1, -1).replace(/''/g, "'");
  return value;
}

/** A path in `dir` no other file holds: "name.md", else "name-2.md", "name-3.md" ... */
async function freePath(dir: string, fileName: string): Promise<string> {
  const stem = fileName.replace(/\.md$/, "");
  for (let n = 1; ; n++) {
    const candidate = join(dir, n === 1 ? fileName : `${stem}-${n}.md`);
    if (!existsSync(candidate)) return candidate;
  }
}

/** Write a temp file beside the target, then rename: a crash never leaves half a file. */
async function writeAtomic(target: string, text: string): Promise<void> {
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await writeFile(temp, text, { encoding: "utf8", flag: "wx" });
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined); // our own temp file only
    throw error;
  }
}

// The lexicon shipped in this repository, for imports into a folder without its own curation/.
const BUNDLED_LEXICON = fileURLToPath(new URL("../../content/curation/furniture-phrases.yml", import.meta.url));

async function loadLexicon(into: string, results: ImportResult[]): Promise<FurnitureLexicon | undefined> {
  const own = join(dirname(into), "curation", "furniture-phrases.yml");
  const path = existsSync(own) ? own : BUNDLED_LEXICON;
  const text = await readFile(path, "utf8").catch(() => null);
  if (text === null) return undefined;
  const { lexicon, errors } = parseFurnitureLexicon(text);
  for (const e of errors) results.push(failure(path, "skipped", "import-lexicon", `The furniture lexicon could not be read: ${e}`, "Fix the YAML; the import went on with the built-in lexicon."));
  return lexicon;
}

function failure(input: string, status: ImportStatus, ruleId: string, message: string, hint: string): ImportResult {
  return { input, status, found: [], undetermined: [], diagnostics: [{ ruleId, severity: status === "failed" ? "error" : "warning", message, hint, file: input }] };
}
