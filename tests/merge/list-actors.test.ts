import { describe, expect, it } from "vitest";
import { listActors } from "../../src/merge/list-actors.ts";
import { makeActor, makeEvent, sampleTimeline } from "../helpers/sample-timeline.ts";

describe("listActors", () => {
  it("lists actors by event count and suggests merging spelling variants", () => {
    const t = sampleTimeline();
    t.actors.push(makeActor({ id: "jane-envoi", name: "Jane Envoi", registered: false }));
    t.events.push(makeEvent({ id: "x", actors: ["jane-envoi"] }));
    const report = listActors(t);
    const lines = report.split("\n");
    expect(lines[1]).toMatch(/^\s+3\s+registry\s+country\s+russia/);
    expect(report).toMatch(/discovered\s+person\s+jane-envoi/);
    expect(report).toContain("- merge: [jane-envoy, jane-envoi]");
  });
});
