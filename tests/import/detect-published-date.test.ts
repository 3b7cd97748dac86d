import { describe, expect, it } from "vitest";
import { findArticleLines } from "../../src/import/find-article-lines.ts";
import { findTitle } from "../../src/import/detect-title.ts";
import { findPublishedDate } from "../../src/import/detect-published-date.ts";
import { toIsoPartial } from "../../src/util/date-point.ts";

const PROSE = "Delegations from five countries agreed to hold the next session of the commission, its chair said.";
const MORE = "The chair told reporters that the talks had been constructive and that work would continue.";

/** Run the import's own chain on a small page; returns [published, how, note]. */
function published(pageLines: string[], url: string | null = null): [string | null, string, string] {
  const verdicts = findArticleLines(pageLines);
  const title = findTitle(pageLines, verdicts);
  const found = findPublishedDate(pageLines, verdicts, { ...(title?.lines[0] !== undefined ? { titleLine: title.lines[0] } : {}), url });
  return [found.published ? toIsoPartial(found.published) : null, found.how, found.note];
}

describe("findPublishedDate: stated stamps and datelines", () => {
  // [form, page lines, url, expected date, expected how]
  const cases: [string, string[], string | null, string | null, string][] = [
    ["day month year + time + zone", ["Example.Com", "Commission agrees to meet again", "13 February 2017 18:00 (UTC+04:00)", PROSE, MORE], null, "2017-02-13", "stated"],
    ["labelled ISO with menu words", [" date 2017-01-19 Back to Main page", "Commission agrees to meet again", PROSE, MORE], null, "2017-01-19", "stated"],
    ["dateline + agency, year from a stamp", ["Commission agrees to meet again", "date 2017-01-19", "MOSCOW, January 19. /TASS/. " + PROSE, MORE], null, "2017-01-19", "stated"],
    ["US numeric with weekday", ["Commission agrees to meet again", "Wed, 03/15/2017 - 09:30", PROSE, MORE], null, "2017-03-15", "stated"],
    ["European numeric", ["Commission agrees to meet again", "05.07.2017 14:02", PROSE, MORE], null, "2017-07-05", "stated"],
    ["time first, GMT offset", ["Commission agrees to meet again", "09:41, 14 September 2017 | GMT +6", PROSE, MORE], null, "2017-09-14", "stated"],
    ["month day, year", ["Commission agrees to meet again", "Published: March 3, 2018", PROSE, MORE], null, "2018-03-03", "stated"],
    ["dateline without year, year from URL", ["Commission agrees to meet again", "GENEVA, February 23 (Reuters) - " + PROSE, MORE], "https://example.org/2017/02/23/talks/", "2017-02-23", "stated"],
    ["URL only", ["Commission agrees to meet again", PROSE, MORE], "https://example.org/2017/02/15/talks/", "2017-02-15", "url"],
    ["dateline without year, year after the text's latest date", ["Commission agrees to meet again", "ASTANA, May 4. /TASS/. " + PROSE, "The ceasefire has held since December 30, 2016, the chair said on Thursday."], null, "2017-05-04", "inferred"],
    ["stamp inside a line of |-separated segments", ["Commission agrees to meet again", "Source: Xinhua| 2017-11-23 03:44:51|Editor: Mu Xuequan", "SOCHI, Russia, Nov. 22 (Xinhua) -- " + PROSE, MORE], null, "2017-11-23", "stated"],
    ["date followed by a section name", ["Commission agrees to meet again", "9 December 2019 Peace and Security", PROSE, MORE], null, "2019-12-09", "stated"],
    ["ISO date-time", ["Commission agrees to meet again", "Published: 2017-01-19T13:48:00+03:00", PROSE, MORE], null, "2017-01-19", "stated"],
    ["slashed year first", ["Commission agrees to meet again", "2017/01/19", PROSE, MORE], null, "2017-01-19", "stated"],
    ["dashed day first", ["Commission agrees to meet again", "Posted on: 19-01-2017", PROSE, MORE], null, "2017-01-19", "stated"],
    ["dateline without year and nothing else: unknown", ["Commission agrees to meet again", "MOSCOW, January 19. /TASS/. " + PROSE, MORE], null, null, "unknown"],
  ];
  it.each(cases)("%s", (_form, lines, url, date, how) => {
    const [got, gotHow] = published(lines, url);
    expect(got).toBe(date);
    expect(gotHow).toBe(how);
  });
});

describe("findPublishedDate: the saved-on trap", () => {
  it("never takes a weekday + date line above the headline", () => {
    const [date, how, note] = published(["Friday April 26 2024", "Commission agrees to meet again", PROSE, MORE]);
    expect(date).toBeNull();
    expect(how).toBe("unknown");
    expect(note).toContain("'Friday April 26 2024' at the top is the day the page was saved");
  });
  it("prefers the article's stamp and says why the saved-on date was ignored", () => {
    const [date, how, note] = published(["Example.Com", "Friday April 26 2024", "Commission agrees to meet again", "13 February 2017 18:00 (UTC+04:00)", PROSE, MORE]);
    expect([date, how]).toEqual(["2017-02-13", "stated"]);
    expect(note).toBe("Printed as '13 February 2017 18:00 (UTC+04:00)'. 'Friday April 26 2024' at the top is the day the page was saved, not its publication date.");
  });
});

describe("findPublishedDate: inference from the text", () => {
  const cases: [string, string[], string | null][] = [
    ["'on Monday' after a Saturday date", ["Talks resume in Geneva", "The talks resumed in Geneva on February 25, 2017, a spokesman said.", "Commenting on the talks on Monday, the president said progress had been made."], "2017-02-27"],
    ["the latest of several weekdays wins", ["Talks resume in Geneva", "The talks opened in Geneva on February 25, 2017, a spokesman said.", "On Sunday the envoy met both delegations, and on Monday he briefed the council."], "2017-02-27"],
    ["a weekday equal to the date's own weekday is that day", ["Talks resume in Geneva", "The talks resumed on Saturday, February 25, 2017, in Geneva, a spokesman said.", MORE], "2017-02-25"],
    ["'last Monday' names another week: no inference", ["Talks resume in Geneva", "The talks resumed in Geneva on February 25, 2017, a spokesman said.", "He said last Monday that progress was slow."], null],
    ["an announced future date is not the latest date", ["Talks resume in Geneva", "The talks resumed in Geneva on February 25, 2017, a spokesman said on Monday.", "The next round will be held on March 15, 2017, he said."], "2017-02-27"],
    ["no full date, only a weekday: unknown", ["Talks resume in Geneva", "The talks resumed in Geneva on Monday, a spokesman said.", MORE], null],
    ["no year anywhere: unknown", ["Talks resume in Geneva", "The next meeting will be held between 6 and 8 July, the envoy said.", "In mid-February, the previous round was held in Sochi."], null],
  ];
  it.each(cases)("%s", (_name, lines, date) => {
    const [got, how] = published(lines);
    expect(got).toBe(date);
    expect(how).toBe(date ? "inferred" : "unknown");
  });
  it("explains an inference in the note", () => {
    const [, , note] = published(cases[0]?.[1] ?? []);
    expect(note).toBe("Not printed. The latest absolute date in the text is February 25, 2017 and the article says 'on Monday': Monday 27 February 2017, inferred.");
  });
});
