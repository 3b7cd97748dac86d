// Hostile pages: the importer never throws and stays roughly linear in the size of the page.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importRawArticle } from "../../src/import/import-raw-article.ts";

const PROSE = "Delegations from five countries agreed on Tuesday to hold the next session in Tashkent, its chair said.\n";

function timeImport(text: string): number {
  const start = performance.now();
  importRawArticle(text, { fileName: "hostile.txt" });
  return performance.now() - start;
}

describe("importRawArticle on hostile input", () => {
  it("never throws on random text, and any article it returns has a title and a body", () => {
    const piece = fc.constantFrom("Monday", "(L)", "By Jane Roe", "{{x}}", "—", "Ã©", "â€™", "onTuesday", "13 February 2017 18:00", "05.07.2017", "/TASS/", "MOSCOW, January 19.", "\n", "\n\n", " ", ".", "Read also", "---", "@x", "©", "https://a.b/2017/02/03/");
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 30 }), fc.string({ unit: "grapheme", maxLength: 10 })), { maxLength: 60 }), (parts) => {
        const result = importRawArticle(parts.join(""), { fileName: "random.txt" });
        if (result.article) {
          expect(result.article.title).not.toBe("");
          expect(result.article.body.length).toBeGreaterThan(0);
        } else expect(result.diagnostics.some((d) => d.severity === "error")).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  // Each adversarial shape at 1x and 10x; 10x the input must cost well under 30x the time
  // (a generous bound against noisy CI machines that still catches quadratic behaviour).
  const shapes: [string, (n: number) => string][] = [
    ["digits", (n) => "1".repeat(2_000 * n) + "\n" + PROSE],
    ["dashes and dates", (n) => "-- 12.12.2012 - 12/12/2012 ".repeat(100 * n) + "\n" + PROSE],
    ["capitalised words", (n) => "Alpha Beta Gamma Delta ".repeat(200 * n) + "\n" + PROSE],
    ["short lines", (n) => "Home menu\n".repeat(500 * n) + PROSE],
    ["prose lines", (n) => PROSE.repeat(100 * n)],
    ["unclosed brackets", (n) => "(photo ".repeat(300 * n) + "\n" + PROSE],
    ["mojibake", (n) => "Ã©â€™".repeat(500 * n) + "\n" + PROSE],
  ];
  it.each(shapes)("%s: linear time", (_name, make) => {
    timeImport(make(1)); // warm up
    const small = Math.max(timeImport(make(1)), 1);
    const large = timeImport(make(10));
    expect(large).toBeLessThan(small * 30 + 200);
  });
});
