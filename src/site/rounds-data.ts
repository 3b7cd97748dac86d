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
  for (const e of events) {
    if (e.type !== "round") continue;
    const list = bySeries.get(e.series ?? "");
    if (list) list.push(e);
    else bySeries.set(e.series ?? "", [e]);
  }
  // Input order is date order: the position of a series' first round orders ties.
  const position = new Map(events.map((e, i) => [e, i]));
  return [...bySeries.entries()]
    .sort(([a, ea], [b, eb]) => (a === "" ? 1 : 0) - (b === "" ? 1 : 0) || eb.length - ea.length || (position.get(ea[0]!) ?? 0) - (position.get(eb[0]!) ?? 0))
    .map(([name, rounds]) => ({
      name: name || "Rounds of an unnamed series",
      rows: [...rounds]
        // Numbered rounds in number order; a number-less round keeps its date order after them.
        .sort((a, b) => (a.round ?? Infinity) - (b.round ?? Infinity) || (position.get(a) ?? 0) - (position.get(b) ?? 0))
        .map((event) => ({
          event,
          status: event.planned ? "planned" : "held",
          rescheduled: event.history.some((h) => MOVED.test(h)),
        })),
    }));
}
