// Candidates from all articles → TimelineEvents: one per real-world happening, citing every
// article that reports it. Candidates are blocked (rounds by number, statements by speaker and
// day, the rest by month) so that only plausible pairs are compared: no quadratic blow-up.
import type { EventCandidate, SourceClaim, SourceRef, TimelineEvent } from "../types.ts";
import { toIsoPartial } from "../util/date-point.ts";
import { betterDate } from "../extract/events/settle/better-date.ts";
import { countOverlaps } from "./count-overlaps.ts";
import { addDaySpan, createDaySpans, overlapsDaySpans, type DaySpans } from "./day-spans.ts";
import { addSharedFeatures, createSharedFeatures, datesOverlap, isSameComparable, mayMatchPooled, statementDay, statementMonth, toComparables, type ComparableCandidate, type SharedFeatures } from "./same-event.ts";

export interface MergedGroup {
  members: EventCandidate[];
}

/**
 * A group while candidates are grouped: its members made comparable, their features pooled once
 * there are two (see mayMatchPooled), the keys it is filed under, and the last candidate that
 * looked at it.
 */
interface PendingGroup {
  group: MergedGroup;
  members: ComparableCandidate[];
  pool: SharedFeatures | undefined;
  keys: Set<BlockKey>;
  visitedBy: number;
}

/** Group candidates into happenings, in a deterministic order. */
export function groupCandidates(candidates: EventCandidate[]): MergedGroup[] {
  const comparables = toComparables(candidates);
  const pending: PendingGroup[] = [];
  const index = new Map<BlockKey, PendingGroup[]>();
  comparables.forEach((cc, n) => {
    if (cc.candidate.sourceOnly) return;
    const entry = findGroup(cc, n, index) ?? { group: { members: [] }, members: [], pool: undefined, keys: new Set<BlockKey>(), visitedBy: -1 };
    if (entry.members.length === 0) pending.push(entry);
    addMember(entry, cc);
    for (const key of storeKeys(cc)) {
      if (entry.keys.has(key)) continue;
      entry.keys.add(key);
      const list = index.get(key);
      if (list) list.push(entry);
      else index.set(key, [entry]);
    }
  });
  attachSeriesMeetings(pending);
  const kept = pending.filter((g) => g.members.length > 0).map((g) => g.group);
  // A round named without a date only adds its article as a source of a round known otherwise.
  const rounds = new Map<string, MergedGroup>();
  for (const g of kept) for (const m of g.members) if (m.type === "round" && m.round !== undefined && !rounds.has(roundKey(m))) rounds.set(roundKey(m), g);
  for (const c of candidates.filter((x) => x.sourceOnly)) rounds.get(roundKey(c))?.members.push(c);
  return kept;
}

/** The first group, in the order of the candidate's keys and then of filing, with a member that reports the same event. */
function findGroup(cc: ComparableCandidate, n: number, index: Map<BlockKey, PendingGroup[]>): PendingGroup | undefined {
  for (const key of lookupKeys(cc)) {
    const list = index.get(key);
    if (!list) continue;
    for (const g of list) {
      if (g.visitedBy === n) continue; // already looked at under an earlier key
      g.visitedBy = n;
      if (g.pool && !mayMatchPooled(g.pool, cc)) continue;
      for (const m of g.members) if (isSameComparable(m, cc)) return g;
    }
  }
  return undefined;
}

