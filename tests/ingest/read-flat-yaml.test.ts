import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseYaml, parseYamlInFull } from "../../src/ingest/parse-yaml.ts";
import { readFlatYaml } from "../../src/ingest/read-flat-yaml.ts";

// The fast reader must give exactly what the full parser gives, or decline.
const full = (text: string) => parseYamlInFull(text, "x.md", 0);

describe("readFlatYaml: takes what the importer writes", () => {
  // prettier-ignore
  const taken: [what: string, text: string][] = [
    ["front matter as gray-matter passes it", '\ntitle: "Talks resume"\npublished: "2017-02-06"\nsource: "Example News"\nurl: "https://example.com/a?b=1#c"'],
    ["null, empty list, list",                 '\nurl: null\nfurniture: []\nnote:\nlist:\n  - "a"\n  - "b: c"\n\n  - "# not a comment"'],
    ["colon and hash inside quotes",           'title: "a: b # c"'],
    ["JSON escapes",                           'title: "say \\"hi\\" \\\\ \\/ \\t \\n \\u00e9 \\u2028 \\ud83d\\ude00 \\u0000"'],
    ["non-ASCII text",                         'title: "Астана — été"'],
    ["blank lines",                            '\n\ntitle: "x"\n\n'],
    ["empty string",                           'title: ""'],
  ];
  it.each(taken)("%s", (_, text) => {
    const value = readFlatYaml(text);
    expect(value).not.toBeNull();
    expect(value).toStrictEqual(full(text).value);
    expect(full(text).diagnostics).toEqual([]);
  });
});

describe("readFlatYaml: declines everything else", () => {
  // prettier-ignore
  const declined: [what: string, text: string][] = [
    ["plain date",               "published: 2017-02-06"],
    ["plain number",             "n: 012"],
    ["plain boolean",            "flag: True"],
    ["single quotes",            "x: 'it''s'"],
    ["comment line",             '# note\ntitle: "x"'],
    ["trailing comment",         'title: "x" # note'],
    ["YAML-only escape",         'title: "\\x41 \\e"'],
    ["raw tab",                  'title: "a\tb"'],
    ["raw line separator",       'title: "a\u2028b"'],
    ["raw BOM",                  'title: "\ufeffa"'],
    ["astral character",         'title: "\u{1F600}"'],
    ["duplicate key",            'title: "a"\ntitle: "b"'],
    ["key read as null",         'null: "a"'],
    ["key read as boolean",      'true: "a"'],
    ["capitalised key",          'Title: "a"'],
    ["two spaces after colon",   'title:  "a"'],
    ["space before colon",       'title : "a"'],
    ["item without list key",    'title: "a"\n  - "b"'],
    ["item not quoted",          "list:\n  - b"],
    ["item indented 4",          'list:\n    - "b"'],
    ["tilde null",               "url: ~"],
    ["tag",                      'title: !!str "a"'],
    ["carriage return",          'title: "a"\r'],
    ["empty",                    ""],
    ["only blank lines",         "\n\n"],
    ["document marker",          '---\ntitle: "a"'],
    ["unclosed quote",           'title: "a'],
  ];
  it.each(declined)("%s", (_, text) => {
    expect(readFlatYaml(text)).toBeNull();
  });
});

describe("readFlatYaml agrees with the full parser", () => {
  // Mostly lines the fast reader takes, now and then one it must decline or the full parser reads apart.
  const key = fc.oneof({ arbitrary: fc.stringMatching(/^[a-z][a-z0-9_]{0,8}$/), weight: 9 }, fc.constantFrom("title", "null", "Title", "x y"));
  const text = fc.oneof(
    fc.string({ unit: "grapheme", maxLength: 12 }),
    fc.string({ unit: "grapheme-ascii", maxLength: 12 }),
    fc.string({ unit: "binary", maxLength: 12 }),
    fc.string({ unit: fc.constantFrom(..."a: #'\"\\-é\t\u0085\u00a0"), maxLength: 12 }),
  );
  const value = fc.oneof(
    { arbitrary: text.map((s) => JSON.stringify(s)), weight: 6 },
    text.map((s) => `"${s}"`),
    fc.constantFrom("", "null", "[]", "~", "2017-02-06", "012", "True", "'it''s'", '"a" # c', '"\\x41"', '"\\u00e9"', '"\\ud800"'),
  );
  const line = fc.oneof(
    { arbitrary: fc.tuple(key, value).map(([k, v]) => (v === "" ? `${k}:` : `${k}: ${v}`)), weight: 6 },
    { arbitrary: value.map((v) => `  - ${v}`), weight: 3 },
    fc.constantFrom("", "# c", "    - \"x\"", "- \"x\""),
  );
  it("on generated blocks", () => {
    let taken = 0;
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), (lines) => {
        const block = lines.join("\n");
        const fast = readFlatYaml(block);
        if (fast === null) return;
        taken++;
        const reference = full(block);
        expect(reference.diagnostics).toEqual([]);
        expect(fast).toStrictEqual(reference.value);
        expect(parseYaml(block, "x.md")).toStrictEqual(reference);
      }),
      { numRuns: 10000 },
    );
    // The comparison must not be vacuous: many generated blocks are read by the fast reader.
    expect(taken).toBeGreaterThan(300);
  });
});
