// content/articles holds the five seeds as imported by this code (and one edited by hand).
// Re-importing the raw pages into a copy must leave the four untouched files unchanged and
// refuse the edited one: the committed files are exactly what the importer produces.
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import matter from "gray-matter";
import { afterAll, describe, expect, it } from "vitest";
import { importFiles } from "../../src/import/import-files.ts";
import { isUntouchedImport } from "../../src/import/write-article-file.ts";

const RAW = fileURLToPath(new URL("../../../shared/corpus/raw", import.meta.url));
const ARTICLES = "content/articles";
const seeds = readdirSync(ARTICLES).filter((f) => f.endsWith(".md")).sort();
const work = mkdtempSync(join(tmpdir(), "dateline-seeds-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the committed seed articles", () => {
  const published = (name: string) => (matter(readFileSync(join(ARTICLES, name), "utf8"), {}).data as { published: unknown }).published;

  it("are five, with their publication dates", () => {
    expect(seeds.map(published).sort()).toEqual(["2017-01-19", "2017-02-13", "2017-02-27", "2017-02-27", "2021-06"]);
  });

  it("only the hand-dated one was edited after import", () => {
    const edited = seeds.filter((name) => !isUntouchedImport(readFileSync(join(ARTICLES, name), "utf8")));
    expect(edited.map(published)).toEqual(["2021-06"]);
  });

  it.skipIf(!existsSync(RAW))("re-importing the raw pages changes nothing and refuses the edited file", async () => {
    const into = join(work, "articles");
    cpSync(ARTICLES, into, { recursive: true });
    const results = await importFiles([RAW], { into });
    expect(results.map((r) => r.status).sort()).toEqual(["refused", "unchanged", "unchanged", "unchanged", "unchanged"]);
    expect(readdirSync(into).sort()).toEqual(seeds);
    for (const name of seeds) expect(readFileSync(join(into, name), "utf8")).toBe(readFileSync(join(ARTICLES, name), "utf8"));
  });
});