function addMember(g: PendingGroup, cc: ComparableCandidate): void {
  g.group.members.push(cc.candidate);
  g.members.push(cc);
  // A lone member is compared directly; pooling starts with the second.
  if (g.members.length === 2) {
    g.pool = createSharedFeatures();
    addSharedFeatures(g.pool, g.members[0]!);
  }
  if (g.pool) addSharedFeatures(g.pool, cc);
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
function storeKeys(cc: ComparableCandidate): BlockKey[] {
  const c = cc.candidate;
  if (c.type === "round" && c.round !== undefined) return [`round|${roundKey(c)}`];
  if (c.type === "statement") return statementKeys(c).store;
  if (c.date.precision !== "day") return [blockKey(c, "month")];
  return [...daysOf(cc).map((d) => blockKey(c, "day", d)), blockKey(c, "days")];
}

function lookupKeys(cc: ComparableCandidate): BlockKey[] {
  const c = cc.candidate;
  if (c.type === "round" && c.round !== undefined) return storeKeys(cc);
  if (c.type === "statement") return statementKeys(c).lookup;
  if (c.date.precision !== "day") return [blockKey(c, "month"), blockKey(c, "days")];
  return [...daysOf(cc).map((d) => blockKey(c, "day", d)), blockKey(c, "month")];
}

/**
 * A statement's blocks: its speaker and day; and its speaker and month, where one known only to
 * its month (undated, in an article dated to the month) meets the statements of that month.
 */
function statementKeys(c: EventCandidate): { store: BlockKey[]; lookup: BlockKey[] } {
  const speaker = `statement|${c.actors[0] ?? ""}|`;
  const day = statementDay(c);
  const month = statementMonth(c);
  if (!month) {
    const own = `${speaker}undated:${c.source.article}:${c.source.quote}`;
    return { store: [own], lookup: [own] };
  }
  const inMonth = `${speaker}in:${toIsoPartial(month)}`;
  const monthOnly = `${speaker}month-only:${toIsoPartial(month)}`;
  if (!day) return { store: [monthOnly, inMonth], lookup: [inMonth] };
  const onDay = `${speaker}${toIsoPartial(day)}`;
  return { store: [onDay, inMonth], lookup: [onDay, monthOnly] };
}

/** A block: rounds and statements by a text key; the rest by a number (cheaper to make and look up, for most candidates). */
type BlockKey = string | number;

const TYPE_NUMBER: Record<EventCandidate["type"], number> = { round: 0, meeting: 1, statement: 2, other: 3 };
const BLOCK_NUMBER = { day: 0, month: 1, days: 2 } as const;

/**
 * One number per (type, day) — "meeting|<day>" — and per (type, start month) for month-precision
 * reports ("…|month") and for day-precision ones ("…|days"). Day numbers of years 1–9999 and
 * year × 13 + month both stay within 0 … 10,000,000 once offset, so no two blocks share a number.
 */
function blockKey(c: EventCandidate, block: keyof typeof BLOCK_NUMBER, day = 0): number {
  const value = block === "day" ? day + 5_000_000 : c.date.start.year * 13 + (c.date.start.month ?? 0);
  return (TYPE_NUMBER[c.type] * 3 + BLOCK_NUMBER[block]) * 10_000_000 + value;
}

/** The day numbers of a day-precision candidate, at most MAX_SPAN_DAYS after its first. */
function daysOf(cc: ComparableCandidate): number[] {
  // For a day-precision start, cc.first is its day and cc.last its end's day when the end has one.
  const last = cc.candidate.date.end?.day !== undefined ? Math.min(cc.last, cc.first + MAX_SPAN_DAYS) : cc.first;
  const days: number[] = [];
  for (let d = cc.first; d <= last; d++) days.push(d);
  return days;
}

/**
 * A meeting of a series ("the meeting due in Astana on January 23") on the days of a numbered
 * round of that series is that round; so is one dated only by month when the series held
 * exactly one round that month.
 */
function attachSeriesMeetings(groups: PendingGroup[]): void {
  // Numbered rounds by series and by each month their reports touch: only those are compared.
  const roundsByMonth = new Map<string, PendingGroup[]>();
  for (const g of groups) {
    const lead = g.members[0]!.candidate;
    if (lead.type !== "round" || lead.round === undefined) continue;
    const months = new Set<string>();
    for (const m of g.members) if (!m.candidate.sourceOnly) for (const key of monthKeys(lead.series, m.candidate)) months.add(key);
    for (const key of months) {
      const list = roundsByMonth.get(key);
      if (list) list.push(g);
      else roundsByMonth.set(key, [g]);
    }
  }
  // The days each round's reports cover, made when first asked for and kept up as meetings join it.
  const covered = new Map<PendingGroup, DaySpans>();
  const daysOfRound = (r: PendingGroup): DaySpans => covered.get(r) ?? covered.set(r, spanMembers(createDaySpans(), r.members)).get(r)!;
  for (const g of groups) {
    if (g.members.length === 0) continue;
    const first = g.members[0]!;
    const lead = first.candidate;
    const unnumberedRound = lead.type === "round" && lead.round === undefined;
    if ((lead.type !== "meeting" && !unnumberedRound) || !lead.series) continue;
    const nearby = new Set(monthKeys(lead.series, lead).flatMap((k) => roundsByMonth.get(k) ?? []));
    // Some report of the round whose date overlaps the meeting's (datesOverlap by day ranges).
    const matches = [...nearby].filter((r) => overlapsDaySpans(daysOfRound(r), first.first, first.last) ?? r.members.some((m) => !m.candidate.sourceOnly && m.first <= first.last && first.first <= m.last));
    const precise = lead.date.precision === "day" ? matches.filter((r) => r.members.some((m) => m.candidate.date.precision === "day")) : [];
    const target = precise.length === 1 ? precise[0] : matches.length === 1 && lead.date.precision === "month" ? matches[0] : undefined;
    if (!target) continue;
    target.group.members.push(...g.group.members);
    target.members.push(...g.members);
    if (covered.has(target)) spanMembers(covered.get(target)!, g.members);
    g.group.members = [];
    g.members = [];
  }
}

/** Add the days of the members' reports (those with a date of their own) to `days`. */
function spanMembers(days: DaySpans, members: ComparableCandidate[]): DaySpans {
  for (const m of members) if (!m.candidate.sourceOnly) addDaySpan(days, m.first, m.last);
  return days;
}

/** "series|YYYY-MM" for the months a candidate's date starts and ends in (a year-only date: none). */
function monthKeys(series: string | undefined, c: EventCandidate): string[] {
  const { start, end } = c.date;
  const keys = start.month !== undefined ? [`${series ?? ""}|${start.year}-${start.month}`] : [];
  if (end?.month !== undefined && !(end.year === start.year && end.month === start.month)) keys.push(`${series ?? ""}|${end.year}-${end.month}`);
  return keys;
}

/** One group → a TimelineEvent (id assigned later). */
export function toTimelineEvent(group: MergedGroup): Omit<TimelineEvent, "id"> {
  const members = group.members;
  const best = pickDate(members);
  const numbered = members.find((m) => m.type === "round" && m.round !== undefined);
  const sources = distinctSources(members);
  const dated = members.filter((m) => !m.sourceOnly);
  const claims: SourceClaim[] = dated.map((m) => ({ article: m.source.article, date: m.date, planned: m.planned }));
  const held = dated.some((m) => !m.planned);
  const actors: string[] = [];
  for (const id of best.actors) if (!actors.includes(id)) actors.push(id);
  for (const m of members) for (const id of m.actors) if (!actors.includes(id)) actors.push(id);
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
  };
  const place = pickPlace(members, best);
  if (place) event.place = place;
  return event;
}

