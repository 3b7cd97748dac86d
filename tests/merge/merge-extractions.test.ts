import { describe, expect, it } from "vitest";
import type { ArticleExtraction } from "../../src/extract/index.ts";
import { EMPTY_KNOWLEDGE } from "../../src/ingest/load-knowledge.ts";
import { mergeExtractions } from "../../src/merge/index.ts";
import { parseIsoPartial } from "../../src/util/date-point.ts";
import { dateOf, makeCandidate } from "../helpers/builders.ts";
import { makeArticle } from "../helpers/sample-timeline.ts";

const articles = [
  makeArticle({ id: "a-jan", published: parseIsoPartial("2017-01-19") }),
  makeArticle({ id: "b-feb", published: parseIsoPartial("2017-02-13") }),
  makeArticle({ id: "c-mar", published: parseIsoPartial("2017-03-01") }),
];
const person = (id: string, name: string) => ({ id, name, kind: "person" as const, registered: false, spellings: [name], roles: [], mentions: 1 });

function extraction(article: string, candidates: ArticleExtraction["candidates"], actors: ArticleExtraction["actors"] = []): ArticleExtraction {
  const reportedOn = articles.find((a) => a.id === article)!.published;
  return { article, candidates: candidates.map((c) => ({ ...c, reportedOn, source: { ...c.source, article } })), actors };
}

const announced = extraction("a-jan", [makeCandidate({ type: "meeting", series: "Astana talks", place: "Astana", date: dateOf("2017-01-23"), planned: true })]);
const held = extraction("b-feb", [makeCandidate({ type: "round", round: 1, series: "Astana talks", title: "Astana talks, round 1", date: dateOf("2017-01-23..2017-01-24") })]);
const monthly = extraction("c-mar", [makeCandidate({ type: "round", round: 1, series: "Astana talks", title: "Astana talks, round 1", date: dateOf("2017-01") })]);

describe("mergeExtractions", () => {
  it("makes one round of an announcement, a day report and a month report, with the held date", () => {
    const { events } = mergeExtractions([announced, held, monthly], articles, EMPTY_KNOWLEDGE);
    expect(events).toHaveLength(1);
    const [round] = events;
    expect(round).toMatchObject({ id: "astana-talks-round-1", type: "round", round: 1, planned: false });
    expect(round!.date.start).toEqual({ year: 2017, month: 1, day: 23 });
    expect(round!.date.end).toEqual({ year: 2017, month: 1, day: 24 });
    expect(round!.sources.map((s) => s.article).sort()).toEqual(["a-jan", "b-feb", "c-mar"]);
    expect(round!.history.join("\n")).toContain("announced on 2017-01-19 for 2017-01-23");
  });

  it("keeps an announced round planned while no report says it was held", () => {
    const planned = extraction("b-feb", [makeCandidate({ type: "round", round: 2, series: "Astana talks", date: dateOf("2017-02-15..2017-02-16"), planned: true })]);
    expect(mergeExtractions([planned], articles, EMPTY_KNOWLEDGE).events[0]).toMatchObject({ planned: true, round: 2 });
  });

  it("keeps the ids of known events when an article about them is added", () => {
    const statement = extraction("b-feb", [makeCandidate({ type: "statement", title: "Jane Envoy: we hope", actors: ["jane-envoy"], date: dateOf("2017-02-13") })], [person("jane-envoy", "Jane Envoy")]);
    const before = mergeExtractions([announced, held, statement], articles, EMPTY_KNOWLEDGE).events.map((e) => e.id).sort();
    const laterReport = extraction("c-mar", [
      makeCandidate({ type: "round", round: 1, series: "Astana talks", date: dateOf("2017-01") }),
      makeCandidate({ type: "statement", title: "Jane Envoy: other words", actors: ["jane-envoy"], date: dateOf("2017-02-13") }),
    ], [person("jane-envoy", "Jane Envoy")]);
    const after = mergeExtractions([announced, held, statement, laterReport], articles, EMPTY_KNOWLEDGE).events;
    expect(after.map((e) => e.id).sort()).toEqual(before);
    expect(after.find((e) => e.type === "statement")!.sources).toHaveLength(2);
  });

  it("finds the statement of an article dated to the month only among the speaker's statements of that month", () => {
    const monthOnly = [...articles, makeArticle({ id: "d-feb", published: parseIsoPartial("2017-02") })];
    const onDay = extraction("b-feb", [makeCandidate({ type: "statement", actors: ["jane-envoy"], date: dateOf("2017-02-13"), source: { article: "b-feb", quote: "Jane Envoy said the Astana process had fulfilled its mission." } })], [person("jane-envoy", "Jane Envoy")]);
    const inMonth = { article: "d-feb", actors: [person("jane-envoy", "Jane Envoy")], candidates: [makeCandidate({ type: "statement", actors: ["jane-envoy"], date: dateOf("2017-02~"), undated: true, reportedOn: parseIsoPartial("2017-02"), source: { article: "d-feb", quote: "The mission of the Astana process is completed, Jane Envoy said." } })] };
    const other = { ...inMonth, article: "e-feb", candidates: [makeCandidate({ type: "statement", actors: ["jane-envoy"], date: dateOf("2017-02~"), undated: true, reportedOn: parseIsoPartial("2017-02"), source: { article: "e-feb", quote: "Jane Envoy called for aid convoys to reach Aleppo." } })] };
    const all = [...monthOnly, makeArticle({ id: "e-feb", published: parseIsoPartial("2017-02") })];
    const statements = mergeExtractions([onDay, inMonth, other], all, EMPTY_KNOWLEDGE).events;
    expect(statements.map((e) => e.sources.map((s) => s.article).sort())).toEqual(expect.arrayContaining([["b-feb", "d-feb"], ["e-feb"]]));
    expect(statements).toHaveLength(2);
  });

  it("merges spelling variants of one unregistered person", () => {
    const x = extraction("a-jan", [makeCandidate({ type: "statement", actors: ["alexander-lavrentyev"], date: dateOf("2017-01-19") })], [person("alexander-lavrentyev", "Alexander Lavrentyev")]);
    const y = extraction("b-feb", [makeCandidate({ type: "statement", actors: ["alexander-lavrentiev"], date: dateOf("2017-02-13") })], [person("alexander-lavrentiev", "Alexander Lavrentiev")]);
    const { actors, events } = mergeExtractions([x, y], articles, EMPTY_KNOWLEDGE);
    expect(actors.map((a) => a.id)).toEqual(["alexander-lavrentiev"]);
    expect(actors[0]!.aliases).toEqual(["Alexander Lavrentyev"]);
    expect(new Set(events.map((e) => e.actors[0]))).toEqual(new Set(["alexander-lavrentiev"]));
  });

  it("orders events by date, a month before its days", () => {
    const mixed = extraction("c-mar", [
      makeCandidate({ type: "other", actors: ["x"], title: "B", date: dateOf("2017-02-10") }),
      makeCandidate({ type: "other", actors: ["y"], title: "A", date: dateOf("2017-02") }),
      makeCandidate({ type: "other", actors: ["z"], title: "C", date: dateOf("2016-12-30") }),
    ]);
    expect(mergeExtractions([mixed], articles, EMPTY_KNOWLEDGE).events.map((e) => e.title)).toEqual(["C", "A", "B"]);
  });
});
