import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { charClasses, LETTER, LOWER, NUMBER, SPACE, UPPER } from "../../src/util/char-class.ts";
import { containsPhrase, indexPhrases } from "../../src/util/phrase-index.ts";
import { mayHold, sieveOf } from "../../src/util/word-sieve.ts";

describe("word sieve", () => {
  const words = ["said", "told", "", "a", "über", "минск", "𝐀b"];
  const sieve = sieveOf(words);
  it.each(words)("never rules out a listed word: %j", (word) => {
    expect(mayHold(sieve, word)).toBe(true);
  });
  it("rules out most other words", () => {
    const others = Array.from({ length: 1000 }, (_, i) => `word${i}`);
    expect(others.filter((w) => mayHold(sieve, w)).length).toBeLessThan(50);
  });
});

describe("phrase index", () => {
  const phrases = ["all rights reserved", "follow us on", "ab", "é", "rights"];
  const index = indexPhrases(phrases);
  const cases: string[] = ["© 2017 all rights reserved.", "Follow us on X", "follow us o", "xaby", "café", "copyrights", "", "al", "righ"];
  it.each(cases)("answers like includes() for %j", (text) => {
    expect(containsPhrase(text, index)).toBe(phrases.some((p) => text.includes(p)));
  });

  // Small alphabets make phrases overlap, repeat and share openings and endings: every jump the
  // index allows is tried against includes().
  it("answers like includes() for generated phrases and texts", () => {
    const unit = fc.constantFrom(..."aab b\u00e9\ud83d\ude00");
    const phrase = fc.string({ unit, minLength: 1, maxLength: 7 });
    fc.assert(
      fc.property(fc.array(phrase, { maxLength: 5 }), fc.array(fc.string({ unit, maxLength: 40 }), { maxLength: 5 }), (list, texts) => {
        const generated = indexPhrases(list);
        for (const text of texts) expect(containsPhrase(text, generated)).toBe(list.some((p) => text.includes(p)));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("character classes agree with the Unicode regexes", () => {
  const samples = ["a", "Z", "5", " ", "\u00a0", "\u3000", "é", "É", "ß", "ǅ", "Я", "中", "٣", "Ⅻ", "½", "\u{1D400}", "\u{1D41A}", "😀", "-", "’", "\ufeff"];
  it.each(samples)("%j", (c) => {
    const cp = c.codePointAt(0)!;
    const k = charClasses(cp);
    expect((k & LETTER) !== 0).toBe(/\p{L}/u.test(c));
    expect((k & LOWER) !== 0).toBe(/\p{Ll}/u.test(c));
    expect((k & UPPER) !== 0).toBe(/\p{Lu}/u.test(c));
    expect((k & NUMBER) !== 0).toBe(/\p{N}/u.test(c));
    expect((k & SPACE) !== 0).toBe(/\s/u.test(c));
  });
  it("a lone surrogate is in no class", () => {
    expect(charClasses(0xd800)).toBe(charClasses(0xdfff));
    expect(charClasses(0xd800) & (LETTER | LOWER | UPPER | NUMBER | SPACE)).toBe(0);
  });
});
