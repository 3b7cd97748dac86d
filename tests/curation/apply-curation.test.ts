import { describe, expect, it } from "vitest";
import { applyCuration } from "../../src/curation/apply-curation.ts";
import type { Curation, CurationEntry } from "../../src/types.ts";
import { makeEventDate } from "../../src/util/date-point.ts";
import { makeEvent, sampleTimeline } from "../helpers/sample-timeline.ts";

const where = { file: "content/curation/events.yml", line: 3 };
/** An entry as an editor writes it, before the loader adds file and line (Omit kept per union member). */
type EntryInput = CurationEntry extends infer E ? (E extends CurationEntry ? Omit<E, "file" | "line"> : never) : never;
function curate(entries: EntryInput[], events: Curation["events"] = []) {
  const t = sampleTimeline();
  return applyCuration({ actors: t.actors, events: t.events }, { entries: entries.map((e) => ({ ...e, ...where }) as CurationEntry), events }, t.articles);
}

describe("applyCuration", () => {
  it("hides an event", () => {
    const r = curate([{ op: "hide-event", id: "2011-03-war-begins", reason: "background" }]);
    expect(r.events.map((e) => e.id)).not.toContain("2011-03-war-begins");
    expect(r.diagnostics).toEqual([]);
  });

  it("corrects date, type, title, round, place and actors", () => {
    const date = makeEventDate({ year: 2016, month: 12, day: 21 }, { text: "2016-12-21" });
    const r = curate([{ op: "correct-event", id: "2016-12-20-ministers-meet", set: { date, type: "other", title: "Fixed", round: 3, place: "Ankara", actors: ["russia"] } }]);
    expect(r.events.find((e) => e.id === "2016-12-20-ministers-meet")).toMatchObject({ date, type: "other", title: "Fixed", round: 3, place: "Ankara", actors: ["russia"], curated: true });
  });

  it("merges two events into the first, keeping every source", () => {
    const r = curate([{ op: "merge-events", ids: ["2017-01-23-astana-talks-round-1", "2016-12-20-ministers-meet"] }]);
    const merged = r.events.find((e) => e.id === "2017-01-23-astana-talks-round-1")!;
    expect(r.events.some((e) => e.id === "2016-12-20-ministers-meet")).toBe(false);
    expect(merged.sources.map((s) => s.quote)).toContain("Ministers met in the city on December 20, 2016.");
  });

  it("splits the reports of one article off into a new event", () => {
    const r = curate([{ op: "split-event", id: "2017-01-23-astana-talks-round-1", articles: ["2017-01-19-talks-prepared"], newId: "announcement" }]);
    expect(r.events.find((e) => e.id === "announcement")!.sources.map((s) => s.article)).toEqual(["2017-01-19-talks-prepared"]);
    expect(r.events.find((e) => e.id === "2017-01-23-astana-talks-round-1")!.sources.map((s) => s.article)).toEqual(["2017-02-13-second-round"]);
  });

  it("merges and hides actors everywhere they appear", () => {
    const r = curate([{ op: "merge-actors", ids: ["jane-envoy", "john-minister"] }, { op: "hide-actor", id: "united-nations" }]);
    expect(r.actors.map((a) => a.id)).toEqual(["jane-envoy", "russia"]);
    expect(r.actors[0]!.aliases).toContain("John Minister");
    expect(r.events.find((e) => e.id === "2016-12-20-ministers-meet")!.actors).toEqual(["jane-envoy", "russia"]);
    expect(r.events.flatMap((e) => e.actors)).not.toContain("united-nations");
  });

  it("changes none of the merged actors and events it is given", () => {
    const t = sampleTimeline();
    const before = structuredClone({ actors: t.actors, events: t.events });
    const entries: EntryInput[] = [
      { op: "merge-actors", ids: ["jane-envoy", "john-minister"] },
      { op: "hide-actor", id: "united-nations" },
      { op: "split-event", id: "2017-01-23-astana-talks-round-1", articles: ["2017-01-19-talks-prepared"], newId: "announcement" },
      { op: "merge-events", ids: ["2017-01-23-astana-talks-round-1", "2016-12-20-ministers-meet"] },
      { op: "correct-event", id: "announcement", set: { title: "Announced" } },
    ];
    applyCuration({ actors: t.actors, events: t.events }, { entries: entries.map((e) => ({ ...e, ...where }) as CurationEntry), events: [] }, t.articles);
    expect({ actors: t.actors, events: t.events }).toEqual(before);
  });

  it("adds a hand-written event with its sources", () => {
    const hand = makeEvent({ id: "hand-made", title: "By hand", date: makeEventDate({ year: 2017, month: 3 }, { text: "2017-03" }), sources: [{ article: "2017-02-13-second-round", quote: "q" }], curated: true });
    expect(curate([], [hand]).events.map((e) => e.id)).toContain("hand-made");
  });

  it("reports a hand-written event that cites no known article", () => {
    const hand = makeEvent({ id: "orphan", sources: [{ article: "missing", quote: "q" }] });
    const r = curate([], [hand]);
    expect(r.events.map((e) => e.id)).not.toContain("orphan");
    expect(r.diagnostics[0]).toMatchObject({ ruleId: "hand-event-source", severity: "error" });
  });

  it.each([
    ["hide-event", { op: "hide-event", id: "gone" }],
    ["correct-event", { op: "correct-event", id: "gone", set: { title: "x" } }],
    ["merge-events", { op: "merge-events", ids: ["gone", "2011-03-war-begins"] }],
    ["split-event", { op: "split-event", id: "gone", articles: ["x"] }],
    ["hide-actor", { op: "hide-actor", id: "gone" }],
    ["merge-actors", { op: "merge-actors", ids: ["russia", "gone"] }],
  ] as const)("reports a %s entry whose target no longer exists, with its file and line", (_op, entry) => {
    const r = curate([entry as EntryInput]);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ ruleId: "curation-stale", file: where.file, line: where.line });
  });
});
