import { describe, expect, it } from "vitest";
import { countWords, latinShare, latinShareOf, lowercaseWordShare, maxCamelSwitches, measureLine } from "../../src/import/line-features.ts";

// The features are defined by these Unicode regexes; the fast character loop must agree with them.
const spec = {
  countWords: (line: string): number => (line.trim() === "" ? 0 : line.trim().split(/\s+/).length),
  lowercaseWordShare: (line: string): number => {
    const words = line.match(/(?:^|\s)[^\s\p{L}]*\p{L}/gu)?.length ?? 0;
    return words === 0 ? 0 : (line.match(/(?:^|\s)["'“‘(]*\p{Ll}/gu)?.length ?? 0) / words;
  },
  latinShare: (line: string): number => {
    if (!/[^\x00-\x7F]/.test(line)) return 1;
    const letters = line.replace(/\P{L}+/gu, "").length;
    return letters === 0 ? 1 : line.replace(/\P{Script=Latin}+/gu, "").length / letters;
  },
  maxCamelSwitches: (line: string): number => Math.max(0, ...line.split(/\s+/).map((t) => t.match(/\p{Ll}\p{Lu}/gu)?.length ?? 0)),
};

const LINES: [what: string, line: string][] = [
  ["empty", ""],
  ["spaces only", " \t\u00a0 "],
  ["plain prose", "The talks resumed in Astana on Monday, officials said."],
  ["title case", "Russia Confirms US Participation In Second Round"],
  ["no-break and ideographic spaces", "one\u00a0two\u3000three\u2003four"],
  ["quoted lower-case word", "“the ‘talks’ (which) 'went' \"well\""],
  ["word without letters", "2017 -- 15% “12” 3"],
  ["curly apostrophes", "Russia’s envoy didn’t say"],
  ["Cyrillic", "Реклама на сайте"],
  ["mixed scripts", "Astana — Астана — أستانا"],
  ["astral letters", "\u{1D400}\u{1D41A} bold 𝐁𝐨𝐥𝐝"],
  ["lone surrogates", "a\ud800b \udc00c"],
  ["Roman numeral (Latin, not a letter)", "Ⅻ chapter"],
  ["modifier and ordinal letters", "ª º ʰ"],
  ["title-case digraph", "ǅemal ǈubica"],
  ["camel tag cloud", "SyriaDamascusAstanaRussian Main"],
  ["camel with accents", "ÉcoleÀParisÜber"],
  ["emoji", "talks 😀 resumed"],
];

describe("line features agree with their regex definitions", () => {
  it.each(LINES)("%s", (_what, line) => {
    expect(countWords(line)).toBe(spec.countWords(line));
    expect(lowercaseWordShare(line)).toBe(spec.lowercaseWordShare(line));
    expect(latinShare(line)).toBe(spec.latinShare(line));
    expect(maxCamelSwitches(line)).toBe(spec.maxCamelSwitches(line));
  });

  it("the page share of several lines equals the share of the lines joined by spaces", () => {
    const lines = LINES.map(([, line]) => line);
    for (let i = 0; i < lines.length; i++) {
      const some = lines.slice(i, i + 4);
      expect(latinShareOf(some.map(measureLine))).toBe(spec.latinShare(some.join(" ")));
    }
  });

  it("a line longer than the memo limit is measured the same way", () => {
    const line = "Ab ".repeat(3000) + "Реклама";
    expect(countWords(line)).toBe(spec.countWords(line));
    expect(latinShare(line)).toBe(spec.latinShare(line));
  });
});
