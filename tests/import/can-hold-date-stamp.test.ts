import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canHoldDateStamp, HAS_STAMP_SEGMENT, splitsIntoStampPieces, STAMP_SEGMENT } from "../../src/import/can-hold-date-stamp.ts";
import { readDateStamp, readDateStampInFull } from "../../src/import/read-date-stamp.ts";

describe("canHoldDateStamp", () => {
  // prettier-ignore
  const cases: [line: string, canHold: boolean, stamp: boolean][] = [
    // line                                                                          screen  stamp
    ["13 February 2017 18:00 (UTC+04:00)",                                           true,   true],
    ["Wed, 03/15/2017 - 09:30",                                                      true,   true],
    ["10:30pmEST Monday 5th of March 2017",                                          true,   true],
    ["January 25, 20244:12 PM",                                                      true,   true],
    // A label lets menu words follow, however many.
    ["date 2017-01-19 Back to Main page and all the other links of the site menu",  true,   true],
    ["9 December 2019 Peace and Security",                                           true,   true],
    ["Source: Xinhua| 2017-11-23 03:44:51|Editor: Some One of the news desk team",   true,   true],
    // Prose: ten words or more, and a word no stamp pattern removes.
    ["The talks resumed on 5 March 2017 in the capital, officials said.",            false,  false],
    ["Monday 5 March 2017 12:30 UTC was when the talks resumed there",               false,  false],
    // Short lines are read: the section form allows five words after a date.
    ["Talks resumed on 5 March",                                                     true,   false],
    // A letter outside ASCII is never part of a stamp pattern.
    ["5 March 2017 12:30 UTC Monday Tuesday Wednesday Thursday Friday été",           false,  false],
  ];
  it.each(cases)("%s", (line, canHold, stamp) => {
    expect(canHoldDateStamp(line)).toBe(canHold);
    expect(readDateStampInFull(line) !== null).toBe(stamp);
  });
});

describe("splitsIntoStampPieces", () => {
  // prettier-ignore
  const cases: [run: string, splits: boolean][] = [
    ["Monday", true], ["pmEST", true], ["st", true], ["Sept", true], ["thursnesday", true], ["amUTCgmt", true],
    ["said", false], ["The", false], ["T", false], ["Marchx", false], ["", true],
  ];
  it.each(cases)("%s", (run, splits) => {
    expect(splitsIntoStampPieces(run)).toBe(splits);
  });
});

describe("canHoldDateStamp never rules out a stamp", () => {
  // Words a stamp is made of, words it is not, and the separators the reader splits on.
  const WORDS = [
    "5", "19", "1st", "March", "Sept.", "of", "2017", "20174:12", "12:30", "9:05:33", "pm", "a.m.", "PM", "UTC", "GMT+3", "(UTC+04:00)",
    "Monday", "Wed,", "Thursnesday", "2017-01-19", "2017-01-19T13:48", "03/15/2017", "05.07.2017", "-", "—", "|", "•", "\t", "  ",
    "Published", "Updated:", "on", "said", "talks", "Peace", "and", "&", "Security", "T", "été", "Астана", "2017The", "am", "m",
  ];
  const line = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 14 }).chain((words) =>
    fc.array(fc.constantFrom(" ", "", "  "), { minLength: words.length, maxLength: words.length }).map((gaps) => words.map((w, i) => w + gaps[i]).join("")),
  );
  it("agrees with the full reader on generated lines", () => {
    fc.assert(fc.property(line, (l) => canHoldDateStamp(l) || readDateStampInFull(l) === null), { numRuns: 20000 });
  });

  it("agrees with the full reader on every line of the fixture pages", () => {
    const dir = path.join(import.meta.dirname, "../fixtures");
    const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".txt") || f.endsWith(".md"));
    let lines = 0;
    for (const file of files) {
      for (const l of readFileSync(path.join(dir, file), "utf8").split("\n")) {
        expect(readDateStamp(l), l).toEqual(readDateStampInFull(l));
        lines++;
      }
    }
    expect(lines).toBeGreaterThan(500);
  });
});

describe("HAS_STAMP_SEGMENT", () => {
  it("finds a match exactly when STAMP_SEGMENT does", () => {
    const text = fc.string({ unit: fc.constantFrom(..."a Zb9|•·\t\u00a0\u3000-"), maxLength: 12 });
    fc.assert(fc.property(text, (t) => HAS_STAMP_SEGMENT.test(t) === STAMP_SEGMENT.test(t)), { numRuns: 5000 });
  });
});
