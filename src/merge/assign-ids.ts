// Stable event ids. A numbered round is named by its series and number alone
// ("astana-talks-round-2"), so no new report can move it. Any other event is named after its
// first report (earliest publication, then article id): adding a later article about it keeps
// the id, and so every link to it.
import type { Article, EventCandidate, TimelineEvent } from "../types.ts";
import { compareDatePoints, toIsoPartial } from "../util/date-point.ts";
import { createSlugRegistry, slugify } from "../util/slugify.ts";

/** Give each event an id; events must arrive in a deterministic order. */
export function assignIds(events: { event: Omit<TimelineEvent, "id">; members: EventCandidate[] }[], articles: Map<string, Article>): TimelineEvent[] {
  const unique = createSlugRegistry();
  const keyed = events.map(({ event, members }) => ({ event, base: baseId(event, members, articles) }));
  // Rounds claim their ids first: they never need a suffix.
  keyed.sort((a, b) => Number(b.event.round !== undefined) - Number(a.event.round !== undefined) || a.base.localeCompare(b.base));
  return keyed.map(({ event, base }) => ({ id: unique(base), ...event }));
}

function baseId(event: Omit<TimelineEvent, "id">, members: EventCandidate[], articles: Map<string, Article>): string {
  if (event.type === "round" && event.round !== undefined) return slugify(`${event.series ?? "talks"} round ${event.round}`, "round");
  const first = [...members].filter((m) => !m.sourceOnly).sort((a, b) => compareReports(a, b, articles))[0] ?? members[0]!;
  return `${toIsoPartial(first.date.start)}-${slugify(first.title, event.type, 60)}`;
}

function compareReports(a: EventCandidate, b: EventCandidate, articles: Map<string, Article>): number {
  const pa = articles.get(a.source.article)?.published;
  const pb = articles.get(b.source.article)?.published;
  if (pa && pb && compareDatePoints(pa, pb) !== 0) return compareDatePoints(pa, pb);
  if (pa && !pb) return -1;
  if (!pa && pb) return 1;
  return a.source.article.localeCompare(b.source.article) || (a.source.line ?? 0) - (b.source.line ?? 0);
}
