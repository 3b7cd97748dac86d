import { describe, expect, it } from "vitest";
import { classifyLine } from "../../src/import/classify-line.ts";

// Phrases that share a start, end the line, or are shorter than the three characters the phrase
// index keys on: the "lexicon" rule must still find exactly the lines containing one of them.
const lexicon = { phrases: ["sign up", "sign in now", "zq", "«", "click here", "heré"], lines: ["share this"], headers: [] };
const ctx = { lexicon, latinPage: true };

describe("classifyLine: lexicon phrases", () => {
  const cases: [line: string, reason: string | null][] = [
    ["Please sign in now to read on", "lexicon"],
    ["Please SIGN UP", "lexicon"],
    ["Please sign in later, said the envoy on Monday.", null],
    ["The zq code", "lexicon"],
    ["He said «yes» to the talks on Monday and Tuesday.", "lexicon"],
    ["Click here", "lexicon"],
    ["Click her", null],
    ["Then you click heré", "lexicon"],
    ["Share this!", "lexicon"],
    ["Share this with the delegations of all three guarantor states, he said.", null],
  ];
  it.each(cases)("%s", (line, reason) => {
    expect(classifyLine(line, ctx)).toBe(reason);
  });
});
