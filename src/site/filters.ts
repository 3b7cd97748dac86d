// Nunjucks filters: display only (dates at their precision, labels). Data shaping lives in site-data.ts.
import type { ActorKind, DatePoint, EventDate, EventType } from "../types.ts";
import { toIsoPartial } from "../util/date-point.ts";
import { formatDatePoint, formatDateSpan } from "../util/format-date.ts";
import { KIND_SINGULAR } from "./actor-pages.ts";
import { TYPE_LABELS } from "./site-data.ts";

export { formatDatePoint };

// The part of a month or year an approximate date names: "mid-February" → "mid-month".
const PART_WORDS: [RegExp, string, string][] = [
  [/\bearly\b|\bbeginning of\b|\bstart of\b/i, "early", "early"],
  [/\bmid\b|\bmid-|\bmiddle of\b/i, "mid-month", "mid-year"],
  [/\blate\b|\bend of\b/i, "late", "late"],
];

/** The reader's date label: "15–16 Feb 2017", "Feb 2021 (mid-month)", "~Jun 2021", "2011". */
export function formatEventDate(date: EventDate): string {
  const base = date.end ? formatDateSpan(date.start, date.end) : formatDatePoint(date.start);
  if (!date.approximate) return base;
  const part = PART_WORDS.find(([re]) => re.test(date.text));
  if (part && date.precision !== "day") return `${base} (${date.precision === "year" ? part[2] : part[1]})`;
  return `~${base}`;
}

/** The machine-readable value for <time datetime>: "2017", "2017-02" or "2017-02-15" (valid HTML at every precision). */
export function isoDate(point: DatePoint | null | undefined): string {
  return point ? toIsoPartial(point) : "";
}

/** "Round" / "Statement": the badge text of a type. */
export function typeLabel(type: EventType): string {
  return TYPE_LABELS[type]?.singular ?? type;
}

/** "person" → "Person" for an actor's kind line. */
export function kindLabel(kind: ActorKind): string {
  return KIND_SINGULAR[kind] ?? kind;
}

/** "1 source" / "3 sources". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** Every filter by its template name. */
export const FILTERS: Record<string, (...args: never[]) => unknown> = {
  formatEventDate,
  formatDatePoint,
  isoDate,
  typeLabel,
  kindLabel,
  plural,
};
