import { describe, expect, it } from "vitest";
import { isSameEvent } from "../../src/merge/same-event.ts";
import { parseIsoPartial } from "../../src/util/date-point.ts";
import { dateOf, makeCandidate as c } from "../helpers/builders.ts";

const feb27 = parseIsoPartial("2017-02-27");
const feb13 = parseIsoPartial("2017-02-13");
const feb = parseIsoPartial("2017-02"); // an article dated to the month only
const mar = parseIsoPartial("2017-03");
const said = (quote: string) => ({ article: "a", quote });

// prettier-ignore
const CASES = [
  // name                                                   a                                                                                     b                                                                                         same
  ["same round number and series",                          c({ type: "round", round: 2, series: "Astana talks", date: dateOf("2017-02-15..2017-02-16") }), c({ type: "round", round: 2, series: "Astana talks", date: dateOf("2017-02~") }),       true],
  ["round 8 of Geneva is not round 8 of Astana",            c({ type: "round", round: 8, series: "Astana talks" }),                                 c({ type: "round", round: 8, series: "Geneva talks" }),                                     false],
  ["different round numbers",                               c({ type: "round", round: 2, series: "Astana talks" }),                                 c({ type: "round", round: 3, series: "Astana talks" }),                                     false],
  ["statement: same speaker, same day",                     c({ type: "statement", actors: ["putin"], date: dateOf("2017-02-27") }),                c({ type: "statement", actors: ["putin"], date: dateOf("2017-02-27") }),                    true],
  ["statement: undated report on the day it was made",      c({ type: "statement", actors: ["putin"], date: dateOf("2017-02-27") }),                c({ type: "statement", actors: ["putin"], date: dateOf("2017-02~"), undated: true, reportedOn: feb27 }), true],
  ["statement: undated report of another day",              c({ type: "statement", actors: ["putin"], date: dateOf("2017-02-27") }),                c({ type: "statement", actors: ["putin"], date: dateOf("2017-02~"), undated: true, reportedOn: feb13 }), false],
  ["statement: known to the month only, same wording",      c({ type: "statement", actors: ["putin"], date: dateOf("2017-02-27"), source: said("The Astana process has fulfilled its mission, Putin said.") }), c({ type: "statement", actors: ["putin"], date: dateOf("2017-02~"), undated: true, reportedOn: feb, source: { article: "b", quote: "Putin said the mission of the Astana process was completed." } }), true],
  ["statement: known to the month only, other wording",     c({ type: "statement", actors: ["putin"], date: dateOf("2017-02-27"), source: said("The Astana process has fulfilled its mission, Putin said.") }), c({ type: "statement", actors: ["putin"], date: dateOf("2017-02~"), undated: true, reportedOn: feb, source: { article: "b", quote: "Putin said refugees should be allowed home soon." } }), false],
  ["statement: known to another month only",                c({ type: "statement", actors: ["putin"], date: dateOf("2017-02-27"), source: said("The Astana process has fulfilled its mission, Putin said.") }), c({ type: "statement", actors: ["putin"], date: dateOf("2017-03~"), undated: true, reportedOn: mar, source: { article: "b", quote: "Putin said the mission of the Astana process was completed." } }), false],
  ["statement: other speaker",                              c({ type: "statement", actors: ["putin"], date: dateOf("2017-02-27") }),                c({ type: "statement", actors: ["lavrov"], date: dateOf("2017-02-27") }),                   false],
  ["meeting: overlapping days, same place",                 c({ place: "Geneva", date: dateOf("2017-02-23..2017-02-25") }),                         c({ place: "Geneva", date: dateOf("2017-02-24") }),                                         true],
  ["meeting: same day, shared actor, one place unknown",    c({ actors: ["un"], date: dateOf("2017-02-23") }),                                       c({ actors: ["un", "syria"], place: "Geneva", date: dateOf("2017-02-23") }),                true],
  ["meeting: same day, different places",                   c({ place: "Geneva", actors: ["un"], date: dateOf("2017-02-23") }),                     c({ place: "Moscow", actors: ["un"], date: dateOf("2017-02-23") }),                         false],
  ["meeting: different days",                               c({ place: "Geneva", date: dateOf("2017-02-23") }),                                      c({ place: "Geneva", date: dateOf("2017-02-26") }),                                         false],
  ["meeting: month report of a day-precision meeting",      c({ place: "Moscow", date: dateOf("2016-12-20") }),                                      c({ place: "Moscow", date: dateOf("2016-12") }),                                            true],
  ["other: same day, no actors, two uncommon words shared", c({ type: "other", date: dateOf("2017-05-04"), source: { article: "a", quote: "Guarantors signed a memorandum on de-escalation zones on May 4." } }), c({ type: "other", place: "Astana", date: dateOf("2017-05-04"), source: { article: "b", quote: "The boundaries of the de-escalation zones agreed in the memorandum of May 4." } }), true],
  ["other: same day, both a ceasefire",                    c({ type: "other", date: dateOf("2016-12-30"), source: { article: "a", quote: "A nationwide ceasefire took effect on December 30, 2016." } }), c({ type: "other", date: dateOf("2016-12-30"), source: { article: "b", quote: "The Syria-wide cease-fire has been in place since December 30, 2016." } }), true],
  ["other: same day, a ceasefire and an offensive",        c({ type: "other", date: dateOf("2016-12-30"), source: { article: "a", quote: "A ceasefire took effect on December 30." } }), c({ type: "other", date: dateOf("2016-12-30"), source: { article: "b", quote: "The army launched an offensive on December 30." } }), false],
  ["meeting: nothing shared",                               c({ actors: ["a"], date: dateOf("2017-02-23") }),                                        c({ actors: ["b"], date: dateOf("2017-02-23") }),                                           false],
  ["year-only dates never merge",                           c({ actors: ["a"], date: dateOf("2017") }),                                              c({ actors: ["a"], date: dateOf("2017") }),                                                 false],
  ["a meeting is not an 'other' event",                     c({ type: "meeting", actors: ["a"] }),                                                   c({ type: "other", actors: ["a"] }),                                                        false],
] as const;

describe("isSameEvent", () => {
  it.each(CASES)("%s", (_name, a, b, same) => {
    expect(isSameEvent(a, b)).toBe(same);
    expect(isSameEvent(b, a)).toBe(same);
  });
});
