// foldIcalLines must fold exactly as ical-generator's own foldLines (the calendar stays byte-identical).
import { foldLines } from "ical-generator";
import { describe, expect, it } from "vitest";
import { foldIcalLines } from "../../src/export/fold-ical-lines.ts";

const long = "DESCRIPTION:meeting · 28 May 2015\\nSources:\\n- an-article-id: \"The previous meeting\\, held between 29 and 28 May\\, ended without a joint statement.\"";

// prettier-ignore
const cases: [name: string, text: string][] = [
  ["empty",                          ""],
  ["short line",                     "SUMMARY:Talks"],
  ["exactly 74 octets",              `X:${"a".repeat(72)}`],
  ["75 octets: one fold",            `X:${"a".repeat(73)}`],
  ["several folds",                  long.repeat(4)],
  ["ASCII: two full pieces",         "b".repeat(148)],
  ["ASCII: two pieces and one",      "b".repeat(149)],
  ["ASCII: many pieces",             "0123456789".repeat(50)],
  ["several lines, CRLF kept",       `BEGIN:VEVENT\r\n${long}\r\nEND:VEVENT\r\n`],
  ["2-byte characters at the edge",  `X:${"a".repeat(71)}éééé`],
  ["3-byte characters at the edge",  `X:${"a".repeat(71)}–––`],
  ["surrogate pair at the edge",     `X:${"a".repeat(70)}😀😀😀`],
  ["lone high surrogate at the end", `X:${"a".repeat(72)}\uD83D`],
  ["lone high surrogate, then text", `X:${"a".repeat(70)}\uD83Dabcdef`],
  ["lone low surrogate",             `X:${"a".repeat(71)}\uDE00abc`],
  ["bare LF is not a line end",      `X:${"a".repeat(60)}\n${"b".repeat(60)}`],
  ["only non-ASCII",                 "Ж".repeat(200)],
];

describe("foldIcalLines", () => {
  it.each(cases)("%s", (_name, text) => {
    expect(foldIcalLines(text)).toBe(foldLines(text));
  });
});
