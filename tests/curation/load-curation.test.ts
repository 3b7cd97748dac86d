import { describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadCuration } from "../../src/curation/load-curation.ts";
import { makeTempDir } from "../helpers/temp-dir.ts";

function content(files: Record<string, string>): string {
  const dir = makeTempDir();
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, "content", rel)), { recursive: true });
    writeFileSync(path.join(dir, "content", rel), text);
  }
  return dir;
}

describe("loadCuration", () => {
  it("reads every entry form with its file and line", async () => {
    const dir = content({
      "curation/events.yml": `events:\n  - id: a\n    hide: true\n    reason: furniture\n  - id: b\n    set: { date: "2017-02-16", end: "2017-02-17", type: round, round: 2 }\n  - merge: [c, d]\n  - split: e\n    articles: [x]\n    new_id: e-2\n`,
      "curation/actors.yml": `actors:\n  - merge: [p, q]\n  - id: r\n    set: { role: Envoy }\n`,
    });
    const { curation, diagnostics } = await loadCuration(path.join(dir, "content"), dir);
    expect(diagnostics).toEqual([]);
    expect(curation.entries.map((e) => `${e.op}@${e.line}`)).toEqual(["hide-event@2", "correct-event@5", "merge-events@7", "split-event@8", "merge-actors@2", "correct-actor@3"]);
    const correction = curation.entries[1];
    expect(correction?.op === "correct-event" && correction.set.date?.end).toEqual({ year: 2017, month: 2, day: 17 });
  });

  it("reports a malformed entry with its line, and an impossible date", async () => {
    const dir = content({ "curation/events.yml": `events:\n  - id: a\n  - id: b\n    set: { date: "2017-02-30" }\n` });
    const { curation, diagnostics } = await loadCuration(path.join(dir, "content"), dir);
    expect(curation.entries).toEqual([]);
    expect(diagnostics.map((d) => `${d.ruleId}@${d.line}`)).toEqual(["curation-entry@2", "curation-entry@3"]);
  });

  it("reads a hand-written event", async () => {
    const dir = content({ "events/memo.md": `---\ntype: other\ntitle: Memorandum signed\ndate: "2017-05-04"\nactors: [russia]\nsources:\n  - article: a1\n    quote: "They signed it."\n---\nBody.\n` });
    const { curation } = await loadCuration(path.join(dir, "content"), dir);
    expect(curation.events[0]).toMatchObject({ id: "memo", type: "other", title: "Memorandum signed", actors: ["russia"], sources: [{ article: "a1", quote: "They signed it." }] });
  });
});
