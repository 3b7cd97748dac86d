import { describe, expect, it } from "vitest";
import { findEventCues } from "../../../src/extract/events/find-event-cues.ts";
import { readCardinal, readOrdinal } from "../../../src/extract/events/read-round-number.ts";

const render = (text: string): string[] =>
  findEventCues(text).map((c) => `${c.type}${c.round !== undefined ? ` ${c.round}` : ""}${c.next ? " next" : ""}${c.previous ? " previous" : ""}${c.countOnly ? " count" : ""} "${c.text}"`);

// prettier-ignore
const CASES: [sentence: string, cues: string[]][] = [
  ["the 15th round of Astana talks was held in Sochi",          ['round 15 "15th round of Astana talks"']],
  ["The first Astana talks took place in January",              ['round 1 "The first Astana talks"']],
  ["round 16 of the talks opens on Monday",                      ['round 16 "round 16 of the talks"']],
  ["the twenty-first round of talks",                            ['round 21 "twenty-first round of talks"']],
  ["after eleven rounds so far",                                 ['round 11 count "after eleven rounds"']],
  ["the next meeting will be held between 6 and 8 July",         ['round next "the next meeting"']],
  ["the previous round of the talks took place on July 4-5",     ['round previous "the previous round of the talks"']],
  ["Lavrov met his Iranian counterpart",                         ['meeting "met"']],
  ["Erdogan and Putin spoke by phone on Saturday",               ['meeting "spoke by phone"']],
  ["a ceasefire has been in place since December 30",            ['other "ceasefire"']],
  ["the zones will start functioning on May 6",                  ['other "start functioning"']],
  ["They sat together at the negotiations table.",               ['meeting "negotiations"']],
  ["The rounds of applause lasted for minutes.",                 []],
];

describe("findEventCues", () => {
  it.each(CASES)("%s", (sentence, cues) => {
    expect(render(sentence)).toEqual(cues);
  });
});

describe("round numbers", () => {
  it.each([["1st", 1], ["15th", 15], ["first", 1], ["eighth", 8], ["twentieth", 20], ["thirty-second", 32], ["round", undefined]] as const)("ordinal %s → %s", (word, n) => {
    expect(readOrdinal(word)).toBe(n);
  });
  it.each([["16", 16], ["sixteen", 16], ["twenty-one", 21], ["many", undefined]] as const)("cardinal %s → %s", (word, n) => {
    expect(readCardinal(word)).toBe(n);
  });
});
