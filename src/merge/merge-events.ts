// Candidates from all articles → TimelineEvents: one per real-world happening, citing every
// article that reports it. Candidates are blocked (rounds by number, statements by speaker and
// day, the rest by month) so that only plausible pairs are compared: no quadratic blow-up.
import type { EventCandidate, SourceClaim, SourceRef, TimelineEvent } from "../types.ts";
import { toDayNumber, toIsoPartial } from "../util/date-point.ts";
import { betterDate } from "../extract/events/settle/better-date.ts";
import { countOverlaps } from "./count-overlaps.ts";
import { datesOverlap, isSameComparable, statementDay, toComparable, type ComparableCandidate } from "./same-event.ts";

export interface MergedGroup {
  members: EventCandidate[];
}

/** A group while candidates are grouped: its members made comparable, and the keys it is filed under. */
interface PendingGroup {
  group: MergedGroup;
  members: ComparableCandidate[];
  keys: Set<string>;
}

/** Group candidates into happenings, in a deterministic order. */
export function groupCandidates(candidates: EventCandidate[]): MergedGroup[] {
  const comparables = candidates.map(toComparable);
  const common = commonWords(comparables);
  const groups: MergedGroup[] = [];
  const index = new Map<string, PendingGroup[]>();
  for (const cc of comparables) {
    const c = cc.candidate;
    if (c.sourceOnly) continue;
    const seen = new Set<MergedGroup>();
    let hit: PendingGroup | undefined;
    for (const key of lookupKeys(c)) {
      for (const g of index.get(key) ?? []) {
        if (seen.has(g.group)) continue;
        seen.add(g.group);
        if (g.members.some((m) => isSameComparable(m, cc, common))) {
          hit = g;
          break;
        }
      }
      if (hit) break;
    }
    const entry = hit ?? { group: { members: [] }, members: [], keys: new Set<string>() };
    if (!hit) groups.push(entry.group);
    entry.group.members.push(c);
    entry.members.push(cc);
    for (const key of storeKeys(c)) {
      if (entry.keys.has(key)) continue;
      entry.keys.add(key);
      const list = index.get(key);
      if (list) list.push(entry);
      else index.set(key, [entry]);
    }
  }
  attachSeriesMeetings(groups);
  const kept = groups.filter((g) => g.members.length > 0);
  // A round named without a date only adds its article as a source of a round known otherwise.
  const rounds = new Map<string, MergedGroup>();
  for (const g of kept) for (const m of g.members) if (m.type === "round" && m.round !== undefined && !rounds.has(roundKey(m))) rounds.set(roundKey(m), g);
  for (const c of candidates.filter((x) => x.sourceOnly)) rounds.get(roundKey(c))?.members.push(c);
  return kept;
}

/** Words in more than one report in twenty (and more than ten): the corpus's topic, not an event's. */
function commonWords(candidates: ComparableCandidate[]): Set<string> {
  const df = new Map<string, number>();
  for (const c of candidates) for (const w of c.words) df.set(w, (df.get(w) ?? 0) + 1);
  const limit = Math.max(10, candidates.length / 20);
  return new Set([...df].filter(([, n]) => n > limit).map(([w]) => w));
}

function roundKey(c: EventCandidate): string {
  return `${c.series ?? ""}|${c.round ?? ""}`;
}

const MAX_SPAN_DAYS = 14;

/**
 * Blocking keys: only candidates that share a key are compared. Rounds by series and number,
 * statements by speaker and day, the rest by day (each day of a span) — and a month-precision
 * report by its month, where it meets every report of that month.
 */
function storeKeys(c: EventCandidate): string[] {
  if (c.type === "round" && c.round !== undefined) return [`round|${roundKey(c)}`];
  if (c.type === "statement") {
    const day = statementDay(c);
    return [`statement|${c.actors[0] ?? ""}|${day ? toIsoPartial(day) : `undated:${c.source.article}:${c.source.quote}`}`];
  }
  const month = `${c.type}|${c.date.start.year}-${c.date.start.month ?? 0}`;
  if (c.date.precision !== "day") return [`${month}|month`];
  return [...daysOf(c).map((d) => `${c.type}|${d}`), `${month}|days`];
}

function lookupKeys(c: EventCandidate): string[] {
  if (c.type === "round" && c.round !== undefined) return storeKeys(c);
  if (c.type === "statement") return storeKeys(c);
  const month = `${c.type}|${c.date.start.year}-${c.date.start.month ?? 0}`;
  if (c.date.precision !== "day") return [`${month}|month`, `${month}|days`];
  return [...daysOf(c).map((d) => `${c.type}|${d}`), `${month}|month`];
}

function daysOf(c: EventCandidate): string[] {
  const first = toDayNumber(c.date.start);
  const last = c.date.end?.day !== undefined ? Math.min(toDayNumber(c.date.end), first + MAX_SPAN_DAYS) : first;
  const days: string[] = [];
  for (let d = first; d <= last; d++) days.push(String(d));
  return days;
}

/**
 * A meeting of a series ("the meeting due in Astana on January 23") on the days of a numbered
 * round of that series is that round; so is one dated only by month when the series held
 * exactly one round that month.
 */
