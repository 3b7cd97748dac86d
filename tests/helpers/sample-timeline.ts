// A small hand-made Timeline for stage and site tests (not extracted: every value is chosen).
import type { Actor, Article, Timeline, TimelineEvent } from "../../src/types.ts";
import { makeEventDate } from "../../src/util/date-point.ts";

export function makeArticle(over: Partial<Article> & { id: string }): Article {
  return {
    file: `content/articles/${over.id}.md`,
    title: over.id,
    published: null,
    url: null,
    blocks: [],
    furniture: [],
    hash: over.id,
    ...over,
  };
}

export function makeActor(over: Partial<Actor> & { id: string; name: string }): Actor {
  return { kind: "person", aliases: [], roles: [], registered: true, ...over };
}

export function makeEvent(over: Partial<TimelineEvent> & { id: string }): TimelineEvent {
  return {
    type: "meeting",
    title: over.id,
    date: makeEventDate({ year: 2017 }, { text: "2017" }),
    planned: false,
    actors: [],
    sources: [],
    claims: [],
    history: [],
    ...over,
  };
}

/** Three articles, four actors, five events of every type and precision, one planned round. */
export function sampleTimeline(): Timeline {
  const articles = [
    makeArticle({
      id: "2017-01-19-talks-prepared",
      title: "Ministers prepare talks in the capital",
      published: { year: 2017, month: 1, day: 19 },
      publishedNote: "Printed as 'January 19, 13:48 UTC+3'.",
      source: "Example Agency",
      url: "https://example.org/2017/01/19/talks",
      blocks: [
        { index: 0, text: "The talks are due in the capital on January 23, the spokesman said on Thursday.", lines: [10, 10] },
        { index: 1, text: "Ministers met in the city on December 20, 2016.", lines: [12, 12] },
      ],
      furniture: ["Most read", "Share"],
    }),
    makeArticle({
      id: "2017-02-13-second-round",
      title: "Second round <b>confirmed</b> & scheduled",
      published: { year: 2017, month: 2, day: 13 },
      source: "Example News",
      blocks: [
        { index: 0, text: "The first round took place on January 23-24.", lines: [8, 8] },
        { index: 1, text: "\"We hope observers will come,\" Jane Envoy said on February 13.", lines: [10, 10] },
      ],
    }),
    makeArticle({ id: "undated-notes", title: "Undated notes", published: null }),
  ];
  const actors = [
    makeActor({ id: "jane-envoy", name: "Jane Envoy", aliases: ["Envoy"], role: "Special Envoy", roles: [{ role: "Special Envoy", date: { year: 2017, month: 2 }, article: "2017-02-13-second-round" }] }),
    makeActor({ id: "john-minister", name: "John Minister", role: "Foreign Minister", registered: false }),
    makeActor({ id: "russia", name: "Russia", kind: "country", aliases: ["Russian", "Moscow"] }),
    makeActor({ id: "united-nations", name: "United Nations", kind: "organization", aliases: ["UN"] }),
  ];
  const events: TimelineEvent[] = [
    makeEvent({
      id: "2016-12-20-ministers-meet", type: "meeting", title: "Ministers meet in the city",
      date: makeEventDate({ year: 2016, month: 12, day: 20 }, { text: "December 20, 2016" }), place: "Moscow",
      actors: ["john-minister", "russia"],
      sources: [{ article: "2017-01-19-talks-prepared", quote: "Ministers met in the city on December 20, 2016.", line: 12 }],
    }),
    makeEvent({
      id: "2017-01-23-astana-talks-round-1", type: "round", title: "Astana talks, round 1", round: 1, series: "Astana talks", place: "Astana",
      date: makeEventDate({ year: 2017, month: 1, day: 23 }, { end: { year: 2017, month: 1, day: 24 }, text: "January 23-24" }),
      actors: ["russia", "united-nations"],
      sources: [
        { article: "2017-01-19-talks-prepared", quote: "The talks are due in the capital on January 23, the spokesman said on Thursday.", line: 10 },
        { article: "2017-02-13-second-round", quote: "The first round took place on January 23-24.", line: 8 },
      ],
      claims: [
        { article: "2017-01-19-talks-prepared", date: makeEventDate({ year: 2017, month: 1, day: 23 }, { text: "January 23" }), planned: true },
        { article: "2017-02-13-second-round", date: makeEventDate({ year: 2017, month: 1, day: 23 }, { end: { year: 2017, month: 1, day: 24 }, text: "January 23-24" }), planned: false },
      ],
      history: ["announced on 19 Jan 2017 for 23 Jan 2017"],
    }),
    makeEvent({
      id: "2017-02-13-jane-envoy-statement", type: "statement", title: "Jane Envoy: \"We hope observers will come\" <script>alert(1)</script>",
      date: makeEventDate({ year: 2017, month: 2, day: 13 }, { text: "February 13" }),
      actors: ["jane-envoy"],
      sources: [{ article: "2017-02-13-second-round", quote: "\"We hope observers will come,\" Jane Envoy said on February 13.", line: 10 }],
    }),
    makeEvent({
      id: "2017-02-astana-talks-round-2", type: "round", title: "Astana talks, round 2", round: 2, series: "Astana talks", planned: true,
      date: makeEventDate({ year: 2017, month: 2 }, { approximate: true, text: "mid-February" }),
      actors: ["russia"],
      sources: [{ article: "2017-02-13-second-round", quote: "The first round took place on January 23-24.", line: 8 }],
    }),
    makeEvent({
      id: "2011-03-war-begins", type: "other", title: "Armed conflict begins",
      date: makeEventDate({ year: 2011, month: 3 }, { text: "March 2011" }),
      sources: [{ article: "2017-02-13-second-round", quote: "Armed conflict continues since March 2011.", line: 14 }],
    }),
  ];
  events.sort((a, b) => a.id.localeCompare(b.id));
  return { articles, actors, events, diagnostics: [{ ruleId: "published-unknown", severity: "warning", message: "No publication date.", file: "content/articles/undated-notes.md", line: 1 }] };
}
