// `dateline serve` watches content/ itself: one fs.watch per folder, never one per file. Eleventy's
// watcher (chokidar) adds files one at a time after it reports ready, and an edit to a file it has
// not reached yet is lost: with 10,000 articles that was most of them for the first minute.
import { readdirSync, statSync, watch, type FSWatcher } from "node:fs";
import path from "node:path";

export interface ContentWatcher { close: () => void }

/** Names editors and tools write beside a file and never mean a content change. */
export function isScratchName(name: string): boolean {
  return name.startsWith(".") || name.endsWith("~") || /\.(?:swp|swx|tmp|crdownload|part)$/i.test(name) || /^\d+$/.test(name) || name.startsWith("#");
}

/**
 * Call `onChange(files)` after files under `root` change, are added or removed (sub-folders
 * included, new ones as they appear). Events closer than `settleMs` are reported together, so an
 * editor's several writes of one save make one rebuild.
 */
export function watchContent(root: string, onChange: (files: string[]) => void, options: { settleMs?: number } = {}): ContentWatcher {
  const settleMs = options.settleMs ?? 60;
  const watchers = new Map<string, FSWatcher>();
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let closed = false;

  const report = (file: string): void => {
    pending.add(file);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const files = [...pending].sort();
      pending.clear();
      if (!closed) onChange(files);
    }, settleMs);
  };

  const watchFolder = (dir: string): void => {
    if (closed || watchers.has(dir)) return;
    let watcher: FSWatcher;
    try {
      watcher = watch(dir, (_event, name) => {
        if (name === null) return report(dir);
        const base = path.basename(name.toString());
        if (isScratchName(base)) return;
        const full = path.join(dir, name.toString());
        if (isFolder(full)) watchTree(full);
        report(full);
      });
    } catch {
      return; // removed before we got to it, or not readable: nothing to watch
    }
    watcher.on("error", () => {
      watcher.close();
      watchers.delete(dir);
    });
    watchers.set(dir, watcher);
  };

  const watchTree = (dir: string): void => {
    watchFolder(dir);
    for (const entry of listFolder(dir)) {
      if (entry.isDirectory() && !isScratchName(entry.name) && entry.name !== "node_modules") watchTree(path.join(dir, entry.name));
    }
  };

  watchTree(path.resolve(root));
  return {
    close: () => {
      closed = true;
      clearTimeout(timer);
      for (const w of watchers.values()) w.close();
      watchers.clear();
    },
  };
}

function listFolder(dir: string): import("node:fs").Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

function isFolder(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}
