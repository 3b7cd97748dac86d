// A cache in one file, a line `<40-hex key>\t<JSON>\n` per entry: a warm build of 10,000 articles
// reads one file, not 10,000. Robust by construction:
// - a line that is torn (a killed build) or garbled is a miss, never an error: a key must be
//   followed by a tab, and the caller parses and checks the JSON (raw tabs and newlines never
//   occur inside JSON text, so a torn line cannot pass for another);
// - new entries are appended in whole-line writes, so concurrent builds interleave lines, not
//   bytes; a rewrite goes to a temporary file renamed over the old one, so readers see one or
//   the other, and at worst an entry appended meanwhile is lost (a miss next time).
// Lines are located in the file's bytes and decoded only when asked for: stale entries cost nothing.
import { randomUUID } from "node:crypto";
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from "node:fs";
import path from "node:path";

export interface EntryCache {
  /** The JSON stored under `key`, or undefined. */
  get(key: string): string | undefined;
  /** Remember a new entry; written by `save`. */
  set(key: string, json: string): void;
  /**
   * Write the new entries. `live` are the keys this build used: when the file's other lines
   * (stale or torn) outnumber them, or none of them was in the file, the file is rewritten
   * with the live entries only. Never throws.
   */
  save(live: string[]): void;
}

const KEY_LENGTH = 40;
const TAB = 9;
const NEWLINE = 10;
/** Lines per write() call: keeps each write well below the size the kernel writes at once. */
const LINES_PER_WRITE = 500;

/** Open the cache file `file` (missing = empty). */
export function openEntryCache(file: string): EntryCache {
  const bytes = readOrEmpty(file);
  const lines = indexLines(bytes);
  const fresh = new Map<string, string>();
  return {
    get: (key) => {
      const json = fresh.get(key);
      if (json !== undefined) return json;
      const at = lines.entries.get(key);
      return at ? bytes.toString("utf8", at[0] + KEY_LENGTH + 1, at[1]) : undefined;
    },
    set: (key, json) => void fresh.set(key, json),
    save: (live) => {
      try {
        saveEntries(file, bytes, lines, fresh, [...new Set(live)]);
      } catch {
        // Only a speed-up: a cache that cannot be written (read-only folder, disk full) is skipped.
      }
    },
  };
}

function saveEntries(file: string, bytes: Buffer, lines: IndexedLines, fresh: Map<string, string>, live: string[]): void {
  const reused = live.filter((k) => !fresh.has(k) && lines.entries.has(k)).length;
  mkdirSync(path.dirname(file), { recursive: true });
  // Append while most of the file is in use; else (nothing reused, or stale lines outnumber
  // the live ones) write the live entries alone: when nothing is reused that costs the same.
  if (reused > 0 && lines.count - reused <= live.length) {
    const added = live.filter((k) => fresh.has(k)).map((k) => `${k}\t${fresh.get(k)}\n`);
    // A build killed mid-line left no newline: start on a line of our own.
    if (added.length && bytes[bytes.length - 1] !== NEWLINE) added[0] = `\n${added[0]}`;
    writeLines(file, "a", added);
    return;
  }
  const kept = live.flatMap((k): (string | Uint8Array)[] => {
    const json = fresh.get(k);
    if (json !== undefined) return [`${k}\t${json}\n`];
    const at = lines.entries.get(k);
    return at ? [bytes.subarray(at[0], at[1] + 1)] : [];
  });
  const tmp = `${file}.${process.pid}-${randomUUID().slice(0, 8)}.tmp`;
  try {
    writeLines(tmp, "w", kept);
    renameSync(tmp, file);
  } finally {
    rmSync(tmp, { force: true });
  }
}

function readOrEmpty(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch {
    return Buffer.alloc(0);
  }
}

/** key → [line start, index of its newline]; `count`: every non-empty line, valid or not. */
interface IndexedLines {
  entries: Map<string, [number, number]>;
  count: number;
}

function indexLines(bytes: Buffer): IndexedLines {
  const entries = new Map<string, [number, number]>();
  let count = 0;
  for (let start = 0; start < bytes.length; ) {
    let end = bytes.indexOf(NEWLINE, start);
    // A last line without its newline was cut short: skip it.
    if (end < 0) end = bytes.length;
    else if (end > start + KEY_LENGTH && bytes[start + KEY_LENGTH] === TAB) entries.set(bytes.toString("latin1", start, start + KEY_LENGTH), [start, end]);
    if (end > start) count++;
    start = end + 1;
  }
  return { entries, count };
}

/** Write `lines` to `file` (flag "a" appends), a few hundred whole lines per write() call. */
function writeLines(file: string, flag: "a" | "w", lines: (string | Uint8Array)[]): void {
  if (!lines.length && flag === "a") return;
  const fd = openSync(file, flag);
  try {
    for (let i = 0; i < lines.length; i += LINES_PER_WRITE) {
      const chunk = Buffer.concat(lines.slice(i, i + LINES_PER_WRITE).map((l) => (typeof l === "string" ? Buffer.from(l) : l)));
      for (let written = 0; written < chunk.length; ) written += writeSync(fd, chunk, written);
    }
  } finally {
    closeSync(fd);
  }
}
