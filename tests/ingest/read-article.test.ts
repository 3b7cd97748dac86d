import { describe, expect, it } from "vitest";
import { decodeText } from "../../src/ingest/decode-text.ts";
import { parseYaml } from "../../src/ingest/parse-yaml.ts";
import { readArticle } from "../../src/ingest/read-article.ts";

const read = (text: string) => readArticle(text, "content/articles/x.md", "x", "hash");

describe("readArticle: front matter", () => {
  // prettier-ignore
  it.each([
    // front matter                          published                          diagnostics (ruleId@line)
    ['published: "2017-02-13"',              { year: 2017, month: 2, day: 13 }, []],
    ["published: 2017-02-13",                { year: 2017, month: 2, day: 13 }, []],
    ['published: "2021-06"',                 { year: 2021, month: 6 },          []],
    ["published: 2017",                      { year: 2017 },                    []],
    ["published: null",                      null,                              ["published-unknown@2"]],
    ['published: "2017-02-30"',              null,                              ["published-format@2"]],
    ["published: [2017, 2018]",              null,                              ["published-format@2"]],
    ['published: "yesterday"',               null,                              ["published-format@2"]],
  ])("%s", (fm, published, rules) => {
    const { article, diagnostics } = read(`---\n${fm}\ntitle: T\n---\nBody text.\n`);
    expect(article?.published ?? null).toEqual(published);
    expect(diagnostics.map((d) => `${d.ruleId}@${d.line}`)).toEqual(rules);
  });

  it("reports invalid YAML with its line and refuses the article", () => {
    const { article, diagnostics } = read(`---\ntitle: T\npublished: "2017-02-13\nsource: x\n---\nBody.\n`);
    expect(article).toBeNull();
    expect(diagnostics[0]).toMatchObject({ ruleId: "yaml-syntax", severity: "error", file: "content/articles/x.md" });
    expect(diagnostics[0]!.line).toBeGreaterThanOrEqual(3);
  });

  it("warns about unknown fields and wrong types, naming the line", () => {
    const { article, diagnostics } = read(`---\ntitle: 42\npublished: "2017"\ncolour: red\n---\nBody.\n`);
    expect(article?.title).toBe("42");
    expect(diagnostics.map((d) => `${d.ruleId}@${d.line}`).sort()).toEqual(["title-type@2", "unknown-field@4"]);
  });

  it("never executes YAML tags", () => {
    const { article } = read(`---\ntitle: !!js/function "function () { globalThis.pwned = true }"\npublished: "2017"\n---\nBody.\n`);
    expect((globalThis as { pwned?: boolean }).pwned).toBeUndefined();
    expect(typeof article?.title === "string" || article === null).toBe(true);
  });

  it("takes the title from the text when the front matter has none", () => {
    expect(read(`---\npublished: "2017-01-19"\n---\nTalks are due in Astana.\n\nMore text.\n`).article?.title).toBe("Talks are due in Astana.");
  });

  it("keeps file lines of paragraphs", () => {
    const { article } = read(`---\npublished: "2017"\n---\nFirst.\n\nSecond\ncontinued.\n`);
    expect(article?.blocks.map((b) => [b.text, b.lines])).toEqual([["First.", [4, 4]], ["Second continued.", [6, 7]]]);
  });

  it("accepts a file with no front matter at all", () => {
    const { article, diagnostics } = read("Just some text about talks.\n");
    expect(article?.published).toBeNull();
    expect(diagnostics.map((d) => d.ruleId)).toEqual(["published-unknown"]);
  });
});

describe("parseYaml", () => {
  it("refuses an alias bomb instead of expanding it", () => {
    const bomb = `a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n`;
    const { value, diagnostics } = parseYaml(bomb, "f.yml");
    expect(value).toBeNull();
    expect(diagnostics[0]?.ruleId).toBe("yaml-aliases");
  });
});

describe("decodeText", () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  it.each([
    ["UTF-8 with BOM and CRLF", Uint8Array.from([0xef, 0xbb, 0xbf, ...enc("a\r\nb")]), "a\nb", []],
    ["UTF-16 LE with BOM", Uint8Array.from([0xff, 0xfe, 0x61, 0, 0x0a, 0, 0x62, 0]), "a\nb", []],
    ["invalid UTF-8", Uint8Array.from([0x61, 0xff, 0x62]), "a\uFFFDb", ["invalid-utf8"]],
    ["binary", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), null, ["binary-file"]],
  ] as const)("%s", (_name, bytes, text, rules) => {
    const r = decodeText(bytes, "f");
    expect(r.text).toBe(text);
    expect(r.diagnostics.map((d) => d.ruleId)).toEqual(rules);
  });
});
