// What a long-running process (`dateline serve`) keeps between its builds, so that a rebuild after
// one edit reads and parses one file, not every file: at 10,000 articles, reading every file again
// and parsing every cached entry cost ~2.5 s of each rebuild. A file is known by its stamp (inode,
// size, modification and change times: an edit, a replace or a rename-over changes one of them);
// an entry by its cache key, which hashes the file's bytes, path, id, the knowledge and the code.
// Each build keeps only what it used, so the memo holds one corpus' worth at most.
// The objects are shared by consecutive builds: later stages must not modify them (tests build
// twice over frozen entries).
import type { Stats } from "node:fs";
import type { ArticleEntry } from "../extract/extract-worker.ts";

export interface MemoFile {
  stamp: string;
  bytes: Buffer;
}

export interface BuildMemo {
  /** Article files by absolute path, as last read. */
  files: Map<string, MemoFile>;
  /** Parsed cache entries by cache key, as the last build used them. */
  entries: Map<string, ArticleEntry>;
}

export function createBuildMemo(): BuildMemo {
  return { files: new Map(), entries: new Map() };
}

/** What dates a file's content: any write, truncation, replacement or rename over it changes it. */
export function stampOf(info: Stats): string {
  return `${info.dev}:${info.ino}:${info.size}:${info.mtimeMs}:${info.ctimeMs}`;
}
