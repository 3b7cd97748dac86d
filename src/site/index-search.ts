// Pagefind over the written site: one search index under <outDir>/pagefind/, built after Eleventy.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";

/**
 * Index every page of outDir; returns the page count and how long it took. Throws with Pagefind's
 * own messages. The index files are fetched with getFiles() and written here rather than with
 * writeFiles(): under load, writeFiles() answered before its service had flushed, and close()
 * then left an empty pagefind-entry.json ("Failed to load Pagefind metadata" in the browser).
 */
export async function indexSearch(outDir: string): Promise<{ pages: number; ms: number }> {
  const started = performance.now();
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join("; ")}`);
    const built = await index.getFiles();
    if (built.errors.length) throw new Error(`Pagefind could not build its index: ${built.errors.join("; ")}`);
    const bundle = path.join(outDir, "pagefind");
    for (const file of built.files) {
      const target = path.join(bundle, file.path);
      if (!target.startsWith(bundle + path.sep)) throw new Error(`Pagefind returned a file outside its folder: ${file.path}`);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, file.content);
    }
    return { pages: added.page_count, ms: performance.now() - started };
  } finally {
    await pagefind.close();
  }
}
