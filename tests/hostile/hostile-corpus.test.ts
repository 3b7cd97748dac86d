// Every nasty input in tests/fixtures/hostile/ (plus a few generated ones too big or too odd to
// commit) goes through the real pipeline: each gets its diagnostic, nothing throws or hangs.
import { beforeAll, describe, expect, it } from "vitest";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildTimeline } from "../../src/build.ts";
import { toTimelineJson } from "../../src/export/timeline-json.ts";
import type { Diagnostic, Timeline } from "../../src/types.ts";

const root = path.resolve(import.meta.dirname, "../..");
const fixtures = path.join(root, "tests/fixtures/hostile");
let timeline: Timeline;
let work: string;
let seconds: number;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), "dateline-hostile-"));
  const content = path.join(work, "content");
  for (const sub of ["actors", "lexicon", "curation"]) cpSync(path.join(root, "content", sub), path.join(content, sub), { recursive: true });
  const articles = path.join(content, "articles");
  cpSync(fixtures, articles, { recursive: true });
  const sentence = "Sergei Lavrov said on Friday that the 9th round of the Astana talks on May 14-15 went well. ";
  writeFileSync(path.join(articles, "ten-megabytes.md"), `---\npublished: "2018-05-18"\n---\n${Array.from({ length: 2000 }, () => sentence.repeat(55)).join("\n\n")}\n`);
  writeFileSync(path.join(articles, "fifty-thousand-lines.md"), `---\npublished: "2018-05-18"\n---\n${Array.from({ length: 50_000 }, (_, i) => `Line ${i}.`).join("\n")}\n`);
  writeFileSync(path.join(articles, "slow-text.md"), `---\npublished: "2018-05-18"\n---\n${"1".repeat(50_000)}\n\n${"May 3 and ".repeat(5000)}\n\n${"-".repeat(50_000)}\n\n${"Capitalised Word ".repeat(10_000)}said\n\n${"“‘\"".repeat(10_000)}\n`);
  writeFileSync(path.join(work, "outside.md"), `---\npublished: "2018-05-18"\n---\nSecret text outside the content folder.\n`);
  symlinkSync(path.join(work, "outside.md"), path.join(articles, "link-outside.md"));
  mkdirSync(path.join(articles, "folder-named-like-an-article.md"));
  const started = performance.now();
  timeline = await buildTimeline({ contentDir: content, rootDir: work, cacheDir: null });
  seconds = (performance.now() - started) / 1000;
  console.log(`hostile corpus built in ${seconds.toFixed(1)} s`);
}, 120_000);

const rulesFor = (file: string): string[] => timeline.diagnostics.filter((d: Diagnostic) => d.file.endsWith(`articles/${file}`)).map((d) => d.ruleId);

describe("hostile corpus", () => {
  // prettier-ignore
  it.each([
    // file                                 rule the user is told about
    ["invalid-yaml.md",                     "yaml-syntax"],
    ["list-as-date.md",                     "published-format"],
    ["impossible-date.md",                  "published-format"],
    ["number-title-unknown-field.md",       "unknown-field"],
    ["number-title-unknown-field.md",       "title-type"],
    ["alias-bomb.md",                       "yaml-aliases"],
    ["empty.md",                            "empty-article"],
    ["whitespace-only.md",                  "empty-article"],
    ["binary.md",                           "binary-file"],
    ["invalid-utf8.md",                     "invalid-utf8"],
    ["duplicate-b.md",                      "duplicate-article"],
    ["name-with-spaces-uenicode.md",        "duplicate-article-id"],
    ["link-outside.md",                     "symlink-outside"],
    ["folder-named-like-an-article.md",     "not-a-file"],
  ])("%s → %s", (file, rule) => {
    expect(rulesFor(file)).toContain(rule);
  });

  it("reads UTF-16 with a BOM and CRLF line endings", () => {
    const utf16 = timeline.articles.find((a) => a.file.endsWith("utf16-bom.md"));
    expect(utf16?.published).toEqual({ year: 2017, month: 5, day: 5 });
    expect(timeline.events.some((e) => e.sources.some((s) => s.article === "crlf") && e.actors[0] === "sergei-lavrov")).toBe(true);
  });

  it("never executes YAML tags and never reads through a link out of content/", () => {
    expect(JSON.stringify(toTimelineJson(timeline))).not.toContain("Secret text");
  });

  it("drops impossible and far-off dates", () => {
    const years = timeline.events.filter((e) => e.sources.some((s) => s.article === "far-and-impossible-dates")).map((e) => e.date.start.year);
    for (const y of years) expect(y).toBeGreaterThanOrEqual(1900);
    for (const y of years) expect(y).toBeLessThanOrEqual(2100);
  });

  it("gives every article, actor and event a unique id that is a safe slug", () => {
    for (const list of [timeline.articles, timeline.actors, timeline.events]) {
      const ids = list.map((x) => x.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
    }
  });

  it("stays fast on the 10 MB article, 50,000 lines and text made to be slow", () => {
    expect(seconds).toBeLessThan(60);
    expect(timeline.articles.some((a) => a.id === "ten-megabytes")).toBe(true);
  });

  it("leaves broken articles out whole", () => {
    const ids = timeline.articles.map((a) => a.id);
    for (const broken of ["invalid-yaml", "list-as-date", "impossible-date", "alias-bomb", "binary"]) expect(ids).not.toContain(broken);
  });

  it("keeps the good articles", () => {
    const files = readdirSync(fixtures);
    expect(files.length).toBeGreaterThan(15);
    expect(timeline.events.some((e) => e.round === 9)).toBe(true);
  });
});
