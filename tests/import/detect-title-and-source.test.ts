import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseFurnitureLexicon } from "../../src/import/furniture-lexicon.ts";
import { findArticleLines } from "../../src/import/find-article-lines.ts";
import { findTitle } from "../../src/import/detect-title.ts";
import { findSource } from "../../src/import/detect-source.ts";
import { dateFromUrl, findUrl } from "../../src/import/detect-url.ts";

// Self-references count only outside the article text: the data file marks those lines furniture.
const lexicon = parseFurnitureLexicon(readFileSync("content/curation/furniture-phrases.yml", "utf8")).lexicon;
const PROSE = "Delegations from five countries agreed to hold the next session of the commission, its chair said.";

describe("findTitle", () => {
  const cases: [string, string[], string | null, string][] = [
    ["printed twice", ["Example.Com", "Commission agrees to meet again", "13 February 2017 18:00", "Commission agrees to meet again", "By Jane Roe", PROSE], "Commission agrees to meet again", "repeated"],
    ["not the ellipsis breadcrumb", ["Home Politics Commission agrees to meet again in Tashkent for the...", "Commission agrees to meet again in Tashkent for the third time", PROSE], "Commission agrees to meet again in Tashkent for the third time", "headline"],
    ["not a repeated section name", ["Politics & Diplomacy", "World", "Politics & Diplomacy", "Kremlin: Russia, Iran in talks on preparations for the meeting", "Politics & Diplomacy", PROSE], "Kremlin: Russia, Iran in talks on preparations for the meeting", "headline"],
    ["not a caption", ["News / World / News", "Commission agrees to meet again", "Ministers at the summit on March 8, 2019 in Washington. (AFP photo)", PROSE], "Commission agrees to meet again", "headline"],
    ["no headline: the first sentence", [PROSE], "Delegations from five countries agreed to hold the next session of the commission, its chair said", "first-sentence"],
  ];
  it.each(cases)("%s", (_name, lines, title, how) => {
    const found = findTitle(lines, findArticleLines(lines));
    expect(found?.title ?? null).toBe(title);
    expect(found?.how).toBe(how);
  });
});

describe("findSource", () => {
  const cases: [string, string[], string | null][] = [
    ["domain-like site name at the top", ["Example-News.Az", "Commission agrees to meet again", PROSE], "Example-News"],
    ["dateline agency between slashes", ["Commission agrees to meet again", "MOSCOW, January 19. /AGENCY/. " + PROSE], "AGENCY"],
    ["dateline agency in brackets", ["Commission agrees to meet again", "ANKARA, Jan 5 (Wire Service) - " + PROSE], "Wire Service"],
    ["undated dateline agency", ["Commission agrees to meet again", "WASHINGTON (Wire Service) - " + PROSE], "Wire Service"],
    ["“<Outlet>’s website”", ["Commission agrees to meet again", PROSE, "Example TV’s website can also be accessed at the following addresses:"], "Example TV"],
    ["support line", ["Commission agrees to meet again", PROSE, "Help us grow. Support The Example Post on Patreon!"], "The Example Post"],
    ["copyright line", ["Commission agrees to meet again", PROSE, "© 2017 Example Daily. All rights reserved."], "Example Daily"],
    ["“support X on …” inside the article is not a self-reference", ["Commission agrees to meet again", PROSE, "Many voters support Ukraine on the question of sanctions, the poll found."], null],
    ["agency quoted in the prose is not the outlet", ["Commission agrees to meet again", "The minister said the talks went well, RIA Novosti reported."], null],
  ];
  it.each(cases)("%s", (_name, lines, source) => {
    expect(findSource(lines, findArticleLines(lines, { lexicon }), null)?.source ?? null).toBe(source);
  });
  it("falls back to the URL's host", () => {
    expect(findSource([PROSE], findArticleLines([PROSE]), "https://www.example-daily.com/2017/02/15/x/")?.source).toBe("example-daily");
  });
});

describe("findUrl and dateFromUrl", () => {
  const cases: [string[], string | null, string | null][] = [
    [["Source: https://example.org/2017/02/15/talks-resume/", PROSE], "https://example.org/2017/02/15/talks-resume/", "2017-02-15"],
    [[PROSE, "https://example.org/news/2019/07/talks.html"], "https://example.org/news/2019/07/talks.html", "2019-07"],
    [["canonical: <https://example.org/a/b>", PROSE], "https://example.org/a/b", null],
    [[PROSE], null, null],
  ];
  it.each(cases)("%j", (lines, url, date) => {
    const found = findUrl(lines);
    expect(found?.url ?? null).toBe(url);
    const point = found ? dateFromUrl(found.url) : null;
    expect(point ? [point.year, point.month, point.day].filter((x) => x !== undefined).map((n) => String(n).padStart(2, "0")).join("-") : null).toBe(date);
  });
});
