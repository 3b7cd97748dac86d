// Article → event candidates and the actors they name. Per sentence: dates → actors → speaker →
// cues → events; then one article-level pass (round numbers, pronouns, within-article merges).
import { fileURLToPath } from "node:url";
import type { Article, DatePoint, EventCandidate, Knowledge } from "../types.ts";
import { compareDatePoints, truncateDatePoint } from "../util/date-point.ts";
import { fingerprintFiles, isTypeScript } from "../util/fingerprint-files.ts";
import { buildLexicon } from "./actors/build-lexicon.ts";
import { createArticleMemory, findActorMentions, type FoundActor } from "./actors/find-actor-mentions.ts";
import { extractDates } from "./dates/index.ts";
import { buildSentenceEvents, type DraftEvent } from "./events/build-sentence-events.ts";
import { findEventCues } from "./events/find-event-cues.ts";
import { findSeriesNumberCues, seriesInText } from "./events/find-series.ts";
import { findSpeaker } from "./events/find-speaker.ts";
import { settleArticleEvents } from "./events/settle-article-events.ts";
import { splitSentences } from "./split-sentences.ts";

/**
 * Identifies the extractor's behaviour for the extraction cache: a manual number plus a digest of
 * the extractor's own source files, so any change to extraction code invalidates cached results.
 */
export const EXTRACTOR_VERSION = `1-${fingerprintFiles([fileURLToPath(new URL(".", import.meta.url))], isTypeScript).slice(0, 12)}`;

export interface ArticleActor {
  id: string;
  name: string;
  kind: FoundActor["kind"];
  registered: boolean;
  /** Spellings met in this article. */
  spellings: string[];
  roles: string[];
  mentions: number;
}

export interface ArticleExtraction {
  article: string;
  candidates: EventCandidate[];
  actors: ArticleActor[];
}

/** Extract one article. Pure: same article + knowledge → same result. */
export function extractArticle(article: Article, knowledge: Knowledge): ArticleExtraction {
  const lexicon = buildLexicon(knowledge);
  const memory = createArticleMemory();
  const actors = new Map<string, ArticleActor>();
  const drafts: DraftEvent[] = [];
  const titleSeries = seriesInText(article.title, knowledge.series);
  const titleRounds = new Map<string, number>();
  for (const cue of findEventCues(article.title)) {
    if (cue.type === "round" && cue.round !== undefined && !cue.countOnly) titleRounds.set(titleSeries ?? knowledge.series.find((s) => s.default)?.name ?? "", cue.round);
  }
  const actorName = (id: string): string => actors.get(id)?.name ?? id;
  let sentenceIndex = 0;
  let previousSubject: string | undefined;
  let lastSeries: string | undefined;
  // With no publication date, the latest date the article reports is the best anchor (month, approximate).
  const reference = article.published ?? latestReportedMonth(article);
  for (const block of article.blocks) {
    for (const sentence of splitSentences(block.text)) {
      const text = sentence.text;
      const found = findActorMentions(text, lexicon, memory);
      for (const a of found.actors) noteActor(actors, a);
      const speech = findSpeaker(text, found.tokens, found.actors);
      const cues = findEventCues(text, findSeriesNumberCues(text, knowledge.series));
      // A sentence with no cue and no speaker reports no event, whatever its dates: a third of
      // all sentences, so their dates are not read.
      if (cues.length > 0 || speech) {
        drafts.push(
          ...buildSentenceEvents({
            text, article: article.id, line: block.lines[0], published: reference,
            dates: extractDates(text, { published: reference }),
            actors: found.actors, places: found.places, cues, speech,
            series: knowledge.series, contextSeries: lastSeries ?? titleSeries, actorName, sentence: sentenceIndex, previousSubject,
          }),
        );
      }
      sentenceIndex++;
      lastSeries = seriesInText(text, knowledge.series) ?? lastSeries;
      previousSubject = found.actors.find((a) => a.kind === "person")?.actorId;
    }
  }
  const candidates = settleArticleEvents(drafts, { titleRounds, actorName, series: knowledge.series });
  const used = new Set(candidates.flatMap((c) => c.actors));
  return { article: article.id, candidates, actors: [...actors.values()].filter((a) => a.registered || used.has(a.id) || a.mentions > 1) };
}

function latestReportedMonth(article: Article): DatePoint | null {
  let latest: DatePoint | null = null;
  for (const block of article.blocks) {
    for (const m of extractDates(block.text, { published: null })) {
      if (m.date.precision === "year") continue;
      const point = truncateDatePoint(m.date.end ?? m.date.start, "month");
      if (!latest || compareDatePoints(point, latest) > 0) latest = point;
    }
  }
  return latest;
}

function noteActor(actors: Map<string, ArticleActor>, a: FoundActor): void {
  if (a.qualifier && !actors.has(a.actorId)) return;
  const entry = actors.get(a.actorId) ?? { id: a.actorId, name: a.name, kind: a.kind, registered: a.registered, spellings: [], roles: [], mentions: 0 };
  entry.mentions++;
  if (!entry.spellings.includes(a.text)) entry.spellings.push(a.text);
  if (a.role && !entry.roles.includes(a.role)) entry.roles.push(a.role);
  actors.set(a.actorId, entry);
}
