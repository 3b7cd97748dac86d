import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lineKey } from "../../src/import/furniture-lexicon.ts";

// The key as defined: lower case, every run of characters other than letters and digits one space, trimmed.
const spec = (line: string): string => line.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

describe("lineKey", () => {
  // prettier-ignore
  const cases: [line: string, key: string][] = [
    ["Loading...",              "loading"],
    ["  Read ALSO:  ",          "read also"],
    ["Share_this/post #2",      "share this post 2"],
    ["Реклама — Ещё",           "реклама ещё"],
    ["İstanbul ½ ² café",       "i stanbul ½ ² café"],
    ["\u{1D400}bc 𝟙",           "\u{1D400}bc 𝟙"],
    ["",                        ""],
  ];
  it.each(cases)("%s", (line, key) => {
    expect(lineKey(line)).toBe(key);
    expect(lineKey(line)).toBe(spec(line));
  });

  it("equals its definition on ASCII and other text", () => {
    const text = fc.oneof(fc.string({ unit: "binary-ascii" }), fc.string({ unit: "grapheme" }), fc.string({ unit: fc.constantFrom(..."aZ9 _-.\u00a0İé½") }));
    fc.assert(fc.property(text, (line) => lineKey(line) === spec(line)), { numRuns: 5000 });
  });
});
