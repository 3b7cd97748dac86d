// The five real scraped pages from ../shared/corpus (skipped when that folder is absent).
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { importRawArticle } from "../../src/import/import-raw-article.ts";
import { findArticleLines } from "../../src/import/find-article-lines.ts";
import { parseFurnitureLexicon } from "../../src/import/furniture-lexicon.ts";

const CORPUS = fileURLToPath(new URL("../../../shared/corpus", import.meta.url));
const present = existsSync(join(CORPUS, "raw"));
const lexicon = parseFurnitureLexicon(readFileSync("content/curation/furniture-phrases.yml", "utf8")).lexicon;

interface Gold { noise?: string[] }
const pages = present ? readdirSync(join(CORPUS, "raw")).filter((f) => f.endsWith(".txt")).sort() : [];
const imported = (file: string) => importRawArticle(readFileSync(join(CORPUS, "raw", file), "utf8"), { fileName: file, lexicon });

describe.skipIf(!present)("the five seed pages", () => {
  // [page prefix, published, how the note starts]
  const expected: [string, string | null, string][] = [
    ["000", null, "Not printed in the page."],
    ["001", "2017-02-13", "Printed as '13 February 2017 18:00 (UTC+04:00)'."],
    ["002", "2017-02-27", "Not printed. The latest absolute date in the text is February 25, 2017"],
    ["003", "2017-01-19", "Printed as 'date 2017-01-19'"],
    ["004", "2017-02-27", "Printed as '27 February 2017 15:23 (UTC+04:00)'."],
  ];
  it.each(expected)("%s is published %s", (prefix, published, note) => {
    const file = pages.find((p) => p.startsWith(prefix)) ?? "";
    const result = imported(file);
    expect(result.article?.published).toBe(published);
    expect(result.article?.published_note?.startsWith(note)).toBe(true);
  });

  it("002 says its date was inferred", () => {
    const result = imported(pages.find((p) => p.startsWith("002")) ?? "");
    expect(result.found.find((f) => f.startsWith("published"))).toContain("(inferred:");
  });

  it.each(pages)("%s: no gold noise string remains in the article text", (file) => {
    const gold = JSON.parse(readFileSync(join(CORPUS, "gold", file.replace(/\.txt$/, ".json")), "utf8")) as Gold;
    const body = (imported(file).article?.body ?? []).join("\n").toLowerCase();
    for (const noise of gold.noise ?? []) expect(body, noise).not.toContain(noise.toLowerCase());
  });

  it.each(pages)("%s: the article lines are kept whole when classified again (idempotent)", (file) => {
    const body = imported(file).article?.body ?? [];
    expect(body.length).toBeGreaterThan(3);
    expect(findArticleLines(body, { lexicon }).every((v) => v.article)).toBe(true);
  });
});
