// The rounds page: numbered rounds in one table per series, planned and postponed ones included.
import type { EventView } from "./event-views.ts";

export interface RoundRow { event: EventView; status: "held" | "planned"; rescheduled: boolean }
export interface SeriesTable { name: string; rows: RoundRow[] }

// Words our own merge stage writes into `history` when a date moved ("postponed from …").
const MOVED = /\b(postpon|delay|reschedul|moved)/i;

/**
 * Round events grouped by series. Series with more rounds come first (the main track of a
 * corpus leads without naming it in code), ties by the earliest round; unnamed series last.
 */
export function buildRoundTables(events: EventView[]): SeriesTable[] {
  const bySeries = new Map<string, EventView[]>();
  for (const e of events) if (e.type === "round") bySeries.set(e.series ?? "", [...(bySeries.get(e.series ?? "") ?? []), e]);
  return [...bySeries.entries()]
    .sort(([a, ea], [b, eb]) => (a === "" ? 1 : 0) - (b === "" ? 1 : 0) || eb.length - ea.length || events.indexOf(ea[0]!) - events.indexOf(eb[0]!))
    .map(([name, rounds]) => ({
      name: name || "Rounds of an unnamed series",
      rows: [...rounds]
        // Numbered rounds in number order; a number-less round keeps its date order after them.
        .sort((a, b) => (a.round ?? Infinity) - (b.round ?? Infinity) || rounds.indexOf(a) - rounds.indexOf(b))
        .map((event) => ({
          event,
          status: event.planned ? "planned" : "held",
          rescheduled: event.history.some((h) => MOVED.test(h)) || event.claims.length > 1,
        })),
    }));
}
