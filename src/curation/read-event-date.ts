// An editor's date ("2017-02-15", "2017-02", 2017) → EventDate; the editor's word is not approximate.
import type { EventDate } from "../types.ts";
import { makeEventDate, parseIsoPartial } from "../util/date-point.ts";

/** null when `start` (or a given `end`) is not a real partial ISO date. */
export function readEventDate(start: unknown, end?: unknown): EventDate | null {
  const s = typeof start === "string" || typeof start === "number" ? parseIsoPartial(String(start)) : null;
  if (!s) return null;
  if (end === undefined || end === null) return makeEventDate(s, { text: String(start) });
  const e = typeof end === "string" ? parseIsoPartial(end) : null;
  if (!e) return null;
  return makeEventDate(s, { end: e, text: `${String(start)} – ${end}` });
}
