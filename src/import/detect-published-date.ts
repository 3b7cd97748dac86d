// The publication date, in order of trust (issue 3): a stamp or dateline of the article, the URL,
// then inference from the text. A weekday + date line above the headline with no time ("Friday
// April 26 2024") is the day the page was saved and never counts. Nothing settles it: null.
import type { DatePoint, PublishedHow } from "../types.ts";
import { addDays, compareDatePoints, weekdayOf } from "../util/date-point.ts";
import type { LineVerdict } from "./find-article-lines.ts";
import { TIME, WEEKDAYS, findFullDates } from "./date-patterns.ts";
import { readDateStamp, readDateline } from "./read-date-stamp.ts";
import type { DateStamp } from "./read-date-stamp.ts";
import { dateFromUrl } from "./detect-url.ts";

export interface PublishedFinding {
  published: DatePoint | null;
  how: PublishedHow;
  /** How it was established, for the reader: "Printed as '13 February 2017 18:00 (UTC+04:00)'." */
  note: string;
  /** 0-based line of the stamp used, when one was. */
  line?: number;
  /** 0-based lines holding "saved on" dates: furniture, never the publication date. */
  savedOn: number[];
}

export interface PublishedContext {
  /** 0-based index of the first title line, when known. */
  titleLine?: number;
  url?: string | null;
}

interface Seen { stamp: DateStamp; line: number; text: string }

// Sentences announcing something: their dates may lie after the publication date.
const FUTURE = /\b(?:will|would|shall|to be held|scheduled|due (?:to|on|in)|expected|planned|next|upcoming|forthcoming)\b/i;
// "on Monday", "said Monday", "On Sunday"; group 1 catches "last"/"next"/"this" (another week).
const WEEKDAY_MENTION = /\b(?:(last|next|this|coming)\s)?(?:(?:on|said|says|since|until|from|by|early|late|earlier)\s)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/gi;

/** Establish the publication date of a page whose article lines are marked in `verdicts`. */
export function findPublishedDate(lines: string[], verdicts: LineVerdict[], ctx: PublishedContext = {}): PublishedFinding {
  const firstArticle = verdicts.findIndex((v) => v.article);
  const headline = ctx.titleLine ?? (firstArticle < 0 ? lines.length : firstArticle);
  const seen: Seen[] = [];
  const savedOn: number[] = [];
  lines.forEach((raw, i) => {
    const reason = verdicts[i]?.reason;
    if (verdicts[i]?.article || reason === "related-block" || reason === "caption") return;
    // A dateline may stand on its own line above the text ("BAKU, Azerbaijan, June 21. Trend:").
    const stamp = readDateStamp(raw) ?? (i <= firstArticle + 1 ? readDateline(raw) : null);
    if (!stamp) return;
    if (i < headline && stamp.hasWeekday && !stamp.hasTime && !stamp.label) {
      savedOn.push(i);
      return;
    }
    // A labelled stamp may share its line with menu words: quote only the stamp.
    const line = raw.trim();
    const text = stamp.label ? quoteLabelledStamp(line, stamp) : line;
    seen.push({ stamp, line: i, text });
  });
  for (let i = firstArticle, n = 0; i >= 0 && i < lines.length && n < 2; i++) {
    if (!verdicts[i]?.article) continue;
    n++;
    const dateline = readDateline(lines[i] ?? "");
    if (dateline) seen.push({ stamp: dateline, line: i, text: (lines[i] ?? "").trim().slice(0, dateline.date.index + dateline.date.text.length) });
  }
  const savedNote = savedOn.map((i) => ` '${(lines[i] ?? "").trim()}' at the top is the day the page was saved, not its publication date.`).join("");
  const found = (published: DatePoint | null, how: PublishedHow, note: string, line?: number): PublishedFinding =>
    line === undefined ? { published, how, note: note + savedNote, savedOn } : { published, how, note: note + savedNote, line, savedOn };

  const quoted = (list: Seen[]) => list.map((s) => `'${s.text}'`).join(" and ");
  const full = seen.filter((s) => s.stamp.date.year !== undefined);
  const first = full[0];
  if (first) {
    const d = first.stamp.date;
    const point: DatePoint = { year: d.year ?? 0, month: d.month, day: d.day };
    const agreeing = seen.filter((s) => s.stamp.date.month === d.month && s.stamp.date.day === d.day && (s.stamp.date.year ?? d.year) === d.year);
    const others = full.filter((s) => !agreeing.includes(s));
    const conflict = others.length ? ` Other stamps disagree: ${quoted(others)}.` : "";
    return found(point, "stated", `Printed as ${quoted(agreeing)}.${conflict}`, first.line);
  }
  const url = ctx.url ? dateFromUrl(ctx.url) : null;
  const partial = seen[0];
  if (partial && url && (url.month === undefined || url.month === partial.stamp.date.month)) {
    const point: DatePoint = { year: url.year, month: partial.stamp.date.month, day: partial.stamp.date.day };
    return found(point, "stated", `Printed as ${quoted([partial])} without a year; the year comes from the URL ${ctx.url}.`, partial.line);
  }
  if (url) return found(url, "url", `Not printed; taken from the URL ${ctx.url}.`);
  const body = scanBody(lines, verdicts);
  if (partial?.stamp.date.month !== undefined && partial.stamp.date.day !== undefined && body.latest) {
    // "ASTANA, May 4. /TASS/" in a text whose latest date is December 30, 2016: the first May 4 after it.
    const { month, day } = partial.stamp.date;
    const latest = body.latest.point;
    const year = compareDatePoints({ year: latest.year, month, day }, latest) >= 0 ? latest.year : latest.year + 1;
    return found({ year, month, day }, "inferred", `Printed as ${quoted([partial])} without a year; the year is the first after the latest date in the text (${body.latest.text}), inferred.`, partial.line);
  }
  const inferred = inferFromText(body);
  if (inferred) return found(inferred.point, "inferred", inferred.note);
  const hint = partial ? ` The page prints ${quoted([partial])} but no year, and nothing else gives one.` : "";
  return found(null, "unknown", `Not printed in the page.${hint} Set published by hand and say how in published_note.`);
}