function attachSeriesMeetings(groups: MergedGroup[]): void {
  // Numbered rounds by series and by each month their reports touch: only those are compared.
  const roundsByMonth = new Map<string, MergedGroup[]>();
  for (const g of groups) {
    const lead = g.members[0]!;
    if (lead.type !== "round" || lead.round === undefined) continue;
    for (const m of g.members) {
      if (m.sourceOnly) continue;
      for (const key of monthKeys(lead.series, m)) {
        const list = roundsByMonth.get(key) ?? [];
        if (!list.includes(g)) list.push(g);
        roundsByMonth.set(key, list);
      }
    }
  }
  for (const g of groups) {
    const lead = g.members[0]!;
    const unnumberedRound = lead.type === "round" && lead.round === undefined;
    if ((lead.type !== "meeting" && !unnumberedRound) || !lead.series || g.members.length === 0) continue;
    const nearby = new Set(monthKeys(lead.series, lead).flatMap((k) => roundsByMonth.get(k) ?? []));
    const matches = [...nearby].filter((r) => r.members.some((m) => !m.sourceOnly && datesOverlap(m, lead)));
    const precise = matches.filter((r) => r.members.some((m) => m.date.precision === "day" && lead.date.precision === "day"));
    const target = precise.length === 1 ? precise[0] : matches.length === 1 && lead.date.precision === "month" ? matches[0] : undefined;
    if (!target) continue;
    target.members.push(...g.members);
    g.members = [];
  }
}

/** "series|YYYY-MM" for the months a candidate's date starts and ends in (a year-only date: none). */
function monthKeys(series: string | undefined, c: EventCandidate): string[] {
  const keys = new Set<string>();
  for (const p of [c.date.start, c.date.end]) if (p?.month !== undefined) keys.add(`${series ?? ""}|${p.year}-${p.month}`);
  return [...keys];
}

/** One group → a TimelineEvent (id assigned later). */
export function toTimelineEvent(group: MergedGroup): Omit<TimelineEvent, "id"> {
  const members = [...group.members];
  const best = pickDate(members);
  const numbered = members.find((m) => m.type === "round" && m.round !== undefined);
  const sources: SourceRef[] = [];
  const quoted = new Map<string, Set<string>>(); // article → quotes already in `sources`
  for (const m of members) {
    for (const s of [m.source, ...(m.moreQuotes ?? [])]) {
      const quotes = quoted.get(s.article) ?? new Set<string>();
      if (quotes.has(s.quote)) continue;
      quotes.add(s.quote);
      quoted.set(s.article, quotes);
      sources.push(s);
    }
  }
  const dated = members.filter((m) => !m.sourceOnly);
  const claims: SourceClaim[] = dated.map((m) => ({ article: m.source.article, date: m.date, planned: m.planned }));
  const held = dated.some((m) => !m.planned);
  const actors: string[] = [];
  for (const m of [best, ...members]) for (const id of m.actors) if (!actors.includes(id)) actors.push(id);
  const event: Omit<TimelineEvent, "id"> = {
    type: numbered ? "round" : best.type,
    title: numbered?.title ?? best.title,
    date: best.date,
    planned: !held,
    actors,
    sources,
    claims,
    history: describeHistory(dated, best),
    ...(numbered?.round !== undefined ? { round: numbered.round } : {}),
    ...((numbered ?? best).series ? { series: (numbered ?? best).series } : {}),
    ...(pickPlace(members, best) ? { place: pickPlace(members, best) } : {}),
  };
  return event;
}

/**
 * The most precise claim, unless it is an announcement that the reports of the event as held
 * contradict (postponed talks): then the best of those reports.
 */
function pickDate(members: EventCandidate[]): EventCandidate {
  // Reports that agree with more of the others win; among equals, the most precise.
  const dated = members.filter((m) => !m.sourceOnly);
  const support = countOverlaps(dated);
  const best = members.reduce((a, b) => {
    const sa = support.get(a) ?? -1;
    const sb = support.get(b) ?? -1;
    if (sa !== sb && a.date.precision === b.date.precision) return sb > sa ? b : a;
    return betterDate(b, a) ? b : a;
  });
  if (!best.planned) return best;
  const held = members.filter((m) => !m.planned && !m.sourceOnly && !m.undated);
  if (!held.length || held.some((m) => datesOverlap(m, best))) return best;
  return held.reduce((a, b) => (betterDate(b, a) ? b : a));
}

function pickPlace(members: EventCandidate[], best: EventCandidate): string | undefined {
  return best.place ?? members.find((m) => m.place)?.place;
}

/** "announced on 2017-02-13 for 2017-02-15 – 2017-02-16", "rescheduled: held …", "reported as … by one source". */
function describeHistory(members: EventCandidate[], best: EventCandidate): string[] {
  const lines: string[] = [];
  const label = (c: EventCandidate): string => `${toIsoPartial(c.date.start)}${c.date.end ? ` – ${toIsoPartial(c.date.end)}` : ""}`;
  for (const m of members) {
    if (m.planned && m.reportedOn) lines.push(`announced on ${toIsoPartial(m.reportedOn)} for ${label(m)}`);
  }
  const held = members.filter((m) => !m.planned);
  if (held.length && members.some((m) => m.planned && !datesOverlap(m, best))) lines.push(`rescheduled: held ${label(best)}`);
  const conflicting = held.filter((m) => m.date.precision === "day" && best.date.precision === "day" && !datesOverlap(m, best));
  for (const m of conflicting) lines.push(`reported as ${label(m)} by ${m.source.article}; other sources say ${label(best)}`);
  return [...new Set(lines)];
}
