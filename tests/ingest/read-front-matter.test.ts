import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { readFrontMatter } from "../../src/ingest/read-front-matter.ts";

// What gray-matter gives with the same engine: data, content, raw block, and the blocks it parsed.
function viaGrayMatter(text: string, parse: (block: string) => object) {
  try {
    const file = matter(text, { engines: { yaml: parse } }) as unknown as { data: object; content: string; matter?: string };
    return { data: file.data, content: file.content, matter: file.matter };
  } catch (error) {
    return { thrown: String(error) };
  }
}

function viaReadFrontMatter(text: string, parse: (block: string) => object) {
  try {
    const file = readFrontMatter(text, parse);
    return { data: file.data, content: file.content, matter: file.matter };
  } catch (error) {
    return { thrown: String(error) };
  }
}

// A stand-in engine: "key: value" lines, recording every block it is given.
function recordingEngine() {
  const blocks: string[] = [];
  const parse = (block: string): object => {
    blocks.push(block);
    if (block.includes("throw")) throw new Error("bad block");
    const data: Record<string, unknown> = {};
    for (const line of block.split("\n")) {
      const m = /^(\w+): (.*)$/.exec(line);
      if (m?.[1] !== undefined) data[m[1]] = m[2] === "{}" ? { toString: 1, valueOf: 1 } : m[2];
    }
    return data;
  };
  return { blocks, parse };
}

describe("readFrontMatter gives what gray-matter gives", () => {
  // prettier-ignore
  const texts: [what: string, text: string][] = [
    ["usual file",                   '---\ntitle: "T"\npublished: "2017"\n---\n\nBody.\n'],
    ["no blank line after",          "---\ntitle: T\n---\nBody.\n"],
    ["two blank lines after",        "---\ntitle: T\n---\n\n\nBody.\n"],
    ["CRLF after the close",         "---\ntitle: T\n---\r\nBody.\n"],
    ["empty block",                  "---\n---\nBody.\n"],
    ["blank block",                  "---\n\n  \n---\nBody.\n"],
    ["only comments",                "---\n# a note\n  # another\n---\nBody.\n"],
    ["comment and a key",            "---\n# a note\ntitle: T\n---\nBody.\n"],
    ["no closing line",              "---\ntitle: T\nBody.\n"],
    ["close at the very end",        "---\ntitle: T\n---"],
    ["longer closing line",          "---\ntitle: T\n-----\nBody.\n"],
    ["closing line with text",       "---\ntitle: T\n--- more\nBody.\n"],
    ["dashes inside the body",       "---\ntitle: T\n---\nBody.\n---\nMore.\n"],
    ["engine throws",                "---\ntitle: throw\n---\nBody.\n"],
    ["excerpt separator",            "---\nexcerpt_separator: <!-- more -->\n---\nBody.<!-- more -->\n"],
    ["excerpt separator that throws","---\nexcerpt_separator: {}\n---\nBody.\n"],
    ["four dashes open",             "----\ntitle: T\n---\nBody.\n"],
    ["language after the dashes",    "--- yaml\ntitle: T\n---\nBody.\n"],
    ["CRLF open",                    "---\r\ntitle: T\r\n---\r\nBody.\r\n"],
    ["no front matter",              "Body only.\n"],
    ["empty text",                   ""],
    ["BOM",                          "\ufeff---\ntitle: T\n---\nBody.\n"],
  ];
  it.each(texts)("%s", (_, text) => {
    const a = recordingEngine();
    const b = recordingEngine();
    expect(viaReadFrontMatter(text, a.parse)).toEqual(viaGrayMatter(text, b.parse));
    expect(a.blocks).toEqual(b.blocks);
  });
});