/** Every member's quotes, each (article, quote) once, in member order. */
function distinctSources(members: EventCandidate[]): SourceRef[] {
  const sources: SourceRef[] = [];
  // Most events have a few sources: compare directly; an index only for the many reports of a round.
  const quoted = members.length > 8 ? new Map<string, Set<string>>() : undefined; // article → quotes in `sources`
  for (const m of members) {
    addSource(sources, quoted, m.source);
    for (const s of m.moreQuotes ?? []) addSource(sources, quoted, s);
  }
  return sources;
}

function addSource(sources: SourceRef[], quoted: Map<string, Set<string>> | undefined, s: SourceRef): void {
  if (!quoted) {
    if (!sources.some((x) => x.article === s.article && x.quote === s.quote)) sources.push(s);
    return;
  }
  const quotes = quoted.get(s.article) ?? quoted.set(s.article, new Set()).get(s.article)!;
  if (quotes.has(s.quote)) return;
  quotes.add(s.quote);
  sources.push(s);
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
  for (const m of members) {
    if (m.planned && m.reportedOn) lines.push(`announced on ${toIsoPartial(m.reportedOn)} for ${label(m)}`);
  }
  const held = members.filter((m) => !m.planned);
  if (held.length && members.some((m) => m.planned && !datesOverlap(m, best))) lines.push(`rescheduled: held ${label(best)}`);
  const conflicting = held.filter((m) => m.date.precision === "day" && best.date.precision === "day" && !datesOverlap(m, best));
  for (const m of conflicting) lines.push(`reported as ${label(m)} by ${m.source.article}; other sources say ${label(best)}`);
  return lines.length > 1 ? [...new Set(lines)] : lines;
}

/** "2017-02-15 – 2017-02-16" */
function label(c: EventCandidate): string {
  return `${toIsoPartial(c.date.start)}${c.date.end ? ` – ${toIsoPartial(c.date.end)}` : ""}`;
}
