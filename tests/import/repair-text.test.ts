import { describe, expect, it } from "vitest";
import { repairText } from "../../src/import/repair-text.ts";
import { repairMojibake } from "../../src/import/repair-mojibake.ts";
import { splitGluedWords } from "../../src/import/split-glued-words.ts";
import { normalizeWhitespace } from "../../src/import/normalize-whitespace.ts";

describe("repairMojibake", () => {
  // [scraped, expected]: UTF-8 bytes that a page decoded as Windows-1252.
  const cases: [string, string][] = [
    ["Russiaâ€™s envoy", "Russia’s envoy"],
    ["the â€œmechanismâ€\u009d", "the “mechanism”"],
    ["TÃ¼rkiye and Ã©lite", "Türkiye and élite"],
    ["the task â€“ to consolidate", "the task – to consolidate"],
    ["Ð\u009cÐ¾Ñ\u0081ÐºÐ²Ð°", "Москва"],
    // Real Latin-1 text that is not mojibake stays.
    ["Ã real Â sign", "Ã real Â sign"],
    ["Café, naïve, São Paulo", "Café, naïve, São Paulo"],
  ];
  it.each(cases)("%s", (input, expected) => {
    expect(repairMojibake(input).text).toBe(expected);
  });
});

describe("splitGluedWords", () => {
  const cases: [string, string][] = [
    ["talks resumed onTuesday inGeneva", "talks resumed on Tuesday in Geneva"],
    ["a message to theUnited Nations", "a message to the United Nations"],
    ["envoys fromMoscow andTehran", "envoys from Moscow and Tehran"],
    ["“onMonday” he said", "“on Monday” he said"],
    // Not function words, or not glued: unchanged.
    ["the new iPhone and eBay", "the new iPhone and eBay"],
    ["McDonald and MacKenzie", "McDonald and MacKenzie"],
    ["Bashar al-Assad and YouTube", "Bashar al-Assad and YouTube"],
    ["Staffan deMistura", "Staffan deMistura"],
    ["within Geneva, online", "within Geneva, online"],
  ];
  it.each(cases)("%s", (input, expected) => {
    expect(splitGluedWords(input).text).toBe(expected);
  });
});

describe("normalizeWhitespace", () => {
  const cases: [string, string][] = [
    ["\uFEFFTitle\r\nLine two\rLine three", "Title\nLine two\nLine three"],
    ["a\u00A0b\u202Fc\td", "a b c d"],
    ["  padded   words  ", "padded words"],
    ["As\u200Btana", "Astana"],
  ];
  it.each(cases)("%j", (input, expected) => {
    expect(normalizeWhitespace(input)).toBe(expected);
  });
});

describe("repairText", () => {
  it("fixes mojibake before splitting glued words and reports both", () => {
    const result = repairText("He spoke â€œonMondayâ€\u009d\u00A0inAstana.\r\n");
    expect(result.text).toBe("He spoke “on Monday” in Astana.\n");
    expect(result.notes).toHaveLength(2);
  });
  it("leaves clean text alone and says nothing", () => {
    const clean = "Talks resumed on Tuesday in Geneva, officials said.";
    expect(repairText(clean)).toEqual({ text: clean, notes: [] });
  });
});
