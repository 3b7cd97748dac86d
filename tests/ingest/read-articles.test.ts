// The build reads through extractAll (cached, on workers, ids assumed then checked); readArticles
// reads file by file in order. Both must give the same articles and the same diagnostics.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Diagnostic, Knowledge } from "../../src/types.ts";
import { extractAll } from "../../src/extract/extract-all.ts";
import { loadKnowledge } from "../../src/ingest/load-knowledge.ts";
import { readArticleSources, readArticles, stemOf } from "../../src/ingest/read-articles.ts";
import { slugify } from "../../src/util/slugify.ts";


const repo = path.resolve(import.meta.dirname, "../..");
const article = (body: string, date = "2017-02-13"): string => `---\npublished: "${date}"\n---\n${body}\n`;

/** File name → bytes: every way a file can fail to be, or be, an article, and clashing names (read in code-unit order: capitals first). */
const FILES: Record<string, string | Uint8Array> = {
  "Aa.md": new Uint8Array([0, 1, 2]), // binary: takes no id
  "aa.md": article("The talks opened in Astana on Monday."),
  "aa_.md": article("A second article on the talks."),
  "Bb.txt": "", // a raw page with nothing in it: takes no id
  "bb.md": '---\ntitle: "unclosed\n---\nBroken front matter.\n', // broken: takes its id, left out
  "bb-2.txt": readFileSync(path.join(repo, "tests/fixtures/raw/wire-dateline.txt")),
  "bb_.md": article("Another one about the talks on January 23."),
  "copy-1.md": article("Same bytes twice."),
  "copy-2.md": article("Same bytes twice."),
  "crlf.md": article("Line one.\r\n\r\nLine two.").replace(/\n/g, "\r\n"),
  "invalid-utf8.md": Buffer.concat([Buffer.from(article("Caf")), Buffer.from([0xe9, 0x0a])]),
  "no-date.md": "Just text, no front matter.\n",
  "notes.json": "{}",
  "unknown-field.md": '---\npublished: "2017"\ncolour: red\n---\nText.\n',
};

let knowledge: Knowledge;
let root: string;
let contentDir: string;

beforeAll(async () => {
  ({ knowledge } = await loadKnowledge(path.join(repo, "content"), repo));
  root = mkdtempSync(path.join(tmpdir(), "dateline-read-articles-"));
  contentDir = path.join(root, "content");
  mkdirSync(path.join(contentDir, "articles"), { recursive: true });
  for (const sub of ["actors", "lexicon", "curation"]) cpSync(path.join(repo, "content", sub), path.join(contentDir, sub), { recursive: true });
  for (const [name, bytes] of Object.entries(FILES)) writeFileSync(path.join(contentDir, "articles", name), bytes);
  mkdirSync(path.join(contentDir, "articles", "folder.md"));
  writeFileSync(path.join(root, "outside.md"), article("Outside."));
  symlinkSync(path.join(root, "outside.md"), path.join(contentDir, "articles", "link.md"));
  symlinkSync(path.join(contentDir, "articles", "aa.md"), path.join(contentDir, "articles", "link-inside.md"));
  symlinkSync(path.join(contentDir, "actors"), path.join(contentDir, "articles", "link-to-folder.md"));
  writeFileSync(path.join(contentDir, "articles", "huge.md"), Buffer.alloc(20 * 1024 * 1024 + 1, "a"));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const short = (d: Diagnostic): string => `${path.basename(d.file)} ${d.ruleId}`;

describe("reading the articles folder", () => {
  it("gives ids, diagnostics and left-out articles file by file, in order", async () => {
    const { articles, diagnostics } = await readArticles(contentDir, path.dirname(contentDir), knowledge);
    expect(articles.map((a) => `${path.basename(a.file)}=${a.id}`)).toEqual(["aa.md=aa", "aa_.md=aa-2", "bb-2.txt=bb-2", "bb_.md=bb-3", "copy-1.md=copy-1", "copy-2.md=copy-2", "crlf.md=crlf", "invalid-utf8.md=invalid-utf8", "link-inside.md=link-inside", "no-date.md=no-date", "unknown-field.md=unknown-field"]);
    expect(diagnostics.map(short)).toEqual([
      "folder.md not-a-file",
      "huge.md file-too-large",
      "link-to-folder.md not-a-file",
      "link.md symlink-outside",
      "Aa.md binary-file",
      "Bb.txt import-failed",
      "aa_.md duplicate-article-id",
      "bb-2.txt import-repaired-text",
      "bb-2.txt import-cut-off",
      "bb.md yaml-syntax",
      "bb_.md duplicate-article-id",
      "copy-2.md duplicate-article",
      "invalid-utf8.md invalid-utf8",
      "link-inside.md duplicate-article",
      "no-date.md published-unknown",
      "unknown-field.md unknown-field",
    ]);
  });

  it.each([0, 2])("gives the same through extractAll with %i workers, cold and warm", async (workers) => {
    const rootDir = path.dirname(contentDir);
    const expected = await readArticles(contentDir, rootDir, knowledge);
    const cacheDir = path.join(root, `cache-${workers}`);
    for (const round of ["cold", "warm"]) {
      const { sources, diagnostics } = await readArticleSources(contentDir, rootDir);
      const read = await extractAll(sources, knowledge, cacheDir, { workers });
      expect(read.articles, round).toEqual(expected.articles);
      expect([...diagnostics, ...read.diagnostics], round).toEqual(expected.diagnostics);
      expect(read.stats.cached, round).toBe(round === "warm" ? read.stats.cached + read.stats.extracted : 0);
    }
  });
});

describe("stemOf", () => {
  // prettier-ignore
  it.each([
    ["content/articles/2017-02-13-astana-talks.md", "2017-02-13-astana-talks"],
    ["content/articles/Name With Spaces ünïcode.md", "name-with-spaces-uenicode"],
    ["content/articles/--dashes--.txt",             "dashes"],
    ["content/articles/a--b.md",                    "a-b"],
    ["content/articles/CamelCase.md",               "camelcase"],
    ["content/articles/.md",                        "article"],
    [`content/articles/${"x".repeat(79)}-y.md`,     "x".repeat(79)],
  ])("%s → %s", (rel, stem) => {
    expect(stemOf(rel)).toBe(stem);
  });

  it("is slugify's answer for every name, the plain-slug shortcut included", () => {
    fc.assert(fc.property(fc.stringMatching(/^[a-zA-Z0-9 ._'’-]{0,90}$/), (name) => stemOf(`content/articles/${name}.md`) === slugify(name, "article")), { numRuns: 2000 });
    fc.assert(fc.property(fc.stringMatching(/^[a-z0-9]{1,30}(-[a-z0-9]{1,30}){0,4}$/), (name) => stemOf(`content/articles/${name}.md`) === slugify(name, "article")), { numRuns: 2000 });
  });
});
