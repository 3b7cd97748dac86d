import { describe, expect, it } from "vitest";
import { firstMatch, nextMatch } from "../../../src/extract/text/match-walk.ts";
import { fold, tokenize } from "../../../src/extract/text/tokenize.ts";

// tokenize is defined by this regex and replace; the character loop must give the same tokens.
function specTokenize(text: string): { text: string; norm: string; start: number; end: number }[] {
  return [...text.matchAll(/[\p{L}\p{N}]+(?:['’`][\p{L}\p{N}]+)*/gu)].map((m) => {
    const word = m[0].replace(/['’`]s$/i, "");
    return { text: word, norm: fold(word), start: m.index, end: m.index + word.length };
  });
}

describe("tokenize agrees with its regex definition", () => {
  const cases: [what: string, text: string][] = [
    ["plain", "Lavrov met Zarif in Astana on 23 January."],
    ["possessives", "Russia's envoy, Turkey’s minister and the US`s delegate; RUSSIA'S and Assads' position"],
    ["inner apostrophes", "Ja’afari, rock'n'roll, o'clock, ''quoted'' and trailing' apostrophes"],
    ["diacritics", "Türkiye, Çavuşoğlu, Staffan de Mistura, Ja´afari"],
    ["combining marks", "Cafe\u0301 and re\u0301sume\u0301"],
    ["non-Latin", "Астана Лавров 中国 أستانا"],
    ["numbers and digits", "2017, 15th, ½, ², Ⅻ, 3.5, 10-11"],
    ["astral letters", "\u{1D400}\u{1D41A}'s bold 😀 emoji"],
    ["lone surrogates", "a\ud800b \udc00c's"],
    ["long s is not an s", "Ruſſia'ſ"],
    ["hyphens and dots split", "al-Assad U.S. Nur-Sultan"],
    ["empty", ""],
  ];
  it.each(cases)("%s", (_what, text) => {
    expect(tokenize(text)).toEqual(specTokenize(text));
  });
});

function walk(pattern: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (let m = firstMatch(pattern, text); m !== null; m = nextMatch(pattern, text, m)) out.push(m);
  return out;
}

describe("firstMatch/nextMatch give what matchAll gives", () => {
  const cases: [what: string, pattern: RegExp, text: string][] = [
    ["words", /\b\w+\b/g, "the next round of talks"],
    ["no match", /xyz/g, "the next round"],
    ["groups and indices", /(\d+)-(\d+)/dg, "10-11 and 3-4"],
    ["empty matches", /a*/g, "baab"],
    ["empty matches over a surrogate pair (unicode)", /(?:)/gu, "a😀b"],
    ["empty matches over a surrogate pair (no unicode)", /(?:)/g, "a😀b"],
    ["lookbehind", /(?<=\s)\w/g, "a bc de"],
  ];
  it.each(cases)("%s", (_what, pattern, text) => {
    const expected = [...text.matchAll(new RegExp(pattern))];
    const got = walk(pattern, text);
    expect(got.map((m) => [m.index, [...m], m.indices])).toEqual(expected.map((m) => [m.index, [...m], m.indices]));
  });

  it("refuses a regex without the g flag", () => {
    expect(() => firstMatch(/a/, "a")).toThrow(TypeError);
  });
});
