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
  const slug = memoizeSlugify();
  const keyed = events.map(({ event, members }) => ({ event, base: baseId(event, members, articles, slug) }));
  // Rounds claim their ids first: they never need a suffix.
  keyed.sort((a, b) => Number(b.event.round !== undefined) - Number(a.event.round !== undefined) || a.base.localeCompare(b.base));
  return keyed.map(({ event, base }) => ({ id: unique(base), ...event }));
}

type Slugify = (text: string, fallback: string, maxLength?: number) => string;

/** slugify, remembering: thousands of events share a title ("Meeting") and slugify is slow. */
function memoizeSlugify(): Slugify {
  const known = new Map<string, Map<string, string>>(); // fallback and length → text → slug
  return (text, fallback, maxLength) => {
    const options = `${fallback}/${maxLength ?? ""}`;
    const slugs = known.get(options) ?? known.set(options, new Map()).get(options)!;
    let slug = slugs.get(text);
    if (slug === undefined) slugs.set(text, (slug = slugify(text, fallback, maxLength)));
    return slug;
  };
}

function baseId(event: Omit<TimelineEvent, "id">, members: EventCandidate[], articles: Map<string, Article>, slug: Slugify): string {
  if (event.type === "round" && event.round !== undefined) return slug(`${event.series ?? "talks"} round ${event.round}`, "round");
  const first = firstReport(members.filter((m) => !m.sourceOnly), articles) ?? members[0]!;
  return `${toIsoPartial(first.date.start)}-${slug(first.title, event.type, 60)}`;
}

/** The earliest report (compareReports); the first of equals, as a stable sort would put it. */
function firstReport(members: EventCandidate[], articles: Map<string, Article>): EventCandidate | undefined {
  let first = members[0];
  for (const m of members.slice(1)) if (compareReports(m, first!, articles) < 0) first = m;
  return first;
}

function compareReports(a: EventCandidate, b: EventCandidate, articles: Map<string, Article>): number {
  const pa = articles.get(a.source.article)?.published;
  const pb = articles.get(b.source.article)?.published;
  if (pa && pb && compareDatePoints(pa, pb) !== 0) return compareDatePoints(pa, pb);
  if (pa && !pb) return -1;
  if (!pa && pb) return 1;
  return a.source.article.localeCompare(b.source.article) || (a.source.line ?? 0) - (b.source.line ?? 0);
}