/**
 * Latest absolute date in the article (and the captions inside it) plus the weekdays it mentions:
 * "on Monday" after "February 25, 2017" (a Saturday) is Monday 27 February 2017.
 * Dates in announcing sentences ("will be held on March 15, 2017") are skipped: they may be future.
 */
function inferFromText({ latest, weekdays }: BodyDates): { point: DatePoint; note: string } | null {
  if (!latest || weekdays.size === 0) return null;
  const base = latest.point;
  let best: { point: DatePoint; words: string } | null = null;
  for (const [day, words] of weekdays) {
    const point = addDays(base, (day - weekdayOf(base) + 7) % 7);
    if (!best || compareDatePoints(point, best.point) > 0) best = { point, words };
  }
  if (!best) return null;
  const label = formatDay(best.point);
  return {
    point: best.point,
    note: `Not printed. The latest absolute date in the text is ${latest.text} and the article says '${best.words}': ${label}, inferred.`,
  };
}

interface BodyDates {
  latest: { point: DatePoint; text: string } | null;
  /** weekday number → the words that named it */
  weekdays: Map<number, string>;
}

/** The latest absolute date of the article text (announcements skipped) and the weekdays it names. */
function scanBody(lines: string[], verdicts: LineVerdict[]): BodyDates {
  const first = verdicts.findIndex((v) => v.article);
  let last = -1;
  verdicts.forEach((v, i) => { if (v.article) last = i; });
  let latest: { point: DatePoint; text: string } | null = null;
  const weekdays = new Map<number, string>();
  for (let i = first; i >= 0 && i <= last; i++) {
    const verdict = verdicts[i];
    const inRunCaption = verdict?.reason === "caption";
    if (!verdict?.article && !inRunCaption) continue;
    const text = verdict?.text ?? lines[i] ?? "";
    for (const sentence of text.split(/(?<=[.!?])\s+/)) {
      if (!FUTURE.test(sentence)) {
        for (const d of findFullDates(sentence)) if (!latest || compareDatePoints(d.point, latest.point) > 0) latest = d;
      }
      if (!verdict?.article) continue; // a caption's weekday describes the picture, not the report
      for (const m of sentence.matchAll(WEEKDAY_MENTION)) {
        if (m[1]) continue; // "last Monday", "next Friday": another week
        const day = WEEKDAYS.indexOf((m[2] ?? "").toLowerCase());
        if (day >= 0 && !weekdays.has(day)) weekdays.set(day, m[0].trim());
      }
    }
  }
  return { latest, weekdays };
}

const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "Monday 27 February 2017". */
function formatDay(point: DatePoint): string {
  const name = WEEKDAYS[weekdayOf(point)] ?? "";
  return `${name.charAt(0).toUpperCase()}${name.slice(1)} ${point.day ?? ""} ${MONTH_NAMES[(point.month ?? 1) - 1] ?? ""} ${point.year}`;
}

/** "date 2017-01-19 Back to Main page" -> "date 2017-01-19"; a time right after the date stays. */
function quoteLabelledStamp(line: string, stamp: DateStamp): string {
  const end = line.indexOf(stamp.date.text) + stamp.date.text.length;
  const time = new RegExp(`^,?\\s?${TIME}`, "i").exec(line.slice(end));
  return line.slice(0, end + (time ? time[0].length : 0));
}
