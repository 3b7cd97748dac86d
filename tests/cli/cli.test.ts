// The command line as a user runs it: exit codes, messages, and the last good site kept.
import { describe, expect, it } from "vitest";
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { makeTempDir } from "../helpers/temp-dir.ts";

const root = path.resolve(import.meta.dirname, "../..");
const bin = path.join(root, "bin", "dateline.mjs");

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8", env: { ...process.env, CI: "true" } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function makeContent(dir: string): string {
  const content = path.join(dir, "content");
  for (const sub of ["actors", "lexicon", "curation"]) cpSync(path.join(root, "content", sub), path.join(content, sub), { recursive: true });
  mkdirSync(path.join(content, "articles"));
  writeFileSync(path.join(content, "articles", "talks.md"), `---\ntitle: Talks\npublished: "2018-05-15"\n---\nThe ninth round of the Astana talks took place in Astana on May 14-15.\n\nTurkish Foreign Minister Mevlut Cavusoglu said on Tuesday that the talks were useful.\n`);
  return content;
}

describe("dateline CLI", () => {
  it("extract prints the timeline document", () => {
    const dir = makeTempDir();
    makeContent(dir);
    const r = run(["extract", "--content", "content"], dir);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { version: number; events: { round?: number }[] };
    expect(doc.version).toBe(1);
    expect(doc.events.some((e) => e.round === 9)).toBe(true);
  });

  it("a broken article fails the build with file and line, and keeps the last good site", () => {
    const dir = makeTempDir();
    const content = makeContent(dir);
    expect(run(["build", "--content", "content", "--out", "_site", "--no-search"], dir).code).toBe(0);
    const before = readFileSync(path.join(dir, "_site", "timeline.json"), "utf8");
    writeFileSync(path.join(content, "articles", "broken.md"), `---\ntitle: Broken\npublished: "2017-02-30"\n---\nText.\n`);
    const r = run(["build", "--content", "content", "--out", "_site", "--no-search"], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("content/articles/broken.md:3");
    expect(r.stderr).toContain("published-format");
    expect(readFileSync(path.join(dir, "_site", "timeline.json"), "utf8")).toBe(before);
    const kept = run(["build", "--content", "content", "--out", "_site", "--no-search", "--keep-going"], dir);
    expect(kept.code).toBe(0);
  });

  it("unknown commands and options exit 2 with the usage", () => {
    const dir = makeTempDir();
    expect(run(["frobnicate"], dir)).toMatchObject({ code: 2 });
    expect(run(["build", "--nope"], dir).stderr).toContain("Usage:");
  });
});
