// The whole pipeline on the bundled corpus in content/, checked against hand-checked facts.
import { beforeAll, describe, expect, it } from "vitest";
import path from "node:path";
import { buildTimeline } from "../src/build.ts";
import { toTimelineJson, type TimelineJson } from "../src/export/timeline-json.ts";

const root = path.resolve(import.meta.dirname, "..");
let doc: TimelineJson;

beforeAll(async () => {
  doc = toTimelineJson(await buildTimeline({ contentDir: path.join(root, "content"), rootDir: root, cacheDir: null }));
});

const articleFrom = (raw: string): string => doc.articles.find((a) => a.imported_from === raw)!.id;

describe("the bundled corpus", () => {
  it("holds every seed article with its publication date", () => {
    expect(doc.articles.map((a) => [a.imported_from, a.published]).sort()).toEqual([
      ["000_3fca58fdae7830f1.txt", "2021-06"],
      ["001_24561867f4ac3d76.txt", "2017-02-13"],
      ["002_cc0d213ca96f1fac.txt", "2017-02-27"],
      ["003_735585704de83243.txt", "2017-01-19"],
      ["004_cfdfe34e93939709.txt", "2017-02-27"],
    ]);
  });

  it("shows the first Astana round once, 23–24 January 2017, citing the three articles that report it", () => {
    const rounds = doc.events.filter((e) => e.type === "round" && e.round === 1 && e.series === "Astana talks");
    expect(rounds).toHaveLength(1);
    expect(rounds[0]!.date).toMatchObject({ start: "2017-01-23", end: "2017-01-24", precision: "day" });
    const cited = new Set(rounds[0]!.sources.map((s) => s.article));
    for (const raw of ["001_24561867f4ac3d76.txt", "003_735585704de83243.txt", "004_cfdfe34e93939709.txt"]) expect(cited).toContain(articleFrom(raw));
  });

  it("shows Putin's statement of 27 February 2017 once, citing both articles", () => {
    const statements = doc.events.filter((e) => e.type === "statement" && e.actors[0] === "vladimir-putin" && e.date.start === "2017-02-27");
    expect(statements).toHaveLength(1);
    expect(new Set(statements[0]!.sources.map((s) => s.article))).toEqual(new Set([articleFrom("002_cc0d213ca96f1fac.txt"), articleFrom("004_cfdfe34e93939709.txt")]));
  });

  it("keeps the announced 16th round planned, 6–8 July 2021", () => {
    const round = doc.events.find((e) => e.round === 16);
    expect(round).toMatchObject({ type: "round", planned: true, date: { start: "2021-07-06", end: "2021-07-08" } });
  });

  it("never dates an event by page furniture", () => {
    const years = new Set(doc.events.map((e) => e.date.start.slice(0, 4)));
    expect(years.has("2024")).toBe(false); // the "saved on" dates
    expect(years.has("2019")).toBe(false); // the unrelated photo caption
  });

  it("gives every event a source quote from a known article and known actors", () => {
    const articles = new Set(doc.articles.map((a) => a.id));
    const actors = new Set(doc.actors.map((a) => a.id));
    for (const e of doc.events) {
      expect(e.sources.length).toBeGreaterThan(0);
      for (const s of e.sources) {
        expect(articles).toContain(s.article);
        expect(s.quote.length).toBeGreaterThan(10);
      }
      for (const id of e.actors) expect(actors).toContain(id);
    }
  });

  it("is deterministic", async () => {
    const again = toTimelineJson(await buildTimeline({ contentDir: path.join(root, "content"), rootDir: root, cacheDir: null }));
    expect(JSON.stringify(again)).toBe(JSON.stringify(doc));
  });
});

describe("adding an article about a known round", () => {
  it("keeps the id and URL of every existing event and adds the new source", async () => {
    const { cpSync, mkdtempSync, rmSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const dir = mkdtempSync(path.join(tmpdir(), "dateline-ids-"));
    try {
      cpSync(path.join(root, "content"), path.join(dir, "content"), { recursive: true });
      const before = await buildTimeline({ contentDir: path.join(dir, "content"), rootDir: dir, cacheDir: null });
      writeFileSync(path.join(dir, "content", "articles", "2017-01-25-first-round-ends.md"), `---\ntitle: First round of Astana talks ends\npublished: "2017-01-25"\nsource: Example Wire\n---\nThe first round of the Astana talks on Syria ended in the Kazakh capital on Tuesday, January 24, after two days of negotiations.\n\nRussia, Turkey and Iran agreed to set up a trilateral mechanism to monitor the ceasefire, the final statement said.\n`);
      const after = await buildTimeline({ contentDir: path.join(dir, "content"), rootDir: dir, cacheDir: null });
      const afterIds = new Set(after.events.map((e) => e.id));
      for (const e of before.events) expect(afterIds, `lost ${e.id}`).toContain(e.id);
      const round = after.events.find((e) => e.id === "astana-talks-round-1")!;
      expect(round.sources.map((s) => s.article)).toContain("2017-01-25-first-round-ends");
      expect(after.events.filter((e) => e.round === 1 && e.series === "Astana talks")).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
