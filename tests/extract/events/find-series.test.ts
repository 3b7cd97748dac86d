import { describe, expect, it } from "vitest";
import type { EventCue } from "../../../src/extract/events/find-event-cues.ts";
import { findSeries, findSeriesNumberCues, seriesInText } from "../../../src/extract/events/find-series.ts";
import type { Series } from "../../../src/types.ts";

const SERIES: Series[] = [
  { name: "Astana talks", default: true, cues: ["astana", "astana format", "kazakh capital"] },
  { name: "Geneva talks", cues: ["geneva", "intra-syrian"] },
];
const OTHER: Series[] = [{ name: "Sochi congress", cues: ["sochi", "astana"] }];

const cueAt = (text: string, word: string): EventCue => {
  const index = text.indexOf(word);
  return { type: "round", index, end: index + word.length, text: word, round: 8 };
};

describe("series cues in a sentence", () => {
  const cases: [text: string, first: string | undefined, near: string | undefined][] = [
    ["The eighth round of the Geneva talks opened after Astana.", "Geneva talks", "Geneva talks"],
    // Both places are locative ("in", "from the"): the nearer one still wins.
    ["The eighth round was held in Geneva, far from the Kazakh capital.", "Geneva talks", "Geneva talks"],
    ["The eighth round, Astanaformat aside, went on.", undefined, "Astana talks"],
    ["In Astana-format talks and Astana 14, the eighth round went on.", "Astana talks", "Astana talks"],
    ["Nothing about series: the eighth round went on.", undefined, "Astana talks"],
  ];
  it.each(cases)("%s", (text, first, near) => {
    expect(seriesInText(text, SERIES)).toBe(first);
    expect(findSeries(text, cueAt(text, "eighth round"), SERIES, undefined, true)).toBe(near);
  });

  it("answers for the series list asked, not the one asked before on the same sentence", () => {
    const text = "Delegations met in Sochi after Astana.";
    expect(seriesInText(text, SERIES)).toBe("Astana talks");
    expect(seriesInText(text, OTHER)).toBe("Sochi congress");
    expect(findSeriesNumberCues("Astana 14 ended.", SERIES).map((c) => c.seriesName)).toEqual(["Astana talks"]);
    expect(findSeriesNumberCues("Astana 14 ended.", OTHER).map((c) => c.seriesName)).toEqual(["Sochi congress"]);
  });

  it("reads a series name with a number as a round", () => {
    expect(findSeriesNumberCues("Astana-14 and Geneva 4 met; astana 3 did not; Astana 2017 is a year.", SERIES).map((c) => [c.text, c.round])).toEqual([
      ["Astana-14", 14],
      ["Geneva 4", 4],
    ]);
  });
});

describe("series cues in any letter case", () => {
  // Cues are matched against the lower-cased sentence: "İ" and the Kelvin sign lower-case to
  // ASCII letters, so they match like the plain letters.
  const kelvin: Series[] = [{ name: "K talks", cues: ["kazakh capital"] }];
  const dotted: Series[] = [{ name: "I talks", cues: ["i̇stanbul"] }];
  const cases: [text: string, series: Series[], expected: string | undefined][] = [
    ["Talks in the KAZAKH CAPITAL went on.", kelvin, "K talks"],
    ["Talks in the \u212Aazakh capital went on.", kelvin, "K talks"],
    ["Talks in the kazakh-capital went on.", kelvin, undefined],
    ["Talks in İstanbul went on.", dotted, "I talks"],
  ];
  it.each(cases)("%s", (text, series, expected) => {
    expect(seriesInText(text, series)).toBe(expected);
  });
});
