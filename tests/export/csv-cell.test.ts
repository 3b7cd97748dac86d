import { describe, expect, it } from "vitest";
import { neutralizeFormula, quoteCsvCell, toCsvRow } from "../../src/export/csv-cell.ts";

describe("neutralizeFormula", () => {
  // prettier-ignore
  const cases: [input: string, expected: string][] = [
    // input                                  expected
    ["=1+1",                                  "'=1+1"],
    ["+cmd|' /C calc'!A0",                    "'+cmd|' /C calc'!A0"],
    ["-2+3",                                  "'-2+3"],
    ["@SUM(A1:A2)",                           "'@SUM(A1:A2)"],
    ["\t=1+1",                                "'\t=1+1"],
    ["\r=1+1",                                "'\r=1+1"],
    ['=HYPERLINK("http://x","y")',            `'=HYPERLINK("http://x","y")`],
    ["a=1",                                   "a=1"],
    ["2017-02-15",                            "2017-02-15"],
    ["Astana talks, round 2",                 "Astana talks, round 2"],
    ["",                                      ""],
    [" =1",                                   " =1"],
  ];
  it.each(cases)("%j → %j", (input, expected) => {
    expect(neutralizeFormula(input)).toBe(expected);
  });
});

describe("quoteCsvCell", () => {
  // prettier-ignore
  const cases: [input: string, expected: string][] = [
    // input                     expected
    ["plain",                    "plain"],
    ["a,b",                      '"a,b"'],
    ['say "hi"',                 '"say ""hi"""'],
    ["line\nbreak",              '"line\nbreak"'],
    ["cr\r\nlf",                 '"cr\r\nlf"'],
    ["semi; colon",              "semi; colon"],
    ["'",                        "'"],
    ["",                         ""],
  ];
  it.each(cases)("%j → %j", (input, expected) => {
    expect(quoteCsvCell(input)).toBe(expected);
  });
});

describe("toCsvRow", () => {
  it("neutralizes first, then quotes, and ends with CRLF", () => {
    expect(toCsvRow(["id", '=A1,"x"', "-1"])).toBe(`id,"'=A1,""x""",'-1\r\n`);
  });
});
