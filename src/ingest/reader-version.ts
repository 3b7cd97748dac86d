// Identifies the reader's behaviour for the article cache, the way EXTRACTOR_VERSION does the
// extractor's: a digest of the source files that turn bytes into an Article (this folder, the
// importer, the utilities), so changing any of them reads every article again.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const SRC = fileURLToPath(new URL("..", import.meta.url));

export const READER_VERSION = fingerprintSources(["ingest", "import", "util"].map((dir) => path.join(SRC, dir)));

/** sha-1 of the names and contents of every .ts file under `dirs`, walked in a fixed order. */
function fingerprintSources(dirs: string[]): string {
  const hash = createHash("sha1");
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".ts")) hash.update(entry.name).update(readFileSync(full));
    }
  };
  for (const dir of dirs) walk(dir);
  return hash.digest("hex").slice(0, 12);
}
