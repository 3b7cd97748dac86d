// content/articles → its article files, read, in name order, and the entries that cannot be
// articles. Synchronous on purpose: for 10,000 small files the awaited fs/promises round trips
// cost several times the work. A plain file costs open, fstat, read, close.
import { closeSync, fstatSync, openSync, readSync, readdirSync, realpathSync, statSync, type Dirent, type Stats } from "node:fs";
import path from "node:path";
import type { Diagnostic } from "../types.ts";
import { stampOf, type MemoFile } from "./build-memo.ts";

export interface ContentFile {
  /** Repo-relative posix path, for messages and the export. */
  rel: string;
  format: "md" | "txt";
  bytes: Buffer;
}

const MAX_BYTES = 20 * 1024 * 1024;

/**
 * Read the article files under `dir`; symlinks that leave `root` and oversize files are reported,
 * not read. With `known` (a BuildMemo's files), a file whose stamp is unchanged is not read again:
 * one stat instead of open, fstat, read and close; `known` is left holding this listing's files.
 */
export function readContentFiles(dir: string, root: string, rootDir: string, known?: Map<string, MemoFile>): { files: ContentFile[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const files: ContentFile[] = [];
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    return { files, diagnostics };
  }
  const realRoot = realPathOrNull(root) ?? root;
  const relDir = path.relative(rootDir, dir).split(path.sep).join("/");
  const seen = new Set<string>();
  for (const entry of entries) {
    const name = entry.name;
    const format = name.endsWith(".md") ? "md" : name.endsWith(".txt") ? "txt" : null;
    if (!format || name.startsWith(".")) continue;
    const abs = path.join(dir, name);
    const rel = relDir ? `${relDir}/${name}` : name;
    if (entry.isSymbolicLink()) {
      const target = realPathOrNull(abs);
      if (!target || !(target + path.sep).startsWith(realRoot + path.sep)) {
        diagnostics.push({ ruleId: "symlink-outside", severity: "error", message: `"${name}" is a link to a file outside the content folder; it was not read.`, hint: "Copy the article into content/articles instead of linking to it.", file: rel });
        continue;
      }
    }
    const info = entry.isFile() ? null : statOrNull(abs);
    if (info && !info.isFile()) {
      if (info.isDirectory()) diagnostics.push({ ruleId: "not-a-file", severity: "warning", message: `"${name}" is a folder, not an article file; it was skipped.`, hint: "Rename the folder so it does not end in .md or .txt.", file: rel });
      continue;
    }
    const bytes = known ? readKnown(abs, known, seen) : readUpTo(abs, MAX_BYTES);
    if (typeof bytes === "number") {
      diagnostics.push({ ruleId: "file-too-large", severity: "error", message: `"${name}" is ${(bytes / 1048576).toFixed(1)} MB; articles over ${MAX_BYTES / 1048576} MB are not read.`, hint: "Split the file or remove what is not the article.", file: rel });
      continue;
    }
    files.push({ rel, format, bytes });
  }
  if (known) for (const abs of known.keys()) if (!seen.has(abs)) known.delete(abs);
  return { files, diagnostics };
}

/** readUpTo through the memo: the known bytes while the file's stamp is the same. */
function readKnown(abs: string, known: Map<string, MemoFile>, seen: Set<string>): Buffer | number {
  seen.add(abs);
  const before = known.get(abs);
  const info = before ? statOrNull(abs) : null;
  if (before && info && stampOf(info) === before.stamp) return before.bytes;
  // Stamped before reading: a write landing in between changes the stamp, and the next build reads again.
  const stamp = info ?? statOrNull(abs);
  const bytes = readUpTo(abs, MAX_BYTES);
  if (typeof bytes === "number" || !stamp) known.delete(abs);
  else known.set(abs, { stamp: stampOf(stamp), bytes });
  return bytes;
}

/** A file's bytes, or its size when that is over `max` (then it is not read). Throws when it cannot be read. */
function readUpTo(file: string, max: number): Buffer | number {
  const fd = openSync(file, "r");
  try {
    const size = fstatSync(fd).size;
    if (size > max) return size;
    // Unpooled: a small file's bytes do not share (and drag along, to a worker) an 8 kB pool.
    const bytes = Buffer.allocUnsafeSlow(size);
    let read = 0;
    for (let n = 1; read < size && n > 0; read += n) n = readSync(fd, bytes, read, size - read, read);
    return read < size ? bytes.subarray(0, read) : bytes;
  } finally {
    closeSync(fd);
  }
}

function realPathOrNull(file: string): string | null {
  try {
    return realpathSync(file);
  } catch {
    return null;
  }
}

function statOrNull(file: string): Stats | null {
  try {
    return statSync(file);
  } catch {
    return null;
  }
}
