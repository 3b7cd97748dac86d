// events.csv: one row per event in timeline order, for spreadsheets.
import type { Actor, Timeline, TimelineEvent } from "../types.ts";
import { toIsoPartial } from "../util/date-point.ts";
import { toCsvRow } from "./csv-cell.ts";

export const EVENTS_CSV_COLUMNS = [
  "id", "type", "start", "end", "precision", "approximate", "planned", "round",
  "series", "place", "title", "actors", "sources", "first_quote",
] as const;

/** Several values in one cell: "; " reads well and is rare inside names and article ids. */
const LIST_SEPARATOR = "; ";

function toCells(event: TimelineEvent, actorsById: ReadonlyMap<string, Actor>): string[] {
  const { date } = event;
  // An article cited twice (two quotes) is listed once: the column answers "which articles".
  const articles = [...new Set(event.sources.map((s) => s.article))];
  return [
    event.id,
    event.type,
    toIsoPartial(date.start), // "2017-02": a partial date stays partial, never "2017-02-01"
    date.end ? toIsoPartial(date.end) : "",
    date.precision,
    String(date.approximate),
    String(event.planned),
    event.round !== undefined ? String(event.round) : "",
    event.series ?? "",
    event.place ?? "",
    event.title,
    event.actors.map((id) => actorsById.get(id)?.name ?? id).join(LIST_SEPARATOR),
    articles.join(LIST_SEPARATOR),
    event.sources[0]?.quote ?? "",
  ];
}

/**
 * Timeline → events.csv text: RFC 4180, header row, CRLF line ends, no BOM, formula-safe cells.
 * Booleans are "true"/"false"; empty cells mean "not known".
 */
export function toEventsCsv(timeline: Timeline): string {
  const actorsById = new Map(timeline.actors.map((a) => [a.id, a]));
  return [EVENTS_CSV_COLUMNS, ...timeline.events.map((e) => toCells(e, actorsById))].map(toCsvRow).join("");
}
