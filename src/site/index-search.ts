// Pagefind over the written site: one search index under <outDir>/pagefind/, built after Eleventy.
import path from "node:path";
import * as pagefind from "pagefind";

/** Index every page of outDir; returns the page count and how long it took. Throws with Pagefind's own messages. */
export async function indexSearch(outDir: string): Promise<{ pages: number; ms: number }> {
  const started = performance.now();
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: path.join(outDir, "pagefind") });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
    return { pages: added.page_count, ms: performance.now() - started };
  } finally {
    await pagefind.close();
  }
}
