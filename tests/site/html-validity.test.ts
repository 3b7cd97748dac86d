// The Nu Html Checker (vnu-jar) over every page type of a rendered site: 0 errors.
// A deliberately broken canary page goes through the same run, so a checker that silently
// checks nothing fails the test instead of passing it.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderSite } from "../../src/site/render-site.ts";
import { makeEventDate } from "../../src/util/date-point.ts";
import { makeArticle, makeEvent, sampleTimeline } from "../helpers/sample-timeline.ts";
import { makeTempDir } from "../helpers/temp-dir.ts";

const VNU = path.resolve("node_modules/vnu-jar/build/dist/vnu.jar");
const hasJava = spawnSync("java", ["-version"]).status === 0 && existsSync(VNU);
if (!hasJava) console.warn("Skipping the HTML validity test: java or node_modules/vnu-jar is missing.");

interface VnuMessage { type: string; url: string; message: string; lastLine?: number }

describe.skipIf(!hasJava)("HTML validity (vnu)", () => {
  it("reports 0 errors on every page type, and catches the canary", async () => {
    const t = sampleTimeline();
    // Edge cases: year-only date, an unknown article, a non-http URL, an empty date text.
    t.articles.push(makeArticle({ id: "odd", title: "Odd <i>article</i>", url: "ftp://example.org/x", published: { year: 2019 }, blocks: [{ index: 0, text: "It happened in 2019.", lines: [1, 1] }] }));
    t.events.push(makeEvent({ id: "2019-year-only", type: "other", title: "Something in 2019", date: makeEventDate({ year: 2019 }, { text: "" }), sources: [{ article: "odd", quote: "It happened in 2019." }, { article: "missing-article", quote: "Gone." }] }));
    const dir = makeTempDir("dateline-vnu-");
    const site = path.join(dir, "site");
    await renderSite(t, { outDir: site, pathPrefix: "/sub/", quiet: true, search: false });
    mkdirSync(path.join(dir, "canary"));
    writeFileSync(path.join(dir, "canary", "index.html"), "<!doctype html><html lang=en><title>x</title><p><div></p>");
    const run = spawnSync("java", ["-jar", VNU, "--errors-only", "--skip-non-html", "--format", "json", site, path.join(dir, "canary")], { encoding: "utf8" });
    const messages = (JSON.parse(run.stderr || run.stdout) as { messages: VnuMessage[] }).messages;
    const fromSite = messages.filter((m) => !m.url.includes("/canary/")).map((m) => `${m.url.replace(/^.*\/site\//, "")}:${m.lastLine}: ${m.message}`);
    expect(fromSite).toEqual([]);
    expect(messages.some((m) => m.url.includes("/canary/"))).toBe(true);
    expect(execFileSync("find", [site, "-name", "*.html"], { encoding: "utf8" }).split("\n").filter(Boolean).length).toBeGreaterThan(25);
  }, 120_000);
});
