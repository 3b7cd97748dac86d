import fc from "fast-check";
import slugifyText from "@sindresorhus/slugify";
import { describe, expect, it } from "vitest";
import { slugify } from "../../src/util/slugify.ts";

/** slugify as it was before its ASCII fast path: always through the library. */
const throughLibrary = (text: string, fallback = "item", maxLength = 80): string =>
  slugifyText(text.replace(/['’`´]/g, ""), { decamelize: false }).slice(0, maxLength).replace(/-+$/, "") || fallback;

describe("slugify", () => {
  it.each([
    ["Bashar al-Ja'afari", "bashar-al-jaafari"],
    ["../../etc", "etc"],
    ["", "item"],
    ["Astana talks round 2", "astana-talks-round-2"],
    ["Putin & Erdogan: ‘lasting’ ceasefire", "putin-and-erdogan-lasting-ceasefire"],
    ["Türkiye's envoy", "tuerkiyes-envoy"],
    ["--Leading and trailing--", "leading-and-trailing"],
    ["Don't", "dont"],
  ])("%j → %j", (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  // The ASCII fast path must give the library's slug: generated text from an alphabet of
  // letters, digits, separators, "&", apostrophes, a backslash and a few non-ASCII characters.
  it("gives the library's slug for generated text", () => {
    const unit = fc.constantFrom(..."aZz09 -_.&'’`\\/:\tÉé∂", "ß", "Ä");
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 30 }), fc.integer({ min: 1, max: 12 }), (text, maxLength) => {
        expect(slugify(text, "x", maxLength)).toBe(throughLibrary(text, "x", maxLength));
      }),
      { numRuns: 3000 },
    );
  });
});
