import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { articleFileName, escapeMarkdownLine, isUntouchedImport, renderArticleFile } from "../../src/import/write-article-file.ts";
import type { ArticleFile } from "../../src/import/write-article-file.ts";

const doc: ArticleFile = {
  title: "Kremlin: Russia, Iran in talks — “yes: no”",
  published: "2017-02-13",
  published_note: "Printed as '13 February 2017 18:00'.",
  source: "Example News",
  url: null,
  imported_from: "001 page.txt",
  furniture: ["{{item.group_date}}", "- looks like a list", "!!js/function 'x'", "bad\u0085char"],
  body: ["First paragraph.", "Second paragraph."],
};

describe("renderArticleFile", () => {
  it("writes front matter that reads back to the same values, dates as strings", () => {
    const text = renderArticleFile(doc);
    const data = matter(text, {}).data as Record<string, unknown>;
    const { body: _body, ...fields } = doc;
    expect(data).toEqual({ ...fields, import_hash: expect.stringMatching(/^[0-9a-f]{40}$/) });
    expect(typeof data.published).toBe("string");
    expect(text).toContain('published: "2017-02-13"');
    expect(matter(text, {}).content.trim()).toBe("First paragraph.\n\nSecond paragraph.");
  });

  it.each([["2021-06"], ["2017"], [null]])("quotes published %s (or writes null)", (published) => {
    const text = renderArticleFile({ ...doc, published });
    expect(text).toContain(`published: ${published === null ? "null" : `"${published}"`}\n`);
    expect(matter(text, {}).data.published).toBe(published);
  });

  it("carries an import_hash that detects any edit", () => {
    const text = renderArticleFile(doc);
    expect(isUntouchedImport(text)).toBe(true);
    expect(isUntouchedImport(text.replace('published: "2017-02-13"', 'published: "2017-02-14"'))).toBe(false);
    expect(isUntouchedImport(text.replace("Second paragraph.", "Second paragraph, edited."))).toBe(false);
    expect(isUntouchedImport(text.replace(/^import_hash: .*\n/m, ""))).toBe(false);
  });

  it("is deterministic", () => {
    expect(renderArticleFile(doc)).toBe(renderArticleFile({ ...doc }));
  });
});

describe("articleFileName", () => {
  const cases: [string | null, string, string][] = [
    ["2017-02-13", "Russia confirms U.S. participation in second round", "2017-02-13-russia-confirms-u-s-participation-in-second-round.md"],
    [null, "A title", "undated-a-title.md"],
    ["2021-06", "../../etc/passwd", "2021-06-etc-passwd.md"],
    ["2017", "Переговоры в Астане", "2017-peregovory-v-astane.md"],
    [null, "???", "undated-article.md"],
  ];
  it.each(cases)("%s %s", (published, title, name) => {
    expect(articleFileName(published, title)).toBe(name);
  });
  it("stays within about 80 safe characters, cut at a word", () => {
    const name = articleFileName("2017-02-13", "word ".repeat(60));
    expect(name.length).toBeLessThanOrEqual(83);
    expect(name).toMatch(/^2017-02-13-(?:word-)*word\.md$/);
  });
});

describe("escapeMarkdownLine", () => {
  const cases: [string, string][] = [
    ["1. Item that is really a sentence", "1\\. Item that is really a sentence"],
    ["# hashtag opener", "\\# hashtag opener"],
    ["> quoted", "\\> quoted"],
    ["- dash start", "\\- dash start"],
    ["Plain sentence.", "Plain sentence."],
  ];
  it.each(cases)("%s", (input, expected) => {
    expect(escapeMarkdownLine(input)).toBe(expected);
  });
});
