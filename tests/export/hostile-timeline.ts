// A Timeline whose article text is hostile: markup, formulas, calendar syntax, control characters.
import type { Timeline } from "../../src/types.ts";
import { makeEventDate } from "../../src/util/date-point.ts";
import { makeActor, makeArticle, makeEvent } from "../helpers/sample-timeline.ts";

/** Titles that have broken feeds, calendars and spreadsheets; each must survive every export as text. */
export const HOSTILE_TITLES = [
  `<script>alert("x")</script> & friends`,
  `Talks end ]]> <![CDATA[ here`,
  `Bell\u0007, escape\u001b[31m and NUL\u0000 inside`,
  `Round 3, Geneva; postponed\r\nBEGIN:VEVENT\r\nSUMMARY:injected\r\nEND:VEVENT`,
  `=HYPERLINK("http://evil.example","click")`,
  `Quote's "double" and back\\slash`,
] as const;

/** Control characters XML and iCalendar forbid; the exports drop them. */
export function withoutControls(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "");
}

/** One day-precision meeting per hostile title, cited by an article with a javascript: URL. */
export function hostileTimeline(): Timeline {
  const articles = [
    makeArticle({ id: "evil-article", title: `<img src=x onerror=alert(1)> "Breaking" & more`, published: { year: 2020, month: 5, day: 1 }, url: "javascript:alert(document.cookie)" }),
    makeArticle({ id: "good-article", title: "A fine report", published: { year: 2020, month: 6, day: 2 }, url: "https://news.example/report?a=1&b=2" }),
  ];
  const actors = [makeActor({ id: "evil-actor", name: `-2+3, "Mr" <b>Evil</b>` })];
  const events = HOSTILE_TITLES.map((title, i) =>
    makeEvent({
      id: `2020-04-${String(i + 10)}-hostile-${i}`,
      type: "meeting",
      title,
      place: `@Place; with, commas`,
      date: makeEventDate({ year: 2020, month: 4, day: i + 10 }, { text: `April ${i + 10}` }),
      actors: ["evil-actor"],
      sources: [
        { article: "evil-article", quote: `He said "${title}"` },
        { article: "good-article", quote: `+ also ]]> & <i>this</i>` },
      ],
    }),
  );
  return { articles, actors, events, diagnostics: [] };
}
