import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitMarkdownBlocks } from "../../src/ingest/read-article.ts";
import { collapseSpaces, splitPlainBlocks } from "../../src/ingest/split-plain-blocks.ts";

describe("splitPlainBlocks: plain paragraphs", () => {
  // prettier-ignore
  const taken: [what: string, body: string][] = [
    ["one paragraph a line",      "First paragraph.\n\nSecond one.\n"],
    ["lines of one paragraph",    "Second\ncontinued here.\n\nThird.\n"],
    ["blank lines of spaces/tabs","A.\n  \t\n\nB.\n\t\nC."],
    ["quotes and brackets",       "\"Quoted,\" he said.\n\n'Single'\n\n(Aside) text\n\n“Curly” and «guillemets»"],
    ["odd spaces inside",         "Talks\u00a0resumed  on\tMonday.\n\nÉté\u2003here.\n"],
    ["markdown marks mid-line",   "A # b > c - d * e 1. f | g\nand --- not at the start\n"],
    ["no-break space only",       "\u00a0\n\nText.\n"],
    ["no final newline",          "One.\n\nTwo."],
    ["empty body",                ""],
    ["only newlines",             "\n\n\n"],
  ];
  it.each(taken)("%s", (_, body) => {
    const plain = splitPlainBlocks(body, 7);
    expect(plain).not.toBeNull();
    expect(plain).toEqual(splitMarkdownBlocks(body, 7));
  });
});

describe("splitPlainBlocks: markdown goes to markdown-it", () => {
  // prettier-ignore
  const declined: [what: string, body: string][] = [
    ["heading",                "# Title\n\nText."],
    ["setext underline",       "Title\n=====\n\nText."],
    ["dash underline",         "Title\n---\n"],
    ["list",                   "Intro:\n- one\n- two"],
    ["ordered list",           "1. one\n2. two"],
    ["indented line",          "Text\n    code"],
    ["continuation indent",    "Text\n  more"],
    ["quote",                  "> quoted"],
    ["table",                  "a | b\n--|--\n1 | 2"],
    ["reference",              "[a]: https://example.com\n\nText [a]."],
    ["fence",                  "```\ncode\n```"],
    ["carriage return",        "One.\r\nTwo."],
    ["NUL",                    "One\0."],
  ];
  it.each(declined)("%s", (_, body) => {
    expect(splitPlainBlocks(body, 1)).toBeNull();
  });
});

describe("splitPlainBlocks agrees with markdown-it", () => {
  const line = fc.oneof(
    fc.constantFrom("", " ", "\t", "Text here.", "more words", "“Quote”", "(aside)", "Été", "\u00a0", "'x'", '"y"'),
    fc.constantFrom("# h", "===", "---", "- item", "* item", "+ item", "1. one", "2) two", "> q", "| a |", "--|--", "[r]: /u", "```", "~~~", "    code", "  lazy", "<div>", "___", ":--"),
    fc.string({ unit: fc.constantFrom(..."ab -#>*|=:\t\u00a0.1"), maxLength: 10 }),
  );
  it("on generated bodies", () => {
    let taken = 0;
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), fc.boolean(), (lines, finalNewline) => {
        const body = lines.join("\n") + (finalNewline ? "\n" : "");
        const plain = splitPlainBlocks(body, 3);
        if (plain === null) return;
        taken++;
        expect(plain).toEqual(splitMarkdownBlocks(body, 3));
      }),
      { numRuns: 5000 },
    );
    // The comparison must not be vacuous: many generated bodies are plain paragraphs.
    expect(taken).toBeGreaterThan(500);
  });
});

describe("collapseSpaces", () => {
  it("equals replacing whitespace runs and trimming", () => {
    const text = fc.string({ unit: fc.constantFrom(..."ab \t\n\u00a0\u2003\u3000\ufeff\u2028."), maxLength: 16 });
    fc.assert(fc.property(text, (t) => collapseSpaces(t) === t.replace(/\s+/g, " ").trim()), { numRuns: 5000 });
  });
});
