// A digest of source files, for cache keys that must change when the code that made a cached
// result changes (the extractor, the article reader, the site's templates).
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/**
 * sha-1 (hex) of the names and contents of `paths`: files as they are, folders walked in code-unit
 * order of names, keeping the files `include` accepts (default: every file).
 */
export function fingerprintFiles(paths: string[], include: (name: string) => boolean = () => true): string {
  const hash = createHash("sha1");
  const walk = (full: string): void => {
    if (!statSync(full).isDirectory()) {
      hash.update(path.basename(full)).update(readFileSync(full));
      return;
    }
    const entries = readdirSync(full, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) if (entry.isDirectory() || include(entry.name)) walk(path.join(full, entry.name));
  };
  for (const p of paths) walk(p);
  return hash.digest("hex");
}

/** Only TypeScript sources. */
export const isTypeScript = (name: string): boolean => name.endsWith(".ts");
