import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findArticleLines } from "../../src/import/find-article-lines.ts";
import { parseFurnitureLexicon } from "../../src/import/furniture-lexicon.ts";

const lexicon = parseFurnitureLexicon(readFileSync("content/curation/furniture-phrases.yml", "utf8")).lexicon;

const P1 = "Delegations from five countries agreed on Tuesday to hold the next session of the commission in Tashkent.";
const P2 = "The commission was founded in 1998 and meets twice a year, its chair told reporters after the talks.";
const P3 = "Officials said the next session would take place in the second half of April, after consultations.";

/** Classify `line` placed between two real paragraphs; returns its reason (undefined = article). */
function reasonInside(line: string): string | undefined {
  const verdicts = findArticleLines([P1, "", line, "", P2, "", P3], { lexicon });
  return verdicts[2]?.article ? undefined : verdicts[2]?.reason;
}

describe("findArticleLines: furniture inside the article run", () => {
  // [kind, line, expected reason]
  const cases: [string, string, string][] = [
    ["photo credit", "Delegates gather in the main hall of the conference centre on May 3, 2019. (AFP photo)", "caption"],
    ["photo by", "The foreign minister speaks to the press (Photo by Jane Roe/Reuters)", "caption"],
    ["(L)/(R) caption", "Governor Ana Torres (L) shakes hands with Mayor Ben Ode during the ceremony.", "caption"],
    ["byline", "By Kamala Orlova", "byline"],
    ["two-author byline", "By Jane Roe and John Doe", "byline"],
    ["author bio", "Jane Roe is Example News’ staff journalist.", "author-bio"],
    ["social handle", "Follow her on Twitter: @jane_roe", "lexicon"],
    ["bare handle", "Twitter @example_news", "social-handle"],
    ["ad (English)", "Advertisement", "lexicon"],
    ["ad (non-Latin)", "Реклама", "non-latin"],
    ["template leftover", "{{item.group_date}}", "template"],
    ["loading", "Loading...", "lexicon"],
    ["share", "Share", "lexicon"],
    ["support line", "Help us grow. Support Example Post on Patreon!", "lexicon"],
    ["disclaimer", "The statements, views and opinions expressed in this column are solely those of the author.", "lexicon"],
    ["timestamp", "13 February 2017 18:00 (UTC+04:00)", "timestamp"],
    ["tag cloud", "SyriaDamascusAstanaRussianMain Operations Directorate", "tag-cloud"],
    ["separator", "---", "separator"],
    ["bare url", "https://example.org/2017/02/15/story/", "url"],
    ["site name", "Example-News.Com", "site-name"],
  ];
  it.each(cases)("%s", (_kind, line, reason) => {
    expect(reasonInside(line)).toBe(reason);
  });

  // Prose that looks a little like furniture stays article.
  const kept: [string, string][] = [
    ["party mark in a quote", "Senator Jane Roe (R) said the deal would be reviewed by the committee next week."],
    ["a sentence starting with By", "By the end of the day, the delegations had agreed on a joint statement."],
    ["an agency quoted as source", "The talks will continue on Friday, RIA Novosti reported, citing a diplomatic source."],
    ["a date inside prose", "The round was held on 13 February 2017 in the Kazakh capital, officials said."],
    ["the word share in prose", "Share prices rose after the ceasefire was announced on Monday, traders said."],
  ];
  it.each(kept)("keeps %s", (_kind, line) => {
    expect(reasonInside(line)).toBeUndefined();
  });
});

describe("findArticleLines: blocks and position", () => {
  it("drops a 'Read also' block of headlines that look like events, until the next real paragraph", () => {
    const lines = [P1, "Read also", "Russia invites US to join talks in Astana — Lavrov", "Diplomat says UN may mediate talks between the sides", P2];
    const verdicts = findArticleLines(lines, { lexicon });
    expect(verdicts.map((v) => v.article)).toEqual([true, false, false, false, true]);
    expect(verdicts[2]?.reason).toBe("related-block");
  });

  it("drops menus, headline and site chrome around the main run of prose", () => {
    const lines = ["Home", "World", "Business", "Sport", "", "Example Times › Politics › Europe", "Water talks end", "", P1, P2, "", "Most popular", "Storm closes harbour", "TOP STORIES"];
    const verdicts = findArticleLines(lines, { lexicon });
    expect(lines.filter((_, i) => verdicts[i]?.article)).toEqual([P1, P2]);
    expect(verdicts[5]?.reason).toBe("breadcrumb");
    expect(verdicts[6]?.reason).toBe("before-article");
  });

  it("treats a run of short unpunctuated lines inside the article as a menu", () => {
    const verdicts = findArticleLines([P1, "Politics", "Economy", "Culture", P2], { lexicon });
    expect(verdicts.slice(1, 4).map((v) => v.reason)).toEqual(["menu", "menu", "menu"]);
  });

  it("keeps the complete sentences of a paragraph cut off mid-word and marks the rest", () => {
    const verdicts = findArticleLines([P1, P2, "Officials said the session would be held in April. Experts expect the talks to focus on the allo"], { lexicon });
    expect(verdicts[2]).toEqual({ article: true, reason: "cut-off", text: "Officials said the session would be held in April." });
  });

  it("drops a last line cut off before any sentence ended", () => {
    const verdicts = findArticleLines([P1, P2, "Experts expect the talks to focus on the allocation of water between the upstream and downstr"], { lexicon });
    expect(verdicts[2]).toEqual({ article: false, reason: "cut-off" });
  });
});

describe("findArticleLines: clean articles are kept whole", () => {
  const clean: [string, string[]][] = [
    ["plain prose", [P1, "", P2, "", P3]],
    ["short paragraphs", ["Talks resumed on Monday.", "", P1, "", "He declined to comment."]],
    ["two-word sentences at both ends", ["Talks resumed.", "", P1, "", P2, "", "Nothing more."]],
    ["markdown heading and list", ["## Background", "", P1, "", "- Kazakhstan hosts the talks.", "- Three guarantor states attend.", "", P2]],
    ["quote lines", ["“We hope for progress,” he said.", P1, "She added: “Nothing is decided.”"]],
    ["non-Latin article", ["Переговоры возобновились в понедельник в Астане, сообщили официальные лица.", "Делегации обсудили вопросы прекращения огня и гуманитарной помощи."]],
  ];
  it.each(clean)("%s", (_name, lines) => {
    const verdicts = findArticleLines(lines, { lexicon });
    lines.forEach((line, i) => {
      if (line.trim() !== "") expect(verdicts[i], line).toEqual({ article: true });
    });
  });
});
